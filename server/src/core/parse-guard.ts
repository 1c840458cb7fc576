/**
 * A guard in front of the Markdown parser. remark (micromark) takes time that grows much faster
 * than the input for a few shapes no agreement has: very deep nesting of lists and block quotes
 * (a 1 MB draft whose lines open deeper and deeper lists took minutes) and thousands of brackets
 * in one section (200,000 unmatched "[" took about 30 s). Found by the robustness tests.
 *
 * `defuseForParser` returns a text of the SAME LENGTH, so every offset the parser reports still
 * points into the original; the model keeps reading its text from the original. Only the parse
 * of pathological sections changes: container markers beyond a depth of 32 on one line, and
 * indentation beyond 128 columns, read as text; brackets in a section with more than 4,000 of
 * them do not form links. Ordinary drafts are returned unchanged.
 */

/** Container markers (block quotes and list items) a line may open before the rest is text. */
const MAX_MARKERS = 32;
/** Leading indentation (columns) a line may have before the rest is text. */
const MAX_INDENT = 128;
/** Brackets a section may have before none of them forms a link. */
const MAX_BRACKETS = 4000;

// A line's container prefix: block-quote markers, list bullets and ordered-list numbers.
const marker = /[ \t]*(?:>|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))[ \t]?/y;

/** The text to give the parser: `text` itself, or a same-length copy with the slow shapes made plain. */
export function defuseForParser(text: string): string {
  let out = text;
  if (mayNestDeeply(text)) out = out.replace(/^[^\r\n]*/gm, capLine);
  if (countBrackets(out) > MAX_BRACKETS) out = out.replace(/[[\]]/g, '\u2060');
  return out;
}

/** Cheap pre-check: some line starts with a long run of markers or indentation. */
function mayNestDeeply(text: string): boolean {
  return /^[ \t>*+\-0-9.)]{64,}/m.test(text);
}

function capLine(line: string): string {
  // Indentation beyond MAX_INDENT columns: the next character becomes text.
  const indent = /^[ \t]*/.exec(line)![0].length;
  if (indent > MAX_INDENT) return line.slice(0, MAX_INDENT) + '\u00b7' + line.slice(MAX_INDENT + 1);
  let at = 0;
  let count = 0;
  marker.lastIndex = 0;
  while (marker.lastIndex < line.length) {
    const start = marker.lastIndex;
    const m = marker.exec(line);
    if (!m || m[0].length === 0) break;
    if (++count > MAX_MARKERS) {
      // Replace the marker characters of the rest of the prefix with a same-length plain character.
      at = start;
      let end = at;
      marker.lastIndex = at;
      let n: RegExpExecArray | null;
      while (marker.lastIndex < line.length && (n = marker.exec(line)) && n[0].length > 0) end = marker.lastIndex;
      return line.slice(0, at) + line.slice(at, end).replace(/[^ \t]/g, '\u00b7') + line.slice(end);
    }
    at = marker.lastIndex;
  }
  return line;
}

function countBrackets(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 93) n++;
  }
  return n;
}
