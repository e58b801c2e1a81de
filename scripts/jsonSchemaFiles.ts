// The committed data/schema/*.json files versus the ones generated from the zod schemas.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateJsonSchemas, jsonSchemaText } from "../src/domain/jsonSchemas.ts";

/** Repo-relative paths of schema files that are missing or differ from the generated text. */
export function staleJsonSchemaFiles(rootDir = "."): string[] {
  return Object.entries(generateJsonSchemas())
    .filter(([path, schema]) => {
      const file = join(rootDir, path);
      return !existsSync(file) || readFileSync(file, "utf8") !== jsonSchemaText(schema);
    })
    .map(([path]) => path);
}

/** Writes every schema file; returns their repo-relative paths. */
export function writeJsonSchemaFiles(rootDir = "."): string[] {
  return Object.entries(generateJsonSchemas()).map(([path, schema]) => {
    const file = join(rootDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, jsonSchemaText(schema));
    return path;
  });
}
