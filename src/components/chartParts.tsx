// Small pieces of the chart pane (ChartPane.tsx): the band of the chart a phone user can see,
// the overview path drawn in place of cards when too many are visible, the names as laid out, and
// whether the pane started from the build's prerender.
import { memo, useMemo, useState, useSyncExternalStore } from "react";
import { frenchTypography } from "../domain/frenchTypography.ts";
import type { VersionIndex } from "../domain/hierarchy.ts";
import type { LayoutNode } from "../layout/layoutTree.ts";
import { adoptTree } from "../layout/prepared.ts";

/** Characters frenchTypography may change: names without them are left as they are. */
const TYPOGRAPHY = /[«»:;!?]/;

/**
 * A version's units as the layout reads them: names with French no-break spaces, so a line never
 * starts with » or :. Units whose name has nothing to adjust are passed as they are (no copy of
 * 100,000 objects); same ids and parents in the same order, so the layout reuses the index's
 * tree (no second id Map).
 */
export function useLayoutUnits(index: VersionIndex) {
  return useMemo(() => {
    const list = index.ordered.map((u) => {
      if (!TYPOGRAPHY.test(u.name)) return u;
      const name = frenchTypography(u.name);
      return name === u.name ? u : { ...u, name };
    });
    if (index.tree) adoptTree(list, index.tree);
    return list;
  }, [index]);
}

const noSubscription = () => () => {};

/**
 * Whether this component was first rendered by the build's prerender or while hydrating it, kept
 * from that first render (afterwards React reads the page's value, false).
 */
export function useStartedPrerendered(): boolean {
  const now = useSyncExternalStore(noSubscription, () => false, () => true);
  const [started] = useState(now);
  return started;
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * The part of the chart a user can see on a phone, where the unit sheet (a fixed panel) covers
 * its bottom and the page may be scrolled. When too little is left, the page scrolls the chart
 * to the top first. Returns the band's middle in the svg's own coordinates, or null without a
 * sheet or when all of the chart is visible (centre as usual).
 */
export function visibleBand(svg: SVGSVGElement): { middle: number } | null {
  if (typeof window === "undefined" || typeof svg.getBoundingClientRect !== "function") return null;
  const sheet = document.querySelector(".workspace--open > .panel");
  if (!sheet || getComputedStyle(sheet).position !== "fixed") return null;
  const covered = sheet.getBoundingClientRect().top;
  let box = svg.getBoundingClientRect();
  if (box.height === 0) return null;
  let bottom = Math.min(box.bottom, covered, window.innerHeight);
  if (bottom - Math.max(box.top, 0) < 160 && box.top > 0) {
    window.scrollBy({ top: box.top, behavior: "instant" });
    box = svg.getBoundingClientRect();
    bottom = Math.min(box.bottom, covered, window.innerHeight);
  }
  const top = Math.max(box.top, 0);
  if (top <= box.top + 1 && bottom >= box.bottom - 1) return null;
  return { middle: (top + bottom) / 2 - box.top };
}

export function cardsPath(nodes: readonly LayoutNode[]): string {
  return nodes.map((n) => `M${n.x},${n.y}h${n.width}v${n.height}h${-n.width}Z`).join("");
}

/** Every card as one path: what a 10,000-unit chart shows when zoomed out. */
export const OverviewCards = memo(function OverviewCards({ d, onClick }: { d: string; onClick: (e: React.MouseEvent<SVGPathElement>) => void }) {
  return <path className="chart__overview" d={d} onClick={onClick} aria-hidden="true" />;
});
