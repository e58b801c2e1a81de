// French typography in the change report on the real data: a renamed unit whose name already
// holds guillemets reads « Unité “Système…” », never « Unité « Système… » ».
import { render, screen, within } from "@testing-library/react";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChangeList } from "../../../src/components/ChangeList.tsx";
import { diff } from "../../../src/domain/diff.ts";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { validateDataset } from "../../../src/domain/validateDataset.ts";
import { readDataFiles } from "../../../scripts/readDataFiles.ts";

const loaded = validateDataset(readDataFiles(join(import.meta.dirname, "../../../data")));
if (!loaded.ok) throw new Error("data/ does not validate");
const dataset = loaded.dataset;

describe("ChangeList typography (real data, 2010 → 2016)", () => {
  it("never nests guillemets in the « Intitulé » line and keeps them with no-break spaces", () => {
    render(<ChangeList dataset={dataset} result={diff(dataset, "2010", "2016")} fromVersion="2010" toVersion="2016" selectedChanges={[]} onPick={() => {}} />);
    const facts = within(screen.getByRole("table")).getAllByText(/^Intitulé/).map((e) => e.textContent ?? "");
    const usid = facts.find((t) => t.includes("Système d'information décisionnel"));
    expect(usid).toContain("«\u00a0Unité “Système d'information décisionnel”\u00a0»");
    for (const text of facts) expect(text).not.toMatch(/«[^»]*«/);
  });

  it("says a mission is « non retrouvée mot pour mot », never « retirée », and offers its trace", () => {
    render(<ChangeList dataset={dataset} indexes={indexVersions(dataset)} result={diff(dataset, "2010", "2024")} fromVersion="2010" toVersion="2024" selectedChanges={[]} onPick={() => {}} onSelectIn={() => {}} />);
    const table = screen.getByRole("table");
    expect(table.textContent).toMatch(/non retrouvée mot pour mot/);
    expect(table.textContent).not.toMatch(/retirée/);
    expect(within(table).getAllByRole("button", { name: /Où est passée cette mission/ }).length).toBeGreaterThan(0);
  });
});
