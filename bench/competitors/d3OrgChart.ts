// d3-org-chart on the synthetic organisation: flat array with id/parentId, every node
// expanded (its default shows one level), no transitions, in the same chart area as ours.
// Fitted (its fit()), or with ?focus=<id> centred on that unit at zoom 1 (card text 12 px)
// through its own zoomTreeBounds().
import { OrgChart } from "d3-org-chart";
import { fail, focusId, loadUnits, readyAfterFrames, sizeChart, startBench } from "./common.ts";

interface Row {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  _expanded: boolean;
}

const NODE = { width: 220, height: 90 };
const state = startBench();
loadUnits()
  .then((units) => {
    state.units = units.length;
    const rows: Row[] = units.map((u) => ({ id: u.id, parentId: u.parent, name: u.name, code: u.code ?? "", _expanded: true }));
    const container = document.getElementById("chart") as HTMLElement;
    const size = sizeChart(container);
    const focus = focusId();
    const chart = new OrgChart<Row>()
      .container(container)
      .data(rows)
      .svgHeight(size.height)
      .nodeWidth(() => NODE.width)
      .nodeHeight(() => NODE.height)
      .duration(0)
      .nodeContent(
        ({ data, width, height }) =>
          `<div data-unit="${data.id}" style="width:${width}px;height:${height}px;box-sizing:border-box;padding:8px;border:1px solid #000091;border-radius:8px;background:#fff;font-size:12px"><div style="font-size:10px;color:#666">${data.code}</div><div class="name">${data.name}</div></div>`,
      );
    chart.render();
    const node = focus ? chart.getChartState().allNodes.find((d) => d.data.id === focus) : undefined;
    if (node) {
      // zoomTreeBounds scales to 0.9 / (bounds / viewport): bounds of 0.9 × the viewport give zoom 1.
      const cx = node.x;
      const cy = node.y + NODE.height / 2;
      const [hw, hh] = [(0.9 * size.width) / 2, (0.9 * size.height) / 2];
      chart.zoomTreeBounds({ x0: cx - hw, x1: cx + hw, y0: cy - hh, y1: cy + hh, params: { animate: false, scale: true } });
    } else chart.fit({ animate: false });
    // Its transitions (duration 0) still apply their final attributes on the next d3 timer tick.
    readyAfterFrames(state, 2);
  })
  .catch((error: unknown) => fail(state, error));
