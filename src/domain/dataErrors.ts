// Errors found in the data files, and how they are shown: one line naming the file and
// the JSON path, e.g. `data/2016.json: units[12].parent: "pf9" is not a unit of version 2016`.

export interface DataError {
  /** Repo-relative path of the file, e.g. "data/2016.json". */
  file: string;
  /** Dot/bracket JSON path inside the file, e.g. "units[12].parent"; "" for the whole file. */
  path: string;
  message: string;
  /** 1-based position in the file's text, for errors found while reading it (JSON syntax, UTF-8). */
  line?: number;
  column?: number;
}

/** `file: path: message`, or `file:line:column: path: message` when the position is known (editors make it a link). */
export function formatDataError(e: DataError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line}:${e.column ?? 1}`;
  return `${where}: ${e.path === "" ? "(root)" : e.path}: ${e.message}`;
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

/**
 * What a file reader passes instead of the parsed value when the file is not valid JSON. A class,
 * not a plain object, so that no JSON file's content can pass for one.
 */
export class ParseErrorMarker {
  constructor(readonly errors: DataError[]) {}
}

export function isParseErrorMarker(value: unknown): value is ParseErrorMarker {
  return value instanceof ParseErrorMarker;
}
