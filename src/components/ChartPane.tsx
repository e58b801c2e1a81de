// The zoomable tree. Geometry comes from src/layout (pure), gestures from the zoom module;
// this view only renders cards and the transform, and implements the WAI-ARIA tree keys.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { siblingPositions, visibleOrder, type VersionIndex } from "../domain/hierarchy.ts";
import { markSince, timed } from "../bench/marks.ts";
import { CARD_METRICS, createSpatialIndex, layoutTree, type LayoutNode, type TreeLayout } from "../layout/layoutTree.ts";
import { CHART_CONTROLS_HEIGHT as CONTROLS_HEIGHT, firstView, levelsOf, type Levels } from "../layout/initialViewport.ts";
import { centerOn, fitBounds, screenToTree, viewRect, type Viewport } from "../layout/viewport.ts";
import { usePanZoom } from "../zoom/usePanZoom.ts";
import type { PaneAction, PaneState } from "../state/paneState.ts";
import { treeKeyCommand } from "../state/treeKeys.ts";
import { ChartControls } from "./ChartControls.tsx";
import { TreeNode, type NodeDecoration } from "./TreeNode.tsx";
import { useOutlinePlanner } from "./useOutlinePlanner.ts";
import { OverviewCards, prefersReducedMotion, useLayoutUnits, useStartedPrerendered, visibleBand } from "./chartParts.tsx";
import { CARDS_PER_FRAME, useShownCards } from "./useShownCards.ts";

export interface ChartPaneProps {
  index: VersionIndex;
  pane: PaneState;
  dispatch: (action: PaneAction) => void;
  label: string;
  matches?: ReadonlySet<string>;
  decorations?: ReadonlyMap<string, NodeDecoration>;
  fadeUnchanged?: boolean;
  linked?: ReadonlySet<string>;
  /** Changing this number re-centres on the selection even if it did not change. */
  centerToken?: number;
  /** Gestures only (not programmatic moves), e.g. to mirror them in a second pane. */
  onUserViewportChange?: (v: Viewport) => void;
  externalViewport?: Viewport | null;
}

const MIN_ZOOM = 0.03;
const MAX_ZOOM = 2.5;
const SIMPLE_BELOW = 0.35;
/**
 * A chart this small, prerendered by the build, is rendered whole before its first fit, hidden:
 * the page's HTML then holds its cards, which a small script places before the first paint
 * (src/adapters/prefit.ts). No more than are mounted in one frame, so they are all in that render.
 */
const PREFIT_MAX = CARDS_PER_FRAME;

/** Trees this large may need outlines (src/layout/outlinePlan.ts); smaller ones never load it. */
const OUTLINE_FROM = 1000;
const EMPTY_LAYOUT = layoutTree([]);

/** The first view's levels: from a large layout's arrays (reading `nodes` would make them all), else from its cards. */
const levelsOfLayout = (layout: TreeLayout): Levels => layout.levels?.() ?? levelsOf(layout.nodes);

