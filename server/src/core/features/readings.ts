/**
 * The dissemination readings of a draft (domain brief, section A), laid out for a person: what
 * each restriction does (act, whose act, recipients kept out, condition, subject, exceptions) and
 * the verdict. The hover shows the readings of the clause under the mouse; `agreement-lint
 * --explain` prints them all. Both read the clauses exactly as the over-restricted-dissemination
 * rule does (`clauseReadings`), so what they show is what the rule decided.
 */
import type { AgreementModel, Clause } from '../model.js';
import type { Range } from '../types.js';
import { clauseReadings, explainReadings } from '../rules/over-restricted-dissemination.js';
import type { DisseminationReading } from '../language/dissemination.js';

/** The readings of one clause, with where they stand. */
export interface ClauseReadingReport {
  citation: string;
  range: Range;
  readings: DisseminationReading[];
  /** The readings as text: a title line per reading, then one indented line per element. */
  text: string;
}

/** Every clause of the draft that holds a restriction, with its readings (over-restrictive or calibrated). */
export function disseminationReadings(model: AgreementModel): ClauseReadingReport[] {
  const out: ClauseReadingReport[] = [];
  for (const section of model.sections) {
    for (const { clause, readings } of clauseReadings(section)) out.push(report(model, clause, readings));
  }
  return out;
}

/** The readings of the clause at `offset`, if it holds a restriction. */
export function readingsAt(model: AgreementModel, offset: number): ClauseReadingReport | undefined {
  const clause = model.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
  if (!clause) return undefined;
  const found = clauseReadings(clause.section).find((x) => x.clause === clause);
  return found ? report(model, clause, found.readings) : undefined;
}

function report(model: AgreementModel, clause: Clause, readings: DisseminationReading[]): ClauseReadingReport {
  const first = readings[0]!;
  const last = readings[readings.length - 1]!;
  return {
    citation: clause.citation,
    range: model.index.range(clause.sourceSpan(first.start, last.end)),
    readings,
    text: explainReadings(clause.citation, readings),
  };
}
