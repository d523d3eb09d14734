import { expect, test } from "@playwright/test";
import { CONCEPT_SLUGS } from "./helpers";

const ROUTES = ["/", "/concepts", ...CONCEPT_SLUGS.map((s) => `/concepts/${s}`), "/selector", "/exam", "/review", "/progress", "/no-such-page"];

test("no request ever leaves the origin, and no page breaks its Content-Security-Policy", async ({ page, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin && !["data:", "blob:"].includes(url.protocol)) foreign.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const route of ROUTES) {
    const response = await page.goto(route);
    const headers = response!.headers();
    expect(headers["content-security-policy"], route).toMatch(/script-src 'self' 'sha256-/);
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", /default-src 'self'/);
    await page.waitForLoadState("networkidle");
  }
  // Interactive paths too: the exam fetches the bank, the selector runs the advisor.
  await page.goto("/exam");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await page.goto("/selector");
  await page.getByRole("button", { name: /^Start/ }).click();
  await page.keyboard.press("1");
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test("SEO basics: title, description, canonical and Open Graph on every page; sitemap, robots and manifest", async ({ page, request }) => {
  for (const route of ROUTES.slice(0, -1)) {
    await page.goto(route);
    await expect(page).toHaveTitle(/Customization Coach/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${route === "/" ? "/?" : route}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
  }
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const slug of CONCEPT_SLUGS) expect(sitemap).toContain(`/concepts/${slug}</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ short_name: "Customization Coach", start_url: "/" });
  expect((await request.get("/icon.svg")).status()).toBe(200);
});
