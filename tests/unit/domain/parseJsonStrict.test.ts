import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDataError } from "../../../src/domain/dataErrors.ts";
import { decodeUtf8Strict, firstInvalidUtf8 } from "../../../src/domain/decodeUtf8.ts";
import { parseDataFile, parseJsonStrict } from "../../../src/domain/parseJsonStrict.ts";

const FILE = "data/2016.json";

/** The formatted error lines of parsing `text`, or [] when it parses. */
function errorsOf(text: string): string[] {
  const result = parseJsonStrict(text, FILE);
  return result.ok ? [] : result.errors.map(formatDataError);
}

describe("parseJsonStrict", () => {
  it("parseJsonStrict returns the same value as JSON.parse for valid JSON", () => {
    const text = '{"a": [1, -2.5e3, "é\\u00e9\\n", true, false, null, {}], "__proto__": {"b": []}}';
    const result = parseJsonStrict(text, FILE);
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it.each([
    ['{\n  "a": 1,\n}', 'data/2016.json:3:1: a: trailing comma before "}": remove the last ","'],
    ['{"a": [1, 2,]}', 'data/2016.json:1:13: a[2]: trailing comma before "]": remove the last ","'],
    ['{"a": NaN}', "data/2016.json:1:7: a: NaN is not valid JSON (write a number, or null)"],
    ['{"a": -Infinity}', "data/2016.json:1:7: a: -Infinity is not valid JSON (write a number, or null)"],
    ['{"units": [{"id": "r1"', "data/2016.json:1:23: units[0].id: the file ends too early, with 3 unclosed {[{ (the last opened at line 1): is it truncated?"],
    ['{"a": "abc', "data/2016.json:1:7: a: the file ends inside this string (is it truncated?)"],
    ["", "data/2016.json:1:1: (root): the file is empty"],
    ["  \n ", "data/2016.json:1:1: (root): the file is empty"],
    ['\uFEFF{"a": 1}', "data/2016.json:1:1: (root): the file starts with a byte order mark (BOM): save it as UTF-8 without BOM"],
    ['{"a": 1} // note', "data/2016.json:1:10: (root): comments are not allowed in JSON"],
    ["{'a': 1}", 'data/2016.json:1:2: (root): expected a key in double quotes or "}", found "\'" (keys need double quotes)'],
    ['{"a": 1 "b": 2}', 'data/2016.json:1:9: a: expected "," or "}", found """ (a comma is missing?)'],
    ['{"a": 01}', 'data/2016.json:1:7: a: invalid number "01" (no leading zeros, digits after "." and "e")'],
    ['{"a": "x\ty"}', "data/2016.json:1:9: a: control character U+0009 inside a string (write it as an escape such as \\n or \\t)"],
    ['{"a": "\\x"}', "data/2016.json:1:8: a: invalid escape \\x in a string"],
    ['{"a": yes}', 'data/2016.json:1:7: a: unexpected word "yes" (strings need double quotes)'],
    ['{"a": 1}}', 'data/2016.json:1:9: (root): unexpected "}" after the end of the JSON value'],
  ])("parseJsonStrict locates the syntax error in %j", (text, line) => {
    expect(errorsOf(text)).toEqual([line]);
  });

  it("parseJsonStrict reports every duplicate key with its JSON path and where the first one is", () => {
    const text = '{\n  "units": [\n    {"id": "a", "name": "x", "id": "b"}\n  ],\n  "units": []\n}';
    expect(errorsOf(text)).toEqual([
      'data/2016.json:3:30: units[0].id: duplicate key "id" (first at line 3, column 6); JSON.parse would keep only the last one',
      'data/2016.json:5:3: units: duplicate key "units" (first at line 2, column 3); JSON.parse would keep only the last one',
    ]);
  });

  it("parseJsonStrict accepts the same key in different objects", () => {
    expect(errorsOf('[{"id": 1}, {"id": 2}, {"a": {"id": 3}}]')).toEqual([]);
  });

  it("parseJsonStrict handles nesting far deeper than the call stack allows", () => {
    const depth = 100_000;
    const result = parseJsonStrict("[".repeat(depth) + "]".repeat(depth), FILE);
    expect(result.ok).toBe(true);
  });

  it("parseJsonStrict never throws, and accepts exactly what JSON.parse accepts when keys are unique", () => {
    const jsonish = fc.string({ unit: fc.constantFrom(..."{}[]:,\"\\ \n01-.eE+tfnulrasxNI\uFEFF'/*".split("")), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), fc.string()), (text) => {
        const result = parseJsonStrict(text, FILE);
        let parsed: { ok: boolean; value?: unknown };
        try {
          parsed = { ok: true, value: JSON.parse(text) as unknown };
        } catch {
          parsed = { ok: false };
        }
        if (result.ok) expect(parsed).toEqual({ ok: true, value: result.value });
        else {
          for (const e of result.errors) expect(e).toMatchObject({ file: FILE, line: expect.any(Number), column: expect.any(Number) });
          if (parsed.ok) expect(result.errors.every((e) => e.message.startsWith("duplicate key"))).toBe(true);
        }
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});

describe("decodeUtf8Strict", () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

  it("decodeUtf8Strict decodes valid UTF-8 and keeps a BOM for the JSON reader to name", () => {
    expect(decodeUtf8Strict(bytes([0xef, 0xbb, 0xbf], '{"a": "é"}'), FILE)).toEqual({ ok: true, text: '\uFEFF{"a": "é"}' });
  });

  it("decodeUtf8Strict reports the line, column and byte offset of the first invalid byte", () => {
    const result = decodeUtf8Strict(bytes('{\n  "é": "a', [0xe9], '"\n}'), FILE);
    expect(result.ok ? "" : formatDataError(result.error)).toBe(
      "data/2016.json:2:10: (root): invalid UTF-8: byte 0xE9 at byte offset 12 is not valid UTF-8 (save the file as UTF-8)",
    );
  });

  it("firstInvalidUtf8 agrees with a fatal TextDecoder on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(b) === -1).toBe(valid);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it("parseDataFile reports invalid UTF-8 before trying to read the JSON", () => {
    expect(parseDataFile(bytes('{"a": "', [0xff], '"}'), FILE)).toMatchObject({ errors: [{ line: 1, column: 8 }] });
  });
});
