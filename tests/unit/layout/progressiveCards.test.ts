import { describe, expect, it } from "vitest";
import type { LayoutNode } from "../../../src/layout/layoutTree.ts";
import { nextCardsToDraw } from "../../../src/layout/progressiveCards.ts";

const card = (id: string) => ({ id, x: 0, y: 0, width: 10, height: 10 }) as LayoutNode;
const cards = (n: number, prefix = "c") => Array.from({ length: n }, (_, i) => card(`${prefix}${i}`));
const ids = (list: readonly LayoutNode[]) => list.map((n) => n.id);

describe("nextCardsToDraw", () => {
  it("draws every shown card at once when at most a chunk of them is new", () => {
    const shown = cards(150);
    expect(nextCardsToDraw(cards(60), shown, 100)).toEqual({ cards: shown, complete: true });
  });

  it("keeps the cards already drawn and adds at most a chunk of new ones, in the shown order", () => {
    const shown = cards(600);
    const step = nextCardsToDraw([], shown, 100);
    expect(step.complete).toBe(false);
    expect(ids(step.cards)).toEqual(ids(shown.slice(0, 100)));
    const next = nextCardsToDraw(step.cards, shown, 100);
    expect(ids(next.cards)).toEqual(ids(shown.slice(0, 200)));
  });

  it("reaches every shown card in ceil(new / chunk) frames", () => {
    const shown = cards(450);
    let drawn: LayoutNode[] = [];
    let frames = 0;
    for (let complete = false; !complete; frames++) ({ cards: drawn, complete } = nextCardsToDraw(drawn, shown, 100));
    expect(frames).toBe(5); // 100, 200, 300, 400, then the last 50 with the rest
    expect(ids(drawn)).toEqual(ids(shown));
  });

  it("never makes the focused or selected card wait", () => {
    const shown = cards(300);
    const step = nextCardsToDraw([], shown, 100, new Set(["c299"]));
    expect(ids(step.cards)).toContain("c299");
    expect(step.cards).toHaveLength(101);
  });

  it("drops at once the cards that are no longer shown", () => {
    const drawn = cards(50, "old");
    const shown = cards(400);
    expect(ids(nextCardsToDraw(drawn, shown, 100).cards).some((id) => id.startsWith("old"))).toBe(false);
  });
});
