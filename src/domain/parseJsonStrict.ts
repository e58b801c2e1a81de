// A strict JSON reader for files people edit by hand: every syntax error names its line,
// column and JSON path in plain words (trailing comma, NaN, comment, single quotes, BOM,
// truncated file), and a key written twice in one object is an error instead of JSON.parse
// silently keeping the last one.
//
// Why not a library: jsonc-parser (the best-kept candidate) reports generic codes
// ("ValueExpected", "PropertyNameExpected") that the caller must translate anyway, does not
// detect duplicate keys, and recurses once per nesting level. This scanner is iterative (any
// depth), only validates, and leaves building the value to JSON.parse, so values are exactly
// JSON.parse's.
import { formatPath, ParseErrorMarker, type DataError } from "./dataErrors.ts";
import { decodeUtf8Strict } from "./decodeUtf8.ts";

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; errors: DataError[] };

type Frame =
  | { kind: "object"; keys: Map<string, number>; key: string | null; open: number }
  | { kind: "array"; index: number; open: number };

/** Where the scanner is: what the next token may be. */
type Expect = "value" | "first-value" | "key" | "first-key" | "colon" | "comma" | "end";

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const NOT_JSON_WORDS: Record<string, string> = {
  NaN: "NaN is not valid JSON (write a number, or null)",
  Infinity: "Infinity is not valid JSON (write a number, or null)",
  undefined: "undefined is not valid JSON (write null, or leave the key out)",
};

/** Line and column (1-based, column in UTF-16 code units as editors count them) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  const char = String.fromCodePoint(code);
  const visible = code > 0x20 && code !== 0x7f && !/[\s\p{Cf}]/u.test(char);
  return visible ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Parses `text` (the content of `file`) as strict JSON (RFC 8259). Never throws: returns the
 * value, or the first syntax error and every duplicate key met before it, each with its file,
 * JSON path, line and column.
 */
