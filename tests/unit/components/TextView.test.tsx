// « Vue texte » on ordinary and on absurdly deep (but valid) data.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MAX_NESTING, TextView } from "../../../src/components/TextView.tsx";
import { indexVersion } from "../../../src/domain/hierarchy.ts";
import { initialPane } from "../../../src/state/paneState.ts";
import { deepChainDataset } from "../domain/deepChain.ts";
import { makeDataset, versionOf } from "../domain/fixtures.ts";

describe("TextView", () => {
  it("nests each unit's list under its parent and folds on demand", async () => {
    const index = indexVersion(versionOf(makeDataset(), "2024"));
    const dispatch = vi.fn();
    render(<TextView index={index} pane={initialPane("2024")} dispatch={dispatch} />);
    const pole = screen.getByRole("button", { name: "Pôle performance" }).closest("li") as HTMLElement;
    expect(within(pole).getByRole("button", { name: "Cellule nouvelle" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Replier Pôle performance" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "toggle", unitId: "pf" });
  });

  // 3,000 levels here (jsdom is slow with that many elements); 10,000 in tests/browser/deepData.test.ts.
  it("shows a 3,000-level chain without overflowing the stack, nested only a few dozen levels deep", { timeout: 60_000 }, () => {
    const DEPTH = 3_000;
    const dataset = deepChainDataset(DEPTH);
    const index = indexVersion(versionOf(dataset, "2024"));
    const { container } = render(<TextView index={index} pane={initialPane("2024")} dispatch={() => undefined} />);
    expect(container.querySelectorAll("li")).toHaveLength(DEPTH);
    // Role queries over 20,000 buttons are too slow in jsdom: plain DOM here.
    const last = [...container.querySelectorAll(".textview__unit")].at(-1) as HTMLElement;
    expect(last).toHaveTextContent(`Niveau ${DEPTH - 1}`);
    expect(last.closest("li")).toHaveTextContent(`niveau ${DEPTH}`);
    let depth = 0;
    for (let node: Element | null = last; node; node = node.parentElement) if (node.tagName === "UL") depth++;
    // The root's list, then MAX_NESTING nested lists: the last one is flat.
    expect(depth).toBe(MAX_NESTING + 1);
  });
});
