import assert from 'node:assert/strict';
import { test } from 'node:test';
import { semanticTokens, semanticTokensLegend } from '../../../server/src/core/features/index.js';
import { model } from './fixture.js';

/** Decodes LSP's relative token encoding into [text, type, modifiers] triples. */
function decode(text: string, data: number[]): [string, string, string[]][] {
  const lines = text.split('\n');
  const out: [string, string, string[]][] = [];
  let line = 0;
  let ch = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    ch = data[i]! === 0 ? ch + data[i + 1]! : data[i + 1]!;
    const mods = semanticTokensLegend.tokenModifiers.filter((_, b) => data[i + 4]! & (1 << b));
    out.push([lines[line]!.slice(ch, ch + data[i + 2]!), semanticTokensLegend.tokenTypes[data[i + 3]!]!, mods]);
  }
  return out;
}

test('each defined term is a declaration where defined and a variable at each use, in draft order', () => {
  const text = '## Article 1 — Definitions\n\n1. "Alert" means a notice about a passport.\n2. "Office" means the unit that issues an Alert.\n\n## Article 2 — Use\n\nEach Office shares its Alerts; an Alert is kept.\n';
  assert.deepEqual(decode(text, semanticTokens(model(text))), [
    ['Alert', 'variable', ['declaration']],
    ['Office', 'variable', ['declaration']],
    ['Alert', 'variable', []],
    ['Office', 'variable', []],
    ['Alerts', 'variable', []],
    ['Alert', 'variable', []],
  ]);
});

test('a draft without defined terms has no tokens', () => {
  assert.deepEqual(semanticTokens(model('## Article 1 — Scope\n\nThe Parties cooperate.\n')), []);
});
