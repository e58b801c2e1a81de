// d3-org-chart on the synthetic organisation: flat array with id/parentId, every node
// expanded (its default shows one level), no transitions, fitted like our chart.
import { OrgChart } from "d3-org-chart";
import { fail, loadUnits, readyAfterFrames, startBench } from "./common.ts";

interface Row {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  _expanded: boolean;
}

const state = startBench();
loadUnits()
  .then((units) => {
    state.units = units.length;
    const rows: Row[] = units.map((u) => ({ id: u.id, parentId: u.parent, name: u.name, code: u.code ?? "", _expanded: true }));
    const container = document.getElementById("chart") as HTMLElement;
    new OrgChart<Row>()
      .container(container)
      .data(rows)
      .svgHeight(window.innerHeight)
      .nodeWidth(() => 220)
      .nodeHeight(() => 90)
      .duration(0)
      .nodeContent(
        ({ data, width, height }) =>
          `<div style="width:${width}px;height:${height}px;box-sizing:border-box;padding:8px;border:1px solid #000091;border-radius:8px;background:#fff;font-size:12px"><div style="font-size:10px;color:#666">${data.code}</div><div>${data.name}</div></div>`,
      )
      .render()
      .fit({ animate: false });
    // Its transitions (duration 0) still apply their final attributes on the next d3 timer tick.
    readyAfterFrames(state, 2);
  })
  .catch((error: unknown) => fail(state, error));
