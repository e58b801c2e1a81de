import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateJsonSchemas, jsonSchemaText } from "../../../src/domain/jsonSchemas.ts";

const root = join(import.meta.dirname, "../../..");

describe("JSON Schemas", () => {
  it("the committed JSON Schemas match the zod schemas (run npm run schema:data if not)", () => {
    const schemas = generateJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual([
      "data/schema/glossary.schema.json",
      "data/schema/lineage.schema.json",
      "data/schema/sources.schema.json",
      "data/schema/version.schema.json",
    ]);
    for (const [path, schema] of Object.entries(schemas)) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(jsonSchemaText(schema));
    }
  });

  it("the version JSON Schema rejects unknown keys, as the zod schema does", () => {
    const schema = generateJsonSchemas()["data/schema/version.schema.json"] as { additionalProperties?: unknown };
    expect(schema.additionalProperties).toBe(false);
  });
});