export function parseJsonStrict(text: string, file: string): JsonParseResult {
  const errors: DataError[] = [];
  const stack: Frame[] = [];
  let pos = 0;
  let expect = "value" as Expect;

  const path = (): string =>
    formatPath(stack.flatMap((f): PropertyKey[] => (f.kind === "array" ? [f.index] : f.key === null ? [] : [f.key])));
  const at = (offset: number, message: string, where = path()): DataError => ({ file, path: where, message, ...lineColumn(text, offset) });
  const fail = (offset: number, message: string): JsonParseResult => ({ ok: false, errors: [...errors, at(offset, message)] });

  /** Offset just after the closing quote of the string starting at `start`, or an error. */
  const scanString = (start: number): number | JsonParseResult => {
    let i = start + 1;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) return i + 1;
      if (code < 0x20) return fail(i, `control character ${describeChar(text, i)} inside a string (write it as an escape such as \\n or \\t)`);
      if (code === 0x5c) {
        const next = text[i + 1];
        if (next === undefined) break;
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail(i, "invalid \\u escape: \\u must be followed by 4 hexadecimal digits");
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next)) return fail(i, `invalid escape \\${next} in a string`);
        i += 2;
        continue;
      }
      i += 1;
    }
    return fail(start, "the file ends inside this string (is it truncated?)");
  };

  /** After a complete value: what comes next depends on the enclosing container. */
  const valueDone = () => {
    expect = stack.length === 0 ? "end" : "comma";
  };

  while (true) {
    while (pos < text.length && " \t\n\r".includes(text[pos] as string)) pos += 1;
    if (pos >= text.length) break;
    const ch = text[pos] as string;
    const top = stack[stack.length - 1];

    if (ch === "\uFEFF" && pos === 0) return fail(0, "the file starts with a byte order mark (BOM): save it as UTF-8 without BOM");
    if (ch === "/" && (text[pos + 1] === "/" || text[pos + 1] === "*")) return fail(pos, "comments are not allowed in JSON");
    if (expect === "end") return fail(pos, `unexpected ${describeChar(text, pos)} after the end of the JSON value`);

    if (expect === "comma") {
      if (ch === "," && top) {
        expect = top.kind === "array" ? "value" : "key";
        if (top.kind === "array") top.index += 1;
        pos += 1;
        continue;
      }
      if (top && ch === (top.kind === "array" ? "]" : "}")) {
        stack.pop();
        pos += 1;
        valueDone();
        continue;
      }
      const wanted = top?.kind === "array" ? '"," or "]"' : '"," or "}"';
      return fail(pos, `expected ${wanted}, found ${describeChar(text, pos)}${ch === '"' || ch === "{" || ch === "[" ? " (a comma is missing?)" : ""}`);
    }

    if (expect === "colon") {
      if (ch !== ":") return fail(pos, `expected ":" after the key, found ${describeChar(text, pos)}`);
      pos += 1;
      expect = "value";
      continue;
    }

    if (expect === "key" || expect === "first-key") {
      const frame = top as Extract<Frame, { kind: "object" }>;
      if (ch === "}") {
        if (expect === "key") return fail(pos, 'trailing comma before "}": remove the last ","');
        stack.pop();
        pos += 1;
        valueDone();
        continue;
      }
      if (ch !== '"') {
        const quote = ch === "'" ? " (keys need double quotes)" : "";
        return fail(pos, `expected a key in double quotes${expect === "first-key" ? ' or "}"' : ""}, found ${describeChar(text, pos)}${quote}`);
      }
      const end = scanString(pos);
      if (typeof end !== "number") return end;
      const key = JSON.parse(text.slice(pos, end)) as string;
      frame.key = key;
      const first = frame.keys.get(key);
      if (first !== undefined) {
        const { line, column } = lineColumn(text, first);
        errors.push(at(pos, `duplicate key ${JSON.stringify(key)} (first at line ${line}, column ${column}); JSON.parse would keep only the last one`));
      } else frame.keys.set(key, pos);
      pos = end;
      expect = "colon";
      continue;
    }

    // expect is "value" or "first-value"
    if (ch === "]" && top?.kind === "array") {
      if (expect === "value" && top.index > 0) return fail(pos, 'trailing comma before "]": remove the last ","');
      stack.pop();
      pos += 1;
      valueDone();
      continue;
    }
    if (ch === "{") {
      stack.push({ kind: "object", keys: new Map(), key: null, open: pos });
      pos += 1;
      expect = "first-key";
      continue;
    }
    if (ch === "[") {
      stack.push({ kind: "array", index: 0, open: pos });
      pos += 1;
      expect = "first-value";
      continue;
    }
    if (ch === '"') {
      const end = scanString(pos);
      if (typeof end !== "number") return end;
      pos = end;
      valueDone();
      continue;
    }
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      NUMBER.lastIndex = pos;
      const number = NUMBER.exec(text);
      if (!number) {
        WORD.lastIndex = pos + 1;
        const word = WORD.exec(text)?.[0];
        return fail(pos, word && NOT_JSON_WORDS[word] ? `-${NOT_JSON_WORDS[word]}` : `invalid number starting with ${describeChar(text, pos)}`);
      }
      const after = text[pos + number[0].length];
      if (after !== undefined && /[\d.eE]/.test(after)) return fail(pos, `invalid number ${JSON.stringify(text.slice(pos, pos + number[0].length + 1))} (no leading zeros, digits after "." and "e")`);
      pos += number[0].length;
      valueDone();
      continue;
    }
    WORD.lastIndex = pos;
    const word = WORD.exec(text)?.[0];
    if (word === "true" || word === "false" || word === "null") {
      pos += word.length;
      valueDone();
      continue;
    }
    if (word !== undefined) return fail(pos, NOT_JSON_WORDS[word] ?? `unexpected word ${JSON.stringify(word)} (strings need double quotes)`);
    if (ch === "'") return fail(pos, "strings need double quotes, not single quotes");
    if (ch === "," || ch === "}" || ch === "]" || ch === ":") return fail(pos, `expected a value, found ${describeChar(text, pos)}`);
    return fail(pos, `unexpected ${describeChar(text, pos)}`);
  }

  if (expect !== "end") {
    if (stack.length === 0 && text.trim() === "") return fail(0, "the file is empty");
    const open = stack.map((f) => (f.kind === "array" ? "[" : "{")).join("");
    const top = stack[stack.length - 1];
    return fail(text.length, `the file ends too early, with ${stack.length} unclosed ${open}${top ? ` (the last opened at line ${lineColumn(text, top.open).line})` : ""}: is it truncated?`);
  }
  if (errors.length > 0) return { ok: false, errors };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // Unreachable if the scanner is right; kept so a scanner bug still reports instead of throwing.
    return fail(0, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What validateDataset takes for one file: the parsed value, or a marker carrying the errors. */
export function parseJsonText(text: string, file: string): unknown {
  const result = parseJsonStrict(text, file);
  return result.ok ? result.value : new ParseErrorMarker(result.errors);
}

/** A data file's bytes → parsed value or marker: strict UTF-8 first, then strict JSON. */
export function parseDataFile(bytes: Uint8Array, file: string): unknown {
  const decoded = decodeUtf8Strict(bytes, file);
  if (!decoded.ok) return new ParseErrorMarker([decoded.error]);
  return parseJsonText(decoded.text, file);
}
