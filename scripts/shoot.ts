// Dev helper: screenshots of the running app (npm run dev or preview) for a quick look.
// Usage: tsx scripts/shoot.ts http://127.0.0.1:5173 out-prefix "/?v=2024" "/?vue=comparer" ...
import { launchBrowser } from "../tests/browser/chromium.ts";

const [base = "http://127.0.0.1:5173", prefix = "/tmp/shot", ...paths] = process.argv.slice(2);
const browser = await launchBrowser();
try {
  for (const [i, entry] of (paths.length ? paths : ["/"]).entries()) {
    const [path, width = "1280", height = "800", scheme = "light"] = entry.split("|");
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme as "light" | "dark" });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
    page.on("pageerror", (e) => console.log("pageerror:", e.message));
    await page.goto(base + path);
    await page.waitForTimeout(1200);
    const file = `${prefix}-${i}.png`;
    await page.screenshot({ path: file });
    console.log(file, path);
    await context.close();
  }
} finally {
  await browser.close();
}