export function ChartPane(props: ChartPaneProps) {
  const { index, pane, dispatch } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  // Only the prerendered chart draws its cards before the fit; in the page that would cost one
  // more style and layout pass of every card at start-up.
  const prerendered = useStartedPrerendered();
  const onUserViewportChange = props.onUserViewportChange;
  const units = useLayoutUnits(index);
  // Deep levels of a very wide tree are drawn as outlines, so the fitted tree is a shape, not a
  // strip (src/layout/outlinePlan.ts, loaded on demand: the DGOS charts keep the tidy tree).
  // A large tree waits for it rather than being laid out twice.
  const planner = useOutlinePlanner(units.length >= OUTLINE_FROM);
  const planReady = units.length < OUTLINE_FROM || planner !== null;
  const layout = useMemo(
    () => (planReady ? timed("layout", () => layoutTree(units, { collapsed: pane.collapsed, outline: planner ? timed("plan", () => planner.plan(units)) : null, finish: planner?.finish })) : EMPTY_LAYOUT),
    [units, pane.collapsed, planner, planReady],
  );
  // Very large charts must still fit on screen: allow zooming out past MIN_ZOOM to the fit
  // scale (rounded down to a power of two, so folding a branch rarely changes it).
  const fitK = Math.min(size.width / Math.max(1, layout.bounds.width), size.height / Math.max(1, layout.bounds.height));
  const minZoom = Math.min(MIN_ZOOM, 2 ** Math.floor(Math.log2(Math.max(1e-4, fitK * 0.9))));
  const { viewport, api } = usePanZoom(svgRef, {
    minZoom,
    maxZoom: MAX_ZOOM,
    onChange: (v, source) => {
      if (source === "user") onUserViewportChange?.(v);
    },
  });
  const spatial = useMemo(() => timed("spatial", () => createSpatialIndex(layout)), [layout]);
  const [focusedId, setFocusedId] = useState<string>(pane.selected ?? index.root.id);
  // The roving tabindex follows the selection (adjusted during render, not in an effect).
  const [prevSelected, setPrevSelected] = useState(pane.selected);
  if (pane.selected !== prevSelected) {
    setPrevSelected(pane.selected);
    if (pane.selected) setFocusedId(pane.selected);
  }
  const focusFromKeyboard = useRef(false);
  const duration = () => (prefersReducedMotion() ? 0 : 350);

  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const measure = () => setSize({ width: svg.clientWidth || 800, height: svg.clientHeight || 600 });
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  const fit = useCallback(
    (animate: boolean) => {
      // The control bar overlays the top of the chart: fit below it.
      const v = fitBounds(layout.bounds, { width: size.width, height: size.height - CONTROLS_HEIGHT }, { padding: 20, minK: minZoom, maxK: 1.2 });
      api?.setViewport({ ...v, y: v.y + CONTROLS_HEIGHT }, { duration: animate ? duration() : 0, source: animate ? "user" : "api" });
    },
    [api, layout.bounds, size, minZoom],
  );

  // The first view: names readable on the upper levels (src/layout/initialViewport.ts).
  const showInitial = useCallback(() => {
    api?.setViewport(firstView(levelsOfLayout(layout), size, CARD_METRICS.fontSize), { duration: 0 });
    // layout, not layout.nodes: reading nodes makes every node object (src/layout/laidOut.ts).
  }, [api, layout, size]);

  // Fit the whole tree when a version is shown (and once the pane has its real size).
  const fittedFor = useRef<string>("");
  const [fitted, setFitted] = useState(false);
  const fitRequested = useRef(0);
  // A layout effect: the first fit and its cards are committed before the first paint.
  useLayoutEffect(() => {
    const key = `${index.version.id}:${size.width}x${size.height}`;
    if (!api || !planReady || fittedFor.current === key) return;
    const first = fittedFor.current === "";
    fittedFor.current = key;
    if (fitRequested.current === 0) fitRequested.current = performance.now();
    setFitted(true);
    if (pane.selected && first) return; // a deep link centres on its unit instead
    showInitial();
  }, [api, index, size, showInitial, pane.selected, planReady]);

  const centre = useCallback(
    (node: LayoutNode, animate = true) => {
      if (!api) return;
      const k = Math.max(api.getViewport().k, 0.8);
      const band = svgRef.current ? visibleBand(svgRef.current) : null;
      const point = { x: node.x + node.width / 2, y: node.y + node.height / 2 };
      const v = band ? centerOn(point, { width: size.width, height: 2 * band.middle }, k) : centerOn(point, size, k);
      api.setViewport(v, { duration: animate ? duration() : 0 });
    },
    [api, size],
  );

  // Centre on the selection whenever it changes (or is re-requested), and once the layout is
  // ready: a large tree waits for its outline planner, and a deep link must not miss its unit.
  useEffect(() => {
    if (!pane.selected || !planReady) return;
    const node = layout.byId.get(pane.selected);
    if (node) centre(node);
    // layout is intentionally not a dependency: folding must not re-centre.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pane.selected, props.centerToken, centre, planReady]);

  useEffect(() => {
    if (props.externalViewport && api) api.setViewport(props.externalViewport, { duration: 0 });
  }, [props.externalViewport, api]);

  // Keyboard focus follows the roving tabindex; off-screen targets are brought into view first.
  useEffect(() => {
    if (!focusFromKeyboard.current) return;
    focusFromKeyboard.current = false;
    const node = layout.byId.get(focusedId);
    if (node && api) {
      const rect = viewRect(api.getViewport(), size);
      const inside = node.x >= rect.x && node.y >= rect.y && node.x + node.width <= rect.x + rect.width && node.y + node.height <= rect.y + rect.height;
      if (!inside) centre(node, false);
    }
    const el = svgRef.current?.querySelector<SVGGElement>(`[data-node="${CSS.escape(focusedId)}"]`);
    el?.focus({ preventScroll: true });
  }, [focusedId, layout, api, size, centre]);

  // Bench mode: from the first fit asking for the cards to their commit in the DOM.
  useLayoutEffect(() => {
    if (fitted && fitRequested.current > 0) {
      markSince("commit", fitRequested.current);
      fitRequested.current = -1;
    }
  }, [fitted]);

  const detail = viewport.k < SIMPLE_BELOW ? "simple" : "full";
  // After a version switch or a fold, the focused unit may be gone: fall back so one item stays tabbable.
  const activeId = layout.byId.has(focusedId) ? focusedId : pane.selected && layout.byId.has(pane.selected) ? pane.selected : index.root.id;
  const { matches, linked } = props;
  // Before its first fit, a small chart draws every card (hidden until placed): see PREFIT_MAX.
  const prefit = prerendered && !fitted && units.length <= PREFIT_MAX;
  const priority = useMemo(() => new Set([activeId, pane.selected ?? activeId]), [activeId, pane.selected]);
  const shown = useShownCards({ layout, spatial, viewport, size, all: prefit, matches, linked, priority });
  // What the prefit script needs to place the prerendered cards as the first fit will.
  const prefitData = useMemo(() => (prefit ? JSON.stringify({ levels: levelsOfLayout(layout), fontSize: CARD_METRICS.fontSize }) : undefined), [prefit, layout]);

  // In overview mode a click lands on the shared path: find the card under the pointer.
  const onOverviewClick = (event: React.MouseEvent<SVGPathElement>) => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box) return;
    const p = screenToTree({ x: event.clientX - box.left, y: event.clientY - box.top }, viewport);
    const hit = spatial.nodes({ x: p.x, y: p.y, width: 0, height: 0 })[0];
    if (hit) dispatch({ type: "select", unitId: hit.id });
  };

  // Position among siblings, for the drawn cards only (a few hundred, not every unit).
  const positionOf = useMemo(() => siblingPositions(index), [index]);

  const activate = useCallback((id: string) => dispatch({ type: "select", unitId: id }), [dispatch]);
  const toggle = useCallback((id: string) => dispatch({ type: "toggle", unitId: id }), [dispatch]);
  const focusNode = useCallback((id: string) => setFocusedId(id), []);

  const moveFocus = (id: string | undefined) => {
    if (!id) return;
    focusFromKeyboard.current = true;
    setFocusedId(id);
  };

  const onTreeKeyDown = (event: React.KeyboardEvent) => {
    const items = visibleOrder(index, pane.collapsed).map((u) => {
      const node = layout.byId.get(u.id);
      return { id: u.id, parent: u.parent, hasChildren: node?.hasChildren ?? false, collapsed: node?.collapsed ?? false, firstChild: index.children.get(u.id)?.[0]?.id };
    });
    const command = treeKeyCommand(event.key, items, activeId);
    if (!command) return;
    if (command.type === "focus") moveFocus(command.id);
    else if (command.type === "toggle") toggle(command.id);
    else activate(command.id);
    event.preventDefault();
    event.stopPropagation();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!api || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "+" || event.key === "=") api.zoomBy(1.25, { duration: duration() });
    else if (event.key === "-" || event.key === "_") api.zoomBy(0.8, { duration: duration() });
    else if (event.key === "0") fit(true);
    else return;
    event.preventDefault();
  };

  // Computed on click: at 100,000 units, a pass over every unit on each render is not free.
  const collapsible = () => index.ordered.filter((u) => u.parent !== null && index.children.has(u.id)).map((u) => u.id);

  return (
    <div className="chart" onKeyDown={onKeyDown}>
      <ChartControls
        version={index.version.id}
        onZoom={(factor) => api?.zoomBy(factor, { duration: duration() })}
        onFit={() => fit(true)}
        onExpandAll={() => dispatch({ type: "expandAll" })}
        onCollapseAll={() => dispatch({ type: "collapseAll", unitIds: collapsible() })}
      />
      <svg ref={svgRef} className="chart__svg" data-zoom={viewport.k.toFixed(3)} data-fitted={fitted ? "true" : undefined} data-prefit={prefitData}>
        {/* Cards are seen only where they belong: once the view is fitted, or placed beforehand
            by the prefit script (hidden by CSS until then). No layout shift at start-up. */}
        {(fitted || prefit) && (
        <g className="chart__viewport" transform={`translate(${viewport.x},${viewport.y}) scale(${viewport.k})`}>
          <g className="chart__links" aria-hidden="true">
            {shown.links.map((link) => (
              <path key={link.id} d={link.path} className={linked?.has(link.target) ? "chart__link chart__link--linked" : "chart__link"} />
            ))}
          </g>
          {shown.overviewPath !== null && <OverviewCards d={shown.overviewPath} onClick={onOverviewClick} />}
          <g role="tree" aria-label={props.label} onKeyDown={onTreeKeyDown}>
            {shown.cards.map((node) => {
              const unit = index.byId.get(node.id);
              const pos = unit ? positionOf(unit) : undefined;
              if (!unit || !pos) return null;
              return (
                <TreeNode
                  key={node.id}
                  node={node}
                  unit={unit}
                  level={node.depth + 1}
                  setSize={pos.setSize}
                  posInSet={pos.posInSet}
                  selected={pane.selected === node.id}
                  focusable={activeId === node.id}
                  matched={matches?.has(node.id) ?? false}
                  decoration={props.decorations?.get(node.id)}
                  faded={props.fadeUnchanged ? !props.decorations?.has(node.id) : false}
                  linked={linked?.has(node.id) ?? false}
                  detail={detail}
                  onActivate={activate}
                  onToggle={toggle}
                  onFocusNode={focusNode}
                />
              );
            })}
          </g>
        </g>
        )}
      </svg>
    </div>
  );
}
