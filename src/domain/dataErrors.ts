// Errors found in the data files, and how they are shown: one line naming the file and
// the JSON path, e.g. `data/2016.json: units[12].parent: "pf9" is not a unit of version 2016`.

export interface DataError {
  /** Repo-relative path of the file, e.g. "data/2016.json". */
  file: string;
  /** Dot/bracket JSON path inside the file, e.g. "units[12].parent"; "" for the whole file. */
  path: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  return `${e.file}: ${e.path === "" ? "(root)" : e.path}: ${e.message}`;
}

/** Turns a zod-style path (["units", 12, "parent"]) into "units[12].parent". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** What a file reader passes instead of the parsed value when JSON.parse failed. */
export interface ParseErrorMarker {
  __parseError: string;
}

export function isParseErrorMarker(value: unknown): value is ParseErrorMarker {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Partial<ParseErrorMarker>).__parseError === "string"
  );
}

/**
 * JSON.parse that never throws: a syntax error becomes a ParseErrorMarker whose message
 * gives the line and column (V8 only gives the character position).
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    if (at && !/line \d+/.test(message)) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      message += ` (line ${line}, column ${column})`;
    }
    return { __parseError: message } satisfies ParseErrorMarker;
  }
}
