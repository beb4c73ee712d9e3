// Issue 13 points 2 and 4 in a real browser on a phone: the prediction typed the Vietnamese way
// ("1.500") is saved as 1500 once, when the field is left, and "Đã lưu" means the database holds
// it; "1,5" is refused and changes nothing; the result page of an AFTER_CLOSE round that is still
// open shows the score and the prediction but no per-question list.
import Database from "better-sqlite3";
import type { BrowserContext, Page, Request } from "playwright-core";
import { BASE, PHONE, horizontalOverflow, hydrated, openBrowser, seriousA11yViolations } from "./browser";

let browser: BrowserContext;
let page: Page;
let attemptId: string;
const predictionPosts: Request[] = [];
const serial = String(Date.now()).slice(-6);
const cccd = `037195${serial}`; // digit 4 = 1: female born 1900–1999; digits 5–6: born 1995
const phone = `097${serial}2`;

function readAttempt(id: string) {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return db
      .prepare(`SELECT a.prediction, a.status, r."answerReview", r."closesAt" FROM "Attempt" a JOIN "Round" r ON r.id = a."roundId" WHERE a.id = ?`)
      .get(id) as { prediction: number | null; status: string; answerReview: string; closesAt: string | number };
  } finally {
    db.close();
  }
}

const predictionStatus = () => page.locator("#prediction-status");

beforeAll(async () => {
  browser = await openBrowser(PHONE);
  page = await browser.newPage();
  page.on("request", (r) => {
    if (r.method() === "POST" && /\/api\/attempts\/[^/]+\/prediction$/.test(r.url())) predictionPosts.push(r);
  });
});
afterAll(async () => browser?.close());

test("a newcomer registers and starts an attempt", async () => {
  await page.goto(`${BASE}/dang-ky`);
  await hydrated(page);
  await page.getByLabel("Họ và tên").fill("Trần Thị Dự Đoán");
  await page.getByLabel("Ngày sinh").fill("15/08/1995");
  await page.getByLabel("Nữ", { exact: true }).check();
  await page.getByLabel("Số căn cước công dân (CCCD)").fill(cccd);
  await page.getByLabel("Số điện thoại di động").fill(phone);
  await page.getByLabel("Người dân", { exact: true }).check();
  await page.getByLabel("Huyện/thành phố").selectOption({ index: 1 });
  const ward = page.getByLabel("Xã/phường/thị trấn");
  if ((await ward.evaluate((el) => el.tagName)) === "SELECT") await ward.selectOption({ index: 1 });
  else await ward.fill("Phường Đông Thành");
  await page.getByLabel(/^Mật khẩu/).fill("matkhau2026");
  await page.getByLabel("Nhập lại mật khẩu").fill("matkhau2026");
  await page.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ }).check();
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await page.waitForURL(/\/ca-nhan/, { timeout: 30_000 });

  await page.goto(`${BASE}/thi`);
  await hydrated(page);
  await page.getByRole("button", { name: /Bắt đầu làm bài|Tiếp tục làm bài/ }).click();
  await page.waitForURL(/\/thi\/[^/]+$/, { timeout: 30_000 });
  attemptId = page.url().split("/").pop()!;
  await hydrated(page);
  // Two answers, so a per-question list would have something to leak on the result page.
  await page.locator('input[type="radio"]').first().check();
  await page.getByText("Đã lưu").first().waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Câu tiếp" }).click();
  await page.locator('input[type="radio"]').nth(1).check();
  await page.getByText("Đã lưu").first().waitFor({ timeout: 15_000 });
});

test('"1.500" typed key by key is sent once, on leaving the field, and the database holds 1500', async () => {
  await page.getByRole("button", { name: "Câu hỏi dự đoán, chưa trả lời" }).click();
  const input = page.locator("#prediction");
  expect(await input.getAttribute("type")).toBe("text");
  expect(await input.getAttribute("inputmode")).toBe("numeric");
  await input.click();
  for (const key of ["1", ".", "5", "0", "0"]) {
    await page.keyboard.type(key);
    await page.waitForTimeout(150);
    expect(predictionPosts).toHaveLength(0);
  }
  expect(await input.inputValue()).toBe("1.500");
  await page.getByText("Bạn nhập: 1.500").waitFor();
  await page.keyboard.press("Tab"); // leave the field
  await predictionStatus()
    .filter({ hasText: /^Đã lưu$/ })
    .waitFor({ timeout: 15_000 });
  expect(await page.getByText("Bạn nhập: 1.500").isVisible()).toBe(true);
  expect(predictionPosts).toHaveLength(1);
  expect(predictionPosts[0].postDataJSON()).toEqual({ prediction: 1500 });
  expect(readAttempt(attemptId).prediction).toBe(1500);
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('"1,5" shows why it is refused, sends nothing, and the database keeps 1500', async () => {
  const input = page.locator("#prediction");
  await input.fill("");
  await input.pressSequentially("1,5", { delay: 50 });
  await page.getByText(/Dấu phẩy dùng cho số thập phân/).waitFor();
  expect(await input.getAttribute("aria-invalid")).toBe("true");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.waitForTimeout(1_000);
  expect(predictionPosts).toHaveLength(1);
  expect(await predictionStatus().textContent()).not.toMatch(/^Đã lưu$/);
  expect(await predictionStatus().textContent()).toContain("Câu trả lời dự đoán đã lưu: 1.500");
  expect(readAttempt(attemptId).prediction).toBe(1500);
});

test("the submit dialog names the saved prediction; the result page shows 1.500 and no per-question list while the AFTER_CLOSE round is open", async () => {
  const round = readAttempt(attemptId);
  expect(round.answerReview).toBe("AFTER_CLOSE");
  expect(new Date(round.closesAt).getTime()).toBeGreaterThan(Date.now());

  await page.getByRole("button", { name: "Nộp bài", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(/không hợp lệ nên sẽ không được lưu/).waitFor();
  expect(await dialog.getByText(/Câu trả lời dự đoán đã lưu: 1\.500\./).isVisible()).toBe(true);
  await dialog.getByRole("button", { name: "Xác nhận nộp bài" }).click();
  await page.waitForURL(/\/ket-qua$/, { timeout: 30_000 });
  await hydrated(page);

  expect(predictionPosts).toHaveLength(1);
  expect(readAttempt(attemptId)).toMatchObject({ status: "SUBMITTED", prediction: 1500 });
  const body = (await page.textContent("body")) ?? "";
  expect(body).toContain("Câu trả lời dự đoán: 1.500");
  expect(body).toMatch(/\d+\/20/);
  expect(body).not.toContain("Trả lời sai");
  expect(body).not.toContain("Chưa trả lời");
  expect(body).not.toContain("Các câu chưa đúng");
  expect(body).toContain("sẽ được công bố sau khi đợt thi kết thúc");
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
