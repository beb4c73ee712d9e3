// The staff side in a real browser, at 1280 px: the editor saves a new version of a question and
// imports an Aiken file; the jury computes the 2023 contest's last round (an ADMIN forces it, since
// the server's clock is past the award month), reviews, approves and publishes it; the public sees
// the masked winners; the secretariat records the decision, issues numbers and downloads the PDF
// and the mail-merge .xlsx; anyone verifies a certificate. Then the sign-in and staff lists at
// 360 px. Every page visited is checked with axe-core. The tests run in order and share state.
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { BASE, DESKTOP, PHONE, hydrated, openBrowser } from "./browser";
import { decodePdfQrCodes } from "../__tests__/integration/certificates/pdf-helpers";
import { checkPage, dbRow, firstOf, leaks, magic, signInStaff, submitStaffSignIn, winnersPersonalData } from "./staff-helpers";

const serial = String(Date.now()).slice(-6);
const CONTEST_2023 = "chuyen-doi-so-2023";

const contexts: BrowserContext[] = [];
// Shared by the tests, which run in order: the round under review and its first certificate.
let roundId = "";
let firstWinner = "";
let certificate = { number: "", holder: "", tier: "", code: "" };
// What the QR codes printed on the round's certificates PDF say.
let qrTexts: string[] = [];
async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await openBrowser(viewport);
  contexts.push(context);
  const page = await context.newPage();
  // The jury's approve/publish buttons ask window.confirm: the person says yes.
  page.on("dialog", (d) => void d.accept());
  return page;
}

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

