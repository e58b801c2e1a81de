// Exports of an imported organisation: named by its label, never as the DGOS's organisation,
// and its file never given as a DGOS source.
import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../src/domain/export/fileName.ts";
import { buildTitleBlock, versionHeading } from "../../../src/domain/export/titleBlock.ts";
import type { Version } from "../../../src/domain/schema.ts";

const imported = {
  id: "import-abc123",
  label: "Direction générale de l'offre de soins (DGOS)",
  sources: ["referentiel.json"],
} as unknown as Version;

describe("export of an imported version", () => {
  it("names the version by its label marked « importé », not by its internal id", () => {
    expect(versionHeading(imported)).toBe("Direction générale de l'offre de soins (DGOS) (importé)");
  });

  it("titles the block as an imported organisation and gives the file as imported, outside the DGOS sources", () => {
    const block = buildTitleBlock({ version: imported, documents: [], scope: "Toute l'organisation", date: new Date("2026-11-29T00:00:00Z"), address: "https://example.test/" });
    expect(block.title).toBe("Organigramme importé — Direction générale de l'offre de soins (DGOS) (importé)");
    expect(block.title).not.toContain("Organigramme de la DGOS");
    expect(block.sources).toEqual(["fichier importé « referentiel.json », hors des sources de la DGOS"]);
  });

  it("does not name the file after the DGOS", () => {
    expect(exportFileName({ version: imported.id, root: null, extension: "svg" })).toBe("organigramme-import-abc123.svg");
  });
});
