// react-d3-tree on the synthetic organisation: nested {name, children}, vertical, every node
// rendered (no initialDepth), translate/zoom chosen to fit the whole tree like our chart.
import { hierarchy, tree } from "d3-hierarchy";
import { createRoot } from "react-dom/client";
import Tree, { type RawNodeDatum } from "react-d3-tree";
import type { Unit } from "../../src/domain/schema.ts";
import { fail, loadUnits, readyAfterFrames, startBench } from "./common.ts";

const NODE = { x: 240, y: 140 };
const SEPARATION = { siblings: 1, nonSiblings: 2 };

function nest(units: Unit[]): RawNodeDatum {
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
  return root;
}

/** The same layout react-d3-tree computes, to pick a zoom and translate that fit it. */
function fitView(data: RawNodeDatum, width: number, height: number) {
  const laid = tree<RawNodeDatum>()
    .nodeSize([NODE.x, NODE.y])
    .separation((a, b) => (a.parent === b.parent ? SEPARATION.siblings : SEPARATION.nonSiblings))(hierarchy(data));
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
    const data = nest(units);
    const container = document.getElementById("chart") as HTMLElement;
    const { zoom, translate } = fitView(data, container.clientWidth, container.clientHeight);
    const expected = units.length;
    const observer = new MutationObserver(() => {
      if (container.querySelectorAll("g.rd3t-node, g.rd3t-leaf-node").length < expected) return;
      observer.disconnect();
      readyAfterFrames(state, 1);
    });
    observer.observe(container, { childList: true, subtree: true });
    createRoot(container).render(
      <Tree
        data={data}
        orientation="vertical"
        nodeSize={NODE}
        separation={SEPARATION}
        zoom={zoom}
        translate={translate}
        scaleExtent={{ min: 0.001, max: 2 }}
        collapsible={false}
      />,
    );
  })
  .catch((error: unknown) => fail(state, error));
