// Deterministic generator of agreement drafts for the benchmark. Every sentence here is our own
// wording, written for this file; nothing is taken from real agreements or from the corpus.
//
// A draft has front matter, a title, a preamble, a definitions article, then numbered Articles of
// six numbered paragraphs each (a mix of dissemination, personal-data, classified, safeguarding
// and neutral clauses, with defined-term uses and cross-references), and a closing annex.
// The same (size, seed) always gives the same text.

/** The front matter and title of a generated draft on the exchange of `subject`. */
export function openingLines(subject) {
  return [
    '---',
    `title: Arrangement on the Exchange of ${subject}`,
    'type: arrangement',
    'partner: the Republic of Examplia',
    'parties:',
    '  - name: Government of the United States of America',
    '    short: the United States',
    '  - name: Government of the Republic of Examplia',
    '    short: Examplia',
    'classification: SECRET',
    'data: [biographic, biometric]',
    'handling: TLP:AMBER',
    '---',
    '',
    `# Arrangement between the Government of the United States of America and the Government of the Republic of Examplia on the Exchange of ${subject}`,
    '',
  ];
}

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = [
  ['Shared Information', 'any information that one Participant makes available to the other under this Arrangement, in any form'],
  ['Providing Participant', 'the Participant that makes Shared Information available'],
  ['Receiving Participant', 'the Participant to which Shared Information is made available'],
  ['Screening Records', 'entries that identify persons whom a Participant has reason to watch for at its borders'],
  ['Competent Body', 'a public body of a Participant that is charged with preventing or investigating acts of terrorism'],
  ['Personal Details', 'any item of Shared Information that relates to an identified or identifiable person'],
  ['Protected Material', 'Shared Information that carries a national security classification of either Participant'],
  ['Liaison Officer', 'the official each Participant names to coordinate requests and replies'],
  ['Handling Label', 'a sharing label of the Traffic Light Protocol 2.0 or a named national handling caveat'],
  ['Exchange Channel', 'the secure electronic link the Participants agree to use for requests and replies'],
];

// Placeholders in the clause vocabulary: {T} a defined term, {R} a cross-reference,
// {N} a small number, {L} a handling label.
const CLAUSES = {
  dissemination: [
    'The Receiving Participant may pass {T} on to any Competent Body with counterterrorism duties, provided that the Handling Label is respected.',
    '{T} shall be used only for the purpose of the particular request and shall not be passed to any other agency in any case.',
    'Except as set out in {R}, the Receiving Participant shall obtain the written agreement of the Providing Participant before giving {T} to a third country.',
    'No part of the {T} shall be released to another body without the prior written approval of the Providing Participant for each release.',
    'The Receiving Participant may use {T} for border, law enforcement and intelligence purposes linked to terrorism, as described in {R}.',
    'Each Participant shall give notice to the other before using {T} as evidence in court proceedings.',
    'Onward sharing of {T} within the government of the Receiving Participant is allowed for the purposes listed in {R}.',
  ],
  personal: [
    'The Participants may exchange {T}, including names, dates of birth, passport numbers and fingerprints of the persons concerned.',
    'Records that may concern citizens or lawful permanent residents of either Participant shall be handled in line with {R}.',
    'The Receiving Participant shall correct or delete {T} that it learns to be inaccurate, and shall tell the Providing Participant within {N} days.',
    '{T} shall be kept no longer than needed for the purpose for which it was given, and in any event no longer than {N} years.',
    'A person may ask to see the {T} held about them, and to have it corrected, through the Liaison Officer of either Participant.',
  ],
  classified: [
    '{T} marked SECRET or CONFIDENTIAL shall be given at least the protection the Providing Participant gives it.',
    'Access to {T} is limited to cleared staff who need it to carry out their duties under {R}.',
    '{T} shall be sent only through the Exchange Channel or by diplomatic courier between the two governments.',
    'Neither Participant shall lower or remove the classification of {T} without the consent of the Participant that marked it.',
    'The loss or suspected compromise of any {T} shall be reported to the other Participant without delay and looked into.',
  ],
  safeguarding: [
    'Each Participant shall protect {T} from public disclosure to the extent its law allows.',
    'The Providing Participant shall mark each item of {T} with a {L} label before it is sent.',
    '{T} marked {L} shall be handled as that label describes, unless the Participants agree otherwise in writing.',
    'Each Participant shall keep a log of the {T} it receives and of each onward disclosure made under {R}.',
    'Each Participant shall apply technical and organisational measures suited to the sensitivity of the {T} it holds.',
  ],
  neutral: [
    'The Liaison Officers of the Participants shall meet at least once a year to review how this Arrangement works in practice.',
    'Each Participant shall bear its own costs of carrying out this Arrangement unless {R} provides otherwise.',
    'Any question about the meaning of this Arrangement shall be settled by talks between the Participants, as set out in {R}.',
    'Requests under this Arrangement shall be made in writing and sent through the Exchange Channel.',
    'This Arrangement does not create rights or duties under international law.',
    'The Participants may change the annexes to this Arrangement by an exchange of letters between their Liaison Officers.',
  ],
};

