// The national export is one 40-odd MB JSON object whose « service » array holds 100,000
// services. JSON.parse of the whole text builds every service at once, ~150 MB of objects on top
// of the text: that was the import's peak heap. Cutting the array into one slice of text per
// service, parsed when the reader comes to it, keeps one service object alive at a time.
// Only a well-formed, plain `{ …, "service": [ … ], … }` takes this path: on anything else this
// returns null and the caller parses the whole text as before (same errors, same places).

export interface ServiceSlices {
  /** Where each item of the « service » array starts and ends in the text, in order: offsets,
   * not substrings, so that only the item being read has a string (the others have nothing
   * for the collector to copy and keep). */
  starts: number[];
  ends: number[];
  /** The object without its services (`"service": []`), parsed: checks the rest of the file. */
  rest: Record<string, unknown>;
}

const QUOTE = 34;
const BACKSLASH = 92;

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** Index after the string starting at `i` (a quote), or -1 if it never ends. */
// indexOf jumps from quote to quote (most of the file is inside strings); a quote preceded by an
// odd number of backslashes is escaped.
function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let b = q - 1;
    while (text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/**
 * Index after the JSON value starting at `i`, or -1. Brackets are only counted here: each item
 * is checked by JSON.parse when it is read, and the rest of the object by `rest`.
 */
function skipValue(text: string, i: number): number {
  const n = text.length;
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first === 123 || first === 91) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        j = skipString(text, j) - 1;
        if (j < 0) return -1;
      } else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next separator.
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) break;
    j++;
  }
  return j > i ? j : -1;
}

/** The « service » items of the object starting at `start` (a `{`), or null (parse it whole). */
export function sliceServices(text: string, start: number): ServiceSlices | null {
  if (text.charCodeAt(start) !== 123) return null;
  let starts: number[] | null = null;
  const ends: number[] = [];
  let arrayFrom = -1;
  let arrayTo = -1;
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === 125) return null;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return null;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return null;
    const key = text.slice(i, keyEnd);
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== 58) return null;
    i = skipSpace(text, i + 1);
    if (key === '"service"') {
      // Twice the same key: JSON.parse keeps the last one; leave that case to it.
      if (starts !== null || text.charCodeAt(i) !== 91) return null;
      starts = [];
      arrayFrom = i;
      let j = skipSpace(text, i + 1);
      if (text.charCodeAt(j) !== 93) {
        for (;;) {
          const end = skipValue(text, j);
          if (end < 0) return null;
          starts.push(j);
          ends.push(end);
          j = skipSpace(text, end);
          const c = text.charCodeAt(j);
          if (c === 44) j = skipSpace(text, j + 1);
          else if (c === 93) break;
          else return null;
        }
      }
      arrayTo = j + 1;
      i = skipSpace(text, arrayTo);
    } else {
      const end = skipValue(text, i);
      if (end < 0) return null;
      i = skipSpace(text, end);
    }
    const c = text.charCodeAt(i);
    if (c === 44) i = skipSpace(text, i + 1);
    else if (c === 125) break;
    else return null;
  }
  if (starts === null || skipSpace(text, i + 1) !== text.length) return null;
  let rest: unknown;
  try {
    rest = JSON.parse(`${text.slice(start, arrayFrom)}[]${text.slice(arrayTo)}`);
  } catch {
    return null;
  }
  return typeof rest === "object" && rest !== null && !Array.isArray(rest) ? { starts, ends, rest: rest as Record<string, unknown> } : null;
}
