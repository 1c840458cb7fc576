/**
 * Reports a handling marking that is not a commonly accepted standard: a TLP label written in a
 * form other than TLP 2.0 (`TLP:WHITE`, `TLP AMBER`, `TLP: Amber`, `TLP:ORANGE`) or an invented
 * caveat in a marking position ("marked RESTRICTED-ORIGINATOR ONLY"), in the text or in the
 * front-matter `handling` key. National caveats listed in `agreementLint.handlingCaveats` are
 * standard. The fix replaces the marking with the nearest TLP 2.0 label.
 */
import type { Rule, RuleContext } from '../rule.js';
import { frontMatterValueSpan } from '../language/facts.js';
import type { Span } from '../types.js';

/** The TLP 2.0 labels. */
export const tlpLabels = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;

// Classification levels are not handling markings; another check reads them.
const classificationLevels = /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|RESTRICTED|OFFICIAL|OFFICIAL-SENSITIVE|NATO (?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET)|COSMIC TOP SECRET)$/;

const tlpPattern = /\bTLP\b[ \t]*(?:[:：\-–—]|[ \t])[ \t]*(?<color>[A-Za-z]+)(?<strict>[ \t]*\+[ \t]*[A-Za-z]+)?/gi;
const markingPattern =
  /\b(?:handling (?:marking|label|caveat|code|instruction)s?|dissemination (?:marking|caveat|control)s?|(?:is |are |be |shall be |will be )?(?:marked|labell?ed|designated)(?: as| with(?: the (?:marking|label|caveat))?)?|bear(?:s|ing)? the (?:handling )?(?:marking|label|caveat)|marking|caveat)[ \t]*:?[ \t]*["“'‘]?(?<label>[A-Z][A-Z0-9]*(?:[ \t]?[-/+&][ \t]?[A-Z0-9]+|[ \t][A-Z][A-Z0-9]+)*)["”'’]?/g;

/** The nearest TLP 2.0 label for a marking, by what its words say. */
export function nearestStandard(marking: string): string {
  const m = marking.toUpperCase();
  if (/STRICT|ORGANI[SZ]ATION ONLY|ORIGINATOR|AGENCY ONLY|INTERNAL ONLY/.test(m)) return 'TLP:AMBER+STRICT';
  if (/WHITE|CLEAR|PUBLIC|UNRESTRICTED|UNLIMITED/.test(m)) return 'TLP:CLEAR';
  if (/GREEN|COMMUNITY/.test(m)) return 'TLP:GREEN';
  if (/RED|BLACK|EYES ONLY|RECIPIENTS? ONLY|PERSONAL|NAMED/.test(m)) return 'TLP:RED';
  return 'TLP:AMBER';
}

/** The TLP 2.0 label a marking writes in another spelling (WHITE read as CLEAR), or undefined. */
export function spellingOf(written: string): string | undefined {
  const m = /^TLP[ \t]*(?:[:：\-–—][ \t]*|[ \t])([A-Za-z]+)(?:[ \t]*\+[ \t]*([A-Za-z]+))?$/i.exec(written.trim());
  if (!m) return undefined;
  const color = m[1]!.toUpperCase() === 'WHITE' ? 'CLEAR' : m[1]!.toUpperCase();
  const strict = m[2]?.toUpperCase();
  if (!['CLEAR', 'GREEN', 'AMBER', 'RED'].includes(color) || (strict !== undefined && (strict !== 'STRICT' || color !== 'AMBER'))) return undefined;
  return `TLP:${color}${strict ? '+STRICT' : ''}`;
}

const colors = /^(?:clear|white|green|amber|red|orange|yellow|black|blue|purple|grey|gray|strict)$/i;

function isStandard(label: string, caveats: readonly string[]): boolean {
  const norm = label.trim().replace(/\s+/g, ' ');
  if ((tlpLabels as readonly string[]).includes(norm)) return true;
  return caveats.some((c) => c.trim().replace(/\s+/g, ' ').toUpperCase() === norm.toUpperCase());
}

function report(ctx: RuleContext, span: Span, written: string, where: string): void {
  const nearest = nearestStandard(written);
  // A TLP 2.0 label spelt another way ("TLP: Amber", "TLP AMBER+STRICT"), or TLP 1.0's WHITE (which
  // TLP 2.0 renamed CLEAR), is put right mechanically: a fix. Any other marking is given the nearest
  // label by what its words say, which a person must confirm: a suggestion.
  const fix = ctx.fixes.replace(span, nearest, `Replace "${written}" with ${nearest}`, spellingOf(written) === nearest ? 'fix' : 'suggestion');
  ctx.report({
    span,
    message:
      `${where} uses the handling marking "${written}", which is not a commonly accepted standard. ` +
      `Policy calls for standard handling restrictions (the TLP 2.0 labels or a recognised national caveat) so that partners apply them consistently; the nearest standard label is ${nearest}.`,
    fixes: fix ? [fix] : [],
  });
}

export const nonstandardHandlingMarking: Rule = {
  meta: {
    id: 'nonstandard-handling-marking',
    title: 'Handling marking is not a commonly accepted standard',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
  },
  check(ctx) {
    const { model } = ctx;
    const handling = model.frontMatter.handling;
    if (handling !== undefined && handling.trim() !== '' && !isStandard(handling, ctx.config.handlingCaveats)) {
      const span = frontMatterValueSpan(model.text, model.frontMatter, 'handling');
      const looksTlp = /\bTLP\b/i.test(handling) || colors.test(handling.trim());
      const isLevel = classificationLevels.test(handling.trim().toUpperCase());
      if (span && !isLevel && (looksTlp || /^[A-Z0-9][A-Z0-9 :+/&-]*$/.test(handling.trim()))) {
        const value = model.text.slice(span.start, span.end);
        const inner = /^(["'])(.*)\1$/.exec(value);
        const s = inner ? { start: span.start + 1, end: span.end - 1 } : span;
        report(ctx, s, handling.trim(), 'The front matter');
      }
    }
  },
  checkSection(ctx, section) {
    const caveats = ctx.config.handlingCaveats;
    for (const run of section.textRuns) {
      const raw = run.raw;
      if (!/TLP|mark|label|caveat|designat/i.test(raw)) continue;
      const seen: Span[] = [];
      for (const m of raw.matchAll(tlpPattern)) {
        const color = m.groups!['color']!;
        // "TLP:PUBLIC" is an invented label; "TLP labels" in prose is not a label at all.
        const separated = /TLP[ \t]*[:：\-–—]/i.test(m[0]);
        if (!colors.test(color) && !(separated && /^[A-Za-z]{3,}$/.test(color))) continue;
        const strict = m.groups!['strict'] ?? '';
        const written = m[0];
        const start = run.span.start + m.index!;
        const span = { start, end: start + written.length };
        seen.push(span);
        if (isStandard(written, caveats) && written === written.toUpperCase() && /^TLP:/.test(written) && !/\s/.test(written)) continue;
        const normalised = `TLP:${color.toUpperCase()}${strict ? '+' + strict.replace(/[\s+]/g, '').toUpperCase() : ''}`;
        void normalised;
        report(ctx, span, written, section.label);
      }
      for (const m of raw.matchAll(markingPattern)) {
        const label = m.groups!['label']!.trim();
        if (label.length < 3) continue;
        const offset = m.index! + m[0].lastIndexOf(label);
        const start = run.span.start + offset;
        const span = { start, end: start + label.length };
        if (seen.some((s) => s.start <= span.start && span.start < s.end)) continue;
        if (/^TLP\b/.test(label)) continue;
        if (classificationLevels.test(label) || /^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)\b/.test(label)) continue;
        if (isStandard(label, caveats)) continue;
        // An acronym of two letters or a single defined word in capitals is not a marking.
        if (!/[-/+ ]/.test(label) && !/ONLY|ORCON|NOFORN|RESTRICT|LIMITED|SENSITIVE|INTERNAL|EYES|RELEASABLE|REL|CONTROLLED|PROTECTED|DISTRIBUTION/.test(label)) continue;
        report(ctx, span, label, section.label);
      }
    }
  },
};
