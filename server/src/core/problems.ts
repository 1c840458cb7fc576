/**
 * A problem in a file the user wrote to configure the review (a configuration file, a playbook):
 * the shape shared by every loader, so that the server and the CLI report them the same way.
 */
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

/** "file:line:col: message", or "file: message" when the place in the file is not known. */
export function formatConfigProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}