describe("staff journeys at 1280 px", () => {
  let editor: Page;
  let jury: Page;

  describe("editor (bientap)", () => {
    const original = "Ai là người ban hành Quyết định số 749/QĐ-TTg ngày 03/6/2020?";
    const edited = `Người nào đã ký ban hành Quyết định số 749/QĐ-TTg (bản sửa ${serial})?`;

    beforeAll(async () => {
      editor = await newPage();
    });

    test("signs in and reaches the staff dashboard", async () => {
      await editor.goto(`${BASE}/quan-tri/dang-nhap`);
      await hydrated(editor);
      await checkPage(editor);
      await signInStaff(editor, "bientap");
      expect(new URL(editor.url()).pathname).toBe("/quan-tri");
      expect(await editor.getByText("Biên tập viên Ban đề thi (bientap)").isVisible()).toBe(true);
      await checkPage(editor);
    });

    test("searches the bank without diacritics, opens a question and saves a new version", async () => {
      await editor.goto(`${BASE}/quan-tri/cau-hoi`);
      await hydrated(editor);
      await checkPage(editor);
      await editor.getByLabel("Tìm trong nội dung").fill("ai la nguoi ban hanh quyet dinh so 749");
      await editor.getByRole("button", { name: "Lọc" }).click();
      await editor.waitForURL(/[?&]q=/);
      await hydrated(editor);
      const found = editor.getByRole("link", { name: original });
      expect(await found.count()).toBe(1);
      expect(await editor.getByRole("row").filter({ has: found }).getByText("v1").isVisible()).toBe(true);
      await checkPage(editor);

      await found.click();
      await editor.waitForURL(/\/quan-tri\/cau-hoi\/[^/?]+$/);
      await hydrated(editor);
      expect(await editor.getByRole("heading", { level: 1, name: "Câu hỏi · phiên bản 1" }).isVisible()).toBe(true);
      await checkPage(editor);

      await editor.getByLabel(/^Nội dung câu hỏi/).fill(edited);
      await editor.getByRole("button", { name: "Lưu phiên bản mới" }).click();
      // A near-duplicate in the bank makes the editor confirm once; otherwise it is saved at once.
      const confirm = editor.getByRole("checkbox", { name: /Tôi đã xem các câu trên/ });
      const which = await firstOf(editor.waitForURL(/daLuu=/, { timeout: 30_000 }), confirm.waitFor({ timeout: 30_000 }));
      if (which === 1) {
        await confirm.check();
        await editor.getByRole("button", { name: "Lưu phiên bản mới" }).click();
        await editor.waitForURL(/daLuu=/, { timeout: 30_000 });
      }
      expect(new URL(editor.url()).searchParams.get("daLuu")).toBe("phien-ban");
      await editor.getByRole("heading", { level: 1, name: "Câu hỏi · phiên bản 2" }).waitFor();
      await hydrated(editor);
      expect(await editor.getByText("Đã lưu câu hỏi: phiên bản 2.").isVisible()).toBe(true);
      expect(await editor.getByLabel(/^Nội dung câu hỏi/).inputValue()).toBe(edited);
      // Both versions stay in the history; the first keeps its text for the attempts that used it.
      const history = editor.getByRole("region", { name: "Lịch sử phiên bản" });
      expect(await history.getByText(/^Phiên bản \d$/).allTextContents()).toEqual(["Phiên bản 2", "Phiên bản 1"]);
      await checkPage(editor);

      // The list shows the new text at version 2; the old text is no longer found.
      await editor.goto(`${BASE}/quan-tri/cau-hoi?q=${encodeURIComponent(`ban sua ${serial}`)}`);
      await hydrated(editor);
      const row = editor.getByRole("row").filter({ has: editor.getByRole("link", { name: edited }) });
      expect(await row.count()).toBe(1);
      expect(await row.getByText("v2").isVisible()).toBe(true);
      await editor.goto(`${BASE}/quan-tri/cau-hoi?q=${encodeURIComponent("ai la nguoi ban hanh quyet dinh so 749")}`);
      expect(await editor.getByRole("link", { name: original }).count()).toBe(0);
    });

    test("imports an Aiken file: preview, then commit, then finds the questions in the bank", async () => {
      const first = `Câu nhập thử ${serial}: Cổng Dịch vụ công quốc gia có địa chỉ nào?`;
      const second = `Câu nhập thử ${serial}: Chữ ký số dùng để làm gì trong giao dịch điện tử?`;
      const aiken = [
        first,
        "A) dichvucong.gov.vn",
        "B) dichvucong.example.vn",
        "C) congdichvu.example.com",
        "ANSWER: A",
        "",
        second,
        "A. Trang trí văn bản",
        "B. Xác thực người ký và bảo đảm văn bản không bị sửa đổi",
        "C. Nén dung lượng tệp",
        "D. Tăng tốc độ đường truyền",
        "ANSWER: B",
        "",
      ].join("\n");

      await editor.goto(`${BASE}/quan-tri/cau-hoi/nhap`);
      await hydrated(editor);
      await checkPage(editor);
      await editor.getByLabel("Tệp câu hỏi").setInputFiles({ name: "cau-hoi-nhap-thu.txt", mimeType: "text/plain", buffer: Buffer.from(aiken, "utf8") });
      await editor.getByRole("button", { name: "Tải lên và xem trước" }).click();

      const preview = editor.getByRole("region", { name: /^Xem trước \(/ });
      await preview.waitFor({ timeout: 30_000 });
      expect(await preview.getByRole("heading", { name: "Xem trước (Aiken (Moodle))" }).isVisible()).toBe(true);
      expect(await preview.getByText("2 câu hợp lệ · 0 câu có lỗi · 0 câu bỏ qua").isVisible()).toBe(true);
      expect(await preview.getByText(first).isVisible()).toBe(true);
      expect(await preview.getByText("4 phương án · đáp án B").isVisible()).toBe(true);
      await checkPage(editor);
      // Nothing is written by the preview.
      expect(dbRow<{ n: number }>(`SELECT COUNT(*) AS n FROM "Question" WHERE "textSearch" LIKE ?`, `%nhap thu ${serial}%`)!.n).toBe(0);

      await preview.getByRole("button", { name: "Nhập 2 câu hỏi" }).click();
      await editor.getByText("Đã nhập 2 câu hỏi vào ngân hàng.").waitFor({ timeout: 30_000 });
      await checkPage(editor);

      await editor.getByRole("link", { name: "Xem ngân hàng câu hỏi" }).click();
      await editor.waitForURL(/\/quan-tri\/cau-hoi\?/);
      await hydrated(editor);
      await editor.getByLabel("Tìm trong nội dung").fill(`cau nhap thu ${serial}`);
      await editor.getByRole("button", { name: "Lọc" }).click();
      await editor.waitForURL(/[?&]q=/);
      await hydrated(editor);
      expect(await editor.getByRole("link", { name: first }).count()).toBe(1);
      expect(await editor.getByRole("link", { name: second }).count()).toBe(1);
      expect(await editor.getByText(/^Tổng số: 2 câu hỏi/).isVisible()).toBe(true);
      await checkPage(editor);
    });
  });

  describe("jury (giamkhao, with an ADMIN forcing the computation)", () => {
    beforeAll(async () => {
      jury = await newPage();
    });

    test("the jury opens the 2023 contest's round 4 and may not compute outside its award month", async () => {
      await signInStaff(jury, "giamkhao");
      await jury.goto(`${BASE}/quan-tri/giam-khao`);
      await hydrated(jury);
      await checkPage(jury);
      roundId = (await jury.locator('#chon-dot optgroup[label*="2023"] option').filter({ hasText: "Quý 4" }).getAttribute("value")) ?? "";
      expect(roundId).not.toBe("");
      await jury.getByLabel("Cuộc thi và đợt thi").selectOption(roundId);
      await jury.getByRole("button", { name: "Xem" }).click();
      await jury.waitForURL(new RegExp(`dot=${roundId}`));
      await hydrated(jury);
      expect(await jury.getByRole("heading", { level: 2, name: /năm 2023 – Quý 4$/ }).isVisible()).toBe(true);
      expect(await jury.getByText("Hiện không phải tháng xét giải của đợt này (12/2023)", { exact: false }).isVisible()).toBe(true);
      // Only an ADMIN is offered the force; the server refuses the jury's plain request.
      expect(await jury.getByRole("checkbox", { name: "Buộc tính kết quả" }).count()).toBe(0);
      await jury.getByRole("button", { name: "Tính kết quả" }).click();
      await jury.getByText(/Chỉ được tính kết quả trong tháng xét giải của đợt thi \(tháng 12\/2023/).waitFor({ timeout: 30_000 });
      expect(await jury.getByText("Chưa tính kết quả cho đợt thi này.").isVisible()).toBe(true);
      await checkPage(jury);
    });

    test("an ADMIN forces the computation with a reason; it is final and records the reason", async () => {
      const admin = await newPage();
      await signInStaff(admin, "admin");
      await admin.goto(`${BASE}/quan-tri/giam-khao?dot=${roundId}`);
      await hydrated(admin);
      await checkPage(admin);
      const reason = `Kiểm thử e2e ${serial}: tính lại kết quả năm 2023 sau tháng xét giải.`;
      await admin.getByRole("checkbox", { name: "Buộc tính kết quả" }).check();
      await admin.getByLabel("Lý do buộc tính").fill(reason);
      await checkPage(admin);
      await admin.getByRole("button", { name: "Tính kết quả" }).click();
      const summary = admin.getByRole("region", { name: "Lần tính gần nhất" });
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.getByText("Chính thức", { exact: true }).isVisible()).toBe(true);
      expect(await summary.getByText("Buộc tính ngoài tháng xét giải", { exact: true }).isVisible()).toBe(true);
      expect(await summary.getByText(reason).isVisible()).toBe(true);
      expect(await summary.getByText(/ bởi admin$/).isVisible()).toBe(true);
      await checkPage(admin);
    });

    test("the jury previews a regrade of a question from the ranking's page (nothing changes until an ADMIN applies it)", async () => {
      await jury.goto(`${BASE}/quan-tri/giam-khao?dot=${roundId}`);
      await hydrated(jury);
      await jury.getByRole("link", { name: "Chấm lại câu hỏi" }).click();
      await jury.waitForURL(/\/quan-tri\/giam-khao\/cham-lai/);
      await hydrated(jury);
      await checkPage(jury);
      const scores = () => dbRow<{ n: number }>(`SELECT SUM("correctCount") AS n FROM "Attempt" WHERE "roundId" = ?`, roundId)!.n;
      const before = scores();
      const form = jury.getByRole("region", { name: "Đề xuất chấm lại một câu hỏi" });
      await form.getByRole("combobox", { name: /^Câu hỏi/ }).selectOption({ index: 1 });
      await form.getByRole("radio", { name: "Bỏ câu hỏi khỏi điểm của mọi lượt thi" }).check();
      await form.getByRole("textbox", { name: /^Lý do/ }).fill(`Kiểm thử e2e ${serial}: câu hỏi có hai phương án đúng.`);
      await form.getByRole("button", { name: "Xem trước ảnh hưởng" }).click();
      await jury.getByText("Xem trước (chưa thay đổi gì)").waitFor({ timeout: 30_000 });
      expect(
        await jury
          .getByText(/lượt thi thay đổi điểm/)
          .first()
          .isVisible(),
      ).toBe(true);
      expect(scores()).toBe(before);
      await checkPage(jury);
    });

    test("the jury reviews the ranking, approves the list and publishes it", async () => {
      await jury.goto(`${BASE}/quan-tri/giam-khao?dot=${roundId}`);
      await hydrated(jury);
      const ranking = jury.getByRole("table", { name: "Bảng xếp hạng theo thứ tự xét giải" });
      const rows = ranking.locator("tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      const top = rows.first();
      expect(await top.getByRole("rowheader").textContent()).toBe("1");
      expect(await top.getByText("Giải Nhất").isVisible()).toBe(true);
      firstWinner = ((await top.locator("td").first().locator("p").first().textContent()) ?? "").trim();
      expect(firstWinner.length).toBeGreaterThan(3);
      await checkPage(jury);
      // Kiểm tra lại: the stored computation re-derived from what it stored, and today's data ranked again.
      await jury.getByRole("button", { name: "Kiểm tra lại" }).click();
      await jury.getByText("Dữ liệu hiện tại vẫn cho cùng kết quả.").waitFor({ timeout: 60_000 });
      expect(await jury.getByText("Khớp", { exact: true }).isVisible()).toBe(true);
      await checkPage(jury);

      await jury.getByRole("button", { name: "Phê duyệt danh sách đoạt giải" }).click();
      const publish = jury.getByRole("button", { name: "Công bố kết quả" });
      await publish.waitFor({ timeout: 30_000 });
      expect(await jury.getByText("Đã phê duyệt kết quả", { exact: true }).isVisible()).toBe(true);
      // Approved: no more computing or disqualifying.
      expect(await jury.getByRole("button", { name: "Tính kết quả" }).count()).toBe(0);
      await checkPage(jury);

      await publish.click();
      await jury.getByText("Đã công bố kết quả", { exact: true }).waitFor({ timeout: 30_000 });
      expect(dbRow<{ status: string }>(`SELECT status FROM "Round" WHERE id = ?`, roundId)!.status).toBe("PUBLISHED");
      await checkPage(jury);
    });

    test("the public results page shows the winners with masked CCCD and phone", async () => {
      const visitor = await newPage();
      const res = await visitor.goto(`${BASE}/ket-qua?cuoc-thi=${CONTEST_2023}`);
      expect(res?.status()).toBe(200);
      await hydrated(visitor);
      const round = visitor.getByRole("region", { name: "Quý 4" });
      expect(await round.getByRole("heading", { name: "Giải Nhất (1)" }).isVisible()).toBe(true);
      expect(await round.getByText(firstWinner, { exact: true }).first().isVisible()).toBe(true);
      const text = (await round.textContent()) ?? "";
      expect(text).toMatch(/CCCD \d{3}\*{6}\d{3}/);
      expect(text).toMatch(/ĐT \d{2}\*+\d{2}/);
      // No winner's full CCCD or phone number anywhere in the page, visible or in its data.
      expect(leaks(await visitor.content(), winnersPersonalData(roundId))).toEqual([]);
      await checkPage(visitor);
    });
  });

  describe("secretariat (thuky)", () => {
    let secretary: Page;
    beforeAll(async () => {
      secretary = await newPage();
    });

    test("opens the certificates page from a link, signs in and comes back to it", async () => {
      await secretary.goto(`${BASE}/quan-tri/chung-nhan`);
      await secretary.waitForURL(/\/quan-tri\/dang-nhap\?next=%2Fquan-tri%2Fchung-nhan$/);
      await hydrated(secretary);
      await checkPage(secretary);
      await submitStaffSignIn(secretary, "thuky");
      expect(new URL(secretary.url()).pathname).toBe("/quan-tri/chung-nhan");
      expect(await secretary.getByRole("heading", { level: 1, name: "Giấy chứng nhận và xuất kết quả" }).isVisible()).toBe(true);
      await checkPage(secretary);
    });

    test("records the award decision and issues the certificate numbers", async () => {
      const contest = secretary.getByRole("region", { name: /năm 2023$/ });
      const row = contest.getByRole("row").filter({ has: secretary.getByRole("rowheader", { name: "Quý 4" }) });
      expect(await row.getByText("Đã công bố").isVisible()).toBe(true);
      await row.getByRole("link", { name: /Cấp giấy chứng nhận/ }).click();
      await secretary.waitForURL(`${BASE}/quan-tri/chung-nhan/${roundId}`);
      await hydrated(secretary);
      expect(await secretary.getByRole("heading", { level: 1, name: "Quý 4 năm 2023" }).isVisible()).toBe(true);
      await checkPage(secretary);

      const decision = `${serial.slice(-3)}/QĐ-STTTT`;
      await secretary.getByLabel("Số quyết định").fill(decision);
      await secretary.getByLabel("Ngày quyết định").fill("2023-12-20");
      await secretary.getByRole("button", { name: "Lưu quyết định" }).click();
      await secretary.getByText("Đã lưu quyết định khen thưởng.").waitFor({ timeout: 30_000 });
      expect(dbRow<{ decisionNumber: string; decisionDate: string }>(`SELECT "decisionNumber", "decisionDate" FROM "Round" WHERE id = ?`, roundId)).toEqual({
        decisionNumber: decision,
        decisionDate: "2023-12-20",
      });

      const awards = dbRow<{ n: number }>(`SELECT COUNT(*) AS n FROM "Award" WHERE "roundId" = ?`, roundId)!.n;
      expect(awards).toBeGreaterThan(0);
      await secretary.getByRole("button", { name: "Cấp số giấy chứng nhận" }).click();
      await secretary.getByRole("button", { name: "Đã cấp đủ số giấy chứng nhận" }).waitFor({ timeout: 60_000 });
      expect(await secretary.getByText(`Đã cấp số cho ${awards} / ${awards} giải.`).isVisible()).toBe(true);
      const table = secretary.getByRole("table", { name: "Danh sách giấy chứng nhận của vòng thi" });
      await table.waitFor();
      expect(await table.locator("tbody tr").count()).toBe(awards);
      const first = table.locator("tbody tr").first();
      const cells = await first.locator("th, td").allTextContents();
      certificate = { number: cells[0].trim(), holder: cells[1].trim(), tier: cells[2].trim(), code: cells[3].trim() };
      expect(certificate.number).toMatch(/^\d+\/GCN-BTC$/);
      expect(certificate.code).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(certificate.tier).toBe("Giải Nhất");
      expect(certificate.holder).toBe(firstWinner);
      await checkPage(secretary);
    });

    test("downloads the certificates PDF (one page each) and the mail-merge .xlsx", async () => {
      const awards = await secretary.getByRole("table", { name: "Danh sách giấy chứng nhận của vòng thi" }).locator("tbody tr").count();

      const [pdf] = await Promise.all([secretary.waitForEvent("download"), secretary.getByRole("link", { name: "Giấy chứng nhận (.pdf)" }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      const pdfPath = await pdf.path();
      expect(magic(pdfPath, 5)).toBe("%PDF-");
      expect((await PDFDocument.load(readFileSync(pdfPath))).getPageCount()).toBe(awards);
      qrTexts = await decodePdfQrCodes(readFileSync(pdfPath));
      expect(qrTexts).toHaveLength(awards);

      const [xlsx] = await Promise.all([secretary.waitForEvent("download"), secretary.getByRole("link", { name: "Dữ liệu trộn thư (.xlsx)" }).click()]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      const xlsxPath = await xlsx.path();
      expect(magic(xlsxPath, 2)).toBe("PK");
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsxPath);
      const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((v) => String(v ?? "")) : [])));
      expect(cells).toContain(certificate.number);
      expect(cells).toContain(certificate.holder);

      // The same files fetched with the session: the right content types, and never cached.
      const base = `${BASE}/api/admin/certificates/rounds/${roundId}`;
      const pdfRes = await secretary.request.get(`${base}/pdf`);
      expect(pdfRes.status()).toBe(200);
      expect(pdfRes.headers()["content-type"]).toBe("application/pdf");
      expect(pdfRes.headers()["cache-control"]).toContain("no-store");
      const xlsxRes = await secretary.request.get(`${base}/mail-merge?format=xlsx`);
      expect(xlsxRes.status()).toBe(200);
      expect(xlsxRes.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      // Without a session the files are refused.
      const anonymous = await fetch(`${base}/pdf`);
      expect(anonymous.status).toBe(401);
    });
  });

  describe("public verification", () => {
    test("a certificate's QR code opens its verification page, which shows the holder and prize with the CCCD masked", async () => {
      // The address comes from PUBLIC_URL (e2e/run.mjs): the printed code leads to this very site.
      const printed = qrTexts.find((t) => t.endsWith(`/chung-nhan/${certificate.code}`));
      expect(printed).toBe(`${BASE}/chung-nhan/${certificate.code}`);
      const visitor = await newPage();
      const res = await visitor.goto(printed!);
      expect(res?.status()).toBe(200);
      await hydrated(visitor);
      expect(await visitor.getByRole("heading", { name: "Giấy chứng nhận hợp lệ" }).isVisible()).toBe(true);
      const details = visitor.locator("dl");
      expect(await details.getByText(certificate.holder, { exact: true }).isVisible()).toBe(true);
      expect(await details.getByText(certificate.tier, { exact: true }).isVisible()).toBe(true);
      expect(await details.getByText(certificate.number, { exact: true }).isVisible()).toBe(true);
      expect(await details.getByText("Quý 4 năm 2023").isVisible()).toBe(true);
      expect(await details.getByText(/^\d{3}\*{6}\d{3}$/).isVisible()).toBe(true);
      expect(leaks(await visitor.content(), winnersPersonalData(roundId))).toEqual([]);
      await checkPage(visitor);
    });

    test("the code typed into the 2023 contest's certificate lookup, on a phone, opens the same verification", async () => {
      const visitor = await newPage(PHONE);
      await visitor.goto(`${BASE}/cuoc-thi/${CONTEST_2023}/ket-qua`);
      await hydrated(visitor);
      await visitor.getByLabel("Mã xác minh").fill(` ${certificate.code} `);
      await visitor.getByRole("button", { name: "Tra cứu" }).click();
      await visitor.waitForURL(`${BASE}/chung-nhan/${certificate.code}`);
      expect(await visitor.getByRole("heading", { name: "Giấy chứng nhận hợp lệ" }).isVisible()).toBe(true);
      expect(await visitor.locator("dl").getByText(certificate.number, { exact: true }).isVisible()).toBe(true);
    });

    test.each([
      ["an unknown code of the right shape", "AbCdEfGh12345678"],
      ["a malformed code", "khong-co"],
    ])("%s shows the not-found message with status 404", async (_label, code) => {
      const visitor = await newPage();
      const res = await visitor.goto(`${BASE}/chung-nhan/${code}`);
      expect(res?.status()).toBe(404);
      await hydrated(visitor);
      expect(await visitor.getByRole("heading", { name: "Không tìm thấy giấy chứng nhận" }).isVisible()).toBe(true);
      await checkPage(visitor);
    });
  });
});

describe("staff pages at 360 px", () => {
  // One signed-in phone per account, opened on first use.
  const phones = new Map<string, Page>();
  async function phoneOf(username: string): Promise<Page> {
    if (!phones.has(username)) {
      const page = await newPage(PHONE);
      await signInStaff(page, username);
      phones.set(username, page);
    }
    return phones.get(username)!;
  }

  test("the sign-in page fits the screen", async () => {
    const page = await newPage(PHONE);
    await page.goto(`${BASE}/quan-tri/dang-nhap`);
    await hydrated(page);
    await checkPage(page);
  });

  test("the editor opens the folded menu and reaches the question bank, which fits the screen", async () => {
    const page = await phoneOf("bientap");
    await checkPage(page);
    const menu = page.getByRole("button", { name: "Menu quản trị" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.getByRole("navigation", { name: "Khu vực quản trị" }).getByRole("link", { name: "Ngân hàng câu hỏi" }).click();
    await page.waitForURL(/\/quan-tri\/cau-hoi$/);
    await hydrated(page);
    expect(await page.getByRole("table", { name: "Danh sách câu hỏi" }).isVisible()).toBe(true);
    await checkPage(page);
  });

  test("an ADMIN adds a study document on a phone; the public documents page lists it at once", async () => {
    const contest = dbRow<{ id: string }>(`SELECT id FROM "Contest" WHERE "isFeatured" = 1 LIMIT 1`)!;
    const page = await phoneOf("admin");
    await page.goto(`${BASE}/quan-tri/cuoc-thi/${contest.id}`);
    await hydrated(page);
    await checkPage(page);
    const code = `${serial}/KH-E2E`;
    const title = `Kế hoạch kiểm thử trên điện thoại ${serial} về chuyển đổi số cấp xã`;
    const add = page.locator("form").filter({ has: page.getByRole("button", { name: "Thêm văn bản" }) });
    await add.getByLabel("Số, ký hiệu").fill(code);
    await add.getByLabel("Ngày ban hành").fill("31/02/2024");
    await add.getByLabel("Tên văn bản (trích yếu)").fill(title);
    await add.getByRole("button", { name: "Thêm văn bản" }).click();
    // An impossible date is refused in Vietnamese and what was typed stays.
    await add.getByText("Ngày ban hành: nhập theo dạng dd/MM/yyyy", { exact: false }).waitFor({ timeout: 10_000 });
    expect(await add.getByLabel("Ngày ban hành").getAttribute("aria-invalid")).toBe("true");
    expect(await add.getByLabel("Tên văn bản (trích yếu)").inputValue()).toBe(title);
    await add.getByLabel("Ngày ban hành").fill("29/02/2024");
    await add.getByRole("button", { name: "Thêm văn bản" }).click();
    await page.getByText(code).first().waitFor({ timeout: 15_000 });
    await checkPage(page);
    const visitor = await newPage(PHONE);
    await visitor.goto(`${BASE}/tai-lieu`);
    expect(await visitor.getByText(title).isVisible()).toBe(true);
    expect(await visitor.getByText("29/02/2024", { exact: false }).first().isVisible()).toBe(true);
  });

  test.each([
    ["bientap", "the question import page", () => "/quan-tri/cau-hoi/nhap"],
    ["giamkhao", "the jury's ranking", () => `/quan-tri/giam-khao?dot=${roundId}`],
    ["giamkhao", "the regrade page", () => `/quan-tri/giam-khao/cham-lai?dot=${roundId}`],
    ["thuky", "the secretariat's round list", () => "/quan-tri/chung-nhan"],
    ["thuky", "a round's certificates", () => `/quan-tri/chung-nhan/${roundId}`],
    ["thuky", "the participants search", () => "/quan-tri/thi-sinh?q=nguyen"],
  ])("%s: %s fits the screen", async (username, _what, path) => {
    const page = await phoneOf(username);
    await page.goto(`${BASE}${path()}`);
    await hydrated(page);
    await checkPage(page);
  });
});
