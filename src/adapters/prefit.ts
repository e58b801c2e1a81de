// Runs inline, right after the build's prerendered page (scripts/prefitPlugin.ts), before the
// first paint and long before the application's code: it places the prerendered cards where the
// application's first view will put them (the same firstView), and shows them. The chart is then
// on screen with the HTML and the stylesheet alone; hydration takes over without moving a card.
// A failure leaves the cards hidden, as they would be without this script, until the app fits.
import { firstView, type Levels } from "../layout/initialViewport.ts";

// In the first frame's animation callbacks, not while the page is parsed: measuring the pane then
// forces the layout this frame would do anyway, instead of one more of the whole page before the
// fonts are in (the first paint came ~50 ms later that way on the bench machine).
const place = (svg: SVGSVGElement, group: Element) => {
  // The application may have fitted the chart first (a background tab gets its frame late).
  if (!svg.hasAttribute("data-prefit")) return;
  try {
    const { levels, fontSize } = JSON.parse(svg.getAttribute("data-prefit") ?? "") as { levels: Levels; fontSize: number };
    // The same size the chart measures (ChartPane: clientWidth || 800).
    const v = firstView(levels, { width: svg.clientWidth || 800, height: svg.clientHeight || 600 }, fontSize);
    group.setAttribute("transform", `translate(${v.x},${v.y}) scale(${v.k})`);
    svg.removeAttribute("data-prefit");
  } catch {
    // Left hidden: the application fits the chart when it starts.
  }
};

const svg = document.querySelector<SVGSVGElement>("svg.chart__svg[data-prefit]");
const group = svg?.querySelector(".chart__viewport");
if (svg && group) requestAnimationFrame(() => place(svg, group));
