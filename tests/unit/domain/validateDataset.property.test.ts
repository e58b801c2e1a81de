// Fuzzing the data check: thousands of broken datasets, made by mutating the valid fixture
// (a value replaced, a key deleted or renamed, an item duplicated, the file's text or bytes
// damaged), go through the same reading and validation as npm run check:data.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDataError, isParseErrorMarker, type DataError } from "../../../src/domain/dataErrors.ts";
import { parseDataFile } from "../../../src/domain/parseJsonStrict.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { makeFiles } from "./fixtures.ts";

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in `root` a value sits at (object keys and array items), depth first. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        pending.push(child);
      });
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key });
        pending.push(child);
      }
    }
  }
  return out;
}

const nasty = fc.constantFrom<unknown>(
  "", null, 0, -1, 1.5, true, [], {}, "r1", "dgos", "sdr", "2016", "2030", "000_a.txt", "absent.txt", "created",
  "no-successor", "javascript:alert(1)", "https://example.org", "Bureau \u202eR1", "\u2066x\u2069", "<img src=x onerror=alert(1)>",
  "DGOS ARS XYZ", { version: "2016", unit: "r1" }, { file: "000_a.txt", passage: "p" }, "a".repeat(5000),
);

const mutation = fc.record({
  file: fc.nat(),
  at: fc.nat(),
  op: fc.constantFrom("set", "delete", "rename", "duplicate", "text", "bytes"),
  value: fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 12 })),
  char: fc.constantFrom(",", "}", "]", '"', ":", "NaN", "\uFEFF", "'", "//", "", "\\"),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** The fixture's files, as bytes through the real reader or as values, with `mutations` applied. */
function mutatedFiles(mutations: Mutation[]): Record<string, unknown> {
  const files = makeFiles();
  const names = Object.keys(files).sort();
  for (const m of mutations) {
    const name = names[m.file % names.length] as string;
    const value = files[name];
    if (isParseErrorMarker(value)) continue; // already unreadable: nothing left to mutate
    if (m.op === "text" || m.op === "bytes") {
      const text = JSON.stringify(value, null, 2) ?? "";
      const at = m.at % (text.length + 1);
      const bytes = new TextEncoder().encode(m.op === "text" ? text.slice(0, at) + m.char + text.slice(at + (m.at % 3)) : text);
      const broken = m.op === "bytes" ? new Uint8Array([...bytes.slice(0, at), 0xff, 0xc3, ...bytes.slice(at)]) : bytes;
      files[name] = parseDataFile(broken, name);
      continue;
    }
    const all = slots(value);
    const slot = all[m.at % Math.max(1, all.length)];
    if (!slot) {
      files[name] = m.value;
      continue;
    }
    const { parent, key } = slot;
    const record = parent as Record<string | number, unknown>;
    if (m.op === "set") record[key] = structuredClone(m.value);
    else if (m.op === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete record[key];
    } else if (m.op === "rename" && !Array.isArray(parent)) {
      record[`${String(key)}x`] = record[key];
      delete record[key];
    } else if (m.op === "duplicate" && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  }
  return files;
}

const PATH = /^(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/;

function expectLocated(errors: DataError[], files: Record<string, unknown>) {
  for (const e of errors) {
    const line = formatDataError(e);
    expect(e.file === "data/" || Object.hasOwn(files, e.file), line).toBe(true);
    expect(e.path === "" || PATH.test(e.path), line).toBe(true);
    expect(e.message, line).not.toMatch(/internal error/);
    expect(e.message.trim(), line).not.toBe("");
  }
}

describe("validateDataset on mutated datasets", () => {
  it("never throws, and names the file and a JSON path in every error, for 1,500 generated mutations", () => {
    let failing = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const files = mutatedFiles(mutations);
        const result = validateDataset(files);
        if (!result.ok) {
          failing += 1;
          expect(result.errors.length).toBeGreaterThan(0);
          expectLocated(result.errors, files);
        }
      }),
      { seed: 20260909, numRuns: 1500 },
    );
    // The mutations must mostly break the data, or the property proves little.
    expect(failing).toBeGreaterThan(1000);
  }, 120_000);
});
