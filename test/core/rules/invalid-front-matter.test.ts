import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('invalid-front-matter', {
  valid: [
    '---\ntitle: Agreement\nparties:\n  - {name: "United States of America", short: "the United States"}\n---\n# Agreement\n',
    { name: 'unknown keys are kept, not errors', code: '---\ntitle: A\ndesk officer: J. Doe\n---\nText.\n' },
    { name: 'no front matter at all', code: '# Agreement\n\nText.\n' },
    { name: 'empty front matter', code: '---\n---\n# Agreement\n' },
    { name: 'a thematic break later in the draft is not front matter', code: '# Agreement\n\n---\n\nText: [x\n' },
  ],
  invalid: [
    { name: 'an unclosed quote, shown at the opening quote', code: '---\ntitle: "unclosed\nparties: []\n---\n# A\n', errors: [{ line: 2, column: 8, endColumn: 17, message: /not valid YAML/ }] },
    { name: 'an unclosed flow sequence with CRLF, shown at its bracket', code: '---\r\nparties: [a, b\r\n---\r\n# A\r\n', errors: [{ line: 2, column: 10, endColumn: 15, message: /not valid YAML/ }] },
    { name: 'a tab-indented key after astral characters', code: '---\ntitle: "𝒜𝒷"\n\tparties: []\n---\n', errors: [{ line: 3, message: /not valid YAML/ }] },
    { name: 'duplicate keys', code: '---\ntitle: A\ntitle: B\n---\n', errors: [{ line: 3, message: /not valid YAML/ }] },
    { name: 'a list instead of a mapping', code: '---\n- a\n- b\n---\n', errors: [{ line: 2, message: /mapping/ }] },
    { name: 'never closed', code: '---\ntitle: A\n\n# Agreement\n', errors: [{ line: 1, message: /never closed/ }] },
    { name: 'parties of the wrong type', code: '---\nparties: 3\n---\n', errors: [{ line: 2, column: 10, message: /"parties"/ }] },
    { name: 'with a BOM', code: '\uFEFF---\ntitle: [a\n---\n', errors: [{ line: 2 }] },
  ],
});
