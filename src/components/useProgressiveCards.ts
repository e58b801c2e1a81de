import { useEffect, useState } from "react";
import type { LayoutNode } from "../layout/layoutTree.ts";
import { nextCardsToDraw } from "../layout/progressiveCards.ts";

interface Progress {
  shown: LayoutNode[];
  drawn: LayoutNode[];
  complete: boolean;
}

/**
 * The cards to render out of `shown`: when many appear at once they are mounted `perFrame` at a
 * time, one step per animation frame (see progressiveCards.ts). Ids in `first` never wait.
 * The state is adjusted during render when `shown` changes, so the first chunk is in the same
 * commit; `complete` is false while some shown cards are still to come.
 */
export function useProgressiveCards(shown: LayoutNode[], perFrame: number, first: ReadonlySet<string>): { cards: LayoutNode[]; complete: boolean } {
  const [progress, setProgress] = useState<Progress>({ shown: [], drawn: [], complete: true });
  let current = progress;
  if (progress.shown !== shown) {
    const next = nextCardsToDraw(progress.drawn, shown, perFrame, first);
    current = { shown, drawn: next.cards, complete: next.complete };
    setProgress(current);
  }
  useEffect(() => {
    if (progress.complete) return;
    const frame = requestAnimationFrame(() =>
      setProgress((p) => {
        const next = nextCardsToDraw(p.drawn, p.shown, perFrame, first);
        return { shown: p.shown, drawn: next.cards, complete: next.complete };
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [progress, perFrame, first]);
  return { cards: current.drawn, complete: current.complete };
}
