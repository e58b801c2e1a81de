// What « Ajuster » shows on a large synthetic organisation: screenshots and the share of the
// chart the fitted tree covers. Needs a served dist/ with bench-data (after `npm run bench`).
//   npx tsx bench/fittedShape.ts http://127.0.0.1:4303 /tmp/shape 10000 100000
import { launchBrowser } from "../tests/browser/chromium.ts";
import { screenProbe, VIEWPORT } from "./measure.ts";
import { waitForBench } from "./pageWait.ts";

const [base = "http://127.0.0.1:4303", prefix = "/tmp/shape", ...sizes] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  for (const size of sizes.length ? sizes : ["10000", "100000"]) {
    for (const [width, height, scheme] of [[VIEWPORT.width, VIEWPORT.height, "light"], [VIEWPORT.width, VIEWPORT.height, "dark"], [390, 844, "light"]] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      page.on("pageerror", (e) => console.log("pageerror:", e.message));
      await page.goto(`${base}/?dataset=synthetic-${size}`);
      await waitForBench(page, 60_000);
      await page.getByRole("button", { name: /Ajuster/ }).first().click();
      await page.waitForTimeout(1500);
      const probe = await screenProbe(page, "ours");
      const file = `${prefix}-${size}-${width}-${scheme}.png`;
      await page.screenshot({ path: file });
      console.log(`${size} ${width}×${height} ${scheme}: fitted tree covers ${((probe.coverage ?? 0) * 100).toFixed(0)} % of the chart → ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
