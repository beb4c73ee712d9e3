// A newcomer on a phone: registers, is signed in, takes an attempt, reloads mid-attempt and finds
// it as it was, submits and sees the result; a second attempt is submitted by the countdown.
// Every page visited is checked with axe-core.
import Database from "better-sqlite3";
import type { BrowserContext, Page } from "playwright-core";
import { BASE, DESKTOP, PHONE, horizontalOverflow, hydrated, openBrowser, seriousA11yViolations } from "./browser";

let browser: BrowserContext;
let page: Page;
const serial = String(Date.now()).slice(-6);
const cccd = `037195${serial}`; // century/gender digit 1 = female born 1900–1999, year 95
const phone = `098${serial}1`;

function pinLongestQuestionFirst(attemptId: string) {
  const db = new Database(process.env.E2E_DB_FILE!);
  db.pragma("busy_timeout = 5000");
  const version = db
    .prepare(
      `SELECT qv.id, qv.options FROM "QuestionVersion" qv
       WHERE qv.options LIKE '%http://%'
         AND qv.id NOT IN (SELECT "questionVersionId" FROM "AttemptItem" WHERE "attemptId" = ?)
       ORDER BY length(qv.options) DESC LIMIT 1`,
    )
    .get(attemptId) as { id: string; options: string };
  expect(version).toBeDefined();
  const order = (JSON.parse(version.options) as string[]).map((_, i) => i).join(",");
  db.prepare(
    `UPDATE "AttemptItem" SET "questionVersionId" = ?, "optionOrder" = ?, "chosenIndex" = NULL, "savedAt" = NULL WHERE "attemptId" = ? AND position = 0`,
  ).run(version.id, order, attemptId);
  db.close();
}

async function checkPage(p: Page) {
  expect(await seriousA11yViolations(p)).toEqual([]);
  expect(await horizontalOverflow(p)).toBeLessThanOrEqual(0);
}

