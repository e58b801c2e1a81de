import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useProgressiveCards } from "../../../src/components/useProgressiveCards.ts";
import type { LayoutNode } from "../../../src/layout/layoutTree.ts";

const cards = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }) as LayoutNode);
const none = new Set<string>();

describe("useProgressiveCards", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("renders a few new cards at once", () => {
    const shown = cards(40);
    const { result } = renderHook(() => useProgressiveCards(shown, 100, none));
    expect(result.current).toEqual({ cards: shown, complete: true });
  });

  it("renders many new cards a hundred per frame, then all of them", () => {
    const shown = cards(250);
    const { result } = renderHook(() => useProgressiveCards(shown, 100, none));
    expect(result.current.cards).toHaveLength(100);
    expect(result.current.complete).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current.cards).toHaveLength(200);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toEqual({ cards: shown, complete: true });
  });

  it("keeps the cards already drawn when the shown list changes", () => {
    const first = cards(80);
    const { result, rerender } = renderHook(({ shown }) => useProgressiveCards(shown, 100, none), { initialProps: { shown: first } });
    const more = [...first, ...cards(400).slice(80)];
    rerender({ shown: more });
    expect(result.current.cards.map((c) => c.id)).toEqual(more.slice(0, 180).map((c) => c.id));
  });
});
