// @vitest-environment node
// Broken data files, one per row, each in a temporary copy of data/: `npm run check:data`
// must name what is wrong, and `vite build` / `vite` (dev) must print exactly the same lines
// and stop there. Every row goes through the script's own check (checkDataDir + the report);
// a third of them also through the real script as a child process (a Node start-up each, so
// not all), which must print exactly the same.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataReportLines } from "../../../src/domain/dataReport.ts";
import { checkDataDir } from "../../../scripts/checkDataDir.ts";

const ROOT = join(import.meta.dirname, "../../..");
const TMP = mkdtempSync(join(tmpdir(), "dgos-broken-data-"));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach anywhere in the files

interface Case {
  name: string;
  /** Changes the copy of data/ in `dir`. */
  edit: (dir: string) => void;
  /** Lines check:data must print (the summary line apart). */
  lines: (string | RegExp)[];
  summary: string;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
/** Rewrites `file` as its value, changed by `change`, pretty-printed (deterministic positions for text edits). */
const json = (file: string, change: (value: Json) => void) => (dir: string) => {
  const value = JSON.parse(read(dir, file)) as Json;
  change(value);
  writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
};
const text = (file: string, change: (text: string) => string) => (dir: string) => {
  json(file, () => {})(dir);
  writeFileSync(join(dir, file), change(read(dir, file)));
};

const CASES: Case[] = [
  {
    name: "invalid JSON",
    edit: (dir) => writeFileSync(join(dir, "2016.json"), '{"id": "2016" "label": "x"}'),
    lines: ['data/2016.json:1:15: id: expected "," or "}", found """ (a comma is missing?)'],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "trailing comma",
    edit: text("glossary.json", (t) => t.replace(/\n {2}\]\n\}\n$/, ",\n  ]\n}\n")),
    lines: [/^data\/glossary\.json:\d+:3: entries\[\d+\]: trailing comma before "\]": remove the last ","$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "byte order mark",
    edit: text("sources.json", (t) => `\uFEFF${t}`),
    lines: ["data/sources.json:1:1: (root): the file starts with a byte order mark (BOM): save it as UTF-8 without BOM"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "empty file",
    edit: (dir) => writeFileSync(join(dir, "lineage.json"), ""),
    lines: ["data/lineage.json:1:1: (root): the file is empty"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "missing file",
    edit: (dir) => rmSync(join(dir, "glossary.json")),
    lines: ["data/glossary.json: (root): file is missing"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "wrong type",
    edit: json("2010.json", (v) => (v.units[0].name = 42)),
    lines: ["data/2010.json: units[0].name: expected a string, got 42"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "duplicate id",
    edit: json("2016.json", (v) => (v.units[2].id = v.units[1].id)),
    // The unit that lost its id leaves its lineage links dangling: said too.
    lines: [/^data\/2016\.json: units\[2\]\.id: "[a-z0-9-]+" is used twice in version 2016 \(also units\[1\]\)$/, /^data\/lineage\.json: links\[\d+\]\.to\.unit: "[a-z0-9-]+" is not a unit of version 2016$/],
    summary: "3 erreurs dans 2 fichiers",
  },
  {
    name: "duplicate key",
    edit: text("sources.json", (t) => t.replace('{\n      "file"', '{\n      "file": "double.txt",\n      "file"')),
    lines: [/^data\/sources\.json:6:7: documents\[0\]\.file: duplicate key "file" \(first at line 5, column 7\); JSON\.parse would keep only the last one$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "parent cycle",
    edit: json("2010.json", (v) => {
      const [a, b] = v.units.filter((u: Json) => u.parent !== null && !v.units.some((c: Json) => c.parent === u.id));
      a.parent = b.id;
      b.parent = a.id;
    }),
    lines: [/^data\/2010\.json: units\[\d+\]\.parent: the parent chain loops: ([a-z0-9-]+) → [a-z0-9-]+ → \1$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "two roots",
    edit: json("2024.json", (v) => (v.units[1].parent = null)),
    lines: [/^data\/2024\.json: units: version 2024 has 2 root units, exactly one is allowed: dgos \(units\[0\]\), [a-z0-9-]+ \(units\[1\]\)$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "dangling lineage",
    edit: json("lineage.json", (v) => (v.links[0].to.unit = "inexistante")),
    lines: [/^data\/lineage\.json: links\[0\]\.to\.unit: "inexistante" is not a unit of version 2016$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "undeclared source",
    edit: json("2010.json", (v) => (v.units[0].sources[0].file = "absent.txt")),
    lines: ['data/2010.json: units[0].sources[0].file: "absent.txt" is not a document of data/sources.json'],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "bidirectional control character",
    edit: json("2016.json", (v) => (v.units[0].name = `Direction \u202Egénérale`)),
    lines: ["data/2016.json: units[0].name: contains the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 11: remove it (it changes the order text is displayed in)"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "javascript: url",
    edit: json("sources.json", (v) => (v.documents[0].url = "javascript:alert(1)")),
    lines: ['data/sources.json: documents[0].url: "javascript:alert(1)" is not a valid https: or http: URL'],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "invalid UTF-8",
    edit: (dir) => {
      json("2024.json", () => {})(dir);
      const bytes = readFileSync(join(dir, "2024.json"));
      const at = bytes.indexOf('"label": "') + 10;
      writeFileSync(join(dir, "2024.json"), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]));
    },
    lines: [/^data\/2024\.json:4:13: \(root\): invalid UTF-8: byte 0xE9 at byte offset \d+ is not valid UTF-8 \(save the file as UTF-8\)$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "NaN",
    edit: text("2010.json", (t) => t.replace('"parent": null', '"parent": NaN')),
    lines: [/^data\/2010\.json:\d+:\d+: units\[0\]\.parent: NaN is not valid JSON \(write a number, or null\)$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "truncated file",
    edit: text("2016.json", (t) => t.slice(0, Math.floor(t.length / 2))),
    lines: [/^data\/2016\.json:\d+:\d+: \S+: (the file ends too early, with \d+ unclosed [{[]+ \(the last opened at line \d+\): is it truncated\?|the file ends inside this string \(is it truncated\?\))$/],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "comment",
    edit: text("glossary.json", (t) => `// sigles\n${t}`),
    lines: ["data/glossary.json:1:1: (root): comments are not allowed in JSON"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "unknown key",
    edit: json("2024.json", (v) => (v.units[0].colour = "bleu")),
    lines: ['data/2024.json: units[0]: unknown key "colour"'],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "lineage that leaves a unit uncovered",
    edit: json("lineage.json", (v) => (v.links = v.links.filter((l: Json) => l.type !== "no-successor" || l.from.unit !== "r5"))),
    lines: ['data/lineage.json: links: unit "r5" of version 2016 has no link to version 2024: add one, or a "no-successor" link'],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "lineage link that skips a version",
    edit: json("lineage.json", (v) => {
      const link = v.links.find((l: Json) => l.from?.version === "2010" && l.from.unit === "dgos");
      link.to = { version: "2024", unit: "dgos" };
    }),
    lines: [
      /^data\/lineage\.json: links\[\d+\]\.to\.version: skips version 2016: a link joins a version to the next one$/,
      'data/lineage.json: links: unit "dgos" of version 2010 has no link to version 2016: add one, or a "no-successor" link',
      'data/lineage.json: links: unit "dgos" of version 2016 has no link from version 2010: add one, or a "created" link',
    ],
    summary: "3 erreurs dans 1 fichier",
  },
  {
    name: "out-of-date JSON Schema",
    edit: (dir) => writeFileSync(join(dir, "schema/sources.schema.json"), "{}\n"),
    lines: ["data/schema/sources.schema.json: (root): out of date with src/domain/schema.ts; run npm run schema:data"],
    summary: "1 erreur dans 1 fichier",
  },
  {
    name: "errors in two files",
    edit: (dir) => {
      json("2010.json", (v) => (v.units[0].kind = "sous-directon"))(dir);
      json("2024.json", (v) => (v.label = ""))(dir);
    },
    lines: [/^data\/2010\.json: units\[0\]\.kind: "sous-directon" is not one of: direction, /, "data/2024.json: label: must not be empty"],
    summary: "2 erreurs dans 2 fichiers",
  },
  {
    name: "600 bad units (200 shown per file)",
    edit: json("2016.json", (v) => {
      for (let i = 0; i < 600; i += 1) v.units.push({ ...v.units[1], id: `x${i}`, kind: "inconnu" });
    }),
    lines: [/^data\/2016\.json: units\[\d+\]\.kind: "inconnu" is not one of: /, "data/2016.json: … et 400 autres erreurs non affichées"],
    summary: "600 erreurs dans 1 fichier",
  },
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs node with `args` in the repository, the data folder pointed at `dataDir`, outside vitest's environment. */
function run(args: string[], dataDir: string, timeoutMs = 90_000): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_OPTIONS"));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, DGOS_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const CHECK_DATA = ["--import", "tsx", "scripts/check-data.ts"];
const VITE = "node_modules/vite/bin/vite.js";
const dirOf = (c: Case) => join(TMP, String(CASES.indexOf(c)), "data");
const checks = new Map<Case, Run>();
const scripted = new Map<Case, Run>();
/** The rows also run through the real script (the others: its check, in process). */
const SPAWNED = new Set(["invalid JSON", "byte order mark", "missing file", "duplicate id", "parent cycle", "invalid UTF-8", "truncated file", "600 bad units (200 shown per file)"]);
/** French digit groups use a narrow no-break space: compare with plain spaces. */
const plain = (s: string) => s.replace(/\s/g, " ");

beforeAll(async () => {
  for (const c of CASES) {
    cpSync(join(ROOT, "data"), dirOf(c), { recursive: true });
    c.edit(dirOf(c));
  }
  for (const c of CASES) {
    const lines = dataReportLines(checkDataDir(dirOf(c)).errors);
    checks.set(c, { code: lines.length > 0 ? 1 : 0, stdout: "", stderr: lines.length > 0 ? `${lines.join("\n")}\n` : "" });
  }
  // A few at a time: each is a Node start-up.
  const spawned = CASES.filter((c) => SPAWNED.has(c.name));
  for (let i = 0; i < spawned.length; i += 4) {
    const batch = spawned.slice(i, i + 4);
    const runs = await Promise.all(batch.map((c) => run(CHECK_DATA, dirOf(c))));
    batch.forEach((c, k) => scripted.set(c, runs[k] as Run));
  }
}, 600_000);

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("npm run check:data on broken data files", () => {
  it("has at least 20 distinct broken cases", () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s: names the file, the JSON path and the problem, then the summary, exit code 1", (_name, c) => {
    const { code, stdout, stderr } = checks.get(c) as Run;
    const lines = stderr.trimEnd().split("\n");
    expect(code, stderr).toBe(1);
    expect(stdout).toBe("");
    for (const expected of c.lines) {
      expect(lines.some((line) => (typeof expected === "string" ? line === expected : expected.test(line))), `${String(expected)}\n---\n${stderr}`).toBe(true);
    }
    expect(lines.slice(0, -1).every((line) => /^data\/\S+: /.test(line)), stderr).toBe(true);
    expect(plain(lines[lines.length - 1] ?? "")).toBe(`data/ invalide : ${c.summary}.`);
  });

  it.each([...SPAWNED])("%s: the real script prints exactly these lines, with exit code 1", (name) => {
    const c = CASES.find((k) => k.name === name) as Case;
    expect(scripted.get(c)).toEqual(checks.get(c));
  });

  it("check:data passes on the untouched copy", async () => {
    const dir = join(TMP, "clean", "data");
    cpSync(join(ROOT, "data"), dir, { recursive: true });
    const { code, stdout } = await run(CHECK_DATA, dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^check:data: ok — 3 versions/);
  }, 60_000);
});

describe("vite build and vite (dev) on broken data files", () => {
  const byName = (name: string) => CASES.find((c) => c.name === name) as Case;

  it.each(["truncated file", "parent cycle"])("vite build on a %s prints exactly the check:data lines, and no later step", async (name) => {
    const c = byName(name);
    const build = await run([VITE, "build", "--outDir", join(TMP, `dist-${CASES.indexOf(c)}`)], dirOf(c));
    expect(build.code).toBe(1);
    expect(build.stderr).toBe(checks.get(c)?.stderr);
    expect(build.stdout + build.stderr).not.toMatch(/ENOENT|placeholder|prerender|\n\s+at /);
  }, 120_000);

  it("vite (dev server) on a duplicate id prints exactly the check:data lines and does not start", async () => {
    const c = byName("duplicate id");
    const dev = await run([VITE, "--port", "0"], dirOf(c), 60_000);
    expect(dev.code).toBe(1);
    expect(dev.stderr).toBe(checks.get(c)?.stderr);
    expect(dev.stdout).not.toMatch(/Local:/);
  }, 120_000);
});