const INFO_TERMS = ['Shared Information', 'Screening Records', 'Personal Details', 'Protected Material'];

const KINDS = ['dissemination', 'personal', 'classified', 'safeguarding', 'neutral', 'neutral'];
const TOPICS = [
  'Purpose and Scope',
  'Requests for Information',
  'Use of Shared Information',
  'Onward Disclosure',
  'Protection of Personal Details',
  'Protected Material',
  'Accuracy and Correction',
  'Retention',
  'Security Measures',
  'Consultations',
  'Costs',
  'Records of Disclosure',
];
const LABELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** One clause sentence of `kind`, filled in, citing articles up to `articleCount`. */
function clause(rand, kind, articleCount) {
  const reference = () => {
    const n = 2 + Math.floor(rand() * Math.max(1, articleCount - 1));
    const p = 1 + Math.floor(rand() * 6);
    const form = rand();
    if (form < 0.4) return `Article ${n}`;
    if (form < 0.75) return `paragraph ${p} of Article ${n}`;
    return `Article ${n}(${p})`;
  };
  return pick(rand, CLAUSES[kind])
    .replace(/\{T\}/g, () => pick(rand, INFO_TERMS))
    .replace(/\{R\}/g, reference)
    .replace(/\{N\}/g, () => String(2 + Math.floor(rand() * 60)))
    .replace(/\{L\}/g, () => pick(rand, LABELS));
}

/**
 * A draft of about `targetBytes` characters (all ASCII, so characters = bytes), built from
 * `seed`. Articles are added until the size is reached, so the 1 MB draft has about 800 of them.
 */
export function generateDraft(targetBytes, seed = 1) {
  const rand = prng(seed);
  const out = [];
  out.push(
    ...openingLines('Counterterrorism Screening Information'),
    '## Preamble',
    '',
    'The Government of the United States of America and the Government of the Republic of Examplia (the "Participants"), wishing to work together more closely against terrorism, have reached the following understanding:',
    '',
    '## Article 1 — Definitions',
    '',
    'For the purposes of this Arrangement:',
    '',
  );
  TERMS.forEach(([term, meaning], i) => out.push(`${i + 1}. "${term}" means ${meaning}.`));
  out.push('');
  let size = out.reduce((n, l) => n + l.length + 1, 0);
  // Estimate the article count from the mean article length so cross-references stay in range.
  const estimate = Math.max(2, Math.round((targetBytes - size) / 1230));
  let article = 2;
  const closing = 600;
  while (size + closing < targetBytes) {
    const lines = [`## Article ${article} — ${TOPICS[(article * 7) % TOPICS.length]}`, ''];
    for (let p = 1; p <= 6; p++) {
      const kind = pick(rand, KINDS);
      let text = clause(rand, kind, estimate);
      if (rand() < 0.5) text += ' ' + clause(rand, pick(rand, KINDS), estimate);
      lines.push(`${p}. ${text}`);
    }
    lines.push('');
    for (const l of lines) size += l.length + 1;
    out.push(...lines);
    article++;
  }
  out.push(
    '## Annex A — Liaison Officers',
    '',
    'Each Participant shall name its Liaison Officer in writing within thirty days of signature, and shall tell the other Participant of any change.',
    '',
    'The Liaison Officers shall agree the technical details of the Exchange Channel, including its encryption, before the first exchange.',
    '',
  );
  return out.join('\n');
}

/** Offsets of the text of each numbered paragraph (after "N. ") in a generated draft. */
export function clauseOffsets(text) {
  const offsets = [];
  const re = /^\d+\. /gm;
  let m;
  while ((m = re.exec(text))) offsets.push({ start: m.index + m[0].length, end: text.indexOf('\n', m.index) });
  return offsets;
}
