/**
 * Whether the United States is a party to a draft (domain brief, section B, "Scope"): the Privacy
 * Act and the U.S.-person element apply only where the United States or a U.S. agency is a party.
 * Read from the front-matter `parties` when the draft lists them, otherwise from the title
 * ("Agreement between X and Y"). When neither says who the parties are, the scope is unknown and
 * the checks keep their U.S. reading: the product's drafters are mainly U.S. drafters.
 */
import type { AgreementModel } from '../model.js';

/** Who the parties are, as far as the draft says. */
export type PartyScope = 'us' | 'non-us' | 'unknown';

// "United States" (not "of Mexico", "of Brazil": only "of America" or nothing after it), "U.S."
// (not "U.S.S.R."), "USA", a bare "US" in capitals, and agencies no other government has by name.
const usName =
  /\bUnited States(?! of (?!America\b))|\bU\.\s?S\.(?!\s?S\.?\s?R)|\bUSA\b|\bUS\b(?!\$)|\b(?:Department of Homeland Security|Federal Bureau of Investigation|Customs and Border Protection|Immigration and Customs Enforcement|Transportation Security Administration|Citizenship and Immigration Services|Drug Enforcement Administration|Internal Revenue Service|Federal Aviation Administration|Central Intelligence Agency|Federal Emergency Management Agency)\b|\b(?:DHS|FBI|CBP|USCIS|TSA|DEA|IRS|FAA|CIA|FEMA)\b/;
/** The same, matched without regard to case for the long names (a title in capitals). */
const usNameLoose = /\bunited states(?! of (?!america\b))|\bu\.\s?s\.(?!\s?s\.?\s?r)|\bdepartment of homeland security\b/i;

/** Whether a party's name names the United States or a U.S. agency. */
export function namesUnitedStates(name: string): boolean {
  return usName.test(name) || usNameLoose.test(name);
}

/** The parties' scope from the front matter's parties, else from the title. */
export function partyScope(parties: readonly { name: string; short: string }[], title: string | undefined): PartyScope {
  if (parties.length > 0) return parties.some((p) => namesUnitedStates(p.name) || namesUnitedStates(p.short)) ? 'us' : 'non-us';
  if (!title) return 'unknown';
  if (namesUnitedStates(title)) return 'us';
  // "between the Kingdom of A and the Republic of B": the title names the parties, and none is
  // the United States.
  if (/\bbetween\s+\S[^]*?\s+and\s+\S/i.test(title) && !/\bbetween\s+(?:the\s+)?(?:parties|participants|signatories)\b/i.test(title)) return 'non-us';
  return 'unknown';
}

/** The scope of a draft's parties (front matter first, then the title of the draft). */
export function draftPartyScope(model: AgreementModel): PartyScope {
  const title = model.frontMatter.title ?? model.sections.find((s) => s.kind === 'title')?.heading?.text;
  return partyScope(model.frontMatter.parties, title);
}

/** Whether the U.S. elements (Privacy Act, U.S. persons) apply: the United States is a party, or the parties are unknown. */
export function usElementsApply(model: AgreementModel): boolean {
  return draftPartyScope(model) !== 'non-us';
}