describe.each([
  ["360 px", PHONE, "0"],
  ["1280 px", DESKTOP, "1"],
])("participant journey at %s", (_label, viewport, suffix) => {
  const myCccd = cccd.slice(0, 11) + suffix;
  const myPhone = phone.slice(0, 9) + suffix;

  beforeAll(async () => {
    browser = await openBrowser(viewport);
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  test("registers and lands signed in on /ca-nhan", async () => {
    await page.goto(`${BASE}/dang-ky`);
    await hydrated(page);
    await checkPage(page);
    await page.getByLabel("Họ và tên").fill("Nguyễn Thị Ánh Tuyết");
    await page.getByLabel("Ngày sinh").fill("15/08/1995");
    await page.getByLabel("Nữ", { exact: true }).check();
    await page.getByLabel("Số căn cước công dân (CCCD)").fill(myCccd);
    await page.getByLabel("Số điện thoại di động").fill(myPhone);
    await page.getByLabel("Người dân", { exact: true }).check();
    const district = page.getByLabel("Huyện/thành phố");
    await district.selectOption({ index: 1 });
    const ward = page.getByLabel("Xã/phường/thị trấn");
    if ((await ward.evaluate((el) => el.tagName)) === "SELECT") await ward.selectOption({ index: 1 });
    else await ward.fill("Phường Đông Thành");
    await page.getByLabel(/^Mật khẩu/).fill("matkhau2026");
    await page.getByLabel("Nhập lại mật khẩu").fill("matkhau2026");
    await page.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ }).check();
    await page.getByRole("button", { name: "Đăng ký" }).click();
    await page.waitForURL(/\/ca-nhan/, { timeout: 30_000 });
    expect(await page.getByText("Nguyễn Thị Ánh Tuyết").first().isVisible()).toBe(true);
    await checkPage(page);
    // The prerendered registration page now offers the way to their page instead of the form.
    await page.goto(`${BASE}/dang-ky`);
    await page.getByText("Bạn đã đăng ký và đang đăng nhập.").waitFor({ timeout: 10_000 });
    expect(await page.getByRole("button", { name: "Đăng ký" }).count()).toBe(0);
  });

  test("starts an attempt, answers, reloads and resumes, submits, sees the result", async () => {
    await page.goto(`${BASE}/thi`);
    await hydrated(page);
    await checkPage(page);
    await page.getByRole("button", { name: /Bắt đầu làm bài|Tiếp tục làm bài/ }).click();
    await page.waitForURL(/\/thi\/[^/]+$/, { timeout: 30_000 });
    // The draw is random; put the bank's question with the longest unbroken strings (web addresses
    // as options) first, so a phone screen is always checked against it, here and on the result page.
    pinLongestQuestionFirst(page.url().split("/").pop()!);
    await page.reload();
    await hydrated(page);
    await checkPage(page);
    // bench:pages leaves Next's `noModule` polyfills out of the attempt page's first-load JS: a
    // browser with ES modules never fetches them. Hold the bench to that.
    const scripts = await page.evaluate(() => ({
      noModule: [...document.querySelectorAll<HTMLScriptElement>("script[nomodule]")].map((el) => el.src),
      fetched: performance.getEntriesByType("resource").map((e) => e.name),
    }));
    expect(scripts.noModule.length).toBeGreaterThan(0);
    for (const src of scripts.noModule) expect(scripts.fetched).not.toContain(src);

    // Answer question 1 and 2; each choice is saved at once.
    await page.locator('input[type="radio"]').first().check();
    await page.getByText("Đã lưu").first().waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Câu tiếp" }).click();
    await page.locator('input[type="radio"]').nth(2).check();
    await page.getByText("Đã lưu").first().waitFor({ timeout: 15_000 });
    const url = page.url();

    // A reload resumes the same attempt with both choices.
    await page.reload();
    await hydrated(page);
    expect(page.url()).toBe(url);
    expect(await page.getByRole("button", { name: "Câu 1, đã trả lời" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Câu 2, đã trả lời" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Câu 3, chưa trả lời" }).count()).toBe(1);

    await page.getByRole("button", { name: "Nộp bài", exact: true }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByText(/còn/).first().isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Xác nhận nộp bài" }).click();
    await page.waitForURL(/\/ket-qua$/, { timeout: 30_000 });
    await hydrated(page);
    expect(
      await page
        .getByText(/\/\s*20/)
        .first()
        .isVisible(),
    ).toBe(true);
    await checkPage(page);
  });

  test("the countdown submits the attempt by itself at the deadline", async () => {
    await page.goto(`${BASE}/thi`);
    await hydrated(page);
    await page.getByRole("button", { name: /Bắt đầu làm bài|Tiếp tục làm bài/ }).click();
    await page.waitForURL(/\/thi\/[^/]+$/, { timeout: 30_000 });
    const attemptId = page.url().split("/").pop()!;
    // Bring the deadline to 6 seconds from now, as if the 20 minutes had nearly run out.
    const db = new Database(process.env.E2E_DB_FILE!);
    db.pragma("busy_timeout = 5000");
    db.prepare(`UPDATE "Attempt" SET deadline = ? WHERE id = ?`).run(new Date(Date.now() + 6000).toISOString().replace("Z", "+00:00"), attemptId);
    db.close();
    await page.reload();
    await hydrated(page);
    await page.locator('input[type="radio"]').first().check();
    await page.waitForURL(/\/ket-qua$/, { timeout: 30_000 });
    const check = new Database(process.env.E2E_DB_FILE!, { readonly: true });
    const row = check.prepare(`SELECT status, "submitSource" FROM "Attempt" WHERE id = ?`).get(attemptId) as { status: string; submitSource: string };
    check.close();
    expect(row.status).toBe("SUBMITTED");
    expect(["AUTO", "LAZY_CLOSE"]).toContain(row.submitSource);
  });
});
