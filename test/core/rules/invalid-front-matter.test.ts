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
    { name: 'a YAML syntax error, at its position', code: '---\ntitle: "unclosed\nparties: []\n---\n# A\n', errors: [{ line: 3, message: /not valid YAML/ }] },
    { name: 'duplicate keys', code: '---\ntitle: A\ntitle: B\n---\n', errors: [{ line: 3, message: /not valid YAML/ }] },
    { name: 'a list instead of a mapping', code: '---\n- a\n- b\n---\n', errors: [{ line: 2, message: /mapping/ }] },
    { name: 'never closed', code: '---\ntitle: A\n\n# Agreement\n', errors: [{ line: 1, message: /never closed/ }] },
    { name: 'parties of the wrong type', code: '---\nparties: 3\n---\n', errors: [{ line: 2, column: 10, message: /"parties"/ }] },
    { name: 'with a BOM', code: '\uFEFF---\ntitle: [a\n---\n', errors: [{ line: 2 }] },
  ],
});
