import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unzipSingle } from "../../../src/adapters/unzip.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("unzipSingle", () => {
  it("returns the one JSON of an archive as downloaded", async () => {
    const zip = zipSync({ "referentiel.json": enc('{"service":[]}'), "LISEZMOI.txt": enc("x") });
    const entry = await unzipSingle(zip);
    expect("name" in entry && entry.name).toBe("referentiel.json");
    expect("bytes" in entry && new TextDecoder().decode(entry.bytes)).toBe('{"service":[]}');
  });

  it("says what is wrong with an archive without, or with several, readable files, or truncated", async () => {
    expect(await unzipSingle(zipSync({ "a.txt": enc("x") }))).toEqual({ problem: "L'archive .zip ne contient aucun fichier .json ou .csv." });
    expect(await unzipSingle(zipSync({ "a.json": enc("{}"), "b.csv": enc("x") }))).toMatchObject({ problem: expect.stringMatching(/2 fichiers lisibles/) });
    const truncated = zipSync({ "a.json": enc("{}".repeat(1000)) }).subarray(0, 40);
    expect(await unzipSingle(truncated)).toMatchObject({ problem: expect.stringMatching(/illisible|aucun fichier/) });
  });
});
