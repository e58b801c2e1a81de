// The app as a user reaches it, in jsdom: tree items, panel, version switch, search and the comparison panes.
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PRELOADED } from "../../../src/components/lazyParts.ts";
import { App } from "../../../src/components/App.tsx";
import { makeDataset, unitOf } from "../domain/fixtures.ts";

function renderAt(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  const dataset = makeDataset();
  unitOf(dataset, "2010", "r1").missions = { status: "described", items: ["Coordonne le financement des ARS"] };
  return render(<App dataset={dataset} />);
}

beforeEach(() => window.history.replaceState(null, "", "/"));

// The app fetches these at idle time (main.tsx); here they are ready before the first test.
beforeAll(() => Promise.all(PRELOADED.map((part) => part.preload())));

describe("App", () => {
  it("shows the latest version as an ARIA tree with one tabbable item", () => {
    renderAt("");
    const tree = screen.getByRole("tree", { name: "Organigramme 2024" });
    const items = within(tree).getAllByRole("treeitem");
    expect(items.map((i) => i.getAttribute("data-node"))).toEqual(["dgos", "pf", "cel"]);
    expect(items.filter((i) => i.tabIndex === 0)).toHaveLength(1);
  });

  it("opens the panel of the unit the user clicks and puts it in the address", async () => {
    renderAt("?v=2010");
    await userEvent.click(within(screen.getByRole("tree")).getAllByRole("treeitem")[2]!);
    expect(screen.getByRole("complementary", { name: "Bureau R1" })).toBeInTheDocument();
    expect(window.location.search).toBe("?v=2010&u=r1");
  });

  it("keeps the selection across a version switch and says which unit it became", async () => {
    renderAt("?v=2016&u=r1");
    await userEvent.click(screen.getByRole("radio", { name: /^2024/ }));
    expect(screen.getByRole("complementary", { name: "Pôle performance" })).toBeInTheDocument();
    expect(screen.getByText("R1 – Bureau R1 (2016) correspond à Pôle performance en 2024 (filiation).")).toBeInTheDocument();
  });

  it("tells what a malformed link contained and shows the default view", () => {
    renderAt("?v=1999&x=1");
    expect(screen.getByText("Version « 1999 » inconnue : version 2024 affichée.")).toBeInTheDocument();
    expect(screen.getByText("Paramètre inconnu « x » ignoré.")).toBeInTheDocument();
    expect(screen.getByRole("tree", { name: "Organigramme 2024" })).toBeInTheDocument();
  });

  it("finds a unit by a word of its missions and selects it with Enter, even before the search engine has loaded", async () => {
    renderAt("?v=2010");
    await userEvent.type(screen.getByRole("combobox", { name: /Qui fait quoi/ }), "financement{Enter}");
    expect(await screen.findByRole("complementary", { name: "Bureau R1" })).toBeInTheDocument();
  });

  it("compares two versions: selecting a unit on the left selects its counterpart on the right", async () => {
    renderAt("?vue=comparer&de=2016&a=2024");
    const left = await screen.findByRole("tree", { name: "Organigramme 2016" }, { timeout: 8000 });
    const right = await screen.findByRole("tree", { name: "Organigramme 2024" });
    await userEvent.click(within(left).getAllByRole("treeitem").find((i) => i.getAttribute("data-node") === "r1")!);
    await waitFor(() => expect(within(right).getAllByRole("treeitem").find((i) => i.getAttribute("data-node") === "pf")).toHaveAttribute("aria-selected", "true"));
    expect(window.location.search).toBe("?vue=comparer&de=2016&a=2024&u=r1");
    expect(screen.getByRole("region", { name: "Ce qui a changé entre 2016 et 2024" })).toHaveTextContent("R1 – Bureau R1 → Pôle performance");
  });

  it("« Masquer les inchangés » fades the unchanged units of both panes and leaves changed ones", async () => {
    renderAt("?vue=comparer&de=2016&a=2024");
    const right = await screen.findByRole("tree", { name: "Organigramme 2024" });
    const card = (id: string) => within(right).getAllByRole("treeitem").find((i) => i.getAttribute("data-node") === id)!;
    expect(card("dgos").getAttribute("class")).not.toContain("card--faded");
    await userEvent.click(screen.getByRole("checkbox", { name: "Masquer les inchangés" }));
    expect(card("dgos").getAttribute("class")).toContain("card--faded");
    expect(card("cel").getAttribute("class")).not.toContain("card--faded");
  });
});
