import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('unjustified-suppression', {
  valid: [
    { name: 'no suppression', code: 'The Parties shall consult.\n' },
    { name: 'next-line with a justification', code: '<!-- agreement-lint-disable-next-line leftover-placeholder -- the date is set at signature -->\nDone on [DATE].\n' },
    { name: 'a block with a justification, and its enable', code: '<!-- agreement-lint-disable unresolved-comment -- kept for the record -->\nText {>>note<<}\n<!-- agreement-lint-enable unresolved-comment -->\n' },
    { name: 'file-level with a justification', code: '<!-- agreement-lint-disable-file undefined-term -- glossary lives in the companion annex -->\nText.\n' },
    { name: 'several rules, comma-separated', code: '<!-- agreement-lint-disable-next-line leftover-placeholder, unresolved-comment -- settled at the table -->\nOn [DATE] {>>ok<<}\n' },
    { name: 'an enable never needs a justification', code: '<!-- agreement-lint-enable leftover-placeholder -->\nText.\n' },
    { name: 'a suppression written inside code is not read', code: '```\n<!-- agreement-lint-disable-next-line leftover-placeholder -->\n```\n' },
  ],
  invalid: [
    {
      name: 'next-line without a justification',
      code: '<!-- agreement-lint-disable-next-line leftover-placeholder -->\nThe fee is TBD.\n',
      errors: [{ line: 1, column: 1, endColumn: 63, message: /leftover-placeholder gives no justification/ }],
    },
    { name: 'an empty justification', code: '<!-- agreement-lint-disable leftover-placeholder --  -->\nText.\n', errors: [{ line: 1, column: 1, message: /no justification/ }] },
    { name: 'a file-level suppression without a reason', code: 'Text.\n\n<!-- agreement-lint-disable-file undefined-term -->\n', errors: [{ line: 3, column: 1, message: /disable-file/ }] },
    { name: 'no rule named', code: '<!-- agreement-lint-disable-next-line -- because -->\nText.\n', errors: [{ line: 1, column: 1, message: /names no rule/ }] },
    { name: 'an inline comment inside a paragraph', code: 'Text <!-- agreement-lint-disable-next-line unused-term --> more.\n', errors: [{ line: 1, column: 6 }] },
    { name: 'CRLF and a BOM', code: '\uFEFFTitle line.\r\n\r\n<!-- agreement-lint-disable unused-term -->\r\n', errors: [{ line: 3, column: 1 }] },
  ],
});

test('a suppression without a justification does not suppress', () => {
  const code = '<!-- agreement-lint-disable-next-line leftover-placeholder -->\nThe fee is TBD.\n';
  const ids = analyze(code).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('leftover-placeholder'));
  assert.ok(ids.includes('unjustified-suppression'));
});
