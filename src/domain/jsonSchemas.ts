// JSON Schemas generated from the zod schemas, committed under data/schema/ so editors
// validate and complete the data files ("$schema": "./schema/version.schema.json").
import { z } from "zod";
import { Glossary, Lineage, Sources, Version } from "./schema.ts";

export function generateJsonSchemas(): Record<string, object> {
  return {
    "data/schema/version.schema.json": z.toJSONSchema(Version),
    "data/schema/lineage.schema.json": z.toJSONSchema(Lineage),
    "data/schema/glossary.schema.json": z.toJSONSchema(Glossary),
    "data/schema/sources.schema.json": z.toJSONSchema(Sources),
  };
}

/** The text a schema file holds: pretty JSON with a trailing newline. */
export function jsonSchemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
