// Which source each byte of a minified file comes from, read from its source map (Source Map v3).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The numbers of one segment: base64 VLQ, 5 bits a digit, continuation bit 32, sign in the lowest bit. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Bad source map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Calls `visit(source, text)` for every stretch of `file`, in order; source is an absolute path, or undefined
 * where unmapped. A file without a map (rolldown's runtime chunk) goes to `fallback` whole.
 */
export function attributeText(file, visit, fallback) {
  const code = readFileSync(file, 'utf8');
  if (!existsSync(`${file}.map`)) {
    visit(fallback, code);
    return;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const base = resolve(dirname(file), map.sourceRoot ?? '');
  const sources = map.sources.map((source) => resolve(base, source));
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    const segments = [];
    let column = 0;
    for (const text of (mappingLines[lineIndex] ?? '').split(',')) {
      if (text === '') continue;
      const [columnDelta, sourceDelta] = decodeSegment(text);
      column += columnDelta;
      if (sourceDelta !== undefined) sourceIndex += sourceDelta;
      segments.push({ column, source: sourceDelta === undefined ? undefined : sources[sourceIndex] });
    }
    const firstColumn = segments[0]?.column ?? line.length;
    visit(undefined, line.slice(0, firstColumn));
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.column ?? line.length;
      visit(segment.source, line.slice(segment.column, end));
    });
    if (lineIndex < lines.length - 1) visit(undefined, '\n');
  });
}
