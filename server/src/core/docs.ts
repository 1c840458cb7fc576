/** Where a rule's documentation lives, given the base URI of the `docs/rules/` folder. */
export function ruleDocsUrl(baseUri: string, ruleId: string): string {
  return `${baseUri.replace(/\/?$/, '/')}${encodeURIComponent(ruleId)}.md`;
}
