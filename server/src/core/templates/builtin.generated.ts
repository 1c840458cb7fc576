// Generated from templates/*.md by scripts/gen-templates.mjs. Do not edit by hand.
import type { ClauseTemplate } from './types.js';

export const builtinTemplates: readonly ClauseTemplate[] = [
  {
    "id": "balanced-dissemination",
    "title": "Balanced dissemination and use",
    "version": "1.1.0",
    "fixes": [
      "over-restricted-dissemination"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "INSTRUMENT",
      "PROVIDING PARTY",
      "HANDLING"
    ],
    "kind": "clause",
    "body": "{{RECEIVING PARTY}} may use information received under {{INSTRUMENT}} for counterterrorism, law-enforcement, border-security and intelligence purposes, and may disseminate it within its government to any agency with responsibilities for those purposes. Only two kinds of release require the prior consent of {{PROVIDING PARTY}}; they are release to a third country or an international body, and any public release, including use as evidence in public proceedings.{{#HANDLING}} Information shall be handled according to the handling label it carries, which is {{HANDLING}} unless {{PROVIDING PARTY}} marks it otherwise.{{/HANDLING}}",
    "origin": "built-in",
    "description": "Lets the Receiving Party use and pass on information inside its government for counterterrorism work; consent is needed only to go outside that government."
  },
  {
    "id": "balanced-retention",
    "title": "Retention of received information",
    "version": "1.0.0",
    "fixes": [
      "over-restricted-dissemination"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "INSTRUMENT"
    ],
    "kind": "clause",
    "body": "{{RECEIVING PARTY}} may keep information received under {{INSTRUMENT}} for as long as it is needed for the purposes for which it may be used under {{INSTRUMENT}}, in accordance with its laws on the keeping of records, and shall handle it according to the handling label it carries for as long as it keeps it.",
    "origin": "built-in",
    "description": "Lets the Receiving Party keep information for as long as its permitted uses need it, instead of destroying or returning it by a fixed short deadline, handled by its label meanwhile."
  },
  {
    "id": "classified-downgrading",
    "title": "Classified element: downgrading and declassification",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "element",
    "body": "{{RECEIVING PARTY}} shall not downgrade or declassify classified information received without the prior written consent of {{PROVIDING PARTY}}.",
    "origin": "built-in",
    "element": "downgrading"
  },
  {
    "id": "classified-equivalent-levels",
    "title": "Classified element: equivalent classification levels and markings",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "RECEIVING PARTY"
    ],
    "kind": "element",
    "body": "Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels, including the United States levels TOP SECRET, SECRET and CONFIDENTIAL; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.",
    "origin": "built-in",
    "element": "equivalence"
  },
  {
    "id": "classified-equivalent-levels-national",
    "title": "Classified element: equivalent national classification levels and markings",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "RECEIVING PARTY"
    ],
    "kind": "element",
    "body": "Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.",
    "origin": "built-in",
    "element": "equivalence",
    "description": "For a draft to which the United States is no party; names no U.S. classification levels."
  },
  {
    "id": "classified-governing-instrument",
    "title": "Classified element: governing security instrument",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "element",
    "body": "Classified information shall be exchanged under {{INSTRUMENT}} only in accordance with these security terms and with any general security of information agreement in force between the Parties, which prevails in case of conflict.",
    "origin": "built-in",
    "element": "instrument"
  },
  {
    "id": "classified-information-annex",
    "title": "Security Annex for Classified Information",
    "version": "1.0.0",
    "fixes": [
      "classified-without-formal-terms"
    ],
    "placeholders": [
      "ANNEX",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Annex {{ANNEX}} — Security of Classified Information\n\nThis Annex forms an integral part of {{INSTRUMENT}} and sets out the security terms under which the Parties exchange classified information.\n\n1. Classified information shall be exchanged under {{INSTRUMENT}} only in accordance with these security terms and with any general security of information agreement in force between the Parties, which prevails in case of conflict.\n\n2. Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels, including the United States levels TOP SECRET, SECRET and CONFIDENTIAL; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.\n\n3. {{RECEIVING PARTY}} shall give classified information received a degree of security protection at least equivalent to that which {{PROVIDING PARTY}} gives it.\n\n4. Access to classified information shall be limited to individuals who hold a security clearance at the appropriate level and who need access to carry out their official duties (need to know).\n\n5. {{RECEIVING PARTY}} shall not release classified information to any third country, international organisation, contractor or other third party without the prior written consent of {{PROVIDING PARTY}}.\n\n6. Classified information shall be transmitted between the Parties only through government-to-government channels, or through other secure means that both Parties approve in writing.\n\n7. {{RECEIVING PARTY}} shall not downgrade or declassify classified information received without the prior written consent of {{PROVIDING PARTY}}.\n\n8. Each Party shall report to the other Party without delay any actual or suspected loss or compromise of classified information received from it, shall investigate the circumstances, and shall inform the other Party of the findings and of the measures taken to prevent a recurrence.\n\n9. On termination of {{INSTRUMENT}}, classified information exchanged under it shall be returned to {{PROVIDING PARTY}} or destroyed as {{PROVIDING PARTY}} directs, and the security obligations for classified information shall continue to apply to any such information for as long as it remains classified.",
    "origin": "built-in",
    "description": "The formal terms for classified information as a security annex, for drafts that keep such terms out of the body of the text."
  },
  {
    "id": "classified-information-annex-national",
    "title": "Security Annex for Classified Information (national classification levels)",
    "version": "1.0.0",
    "fixes": [
      "classified-without-formal-terms"
    ],
    "placeholders": [
      "ANNEX",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Annex {{ANNEX}} — Security of Classified Information\n\nThis Annex forms an integral part of {{INSTRUMENT}} and sets out the security terms under which the Parties exchange classified information.\n\n1. Classified information shall be exchanged under {{INSTRUMENT}} only in accordance with these security terms and with any general security of information agreement in force between the Parties, which prevails in case of conflict.\n\n2. Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.\n\n3. {{RECEIVING PARTY}} shall give classified information received a degree of security protection at least equivalent to that which {{PROVIDING PARTY}} gives it.\n\n4. Access to classified information shall be limited to individuals who hold a security clearance at the appropriate level and who need access to carry out their official duties (need to know).\n\n5. {{RECEIVING PARTY}} shall not release classified information to any third country, international organisation, contractor or other third party without the prior written consent of {{PROVIDING PARTY}}.\n\n6. Classified information shall be transmitted between the Parties only through government-to-government channels, or through other secure means that both Parties approve in writing.\n\n7. {{RECEIVING PARTY}} shall not downgrade or declassify classified information received without the prior written consent of {{PROVIDING PARTY}}.\n\n8. Each Party shall report to the other Party without delay any actual or suspected loss or compromise of classified information received from it, shall investigate the circumstances, and shall inform the other Party of the findings and of the measures taken to prevent a recurrence.\n\n9. On termination of {{INSTRUMENT}}, classified information exchanged under it shall be returned to {{PROVIDING PARTY}} or destroyed as {{PROVIDING PARTY}} directs, and the security obligations for classified information shall continue to apply to any such information for as long as it remains classified.",
    "origin": "built-in",
    "description": "The formal terms for classified information as a security annex, for drafts that keep such terms out of the body of the text; for a draft to which the United States is no party, it names no U.S. classification levels."
  },
  {
    "id": "classified-information-article",
    "title": "Classified Information",
    "version": "1.0.0",
    "fixes": [
      "classified-without-formal-terms"
    ],
    "placeholders": [
      "NUMBER",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Article {{NUMBER}} — Classified Information\n\n1. Classified information shall be exchanged under {{INSTRUMENT}} only in accordance with these security terms and with any general security of information agreement in force between the Parties, which prevails in case of conflict.\n\n2. Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels, including the United States levels TOP SECRET, SECRET and CONFIDENTIAL; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.\n\n3. {{RECEIVING PARTY}} shall give classified information received a degree of security protection at least equivalent to that which {{PROVIDING PARTY}} gives it.\n\n4. Access to classified information shall be limited to individuals who hold a security clearance at the appropriate level and who need access to carry out their official duties (need to know).\n\n5. {{RECEIVING PARTY}} shall not release classified information to any third country, international organisation, contractor or other third party without the prior written consent of {{PROVIDING PARTY}}.\n\n6. Classified information shall be transmitted between the Parties only through government-to-government channels, or through other secure means that both Parties approve in writing.\n\n7. {{RECEIVING PARTY}} shall not downgrade or declassify classified information received without the prior written consent of {{PROVIDING PARTY}}.\n\n8. Each Party shall report to the other Party without delay any actual or suspected loss or compromise of classified information received from it, shall investigate the circumstances, and shall inform the other Party of the findings and of the measures taken to prevent a recurrence.\n\n9. On termination of {{INSTRUMENT}}, classified information exchanged under it shall be returned to {{PROVIDING PARTY}} or destroyed as {{PROVIDING PARTY}} directs, and the security obligations for classified information shall continue to apply to any such information for as long as it remains classified.",
    "origin": "built-in",
    "description": "A whole article with the formal terms for exchanging classified information; each paragraph is also an element template of its own."
  },
  {
    "id": "classified-information-article-national",
    "title": "Classified Information (national classification levels)",
    "version": "1.0.0",
    "fixes": [
      "classified-without-formal-terms"
    ],
    "placeholders": [
      "NUMBER",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Article {{NUMBER}} — Classified Information\n\n1. Classified information shall be exchanged under {{INSTRUMENT}} only in accordance with these security terms and with any general security of information agreement in force between the Parties, which prevails in case of conflict.\n\n2. Before any classified information is exchanged, the Parties shall notify each other in writing of the equivalence between their national security classification levels; {{RECEIVING PARTY}} shall mark classified information it receives with its own equivalent classification marking.\n\n3. {{RECEIVING PARTY}} shall give classified information received a degree of security protection at least equivalent to that which {{PROVIDING PARTY}} gives it.\n\n4. Access to classified information shall be limited to individuals who hold a security clearance at the appropriate level and who need access to carry out their official duties (need to know).\n\n5. {{RECEIVING PARTY}} shall not release classified information to any third country, international organisation, contractor or other third party without the prior written consent of {{PROVIDING PARTY}}.\n\n6. Classified information shall be transmitted between the Parties only through government-to-government channels, or through other secure means that both Parties approve in writing.\n\n7. {{RECEIVING PARTY}} shall not downgrade or declassify classified information received without the prior written consent of {{PROVIDING PARTY}}.\n\n8. Each Party shall report to the other Party without delay any actual or suspected loss or compromise of classified information received from it, shall investigate the circumstances, and shall inform the other Party of the findings and of the measures taken to prevent a recurrence.\n\n9. On termination of {{INSTRUMENT}}, classified information exchanged under it shall be returned to {{PROVIDING PARTY}} or destroyed as {{PROVIDING PARTY}} directs, and the security obligations for classified information shall continue to apply to any such information for as long as it remains classified.",
    "origin": "built-in",
    "description": "A whole article with the formal terms for exchanging classified information; each paragraph is also an element template of its own; for a draft to which the United States is no party, it names no U.S. classification levels."
  },
  {
    "id": "classified-loss-compromise",
    "title": "Classified element: loss or compromise",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "Each Party shall report to the other Party without delay any actual or suspected loss or compromise of classified information received from it, shall investigate the circumstances, and shall inform the other Party of the findings and of the measures taken to prevent a recurrence.",
    "origin": "built-in",
    "element": "compromise"
  },
  {
    "id": "classified-need-to-know",
    "title": "Classified element: cleared personnel with a need to know",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "Access to classified information shall be limited to individuals who hold a security clearance at the appropriate level and who need access to carry out their official duties (need to know).",
    "origin": "built-in",
    "element": "need-to-know"
  },
  {
    "id": "classified-protection-standard",
    "title": "Classified element: equivalent protection",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "element",
    "body": "{{RECEIVING PARTY}} shall give classified information received a degree of security protection at least equivalent to that which {{PROVIDING PARTY}} gives it.",
    "origin": "built-in",
    "element": "protection"
  },
  {
    "id": "classified-termination",
    "title": "Classified element: return or destruction at termination",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "INSTRUMENT",
      "PROVIDING PARTY"
    ],
    "kind": "element",
    "body": "On termination of {{INSTRUMENT}}, classified information exchanged under it shall be returned to {{PROVIDING PARTY}} or destroyed as {{PROVIDING PARTY}} directs, and the security obligations for classified information shall continue to apply to any such information for as long as it remains classified.",
    "origin": "built-in",
    "element": "termination"
  },
  {
    "id": "classified-third-party-release",
    "title": "Classified element: release to third parties",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "element",
    "body": "{{RECEIVING PARTY}} shall not release classified information to any third country, international organisation, contractor or other third party without the prior written consent of {{PROVIDING PARTY}}.",
    "origin": "built-in",
    "element": "third-party"
  },
  {
    "id": "classified-transmission",
    "title": "Classified element: transmission channels",
    "version": "1.0.0",
    "fixes": [
      "incomplete-classified-terms"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "Classified information shall be transmitted between the Parties only through government-to-government channels, or through other secure means that both Parties approve in writing.",
    "origin": "built-in",
    "element": "transmission"
  },
  {
    "id": "data-protection-governing-law",
    "title": "Privacy element: the Parties' applicable data-protection law",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "element",
    "body": "Each Party shall process personal data received under {{INSTRUMENT}} in accordance with its applicable data-protection law and with the safeguards of {{INSTRUMENT}}, and shall give such data protection at least equivalent to that which its law gives to personal data of the same kind collected within its own jurisdiction.",
    "origin": "built-in",
    "element": "privacy-law",
    "description": "For a draft to which the United States is no party; names the Parties' own data-protection law as governing personal data received."
  },
  {
    "id": "dissemination-by-reference",
    "title": "Use and dissemination as provided elsewhere in the article",
    "version": "1.0.0",
    "fixes": [
      "over-restricted-dissemination"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "INSTRUMENT",
      "PROVISION"
    ],
    "kind": "clause",
    "body": "{{RECEIVING PARTY}} may use and disseminate information received under {{INSTRUMENT}} as {{PROVISION}} provides, and shall handle it according to the handling label it carries.",
    "origin": "built-in",
    "description": "Replaces a second restriction in an article whose other paragraph receives the balanced dissemination clause, so that the article states the permitted use and dissemination once and refers to it here."
  },
  {
    "id": "high-value-exception",
    "title": "High-value exception record",
    "version": "1.0.0",
    "fixes": [
      "over-restricted-dissemination"
    ],
    "placeholders": [
      "JUSTIFICATION",
      "PROVIDING PARTY"
    ],
    "kind": "clause",
    "body": "The Parties accept this restriction as a high-value exception: they agree to it only as the price of a contribution of particularly high value, because {{JUSTIFICATION}}, and it applies only to what {{PROVIDING PARTY}} designates as such at the time.",
    "origin": "built-in",
    "defaults": {
      "JUSTIFICATION": "the originating Party has stated that it would not share it without this condition"
    },
    "description": "Records, next to a restriction, that the Parties accept it only as the price of information of particularly high value, and why."
  },
  {
    "id": "privacy-accuracy-correction",
    "title": "Privacy element: accuracy and correction",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "RECEIVING PARTY"
    ],
    "kind": "element",
    "body": "Each Party shall take reasonable steps to ensure that the personal data it provides is accurate, complete and up to date. A Party that learns that personal data it has provided or received is inaccurate shall notify the other Party without delay, and {{RECEIVING PARTY}} shall correct, supplement or delete the data accordingly.",
    "origin": "built-in",
    "element": "accuracy"
  },
  {
    "id": "privacy-act-governing-law",
    "title": "Privacy element: Privacy Act and applicable privacy law",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "element",
    "body": "Each Party shall process personal data received under {{INSTRUMENT}} in accordance with its applicable privacy law. For the United States, disclosures of records about United States citizens and lawful permanent residents are governed by the Privacy Act of 1974, 5 U.S.C. 552a, are made under a published routine use, and are entered in the accounting of disclosures that the Act requires.",
    "origin": "built-in",
    "element": "privacy-law"
  },
  {
    "id": "privacy-breach-notice",
    "title": "Privacy element: notice of a breach of security",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "A Party that becomes aware of a breach of security affecting personal data received from the other Party shall notify that Party promptly and take reasonable steps to limit the harm.",
    "origin": "built-in",
    "element": "breach-notice"
  },
  {
    "id": "privacy-onward-transfer",
    "title": "Privacy element: onward transfer",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "element",
    "body": "{{RECEIVING PARTY}} may transfer personal data onward to a third country or an international body only with the prior consent of {{PROVIDING PARTY}} and only where the recipient gives the data appropriate protection.",
    "origin": "built-in",
    "element": "onward-transfer"
  },
  {
    "id": "privacy-purpose-limitation",
    "title": "Privacy element: purpose specification and use limitation",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "element",
    "body": "Personal data may be used for the purposes of {{INSTRUMENT}}, namely the prevention, detection, investigation and prosecution of terrorism and related serious crime; a use for another purpose must be compatible with those purposes and consistent with applicable law.",
    "origin": "built-in",
    "element": "purpose"
  },
  {
    "id": "privacy-redress",
    "title": "Privacy element: access, correction and redress for individuals",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "Each Party shall give individuals, whatever their nationality, a means under its law to request access to and correction of personal data about them and to seek administrative and judicial redress when their data is mishandled. For the United States, this includes the remedies that the Judicial Redress Act of 2015 extends to citizens of designated countries.",
    "origin": "built-in",
    "element": "redress"
  },
  {
    "id": "privacy-redress-applicable-law",
    "title": "Privacy element: access, correction and redress under the Parties' law",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "RECEIVING PARTY"
    ],
    "kind": "element",
    "body": "Each Party shall give individuals, whatever their nationality, the means that its data-protection law provides to request access to and correction of personal data about them, and to seek administrative and judicial redress when their data is mishandled; {{RECEIVING PARTY}} shall inform the other Party of any such request concerning data it has received from that Party.",
    "origin": "built-in",
    "element": "redress",
    "description": "For a draft to which the United States is no party; the rights of individuals under the receiving Party's data-protection law."
  },
  {
    "id": "privacy-retention",
    "title": "Privacy element: retention limits and deletion",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "RECEIVING PARTY"
    ],
    "kind": "element",
    "body": "Personal data shall be retained only for as long as it is needed for the purpose for which it was provided and never beyond the period that the applicable law of {{RECEIVING PARTY}} allows; the Parties shall review retained data at regular intervals and delete data that is no longer needed.",
    "origin": "built-in",
    "element": "retention"
  },
  {
    "id": "privacy-security",
    "title": "Privacy element: security of the data",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [],
    "kind": "element",
    "body": "Each Party shall protect personal data against unauthorised access and disclosure and against accidental or unlawful destruction, loss or alteration, by appropriate technical and organisational security measures, including access controls and logging.",
    "origin": "built-in",
    "element": "security"
  },
  {
    "id": "privacy-us-persons",
    "title": "Privacy element: impact on U.S. persons",
    "version": "1.0.0",
    "fixes": [
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "element",
    "body": "Before information is shared under {{INSTRUMENT}}, the United States shall consider whether it concerns United States citizens or lawful permanent residents and what effect its disclosure may have on them; information about such persons that is shared shall be limited to what is relevant to the purposes of {{INSTRUMENT}}, shall be identified as such where practicable, and shall receive every safeguard of this Article.",
    "origin": "built-in",
    "element": "us-person"
  },
  {
    "id": "protection-of-personal-data",
    "title": "Protection of Personal Data",
    "version": "1.0.0",
    "fixes": [
      "missing-privacy-act-handling"
    ],
    "placeholders": [
      "NUMBER",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Article {{NUMBER}} — Protection of Personal Data\n\n1. Each Party shall process personal data received under {{INSTRUMENT}} in accordance with its applicable privacy law. For the United States, disclosures of records about United States citizens and lawful permanent residents are governed by the Privacy Act of 1974, 5 U.S.C. 552a, are made under a published routine use, and are entered in the accounting of disclosures that the Act requires.\n\n2. Before information is shared under {{INSTRUMENT}}, the United States shall consider whether it concerns United States citizens or lawful permanent residents and what effect its disclosure may have on them; information about such persons that is shared shall be limited to what is relevant to the purposes of {{INSTRUMENT}}, shall be identified as such where practicable, and shall receive every safeguard of this Article.\n\n3. Personal data may be used for the purposes of {{INSTRUMENT}}, namely the prevention, detection, investigation and prosecution of terrorism and related serious crime; a use for another purpose must be compatible with those purposes and consistent with applicable law.\n\n4. Each Party shall take reasonable steps to ensure that the personal data it provides is accurate, complete and up to date. A Party that learns that personal data it has provided or received is inaccurate shall notify the other Party without delay, and {{RECEIVING PARTY}} shall correct, supplement or delete the data accordingly.\n\n5. Personal data shall be retained only for as long as it is needed for the purpose for which it was provided and never beyond the period that the applicable law of {{RECEIVING PARTY}} allows; the Parties shall review retained data at regular intervals and delete data that is no longer needed.\n\n6. Each Party shall protect personal data against unauthorised access and disclosure and against accidental or unlawful destruction, loss or alteration, by appropriate technical and organisational security measures, including access controls and logging.\n\n7. A Party that becomes aware of a breach of security affecting personal data received from the other Party shall notify that Party promptly and take reasonable steps to limit the harm.\n\n8. Each Party shall give individuals, whatever their nationality, a means under its law to request access to and correction of personal data about them and to seek administrative and judicial redress when their data is mishandled. For the United States, this includes the remedies that the Judicial Redress Act of 2015 extends to citizens of designated countries.\n\n9. {{RECEIVING PARTY}} may transfer personal data onward to a third country or an international body only with the prior consent of {{PROVIDING PARTY}} and only where the recipient gives the data appropriate protection.",
    "origin": "built-in",
    "description": "A whole data-protection article with every element of Privacy Act handling; each paragraph is also an element template of its own."
  },
  {
    "id": "protection-of-personal-data-applicable-law",
    "title": "Protection of Personal Data (applicable data-protection law)",
    "version": "1.0.0",
    "fixes": [
      "missing-privacy-act-handling"
    ],
    "placeholders": [
      "NUMBER",
      "INSTRUMENT",
      "RECEIVING PARTY",
      "PROVIDING PARTY"
    ],
    "kind": "article",
    "body": "## Article {{NUMBER}} — Protection of Personal Data\n\n1. Each Party shall process personal data received under {{INSTRUMENT}} in accordance with its applicable data-protection law and with the safeguards of {{INSTRUMENT}}, and shall give such data protection at least equivalent to that which its law gives to personal data of the same kind collected within its own jurisdiction.\n\n2. Personal data may be used for the purposes of {{INSTRUMENT}}, namely the prevention, detection, investigation and prosecution of terrorism and related serious crime; a use for another purpose must be compatible with those purposes and consistent with applicable law.\n\n3. Each Party shall take reasonable steps to ensure that the personal data it provides is accurate, complete and up to date. A Party that learns that personal data it has provided or received is inaccurate shall notify the other Party without delay, and {{RECEIVING PARTY}} shall correct, supplement or delete the data accordingly.\n\n4. Personal data shall be retained only for as long as it is needed for the purpose for which it was provided and never beyond the period that the applicable law of {{RECEIVING PARTY}} allows; the Parties shall review retained data at regular intervals and delete data that is no longer needed.\n\n5. Each Party shall protect personal data against unauthorised access and disclosure and against accidental or unlawful destruction, loss or alteration, by appropriate technical and organisational security measures, including access controls and logging.\n\n6. A Party that becomes aware of a breach of security affecting personal data received from the other Party shall notify that Party promptly and take reasonable steps to limit the harm.\n\n7. Each Party shall give individuals, whatever their nationality, the means that its data-protection law provides to request access to and correction of personal data about them, and to seek administrative and judicial redress when their data is mishandled; {{RECEIVING PARTY}} shall inform the other Party of any such request concerning data it has received from that Party.\n\n8. {{RECEIVING PARTY}} may transfer personal data onward to a third country or an international body only with the prior consent of {{PROVIDING PARTY}} and only where the recipient gives the data appropriate protection.",
    "origin": "built-in",
    "description": "A whole data-protection article for a draft to which the United States is no party, under the Parties' applicable data-protection law; each paragraph is also an element template of its own."
  },
  {
    "id": "safeguarding-confidentiality",
    "title": "Safeguarding and confidentiality",
    "version": "1.1.0",
    "fixes": [
      "missing-safeguarding"
    ],
    "placeholders": [
      "NUMBER",
      "INSTRUMENT",
      "HANDLING",
      "PROVIDING PARTY",
      "RECEIVING PARTY"
    ],
    "kind": "article",
    "body": "## Article {{NUMBER}} — Safeguarding and Confidentiality\n\n1. Each Party shall safeguard information received under {{INSTRUMENT}} and protect it from public disclosure, giving it at least the protection that the Party gives its own information of similar sensitivity.\n\n2. A Party that receives a request under its law for public access to information provided by the other Party shall consult that Party promptly and, to the extent its law permits, protect the information from disclosure.\n\n3. Each Party shall give information received from the other Party the same assurances of protection that it expects for the information it provides.{{#HANDLING}}\n\n4. Information exchanged under {{INSTRUMENT}} shall carry the handling label {{HANDLING}} unless {{PROVIDING PARTY}} marks it with another standard label, and {{RECEIVING PARTY}} shall handle it as that label requires.{{/HANDLING}}",
    "origin": "built-in",
    "description": "The baseline protection of shared information against public disclosure, with reciprocal assurances."
  },
  {
    "id": "standard-handling-marking",
    "title": "Standard handling marking",
    "version": "1.0.0",
    "fixes": [
      "nonstandard-handling-marking"
    ],
    "placeholders": [
      "INSTRUMENT",
      "HANDLING",
      "PROVIDING PARTY"
    ],
    "kind": "clause",
    "body": "Information exchanged under {{INSTRUMENT}} shall be marked with a Traffic Light Protocol 2.0 label, which is {{HANDLING}} unless {{PROVIDING PARTY}} chooses another, or with a national handling caveat that the Parties have agreed in writing, and shall be handled as that label or caveat requires.",
    "origin": "built-in",
    "description": "Marks shared information with a Traffic Light Protocol 2.0 label or an agreed national caveat."
  },
  {
    "id": "us-person-safeguards",
    "title": "U.S.-person safeguards",
    "version": "1.0.0",
    "fixes": [
      "missing-privacy-act-handling",
      "incomplete-privacy-act-handling"
    ],
    "placeholders": [
      "INSTRUMENT"
    ],
    "kind": "clause",
    "body": "Where information shared under {{INSTRUMENT}} concerns a United States citizen or lawful permanent resident, the United States shall handle it as the Privacy Act of 1974, 5 U.S.C. 552a, and its published routine uses require, shall limit its retention and further dissemination to what the purposes of {{INSTRUMENT}} need, and shall keep an accounting of each disclosure.",
    "origin": "built-in",
    "description": "A single clause on records about United States citizens and lawful permanent residents, for drafts that need no full data-protection article."
  }
];
