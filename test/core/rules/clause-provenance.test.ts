import { ruleTester } from '../../helpers/rule-tester.js';

const fm = '---\ntype: arrangement\n---\n';
const retention = (middle: string) =>
  `The receiving Party may keep information received under this Arrangement ${middle}, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.`;
const approvedRetention = retention('for as long as it is needed for the purposes for which it may be used under this Arrangement');
const dissemination10 =
  'The receiving Party may use information received under this Arrangement for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of the providing Party; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings.';

const safeguarding = [
  '1. Each Party shall safeguard information received under this Arrangement and protect it from public disclosure, giving it at least the protection that the Party gives its own information of similar sensitivity.',
  '2. A Party that receives a request under its law for public access to information provided by the other Party shall consult that Party promptly and, to the extent its law permits, protect the information from disclosure.',
  '3. Each Party shall give information received from the other Party the same assurances of protection that it expects for the information it provides.',
].join('\n\n');

ruleTester('clause-provenance', {
  valid: [
    { name: 'a draft without markers', code: `${fm}## Article 1 — Scope\n\n1. The Parties exchange information.\n` },
    { name: 'an approved clause, as inserted', code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention}\n` },
    { name: 'filled with other values: a defined term and another instrument', code: `---\ntitle: Memorandum on Screening\n---\n## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n(1) The Recipient may keep information received under this Memorandum of Cooperation for as long as it is needed for the purposes for which it may be used under this Memorandum of Cooperation, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.\n` },
    { name: 'case and line breaks do not count', code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention.replace('in accordance', '\n   IN ACCORDANCE')}\n` },
    { name: 'a marker naming a template the library does not have is not reported', code: `${fm}## Article 3 — Use\n\n<!-- clause: our-own-retention@2.1.0 -->\n1. Anything at all.\n` },
    { name: 'a marker naming a version newer than the library is not reported', code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@9.0.0 -->\n1. Anything at all.\n` },
    { name: 'a marker in code is an example, not a marker', code: `${fm}## Article 3 — Use\n\n\`\`\`\n<!-- clause: balanced-retention@1.0.0 -->\n\`\`\`\n\n1. Anything at all.\n` },
    { name: 'an ordinary HTML comment is not a marker', code: `${fm}## Article 3 — Use\n\n<!-- clause balanced-retention, checked by counsel -->\n1. Anything at all.\n` },
    { name: 'a whole article as inserted, its optional handling paragraph left out', code: `${fm}## Article 4 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n${safeguarding}\n` },
    { name: 'a whole article with its paragraphs numbered (1), (2), (3)', code: `${fm}## Article 4 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n${safeguarding.replace(/^([0-9])\. /gm, '($1) ')}\n` },
    { name: 'the marker speaks for its own paragraph only: the next one is free', code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention}\n\n2. Each Party bears its own costs.\n` },
  ],
  invalid: [
    {
      name: 'a placeholder next to a changed word does not take it: "shall" for "may", restored as "may"',
      code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention.replace('Party may keep', 'Party shall keep')}\n`,
      errors: [{ line: 7, column: 24, endColumn: 29, message: /1 word added and 1 word of the approved text missing/ }],
      output: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention}\n`,
    },
    {
      name: 'drift: the approved period replaced, restored with the filled values',
      code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${retention('for six months')}\n`,
      errors: [{ line: 7, column: 81, endColumn: 91, message: /Article 3\(1\) was inserted as the standard clause "Retention of received information" \(balanced-retention@1\.0\.0\).*2 words added and 18 words of the approved text missing/, severity: 'information' }],
      output: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n1. ${approvedRetention}\n`,
      kinds: ['suggestion'],
    },
    {
      name: 'drift keeps the values read back from the text, not the front matter',
      code: `---\ntitle: Memorandum on Screening\n---\n## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n(1) The Recipient may keep information received under this Memorandum of Cooperation for as long as it is needed for the purposes for which it may be used under this Memorandum of Cooperation, in accordance with its laws on the keeping of records, and shall promptly handle it according to the handling label it carries for as long as it keeps it.\n`,
      errors: [{ line: 7, column: 259, endColumn: 267, message: /1 word added; first, "promptly" was added\. Hover over the clause/ }],
      output: `---\ntitle: Memorandum on Screening\n---\n## Article 3 — Use\n\n<!-- clause: balanced-retention@1.0.0 -->\n(1) The Recipient may keep information received under this Memorandum of Cooperation for as long as it is needed for the purposes for which it may be used under this Memorandum of Cooperation, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.\n`,
    },
    {
      name: 'outdated: the library holds a newer version; upgraded with the same values',
      code: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-dissemination@1.0.0 -->\n1. ${dissemination10}\n`,
      errors: [{ line: 6, column: 1, endColumn: 46, message: /holds version 1\.0\.0 of the standard clause "Balanced dissemination and use" \(balanced-dissemination\); the clause library now holds version 1\.1\.0/ }],
      output: `${fm}## Article 3 — Use\n\n<!-- clause: balanced-dissemination@1.1.0 -->\n1. ${dissemination10}\n`,
    },
    {
      name: 'drift in a whole article: a paragraph added at its end; restored, the paragraph goes',
      code: `${fm}## Article 4 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n${safeguarding}\n\n4. Each Party may also publish a summary.\n`,
      errors: [{ line: 13, column: 4, endColumn: 42, message: /Article 4 was inserted as the standard clause "Safeguarding and confidentiality" \(safeguarding-confidentiality@1\.1\.0\)/ }],
      output: `${fm}## Article 4 — Safeguarding and Confidentiality\n\n<!-- clause: safeguarding-confidentiality@1.1.0 -->\n${safeguarding}\n`,
    },
  ],
});
