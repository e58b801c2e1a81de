import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { SearchBox, type SearchGroup } from "../../../src/components/SearchBox.tsx";

const groups: SearchGroup[] = [
  {
    version: "2010",
    items: [
      { key: "a", version: "2010", unitId: "r1", title: "R1 – Bureau de la synthèse", titleRanges: [], path: "DGOS › R", excerpt: { text: "construction de l'ONDAM", ranges: [[18, 23]] } },
      { key: "b", version: "2010", unitId: "r5", title: "R5 – Bureau de l'évaluation", titleRanges: [], path: "DGOS › R" },
    ],
  },
];

function Harness({ onPick, initial = "" }: { onPick: (v: string, u: string) => void; initial?: string }) {
  const [query, setQuery] = useState(initial);
  const [all, setAll] = useState(false);
  return <SearchBox query={query} onQueryChange={setQuery} groups={query ? groups : []} allVersions={all} onAllVersionsChange={setAll} onPick={onPick} />;
}

describe("SearchBox", () => {
  it("lists results with the matching mission excerpt highlighted", async () => {
    render(<Harness onPick={() => {}} />);
    await userEvent.type(screen.getByRole("combobox", { name: /qui fait quoi/i }), "ondam");
    const options = screen.getAllByRole("option");
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent("R1 – Bureau de la synthèse");
    expect(options[0]?.querySelector("mark")).toHaveTextContent("ONDAM");
  });

  it("picks a result with the arrow keys and Enter", async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    const box = screen.getByRole("combobox", { name: /qui fait quoi/i });
    await userEvent.type(box, "bur");
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true");
    expect(box).toHaveAttribute("aria-activedescendant", screen.getAllByRole("option")[1]?.id);
    await userEvent.keyboard("{Enter}");
    expect(onPick).toHaveBeenCalledWith("2010", "r5");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });

  it("focuses the search box when the user presses /", async () => {
    render(<Harness onPick={() => {}} />);
    await userEvent.keyboard("/");
    expect(screen.getByRole("combobox", { name: /qui fait quoi/i })).toHaveFocus();
  });

  it("offers a « Toutes les versions » scope", async () => {
    render(<Harness onPick={() => {}} />);
    const scope = screen.getByRole("checkbox", { name: "Toutes les versions" });
    await userEvent.click(scope);
    expect(scope).toBeChecked();
  });

  it("says when nothing matches", async () => {
    function Empty() {
      const [q, setQ] = useState("");
      return <SearchBox query={q} onQueryChange={setQ} groups={[{ version: "2010", items: [] }]} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} />;
    }
    render(<Empty />);
    await userEvent.type(screen.getByRole("combobox", { name: /qui fait quoi/i }), "zzz");
    expect(screen.getByText("Aucun résultat pour « zzz ».")).toBeInTheDocument();
  });

  it("lists a theme or body as what it is, after the units, and picks it with the keyboard", async () => {
    const onPickEntry = vi.fn();
    const withEntry: SearchGroup[] = [
      {
        ...groups[0]!,
        entries: [
          { key: "2016:theme:2", version: "2016", kind: "theme", label: "thème de la version 2016", title: "le financement", titleRanges: [], href: "?v=2016&vue=decouvrir" },
        ],
      },
    ];
    function WithEntry() {
      const [q, setQ] = useState("");
      return <SearchBox query={q} onQueryChange={setQ} groups={q ? withEntry : []} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} onPickEntry={onPickEntry} />;
    }
    render(<WithEntry />);
    const box = screen.getByRole("combobox", { name: /qui fait quoi/i });
    await userEvent.type(box, "tarif");
    const options = screen.getAllByRole("option");
    expect(options).toHaveLength(3);
    expect(options[2]).toHaveTextContent("thème de la version 2016");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(onPickEntry).toHaveBeenCalledWith(expect.objectContaining({ key: "2016:theme:2" }));
  });

  it("says plainly that the sources do not mention a word, and offers close words to search", async () => {
    function Missing() {
      const [q, setQ] = useState("");
      const notice = { missing: "SAMU", closest: ["samedi"], mentionedIn: { title: "Projet stratégique", passage: "le SAMU" } };
      return <SearchBox query={q} onQueryChange={setQ} groups={[{ version: "2010", items: [], notice }]} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} />;
    }
    render(<Missing />);
    const box = screen.getByRole("combobox", { name: /qui fait quoi/i });
    await userEvent.type(box, "SAMU");
    expect(screen.getByText(/Les sources ne mentionnent pas « SAMU »/)).toBeInTheDocument();
    expect(screen.getByText(/Projet stratégique/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "samedi" }));
    expect(box).toHaveValue("samedi");
  });

  it("shows example questions under the empty box", async () => {
    render(<Harness onPick={() => {}} />);
    const box = screen.getByRole("combobox", { name: /qui fait quoi/i });
    await userEvent.click(box);
    await userEvent.click(screen.getByRole("button", { name: "tarification" }));
    expect(box).toHaveValue("tarification");
  });
});
