// The options below the list box's fold get their excerpt when the list is scrolled or the active
// option reaches them: a keystroke then commits, lays out and paints only what can be seen.
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { SearchBox, type SearchGroup } from "../../../src/components/SearchBox.tsx";

const many: SearchGroup[] = [
  {
    version: "2024",
    items: Array.from({ length: 30 }, (_, i) => ({
      key: `u${i}`,
      version: "2024",
      unitId: `u${i}`,
      title: `Bureau ${i}`,
      titleRanges: [],
      path: "DGOS › SD",
      excerpt: { text: `suivi ${i} de l'ONDAM`, ranges: [[`suivi ${i} de l'`.length, `suivi ${i} de l'ONDAM`.length]] as [number, number][] },
    })),
  },
];

function Harness() {
  const [query, setQuery] = useState("");
  return <SearchBox query={query} onQueryChange={setQuery} groups={query ? many : []} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} />;
}

describe("SearchBox excerpts below the fold", () => {
  it("lists every result, with the excerpts of those out of the box's view once the list is scrolled", async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole("combobox", { name: /qui fait quoi/i }), "ondam");
    const options = screen.getAllByRole("option");
    expect(options).toHaveLength(30);
    expect(options[0]).toHaveTextContent("suivi 0 de l'ONDAM");
    expect(options[29]).toHaveTextContent("Bureau 29");
    expect(options[29]).not.toHaveTextContent("suivi 29");
    fireEvent.scroll(screen.getByRole("listbox"), { target: { scrollTop: 120 } });
    expect(screen.getAllByRole("option")[29]).toHaveTextContent("suivi 29 de l'ONDAM");
    expect(screen.getAllByRole("option")[29]?.querySelector("mark")).toHaveTextContent("ONDAM");
  });

  it("gives the active option its excerpt when the arrow keys reach it", async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole("combobox", { name: /qui fait quoi/i }), "ondam");
    expect(screen.getAllByRole("option")[20]).not.toHaveTextContent("suivi 20");
    await userEvent.keyboard("{ArrowDown>20/}");
    const active = screen.getAllByRole("option")[20];
    expect(active).toHaveAttribute("aria-selected", "true");
    expect(active).toHaveTextContent("suivi 20 de l'ONDAM");
  });
});
