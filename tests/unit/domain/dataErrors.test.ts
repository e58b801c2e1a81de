import { describe, expect, it } from "vitest";
import { formatDataError, formatPath, isParseErrorMarker, ParseErrorMarker } from "../../../src/domain/dataErrors.ts";

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

  it("formatDataError puts a known line and column after the file name, as compilers do", () => {
    expect(formatDataError({ file: "data/2016.json", path: "units[1]", message: "trailing comma", line: 12, column: 5 })).toBe(
      "data/2016.json:12:5: units[1]: trailing comma",
    );
  });

  it("isParseErrorMarker recognises only the marker a file reader passes", () => {
    expect(isParseErrorMarker(new ParseErrorMarker([]))).toBe(true);
    expect(isParseErrorMarker({ errors: [] })).toBe(false);
    expect(isParseErrorMarker({ a: 1 })).toBe(false);
  });
});
