import { describe, expect, it } from "vitest";
import { formatDataError, formatPath, isParseErrorMarker, parseJsonText } from "../../../src/domain/dataErrors.ts";

describe("dataErrors", () => {
  it("formatDataError gives file, JSON path and message on one line", () => {
    expect(formatDataError({ file: "data/2016.json", path: "units[12].parent", message: '"pf9" is not a unit of version 2016' })).toBe(
      'data/2016.json: units[12].parent: "pf9" is not a unit of version 2016',
    );
  });

  it("formatDataError shows an empty path as (root)", () => {
    expect(formatDataError({ file: "data/lineage.json", path: "", message: "file is missing" })).toBe("data/lineage.json: (root): file is missing");
  });

  it("formatPath writes zod paths in dot/bracket notation", () => {
    expect(formatPath(["links", 3, "to", "unit"])).toBe("links[3].to.unit");
    expect(formatPath([])).toBe("");
    expect(formatPath(["$schema"])).toBe("$schema");
    expect(formatPath(["a b", 0])).toBe('["a b"][0]');
  });

  it("parseJsonText returns a parse-error marker giving line and column for a syntax error", () => {
    const result = parseJsonText('{\n  "a": 1,\n}');
    expect(isParseErrorMarker(result)).toBe(true);
    expect(isParseErrorMarker(result) && result.__parseError).toMatch(/\(line 3, column 1\)$/);
  });

  it("parseJsonText returns the parsed value of valid JSON", () => {
    expect(parseJsonText('{"a": [1]}')).toEqual({ a: [1] });
    expect(isParseErrorMarker({ a: 1 })).toBe(false);
  });
});
