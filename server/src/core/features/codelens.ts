/**
 * A reviewer's code lens: on the heading of each Article and Annex that has findings, how many
 * and of what severity ("3 findings: 1 error, 2 warnings"). Units without findings get no lens, so
 * a clean draft shows nothing. The adapter offers it only when the user turns it on.
 */
import type { AgreementModel } from '../model.js';
import { comparePositions } from '../positions.js';
import type { Finding, Severity } from '../types.js';
import type { CodeLens } from './types.js';

const order: Severity[] = ['error', 'warning', 'information', 'hint'];
const names: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['note', 'notes'],
  hint: ['hint', 'hints'],
};

/** One lens per Article or Annex heading whose unit has findings. */
export function findingCountLenses(model: AgreementModel, findings: readonly Finding[]): CodeLens[] {
  const out: CodeLens[] = [];
  for (const section of model.sections) {
    if (!section.heading || (section.kind !== 'article' && section.kind !== 'annex')) continue;
    const range = model.index.range(section.span);
    const counts = new Map<Severity, number>();
    for (const f of findings) {
      if (comparePositions(f.range.start, range.start) >= 0 && comparePositions(f.range.start, range.end) < 0) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${names[s][counts.get(s) === 1 ? 0 : 1]}`);
    out.push({
      range: model.index.range(section.heading.span),
      command: { title: `${total} ${total === 1 ? 'finding' : 'findings'} in ${section.label}: ${parts.join(', ')}`, command: '' },
    });
  }
  return out;
}
