import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ChangeList } from "../../../src/components/ChangeList.tsx";
import { diff } from "../../../src/domain/diff.ts";
import { makeDataset } from "../domain/fixtures.ts";

function setup() {
  const dataset = makeDataset();
  const result = diff(dataset, "2016", "2024");
  const onPick = vi.fn();
  render(<ChangeList dataset={dataset} result={result} fromVersion="2016" toVersion="2024" selectedChanges={[]} onPick={onPick} />);
  return { onPick, result };
}

describe("ChangeList", () => {
  it("reads as a report titled with the pair, with counts per class", () => {
    setup();
    const report = screen.getByRole("region", { name: "Ce qui a changé entre 2016 et 2024" });
    expect(report).toHaveTextContent(/changements :/);
    expect(report).toHaveTextContent(/1 créé/);
    expect(report).toHaveTextContent(/1 supprimé/);
  });

  it("hides unchanged units by default and shows them when their class is ticked", async () => {
    setup();
    const list = screen.getAllByRole("list").find((l) => l.classList.contains("changes__list"))!;
    expect(within(list).queryByText(/inchangé/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: /inchangé/ }));
    expect(within(list).getAllByText(/inchangé/).length).toBeGreaterThan(0);
  });

  it("filters changes by text, accent-insensitively", async () => {
    setup();
    await userEvent.type(screen.getByRole("searchbox", { name: "Filtrer les changements" }), "cellule nouvelle");
    const buttons = within(screen.getByRole("region", { name: /Ce qui a changé/ })).getAllByRole("button");
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toHaveTextContent("✚ créé — → Cellule nouvelle");
  });

  it("calls back with the change the user clicks", async () => {
    const { onPick } = setup();
    await userEvent.click(screen.getByRole("button", { name: /supprimé/ }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ class: "removed" }));
  });

  it("shows each change's reasons and the caveats", () => {
    setup();
    expect(screen.getAllByText("Même intitulé").length).toBeGreaterThan(0);
  });
});
