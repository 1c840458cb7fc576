-- Neovim (0.7.2, Debian) as a second LSP client of agreement-lint-server. Run by nvim-check.mjs:
--   nvim --headless --clean -i NONE -n -u NONE -c 'luafile nvim-check.lua'
-- with AGL_SERVER (the server script), AGL_DRAFT (a copy of the example draft), AGL_RESULT (JSON
-- out) and AGL_RULES (comma-separated mission rule ids to expect; absent rules are not listed).
local server = os.getenv('AGL_SERVER')
local draft = os.getenv('AGL_DRAFT')
local result_file = os.getenv('AGL_RESULT')
local expect_rules = vim.split(os.getenv('AGL_RULES') or '', ',', { trimempty = true })
local checks = {}
local client_id

local function check(name, ok, detail)
  table.insert(checks, { name = name, ok = ok and true or false, detail = detail or '' })
  return ok
end

local function finish()
  local f = io.open(result_file, 'w')
  f:write(vim.fn.json_encode({ checks = checks }))
  f:close()
  if client_id then
    vim.lsp.stop_client(client_id)
    vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  end
  vim.cmd('qall!')
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function ours(buf, rule)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'agreement-lint' and (rule == nil or code_of(d) == rule) then table.insert(list, d) end
  end
  return list
end

local function text_of(buf, d)
  local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
  return line:sub(d.col + 1, d.end_col)
end

local function lsp_range(buf, d)
  local function pos(lnum, col)
    local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ''
    return { line = lnum, character = vim.str_utfindex(line, math.min(col, #line)) }
  end
  return { start = pos(d.lnum, d.col), ['end'] = pos(d.end_lnum, d.end_col) }
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  client_id = vim.lsp.start_client({
    name = 'agreement-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  if not check('the language server starts', client_id ~= nil) then return end
  vim.lsp.buf_attach_client(buf, client_id)

  local got = vim.wait(15000, function() return #ours(buf, 'leftover-placeholder') >= 2 end, 50)
  if not check('diagnostics arrive for the example draft', got, #ours(buf) .. ' diagnostics') then return end

  -- The team configuration of the workspace applies as in CI: the same findings at the same
  -- severities as the CLI gave for this folder (AGL_CLI_FINDINGS: rule@line:character=severity).
  local mine = {}
  for _, d in ipairs(ours(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    table.insert(mine, tostring(code_of(d)) .. '@' .. d.lnum .. ':' .. vim.str_utfindex(line, math.min(d.col, #line)) .. '=' .. d.severity)
  end
  table.sort(mine)
  local cli = os.getenv('AGL_CLI_FINDINGS') or ''
  check('the team configuration applies as in the CLI: the same findings at the same severities', table.concat(mine, ' ') == cli, table.concat(mine, ' ') .. ' vs CLI ' .. cli)
  local raised = ours(buf, 'leftover-placeholder')
  check('the configuration raises leftover-placeholder to an error', #raised > 0 and raised[1].severity == vim.diagnostic.severity.ERROR, tostring(raised[1] and raised[1].severity))

  local placeholders = {}
  for _, d in ipairs(ours(buf, 'leftover-placeholder')) do table.insert(placeholders, text_of(buf, d)) end
  table.sort(placeholders)
  check('leftover-placeholder marks [DATE] and [PARTNER] exactly', table.concat(placeholders, ' ') == '[DATE] [PARTNER]', table.concat(placeholders, ' '))
  local any = ours(buf)[1]
  local href = any.user_data and any.user_data.lsp and any.user_data.lsp.codeDescription and any.user_data.lsp.codeDescription.href or ''
  local suffix = '/' .. tostring(code_of(any)) .. '.md'
  check('diagnostics link to the rule docs', href:sub(-#suffix) == suffix, href)

  for _, rule in ipairs(expect_rules) do
    local found = ours(buf, rule)
    check('mission rule ' .. rule .. ' is reported', #found > 0, #found .. ' finding(s)')
  end

  local partner
  for _, d in ipairs(ours(buf, 'leftover-placeholder')) do
    if text_of(buf, d) == '[PARTNER]' then partner = d end
  end
  local lsp_diag = vim.tbl_extend('force', partner.user_data.lsp, {
    range = lsp_range(buf, partner), message = partner.message, source = partner.source, severity = partner.severity,
  })
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp_range(buf, partner),
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }, 10000)
  local action
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do
      if not action and a.edit and a.title:find('[PARTNER]', 1, true) then action = a end
    end
  end
  if not check('a code action fixes [PARTNER]', action ~= nil, action and action.title or 'none') then return end
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  vim.cmd('write')

  local disk = table.concat(vim.fn.readfile(draft), '\n')
  check('the written file holds the fix', disk:find('and the Government of the Republic of Freedonia (hereinafter', 1, true) ~= nil and disk:find('[PARTNER]', 1, true) == nil)
  local cleared = vim.wait(15000, function()
    local left = ours(buf, 'leftover-placeholder')
    return #left == 1 and text_of(buf, left[1]) == '[DATE]'
  end, 50)
  check('the [PARTNER] diagnostic clears and [DATE] stays', cleared, #ours(buf, 'leftover-placeholder') .. ' placeholder finding(s)')
end)

if not ok then check('the check ran without a Lua error', false, tostring(err)) end
finish()
