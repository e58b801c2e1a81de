// Zod issues rewritten as plain-words DataErrors: zod's own messages ("Invalid option:
// expected one of ...", "Unrecognized key") name neither the bad value nor the fix.
import type { z } from "zod";
import { formatPath, type DataError } from "./dataErrors.ts";

type Issue = z.core.$ZodIssue;

const MISSING = Symbol("missing");

/** The value at `path` in `input`, or MISSING when the last key is absent from its object. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return MISSING;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return MISSING;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

const ARTICLE: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null",
};

function oneOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${Number(n) === 1 ? "" : "s"}`;
}

function sizeMessage(issue: Issue & { code: "too_small" | "too_big" }, value: unknown): string {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const bound = small ? "at least" : "at most";
  switch (issue.origin) {
    case "string":
      return small && Number(limit) === 1 ? "must not be empty" : `must have ${bound} ${plural(limit, "character")}`;
    case "array":
      return `must have ${bound} ${plural(limit, "item")}`;
    case "number":
    case "int":
    case "bigint":
      if (issue.inclusive) return `must be ${bound} ${limit} (got ${show(value)})`;
      return `must be ${small ? "greater" : "less"} than ${limit} (got ${show(value)})`;
    default:
      return issue.message;
  }
}

function message(issue: Issue, value: unknown): string {
  const missing = value === MISSING;
  switch (issue.code) {
    case "invalid_type": {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return missing ? `is missing (expected ${expected})` : `expected ${expected}, got ${show(value)}`;
    }
    case "invalid_value":
      if (missing) return `is missing (expected one of: ${oneOf(issue.values)})`;
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}, got ${show(value)}`;
      return `${show(value)} is not one of: ${oneOf(issue.values)}`;
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      if (!options) return "matches none of the allowed shapes";
      if (missing) return `is missing (expected one of: ${oneOf(options)})`;
      return `${show(value)} is not one of: ${oneOf(options)}`;
    }
    case "too_small":
    case "too_big":
      return sizeMessage(issue, value);
    case "invalid_format":
      if (issue.format === "regex") {
        const custom = !issue.message.startsWith("Invalid");
        return custom ? `${show(value)} ${issue.message}` : `${show(value)} must match ${issue.pattern ?? "the expected pattern"}`;
      }
      if (issue.format === "url") return `${show(value)} is not a valid https: or http: URL`;
      return `${show(value)} is not a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** One DataError per problem: an issue naming several unknown keys gives one error per key. */
export function issueToDataErrors(file: string, issue: Issue, input: unknown): DataError[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ file, path, message: `unknown key ${JSON.stringify(key)}` }));
  }
  return [{ file, path, message: message(issue, valueAt(input, issue.path)) }];
}
