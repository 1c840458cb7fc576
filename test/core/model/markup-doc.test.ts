/**
 * docs/markup.md is a set of fixtures: each fenced ```agreement block is followed by a ```yields
 * block saying what the model finds in it, and this test holds the page to its word.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../../server/src/core/index.js';
import { repoRoot } from '../../helpers/paths.js';

const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'markup.md'), 'utf8');

/** The fenced blocks of the page, in order, with their info strings. */
function blocks(text: string): { info: string; body: string; line: number }[] {
  const out: { info: string; body: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== open[1]) body.push(lines[j++]!);
    out.push({ info: open[2]!, body: body.join('\n') + '\n', line: i + 1 });
    i = j;
  }
  return out;
}


/** What the model says for one `yields` key. */
function facts(code: string, key: string): string {
  const { model: m, findings } = analyze(code);
  const fm = m.frontMatter;
  switch (key) {
    case 'sections':
      return m.sections.map((s) => s.label).join(' | ');
    case 'structure':
      // Each section with the sections that enclose it, outermost first.
      return m.sections
        .map((s) => {
          const path: string[] = [];
          for (let x: typeof s | undefined = s; x; x = x.parent) path.unshift(x.label);
          return path.join(' › ');
        })
        .join(' | ');
    case 'labels':
      // Each labelled clause's own label with the style the model read for it.
      return m.clauses.filter((c) => c.label !== undefined).map((c) => `${c.label} ${c.labelStyle}`).join(' | ');
    case 'citations':
      return m.clauses.map((c) => c.citation).join(' | ');
    case 'terms':
      return m.terms.map((t) => `${t.term} (${t.style}, ${t.uses.length} use${t.uses.length === 1 ? '' : 's'})`).join(' | ');
    case 'references':
      return m.references
        .map((r) => `${r.text.replace(/\s+/g, ' ')} → ${r.uncertain ? 'uncertain' : !r.internal ? 'another instrument' : r.targetClause ? r.targetClause.citation : r.target && !r.labels.length ? r.target.label : 'missing'}`)
        .join(' | ');
    case 'markings':
      return m.markings.map((x) => `${x.kind} ${x.text}`).join(' | ');
    case 'placeholders':
      return m.placeholders.map((p) => p.text).join(' | ');
    case 'annotations':
      return m.annotations.map((a) => `${a.kind}: ${a.text}${a.replacement !== undefined ? ` → ${a.replacement}` : ''}`).join(' | ');
    case 'suppressions':
      return m.suppressions.map((s) => `${s.directive} ${s.rules.join(', ')} (${s.effective ? 'silences' : 'no effect'})`).join(' | ');
    case 'text':
      return m.clauses[0]?.text.replace(/\s+/g, ' ') ?? '';
    case 'findings': {
      const ids = [...new Set(findings.map((f) => f.ruleId).filter((id) => pageRules.has(id)))].sort();
      return ids.length ? ids.join(', ') : 'none';
    }
    case 'front matter': {
      if (fm.problems.length) return `problems=${fm.problems.length}`;
      const known = new Set(['title', 'type', 'partner', 'classification', 'handling', 'parties', 'data']);
      return [
        `title=${fm.title}`,
        `type=${fm.type}`,
        `partner=${fm.partner}`,
        `classification=${fm.classification}`,
        `handling=${fm.handling}`,
        `parties=${fm.parties.map((p) => `${p.name}/${p.short}`).join(', ')}`,
        `data=${fm.dataCategories.join(', ')}`,
        `other keys=${Object.keys(fm.data).filter((k) => !known.has(k)).join(', ')}`,
      ].join('; ');
    }
    default:
      throw new Error(`unknown yields key "${key}"`);
  }
}


const all = blocks(doc);

/** The markup and drafting-hygiene rules this page speaks for. */
const pageRules = new Set([
  'broken-cross-reference',
  'duplicate-definition',
  'duplicate-or-skipped-number',
  'invalid-front-matter',
  'leftover-placeholder',
  'undefined-term',
  'unjustified-suppression',
  'unresolved-comment',
  'unused-term',
]);

test('every agreement example in docs/markup.md is followed by what it yields', () => {
  const examples = all.filter((b) => b.info === 'agreement');
  assert.ok(examples.length >= 12, 'the page has its examples');
  all.forEach((b, i) => {
    if (b.info === 'agreement') assert.equal(all[i + 1]?.info, 'yields', `the example at line ${b.line} has no yields block after it`);
    if (b.info === 'yields') assert.equal(all[i - 1]?.info, 'agreement', `the yields block at line ${b.line} follows no example`);
  });
});

all.forEach((b, i) => {
  if (b.info !== 'agreement') return;
  const yields = all[i + 1];
  if (yields?.info !== 'yields') return;
  test(`docs/markup.md example at line ${b.line} yields what the page says`, () => {
    for (const line of yields.body.split('\n').filter((l) => l.trim())) {
      const at = line.indexOf(': ');
      const key = line.slice(0, at);
      assert.equal(facts(b.body, key), line.slice(at + 2), `"${key}" of the example at line ${b.line}`);
    }
  });
});
