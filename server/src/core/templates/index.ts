/** What the adapters use of the template library: reading template files, filling, snippets. */
export { parseTemplate, parseTemplates, formatTemplateProblem, templateSchema, type ParsedTemplate } from './parse.js';
export { fillTemplate, instrumentName, builtinDefaults } from './fill.js';
export { templateSnippets, type TemplateSnippet } from './snippets.js';
export { createLibrary } from './library.js';
export { builtinTemplates } from './builtin.generated.js';
export type { ClauseTemplate, TemplateLibrary, TemplateProblem } from './types.js';
