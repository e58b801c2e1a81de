// Which cards and links a chart pane draws for its viewport: those near the screen, or one
// outline path past a few hundred; the cards someone looks for always stay real tree items.
import { useMemo } from "react";
import { visibleLinks, visibleNodes, type LayoutLink, type LayoutNode, type SpatialIndex, type TreeLayout } from "../layout/layoutTree.ts";
import { viewRect, type Rect, type Viewport } from "../layout/viewport.ts";
import { cardsPath } from "./chartParts.tsx";
import { useProgressiveCards } from "./useProgressiveCards.ts";

/** Past this many cards on screen, they are drawn as one path. */
const OVERVIEW_ABOVE = 600;
/** New cards mounted per frame when many appear at once (see src/layout/progressiveCards.ts). */
export const CARDS_PER_FRAME = 100;

export interface ShownCardsInput {
  layout: TreeLayout;
  spatial: SpatialIndex;
  viewport: Viewport;
  size: { width: number; height: number };
  /** Every card, whatever the viewport: the view is not fitted yet (see ChartPane's prefit). */
  all: boolean;
  /** Kept as real cards in overview mode. */
  matches?: ReadonlySet<string>;
  linked?: ReadonlySet<string>;
  /** Always drawn, and never made to wait (focus, selection). */
  priority: ReadonlySet<string>;
}

export interface ShownCards {
  cards: LayoutNode[];
  links: LayoutLink[];
  /** The outline of cards without their own element (whole layout, or cards still to mount); null if none. */
  overviewPath: string | null;
}

export function useShownCards({ layout, spatial, viewport, size, all, matches, linked, priority }: ShownCardsInput): ShownCards {
  // Quantise the visible rectangle so small pans don't recompute the card list.
  const rect = viewRect(viewport, size);
  const q = 256 / viewport.k;
  const qx = Math.floor(rect.x / q);
  const qy = Math.floor(rect.y / q);
  const qw = Math.ceil(rect.width / q) + 1;
  const qh = Math.ceil(rect.height / q) + 1;
  const qk = Math.round(Math.log2(viewport.k) * 4);
  // What is near the screen, apart from what is searched or selected: typing in the search box
  // then does not query the spatial index again (all 100,000 units when the tree is fitted).
  const near = useMemo(() => {
    const area: Rect = all ? layout.bounds : { x: qx * q - q, y: qy * q - q, width: (qw + 2) * q, height: (qh + 2) * q };
    return { nodes: visibleNodes(spatial, area), links: visibleLinks(spatial, area) };
    // q derives from qk; listing it keeps the memo honest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spatial, all, qx, qy, qw, qh, qk]);
  const shown = useMemo(() => {
    const { nodes, links } = near;
    // Level of detail: past a few hundred cards on screen, they are drawn as one path (no text,
    // no per-card DOM); only the cards someone is looking for stay real, focusable tree items.
    const overview = nodes.length > OVERVIEW_ABOVE;
    // A copy: the pushes below must not reach the memoised list of nearby nodes.
    const cards = overview ? nodes.filter((n) => matches?.has(n.id) || linked?.has(n.id)) : nodes.slice();
    const ids = new Set(cards.map((n) => n.id));
    for (const id of priority) {
      const n = layout.byId.get(id);
      if (n && !ids.has(n.id)) cards.push(n);
    }
    return { cards, links: overview ? [] : links, overview };
  }, [near, layout, priority, matches, linked]);

  // Many new cards at once are mounted over several frames; focus and selection never wait.
  const drawn = useProgressiveCards(shown.cards, CARDS_PER_FRAME, priority);

  // The overview covers the whole layout, built once per layout: panning and zooming then only
  // change the group's transform. Links are left out at that scale (they would be sub-pixel),
  // which halves what each frame rasterises. While cards are still being mounted, the same path
  // over the shown cards only stands in for them (not over the whole layout: at 100,000 units
  // that path alone took longer than the frame after a fold).
  const wholePath = useMemo(() => (shown.overview ? cardsPath(layout.nodes) : null), [layout, shown.overview]);
  const pendingPath = useMemo(() => (!shown.overview && !drawn.complete ? cardsPath(shown.cards) : null), [shown, drawn.complete]);
  return { cards: drawn.cards, links: shown.links, overviewPath: wholePath ?? pendingPath };
}
