// react-d3-tree on the synthetic organisation: nested {name, children}, vertical, every node
// rendered (no initialDepth), in the same chart area as ours. Fitted through its zoom/translate
// props (minimum zoom below the fit zoom, so the fit is not clamped), or with ?focus=<id>
// centred on that unit at zoom 1 (its default label text is 16 px).
import { hierarchy, tree } from "d3-hierarchy";
import { createRoot } from "react-dom/client";
import Tree, { type RawNodeDatum } from "react-d3-tree";
import type { Unit } from "../../src/domain/schema.ts";
import { fail, focusId, loadUnits, readyAfterFrames, sizeChart, startBench } from "./common.ts";

const NODE = { x: 240, y: 140 };
const SEPARATION = { siblings: 1, nonSiblings: 2 };

function nest(units: Unit[]): { root: RawNodeDatum; byId: Map<string, RawNodeDatum> } {
  const byId = new Map<string, RawNodeDatum>();
  let root: RawNodeDatum | undefined;
  for (const u of units) byId.set(u.id, { name: u.name, attributes: { code: u.code ?? "" } });
  for (const u of units) {
    const node = byId.get(u.id) as RawNodeDatum;
    if (u.parent === null) root = node;
    else {
      const parent = byId.get(u.parent) as RawNodeDatum;
      (parent.children ??= []).push(node);
    }
  }
  if (!root) throw new Error("no root");
  return { root, byId };
}

/** The same layout react-d3-tree computes, to pick a zoom and translate that fit it (or centre `focus`). */
function view(data: RawNodeDatum, width: number, height: number, focus: RawNodeDatum | undefined) {
  const laid = tree<RawNodeDatum>()
    .nodeSize([NODE.x, NODE.y])
    .separation((a, b) => (a.parent === b.parent ? SEPARATION.siblings : SEPARATION.nonSiblings))(hierarchy(data));
  if (focus) {
    const node = laid.find((n) => n.data === focus);
    if (node) return { zoom: 1, translate: { x: width / 2 - node.x, y: height / 2 - node.y } };
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let y1 = 0;
  laid.each((n) => {
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y1 = Math.max(y1, n.y);
  });
  const pad = 100;
  const zoom = Math.min(1, width / (x1 - x0 + 2 * pad), height / (y1 + 2 * pad));
  return { zoom, translate: { x: width / 2 - ((x0 + x1) / 2) * zoom, y: pad * zoom } };
}

const state = startBench();
loadUnits()
  .then((units) => {
    state.units = units.length;
    const { root, byId } = nest(units);
    const container = document.getElementById("chart") as HTMLElement;
    const size = sizeChart(container);
    const focus = focusId();
    const { zoom, translate } = view(root, size.width, size.height, focus ? byId.get(focus) : undefined);
    const expected = units.length;
    const observer = new MutationObserver(() => {
      if (container.querySelectorAll("g.rd3t-node, g.rd3t-leaf-node").length < expected) return;
      observer.disconnect();
      readyAfterFrames(state, 1);
    });
    observer.observe(container, { childList: true, subtree: true });
    createRoot(container).render(
      <Tree
        data={root}
        orientation="vertical"
        nodeSize={NODE}
        separation={SEPARATION}
        zoom={zoom}
        translate={translate}
        // Its default minimum (0.1) and the old 0.001 both clamp a 10,000-unit fit (~0.0005).
        scaleExtent={{ min: Math.min(0.001, zoom / 2), max: 2 }}
        collapsible={false}
      />,
    );
  })
  .catch((error: unknown) => fail(state, error));
