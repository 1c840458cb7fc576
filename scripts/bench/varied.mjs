// Drafts for the benchmark that do not repeat themselves, as a real 200-page agreement does not.
//
// generate.mjs builds its drafts from 28 sentences, so a 1 MB draft says each of them hundreds of
// times, and every cache keyed by a clause's text answers most lookups. The drafts here are built
// from a small grammar instead (actors, acts, objects, purposes, conditions, numbers and dates,
// chosen per clause), and no sentence occurs twice in a draft: the generator keeps the sentences it
// has written and draws again on a repeat. Articles have from three to eight paragraphs, and some
// paragraphs carry lettered sub-paragraphs, nested as real agreements nest them.
//
// Every phrase here is our own wording, written for this file; nothing comes from real agreements.
// `joinTreaties` joins the real treaty drafts of a folder (../shared/treaties) into one draft: the
// front matter of the first, then the body of each, its Articles renumbered to run on.
import fs from 'node:fs';
import path from 'node:path';
import { openingLines, prng } from './generate.mjs';

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const some = (rand, list, most) => {
  const n = 1 + Math.floor(rand() * most);
  const chosen = new Set();
  while (chosen.size < Math.min(n, list.length)) chosen.add(pick(rand, list));
  return [...chosen];
};
const listing = (items) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

