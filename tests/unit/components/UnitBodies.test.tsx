import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { GlossaryProvider } from "../../../src/components/GlossaryContext.tsx";
import { UnitPanel } from "../../../src/components/UnitPanel.tsx";
import { VersionSummary } from "../../../src/components/VersionPicker.tsx";
import { indexVersions } from "../../../src/domain/hierarchy.ts";
import { makeDataset, makeSourceRef, SOURCE_A, versionOf } from "../domain/fixtures.ts";

function dataset() {
  const d = makeDataset();
  versionOf(d, "2024").bodies = [
    {
      name: "Agences régionales de santé",
      acronym: "ARS",
      category: "partenaire",
      role: "déclinent en région les politiques de santé",
      source: makeSourceRef(),
      attachedTo: [{ unit: "pf", source: makeSourceRef(SOURCE_A, "tutelle des ARS par le pôle") }],
    },
    { name: "Direction générale de l'offre de soins", acronym: "DGOS", category: "comite", source: makeSourceRef() },
  ];
  return d;
}

function panel(unitId: string) {
  const d = dataset();
  const indexes = indexVersions(d);
  render(
    <GlossaryProvider glossary={d.glossary} sources={d.sources.documents}>
      <UnitPanel dataset={d} indexes={indexes} index={indexes.get("2024")!} unitId={unitId} onSelect={vi.fn()} onSelectIn={vi.fn()} />
    </GlossaryProvider>,
  );
}

// The app fetches these at idle time (main.tsx); here they are ready before the first test.
beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));

describe("Bodies in the unit panel and the version summary", () => {
  it("lists in the panel the bodies a source ties to the unit, with their full name, role and the tying passage", () => {
    panel("pf");
    const region = screen.getByRole("region", { name: /Opérateurs et instances liés à cette unité \(1\)/ });
    const item = within(region).getByRole("listitem");
    expect(item).toHaveTextContent(/^Agences régionales de santé \(ARS/);
    expect(item).toHaveTextContent("partenaire");
    expect(item).toHaveTextContent("déclinent en région les politiques de santé");
    expect(region).toHaveTextContent("Lien attesté par : Organigramme (000_a.txt)« tutelle des ARS par le pôle »");
  });

  it("shows no bodies section for a unit no source ties a body to", () => {
    panel("dgos");
    expect(screen.queryByRole("region", { name: /Opérateurs et instances/ })).not.toBeInTheDocument();
  });

  it("lists every body of the version by category in the version summary", async () => {
    const d = dataset();
    render(
      <GlossaryProvider glossary={d.glossary} sources={d.sources.documents}>
        <VersionSummary version={versionOf(d, "2024")} versions={d.versions} sourceTitle={(f) => `Titre ${f}`} />
      </GlossaryProvider>,
    );
    await userEvent.click(screen.getByText(/Sources et limites de cette version/));
    const heading = screen.getByRole("heading", { name: "Opérateurs, instances et partenaires" });
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Instances : Direction générale de l'offre de soins \(DGOS/);
    expect(items[1]).toHaveTextContent(/^Partenaires : Agences régionales de santé \(ARS/);
    expect(screen.getByText(`Sources : Titre ${SOURCE_A}.`)).toBeInTheDocument();
  });
});
