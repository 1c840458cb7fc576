// Generated from templates/*.md by scripts/gen-templates.mjs. Do not edit by hand.
import type { ClauseTemplate } from './types.js';

export const builtinTemplates: readonly ClauseTemplate[] = [];
