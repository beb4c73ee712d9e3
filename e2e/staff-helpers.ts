// Helpers of the staff browser journeys: signing in as a demo staff account, the per-page checks
// (axe-core, and what sticks out of a 360 px screen), reading the e2e database read-only (rows,
// the winners' personal data that must stay private) and recognising downloaded files.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { BASE, horizontalOverflow, hydrated, seriousA11yViolations } from "./browser";

const STAFF_PASSWORD = process.env.DEMO_STAFF_PASSWORD ?? "E2e-mat-khau-2026";

/**
 * axe-core finds no serious or critical violation and nothing makes the page scroll sideways.
 * A failure names the page and the elements that stick out.
 */
export async function checkPage(page: Page): Promise<void> {
  const where = new URL(page.url()).pathname;
  // Right after router.refresh() the streamed metadata can briefly leave the document without its
  // <title>: let it settle (axe still reports a title that never comes).
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  expect({ page: where, a11y: await seriousA11yViolations(page) }).toEqual({ page: where, a11y: [] });
  expect({ page: where, overflow: await overflowCulprits(page) }).toEqual({ page: where, overflow: [] });
}

/**
 * What makes the page wider than the screen: the outermost elements past the right edge that no
 * scroll box clips (an absolutely positioned element escapes a scroll box that is not its
 * containing block, e.g. an sr-only span in a scrolling table). Empty when the page fits.
 */
async function overflowCulprits(page: Page): Promise<string[]> {
  if ((await horizontalOverflow(page)) <= 0) return [];
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [`the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const right = el.getBoundingClientRect().right;
      if (right <= width + 1) continue;
      let clip: HTMLElement | null = el.parentElement;
      while (clip && getComputedStyle(clip).overflowX === "visible") clip = clip.parentElement;
      const absolute = getComputedStyle(el).position === "absolute";
      const escapes = clip ? absolute && !clip.contains(el.offsetParent) : (el.parentElement?.getBoundingClientRect().right ?? 0) <= width + 1;
      if (escapes)
        found.push(
          `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}"> ends at ${Math.round(right)}px: ${(el.textContent ?? "").trim().slice(0, 50)}`,
        );
    }
    return found.slice(0, 6);
  });
}

/** Signs in through /quan-tri/dang-nhap and waits until the staff area has opened. */
export async function signInStaff(page: Page, username: string): Promise<void> {
  await page.goto(`${BASE}/quan-tri/dang-nhap`);
  await hydrated(page);
  await submitStaffSignIn(page, username);
}

/** Fills and sends the staff sign-in form already on screen; waits to leave the sign-in page. */
export async function submitStaffSignIn(page: Page, username: string): Promise<void> {
  await page.getByLabel(/^Tên đăng nhập/).fill(username);
  await page.getByLabel(/^Mật khẩu/).fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/quan-tri") && !url.pathname.startsWith("/quan-tri/dang-nhap"), { timeout: 30_000 });
  await hydrated(page);
}

/** One row of the e2e database, opened read-only so the server keeps writing undisturbed. */
export function dbRow<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/** The first bytes of a file as text: "%PDF" for a PDF, "PK" for an .xlsx (a zip). */
export function magic(path: string, length: number): string {
  return readFileSync(path).subarray(0, length).toString("latin1");
}

/** A wait that ends as soon as any of the conditions holds; says which one (its index). */
export async function firstOf(...waits: Promise<unknown>[]): Promise<number> {
  return Promise.race(waits.map((w, i) => w.then(() => i)));
}

/** The full CCCD and phone numbers of a round's prize winners (what must never be public). */
export function winnersPersonalData(roundId: string): string[] {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    db.pragma("busy_timeout = 5000");
    const rows = db
      .prepare(`SELECT p.cccd AS cccd, p.phone AS phone FROM "Award" a JOIN "Participant" p ON p.id = a."participantId" WHERE a."roundId" = ?`)
      .all(roundId) as { cccd: string; phone: string }[];
    return rows.flatMap((r) => [r.cccd, r.phone]);
  } finally {
    db.close();
  }
}

/** Which of `secrets` occur in `html` (expected: none). Fails loudly when there is nothing to look for. */
export function leaks(html: string, secrets: string[]): string[] {
  expect(secrets.length).toBeGreaterThan(0);
  return secrets.filter((s) => html.includes(s));
}
