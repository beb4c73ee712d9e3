// The public pages at phone and desktop width: they render, fit the screen and pass axe-core.
import type { BrowserContext } from "playwright-core";
import { BASE, DESKTOP, PHONE, horizontalOverflow, openBrowser, seriousA11yViolations } from "./browser";

const PAGES = [
  "/",
  "/the-le",
  "/tai-lieu",
  "/ket-qua",
  "/thong-ke",
  "/dang-ky",
  "/dang-nhap",
  "/cuoc-thi",
  // An earlier contest keeps its results (with the certificate lookup) and its own sign-in.
  "/cuoc-thi/chuyen-doi-so-2023/ket-qua",
  "/cuoc-thi/chuyen-doi-so-2023/dang-nhap",
  "/chung-nhan",
  "/quan-tri/dang-nhap",
];

describe.each([
  ["360 px", PHONE],
  ["1280 px", DESKTOP],
])("public pages at %s", (_label, viewport) => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await openBrowser(viewport);
  });
  afterAll(async () => browser?.close());

  test.each(PAGES)("%s renders without errors, fits the screen and has no serious a11y violations", async (path) => {
    const page = await browser.newPage();
    const res = await page.goto(`${BASE}${path}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator("h1").first().isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});

test("a study document opens from /tai-lieu on a phone: the seeded PDF, served inline", async () => {
  const browser = await openBrowser(PHONE);
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/tai-lieu`);
    const open = page.getByRole("link", { name: /^Mở/ }).first();
    expect(await open.isVisible()).toBe(true);
    const box = await open.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    const href = await open.getAttribute("href");
    expect(href).toMatch(/^\/tai-lieu\/[^/]+$/);
    const res = await page.request.get(`${BASE}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toMatch(/^inline/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    // Its own policy, not the pages' object-src 'none' (under which Chrome's PDF viewer shows nothing).
    expect(res.headers()["content-security-policy"]).toBe(
      "default-src 'none'; object-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    expect((await res.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  } finally {
    await browser.close();
  }
});
