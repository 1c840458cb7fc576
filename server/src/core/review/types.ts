/**
 * The reviewer's view of a draft (issue 19): what the three mission checks find present and
 * missing, element by element, every dissemination provision with its reading and verdict, the
 * information flows the draft permits or forbids, and the suppressions in force. Plain data (JSON
 * as it is), served by the server as the request `agreementLint/review` and by the CLI
 * (`agreement-lint report`). Spans are offsets into the draft; ranges are LSP ranges made by the
 * model's LineIndex.
 */
import type { Range, Span } from '../types.js';

/** A place in the draft that a reviewer can jump to, with the words that decide. */
export interface ReviewPlace {
  /** "Article 5(2)(a)", "the preamble", "the front matter". */
  citation: string;
  span: Span;
  range: Range;
  /** The deciding words, quoted from the draft (shortened). */
  quote: string;
}

/** The state of one element of a checklist. */
export type ElementState = 'present' | 'missing' | 'not-applicable';

/** One element a reviewer must confirm: present (and where), missing, or not applicable (and why). */
export interface ChecklistItem {
  /** Stable id: "privacy/purpose", "classified/need-to-know", "dissemination/calibrated". */
  id: string;
  /** Plain legal English: "Purpose limitation". */
  label: string;
  /** The framework element it stands for, in our words ("FIPPs: purpose specification"). */
  framework?: string;
  state: ElementState;
  /** For missing and not-applicable items: why, in one sentence. */
  why?: string;
  /** For present items: the clauses that supply it. */
  where: ReviewPlace[];
  /**
   * For a missing item with a standard fix: the finding whose fix supplies it (rule id and the
   * finding's span), so an editor can offer that fix inline.
   */
  fix?: { ruleId: string; span: Span; title: string; /** The finding's range (added for LSP clients; the span's range). */ range?: Range };
}

/** One mission check as a checklist. */
export interface Checklist {
  id: 'dissemination' | 'privacy' | 'classified';
  title: string;
  /** The rule ids whose findings this checklist explains. */
  ruleIds: string[];
  /** Whether the check applies to this draft (personal data named, classified material exchanged ...). */
  applies: boolean;
  /** Why it applies or not, in one sentence. */
  why: string;
  items: ChecklistItem[];
}

/** A dissemination provision, read as check A reads it. */
export interface ProvisionReview {
  place: ReviewPlace;
  /** One sentence describing what the clause does (the reading). */
  reading: string;
  verdict: 'over-restrictive' | 'calibrated';
  why: string;
}

/** Who may pass what to whom, on what condition, for which purposes. */
export interface InformationFlow {
  /** A party, an agency or a defined role, in the draft's words where it names one. */
  from: string;
  /** The information: a category or a defined term ("Screening Information", "personal data"). */
  what: string;
  /** Who receives: other agencies of the receiving government, third states or international bodies, the public, courts, any third party. */
  to: string[];
  purposes: string[];
  condition: 'none' | 'notice' | 'consent' | 'marking' | 'purpose' | 'necessity' | 'never';
  /** Whether the clause permits the flow (on its condition) or forbids it. */
  permitted: boolean;
  place: ReviewPlace;
}

/** Two flows that contradict each other: one clause permits what another forbids. */
export interface FlowConflict {
  permits: InformationFlow;
  forbids: InformationFlow;
  /** Why they conflict, in one sentence. */
  why: string;
}

/** A suppression comment in force, as an audit record. */
export interface ReviewSuppression {
  ruleIds: string[];
  place: ReviewPlace;
  /** The justification written with it, if any. */
  justification?: string;
}

/** The review of one draft. */
export interface Review {
  summary: {
    title?: string;
    parties: string[];
    partner?: string;
    data: string[];
    classification?: string;
    handling?: string;
    /** Findings by severity. */
    findings: { error: number; warning: number; information: number; hint: number };
  };
  checklists: Checklist[];
  provisions: ProvisionReview[];
  flows: InformationFlow[];
  conflicts: FlowConflict[];
  suppressions: ReviewSuppression[];
}

/** The custom request: params `{ uri }`, result `Review`, or null for a document that is not a draft. */
export const REVIEW_REQUEST = 'agreementLint/review';