const BODIES = ['Directorate', 'Office', 'Bureau', 'Service', 'Agency', 'Inspectorate', 'Commission', 'Unit', 'Board', 'Authority', 'Department', 'Secretariat'];
const FIELDS = [
  'Coastal Surveillance', 'Customs Enforcement', 'Civil Aviation Security', 'Financial Intelligence', 'Immigration Control',
  'Public Health Protection', 'Cyber Defence', 'Organised Crime', 'Port Security', 'Wildlife Protection', 'Tax Investigation',
  'Nuclear Safety', 'Railway Policing', 'Consular Affairs', 'Maritime Rescue', 'Critical Infrastructure', 'Border Policing',
  'Counter-Fraud', 'Drug Interdiction', 'Arms Export Control', 'Food Safety', 'Visa Issuance', 'Aviation Accident Inquiry',
  'Sanctions Enforcement', 'Witness Protection',
];
const THINGS = [
  'vessel movements', 'cargo manifests', 'passenger reservations', 'visa refusals', 'wire transfers', 'firearm licences',
  'company registrations', 'asylum claims', 'travel documents reported stolen', 'laboratory results', 'border crossings',
  'cash declarations', 'seized goods', 'aircraft registrations', 'port calls', 'export permits', 'shipping containers',
  'suspicious transaction reports', 'vehicle registrations', 'residence permits', 'customs seizures', 'flight plans',
  'maritime incidents', 'dual-use exports', 'charity registrations',
];
const QUALIFIERS = [
  'held by either Participant', 'gathered since {YEAR}', 'relating to the {REGION} region', 'collected at land crossings',
  'kept in the central registers', 'received from local authorities', 'recorded during joint operations', 'older than {N} months',
  'of the last {N} years', 'that concern the {REGION} coast', 'entered after {DATE}', 'drawn from inspection reports',
];
const REGIONS = ['northern', 'southern', 'eastern', 'western', 'central', 'island', 'lake', 'mountain', 'delta', 'frontier'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PURPOSES = [
  'the prevention of terrorism', 'the detection of smuggling', 'the investigation of money laundering', 'the protection of public health',
  'the control of migration', 'the security of civil aviation', 'the enforcement of sanctions', 'the recovery of taxes',
  'the search for missing persons', 'the safety of shipping', 'the fight against human trafficking', 'the control of arms exports',
  'the protection of critical infrastructure', 'the assessment of visa applications', 'the prosecution of serious crime',
  'the protection of endangered species', 'the prevention of fraud against public funds', 'the response to cyber incidents',
  'the inspection of food imports', 'the tracing of stolen vehicles',
];
const TERMS = [
  ['Shared Information', 'any information that one Participant makes available to the other under this Arrangement'],
  ['Providing Participant', 'the Participant that makes Shared Information available'],
  ['Receiving Participant', 'the Participant to which Shared Information is made available'],
  ['Watchlist Entries', 'entries that identify persons whom a Participant has reason to watch for at its borders'],
  ['Competent Body', 'a public body of a Participant that is charged with a purpose listed in Article 2'],
  ['Personal Details', 'any item of Shared Information that relates to an identified or identifiable person'],
  ['Protected Material', 'Shared Information that carries a national security classification of either Participant'],
  ['Contact Point', 'the official each Participant names to coordinate requests and replies'],
  ['Handling Label', 'a sharing label of the Traffic Light Protocol 2.0 or a named national handling caveat'],
  ['Secure Link', 'the encrypted electronic channel the Participants agree to use for requests and replies'],
];
const INFO_TERMS = ['Shared Information', 'Watchlist Entries', 'Personal Details', 'Protected Material'];
const LABELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'];
const LEVELS = ['SECRET', 'CONFIDENTIAL', 'RESTRICTED', 'TOP SECRET'];
const PERSONAL = ['names', 'dates of birth', 'passport numbers', 'fingerprints', 'home addresses', 'photographs', 'nationality', 'telephone numbers', 'criminal records', 'places of birth', 'facial images', 'travel histories'];
const TOPICS = [
  'Purpose', 'Scope', 'Requests', 'Replies to Requests', 'Use of Information', 'Onward Disclosure', 'Personal Details', 'Protected Material',
  'Accuracy', 'Retention', 'Security', 'Consultations', 'Costs', 'Records', 'Contact Points', 'Joint Teams', 'Visits', 'Training',
  'Technical Means', 'Language', 'Review', 'Languages of Requests', 'Urgent Requests', 'Refusal of Assistance',
];

/** The sentence frames of each kind of clause: functions of the generator's choices. */
const FRAMES = {
  dissemination: [
    (g) => `The ${g.body()} may pass ${g.info()} on to any Competent Body responsible for ${g.purposes()}, provided that the Handling Label is respected.`,
    (g) => `${cap(g.info())} obtained for ${g.purpose()} shall be used only for the purpose of the particular request and shall not be passed to any other agency in any case.`,
    (g) => `Except as set out in ${g.ref()}, the Receiving Participant shall obtain the written agreement of the Providing Participant before giving ${g.info()} to a third country or to ${pick(g.rand, ['an international organisation', 'a regional body', 'a foreign court'])}.`,
    (g) => `No ${g.info()} shall be released to the ${g.body()} without the prior written approval of the Providing Participant for each release.`,
    (g) => `The Receiving Participant may use ${g.info()} for ${g.purposes()}, as described in ${g.ref()}, and may share it with the ${g.body()} for the same ends.`,
    (g) => `The Receiving Participant shall give the Providing Participant ${g.days()} days' notice before using ${g.info()} as evidence in ${pick(g.rand, ['criminal', 'civil', 'administrative'])} proceedings.`,
    (g) => `Onward sharing of ${g.info()} within the government of the Receiving Participant is allowed for ${g.purposes()}.`,
  ],
  personal: [
    (g) => `The Participants may exchange ${g.info()}, including ${listing(some(g.rand, PERSONAL, 4))} of the persons concerned, for ${g.purpose()}.`,
    (g) => `Records of ${g.thing()} that may concern citizens or lawful permanent residents of either Participant shall be handled in line with ${g.ref()}.`,
    (g) => `The Receiving Participant shall correct or delete ${g.info()} that it learns to be inaccurate, and shall tell the Providing Participant within ${g.days()} days.`,
    (g) => `${cap(g.info())} about ${g.thing()} shall be kept no longer than needed for ${g.purpose()}, and in any event no longer than ${g.years()} years.`,
    (g) => `A person may ask to see the ${g.info()} held about them by the ${g.body()}, and to have it corrected, through the Contact Point of either Participant.`,
  ],
  classified: [
    (g) => `${cap(g.info())} marked ${pick(g.rand, LEVELS)} shall be given at least the protection the Providing Participant gives it under its rules of ${g.year()}.`,
    (g) => `Access to ${g.info()} on ${g.thing()} is limited to cleared staff of the ${g.body()} who need it to carry out their duties under ${g.ref()}.`,
    (g) => `${cap(g.info())} shall be sent only through the Secure Link or by diplomatic courier, and never by ordinary post to the ${g.body()}.`,
    (g) => `Neither Participant shall lower or remove the classification of ${g.info()} on ${g.thing()} without the consent of the Participant that marked it.`,
    (g) => `The loss or suspected compromise of any ${g.info()} held by the ${g.body()} shall be reported to the other Participant within ${g.days()} days and looked into.`,
  ],
  safeguarding: [
    (g) => `Each Participant shall protect ${g.info()} on ${g.thing()} from public disclosure to the extent its law allows.`,
    (g) => `The Providing Participant shall mark each item of ${g.info()} on ${g.thing()} with a ${pick(g.rand, LABELS)} label before it is sent.`,
    (g) => `${cap(g.info())} marked ${pick(g.rand, LABELS)} shall be handled as that label describes, unless the Participants agree otherwise in writing by ${g.date()}.`,
    (g) => `The ${g.body()} shall keep a log of the ${g.info()} it receives and of each onward disclosure made under ${g.ref()}.`,
    (g) => `Each Participant shall apply technical and organisational measures suited to the sensitivity of the records of ${g.thing()} it holds.`,
  ],
  neutral: [
    (g) => `The Contact Points shall meet at least ${pick(g.rand, ['once', 'twice', 'three times'])} a year, in ${pick(g.rand, MONTHS)}, to review how the work of the ${g.body()} under this Arrangement goes in practice.`,
    (g) => `Each Participant shall bear its own costs of carrying out ${g.ref()} unless the Participants agree otherwise by ${g.date()}.`,
    (g) => `Any question about the meaning of ${g.ref()} shall be settled by talks between the ${g.body()} and its counterpart within ${g.days()} days.`,
    (g) => `Requests concerning ${g.thing()} shall be made in writing and sent through the Secure Link to the ${g.body()}.`,
    (g) => `The ${g.body()} shall report each year, by ${g.date()}, on the number of requests concerning ${g.thing()} it made and answered.`,
    (g) => `The Participants may change ${pick(g.rand, ['Annex A', 'the list in Annex A', 'the contact details in Annex A'])} by an exchange of letters between their Contact Points, which takes effect ${g.days()} days after the second letter.`,
    (g) => `Training for staff of the ${g.body()} on ${g.thing()} shall be offered at least every ${g.years()} years, at a place the Participants choose in turn.`,
  ],
};
const KINDS = ['dissemination', 'personal', 'classified', 'safeguarding', 'neutral', 'neutral'];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The choices of one draft: each draws from the draft's random stream. */
function grammar(rand, articleCount) {
  const g = {
    rand,
    days: () => String(2 + Math.floor(rand() * 88)),
    years: () => String(1 + Math.floor(rand() * 14)),
    year: () => String(1990 + Math.floor(rand() * 36)),
    date: () => `${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} ${2027 + Math.floor(rand() * 12)}`,
    body: () => `${pick(rand, BODIES)} of ${pick(rand, FIELDS)}`,
    purpose: () => pick(rand, PURPOSES),
    purposes: () => listing(some(rand, PURPOSES, 3)),
    thing: () =>
      `${pick(rand, THINGS)} ${pick(rand, QUALIFIERS)}`
        .replace('{YEAR}', g.year())
        .replace('{REGION}', pick(rand, REGIONS))
        .replace('{N}', String(2 + Math.floor(rand() * 30)))
        .replace('{DATE}', g.date()),
    info: () => (rand() < 0.6 ? pick(rand, INFO_TERMS) : `the records of ${g.thing()}`),
    ref: () => {
      const n = 2 + Math.floor(rand() * Math.max(1, articleCount - 1));
      const p = 1 + Math.floor(rand() * 3);
      const form = rand();
      if (form < 0.4) return `Article ${n}`;
      if (form < 0.75) return `paragraph ${p} of Article ${n}`;
      return `Article ${n}(${p})`;
    },
  };
  return g;
}

/**
 * A draft of about `targetBytes` characters in which no sentence repeats, built from `seed`: the
 * same (size, seed) always gives the same text.
 */
export function generateVariedDraft(targetBytes, seed = 1) {
  const rand = prng(seed);
  const seen = new Set();
  const out = [
    ...openingLines('Information for Border and Security Purposes'),
    '## Preamble',
    '',
    'The Government of the United States of America and the Government of the Republic of Examplia (the "Participants"), wishing to work together more closely on the security of their borders, have reached the following understanding:',
    '',
    '## Article 1 — Definitions',
    '',
    'For the purposes of this Arrangement:',
    '',
  ];
  TERMS.forEach(([term, meaning], i) => out.push(`${i + 1}. "${term}" means ${meaning}.`));
  out.push('');
  let size = out.reduce((n, l) => n + l.length + 1, 0);
  const estimate = Math.max(2, Math.round((targetBytes - size) / 2070));
  const g = grammar(rand, estimate);
  /** A sentence of `kind` that the draft has not said before. */
  const sentence = (kind) => {
    for (let attempt = 0; ; attempt++) {
      const s = pick(rand, FRAMES[kind])(g);
      if (!seen.has(s)) {
        seen.add(s);
        return s;
      }
      if (attempt > 50) throw new Error('varied: the grammar ran out of new sentences');
    }
  };
  let article = 2;
  const closing = 600;
  while (size + closing < targetBytes) {
    const lines = [`## Article ${article} — ${pick(rand, TOPICS)}${rand() < 0.5 ? ` of ${cap(pick(rand, THINGS))}` : ''}`, ''];
    const paragraphs = 3 + Math.floor(rand() * 6);
    for (let p = 1; p <= paragraphs; p++) {
      let text = sentence(pick(rand, KINDS));
      if (rand() < 0.5) text += ' ' + sentence(pick(rand, KINDS));
      if (rand() < 0.15) {
        // A lead-in with lettered sub-paragraphs.
        lines.push(`${p}. ${text} In particular, the ${g.body()} shall:`, '');
        const items = 2 + Math.floor(rand() * 3);
        for (let i = 0; i < items; i++) {
          const s = sentence(pick(rand, KINDS));
          lines.push(`   (${'abcde'[i]}) ${s.charAt(0).toLowerCase()}${s.slice(1, -1)}${i === items - 1 ? '.' : ';'}`, '');
        }
      } else {
        lines.push(`${p}. ${text}`, '');
      }
    }
    for (const l of lines) size += l.length + 1;
    out.push(...lines);
    article++;
  }
  out.push(
    '## Annex A — Contact Points',
    '',
    'Each Participant shall name its Contact Point in writing within thirty days of signature, and shall tell the other Participant of any change.',
    '',
    'The Contact Points shall agree the technical details of the Secure Link, including its encryption, before the first exchange.',
    '',
  );
  return out.join('\n');
}

/**
 * The real treaty drafts of `folder` joined into one draft: the first file's front matter, then each
 * file's body (its front matter dropped, its title a level-one heading as before). The Articles are
 * renumbered to run on from one treaty to the next, and so are the citations of them that read
 * "Article N", so that the joined draft has one set of Article numbers, as one long agreement has.
 * Returns undefined when the folder has no drafts.
 */
export function joinTreaties(folder) {
  if (!fs.existsSync(folder)) return undefined;
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
  if (files.length === 0) return undefined;
  const parts = [];
  let offset = 0;
  files.forEach((f, i) => {
    const text = fs.readFileSync(path.join(folder, f), 'utf8').replace(/\r\n?/g, '\n');
    const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
    const body = fm ? text.slice(fm[0].length) : text;
    let highest = 0;
    const renumbered = body.replace(/\b(Article|ARTICLE) (\d+)\b/g, (_, word, n) => {
      highest = Math.max(highest, Number(n));
      return `${word} ${Number(n) + offset}`;
    });
    parts.push(i === 0 && fm ? fm[0] + renumbered : renumbered);
    offset += highest;
  });
  return parts.join('\n');
}

/** Offsets of the text of each numbered or lettered paragraph (after its label) in a varied draft. */
export function variedClauseOffsets(text) {
  const offsets = [];
  const re = /^(?:\d+\. | {3}\([a-e]\) )/gm;
  let m;
  while ((m = re.exec(text))) offsets.push({ start: m.index + m[0].length, end: text.indexOf('\n', m.index) });
  return offsets;
}
