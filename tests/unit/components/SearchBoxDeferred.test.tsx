// A keystroke that brings new results into the open list mounts the options the box can show
// unscrolled; the others follow once its frame is painted. The arrow keys, the active option and
// the count said to screen readers never wait for them.
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { SearchBox, type SearchGroup } from "../../../src/components/SearchBox.tsx";

// Thirty results per text typed, a new list (new keys) for each text.
const resultsFor = new Map<string, SearchGroup[]>();
function groupsFor(query: string): SearchGroup[] {
  if (!query) return [];
  let groups = resultsFor.get(query);
  if (!groups) {
    groups = [
      {
        version: "2024",
        items: Array.from({ length: 30 }, (_, i) => ({ key: `${query}-${i}`, version: "2024", unitId: `${query}-${i}`, title: `${query} ${i}`, titleRanges: [], path: "DGOS › SD" })),
      },
    ];
    resultsFor.set(query, groups);
  }
  return groups;
}

function Harness() {
  const [query, setQuery] = useState("");
  return <SearchBox query={query} onQueryChange={setQuery} groups={groupsFor(query)} allVersions={false} onAllVersionsChange={() => {}} onPick={() => {}} />;
}

// jsdom is 768 px high: the box (60 % of it) shows at most ceil(0.6 × 768 / 56) + 1 options unscrolled.
const FOLD = 10;
// An animation frame and the task after it: the frame that showed the keystroke's results is painted.
const painted = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe("SearchBox options below the fold, while typing", () => {
  it("mounts every option of a list that opens", async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    await user.type(screen.getByRole("combobox", { name: /qui fait quoi/i }), "t");
    expect(screen.getAllByRole("option")).toHaveLength(30);
  });

  it("mounts the options out of view a frame after the keystroke, and the arrow keys reach them before", async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    const box = screen.getByRole("combobox", { name: /qui fait quoi/i });
    await user.type(box, "t");
    await painted();
    // No timer runs between these steps (user-event without delay): no frame is painted.
    await user.type(box, "a");
    expect(screen.getAllByRole("option")).toHaveLength(FOLD);
    expect(screen.getAllByRole("option")[0]).toHaveTextContent("ta 0");
    expect(screen.getByText("30 résultats")).toBeInTheDocument();
    await user.keyboard("{ArrowDown>15/}");
    const active = screen.getByRole("option", { selected: true });
    expect(active).toHaveTextContent("ta 15");
    expect(box).toHaveAttribute("aria-activedescendant", active.id);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(30));
    expect(screen.getAllByRole("option")[29]).toHaveTextContent("ta 29");
    expect(screen.getByRole("option", { selected: true })).toBe(active);
  });
});
