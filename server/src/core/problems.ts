/** Problems with a team's configuration or playbook files, in one shape for every adapter. */

/** A problem with a configuration or playbook file: where it is, what is wrong and what is allowed. */
export interface ConfigProblem {
  /** The file, as shown to the user (workspace-relative where possible). */
  file: string;
  /** 0-based offsets into the file text, when known. */
  start?: number;
  end?: number;
  /** 1-based line and column for messages, when known. */
  line?: number;
  column?: number;
  /** What is wrong and what is allowed, in plain words. */
  message: string;
}

/** A problem as one line: "file:line:col: message" (line and column only when known). */
export function formatConfigProblem(p: ConfigProblem): string {
  const at = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.message}`;
}
