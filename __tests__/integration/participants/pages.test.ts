// The public pages of this module render from the seeded database (server components called
// directly and rendered to HTML): rules from live settings, documents, registration, sign-in,
// /ca-nhan and the earlier contest's pages. Layout on a 360-px screen is checked in a browser.
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import { redirectOf } from "@/__tests__/helpers/next-signals";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";
import RulesPage from "@/app/(public)/the-le/page";
import DocumentsPage from "@/app/(public)/tai-lieu/page";
import { GET as DocumentFileRoute } from "@/app/(public)/tai-lieu/[documentId]/route";
import RegisterPage from "@/app/(public)/dang-ky/page";
import SignInPage from "@/app/(public)/dang-nhap/page";
import MyAccountPage from "@/app/(public)/ca-nhan/page";
import ContestHomePage from "@/app/(public)/cuoc-thi/[slug]/page";
import ContestRulesPage from "@/app/(public)/cuoc-thi/[slug]/the-le/page";
import ContestDocumentsPage from "@/app/(public)/cuoc-thi/[slug]/tai-lieu/page";
import ContestSignInPage from "@/app/(public)/cuoc-thi/[slug]/dang-nhap/page";
import ForgotPasswordPage from "@/app/(public)/quen-mat-khau/page";
import ResetPasswordPage from "@/app/(public)/dat-lai-mat-khau/page";
import PublicLayout from "@/app/(public)/layout";

const html = (el: ReactElement) => renderToStaticMarkup(el);
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const search = (q: Record<string, string> = {}) => ({ searchParams: Promise.resolve(q) });
let restore: () => void;

beforeAll(async () => {
  const clock = fixedClock("2026-11-29T04:00:00Z");
  restore = setClock(clock);
  await runSeed(db, { clock, staffPassword: "x", historySize: 6 });
}, 120_000);
afterAll(() => {
  restore();
  setSessionForTests(undefined);
});

test("/the-le states the featured contest's live settings", async () => {
  const out = html(await RulesPage());
  expect(out).toContain("Thể lệ cuộc thi");
  expect(out).toContain("năm 2026");
  expect(out).toContain("Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm");
  expect(out).toContain("Giải Nhất: 1 giải.");
  expect(out).toContain("Có bao nhiêu người tham gia Quý 4?");
  // A settings change shows on the next request.
  const contest = await db.contest.findFirstOrThrow({ where: { slug: "chuyen-doi-so-2026" }, select: { id: true } });
  await db.round.updateMany({ where: { contestId: contest.id }, data: { questionCount: 25, attemptsAllowed: 2 } });
  const after = html(await RulesPage());
  expect(after).toContain("Mỗi lượt thi gồm 25 câu hỏi trắc nghiệm");
  expect(after).toContain("tối đa 2 lượt");
  await db.round.updateMany({ where: { contestId: contest.id }, data: { questionCount: 20, attemptsAllowed: 3 } });
});

test("/tai-lieu lists the documents in order with dd/MM/yyyy dates", async () => {
  const out = html(await DocumentsPage());
  expect(out).toContain("749/QĐ-TTg");
  expect(out).toContain("Ngày ban hành: 03/06/2020");
  expect(out.indexOf("749/QĐ-TTg")).toBeLessThan(out.indexOf("942/QĐ-TTg"));
});

test("/tai-lieu: a seeded document's Mở opens its PDF for a visitor", async () => {
  setSessionForTests(null);
  const out = html(await DocumentsPage());
  const href = out.match(/href="(\/tai-lieu\/[^"]+)"[^>]*>Mở<span class="sr-only">\u00a0749\/QĐ-TTg \(PDF · (\d+) KB\)/);
  expect(href).not.toBeNull();
  const id = href![1].split("/").pop()!;
  const res = await DocumentFileRoute(new Request(`http://localhost${href![1]}`), { params: Promise.resolve({ documentId: id }) });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
  expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
});

test("/dang-ky offers the contest's lists and an unticked consent box", async () => {
  setSessionForTests(null);
  const out = html(await RegisterPage());
  expect(out).toContain("Đăng ký dự thi");
  expect(out).toContain("Huyện Nho Quan");
  expect(out).toMatch(/<input type="checkbox" id="dk-consent"(?![^>]*checked)[^>]*>/);
  expect(out).toContain("Nghị định 13/2023/NĐ-CP");
});

test("/dang-nhap shows the form; a signed-in participant of the contest is sent on", async () => {
  setSessionForTests(null);
  expect(html(await SignInPage(search()))).toContain("Số CCCD hoặc số điện thoại");
  const contest = await db.contest.findFirstOrThrow({ where: { slug: "chuyen-doi-so-2026" }, select: { id: true } });
  // The session must name an existing account (currentParticipant checks its session version).
  const p = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Người Đã Đăng Nhập",
      fullNameSearch: "nguoi da dang nhap",
      birthDate: "1990-01-01",
      gender: "MALE",
      cccd: "037090099001",
      phone: "0912099001",
      group: "NGUOI_DAN",
      passwordHash: "x",
    },
    select: { id: true },
  });
  setSessionForTests({ id: p.id, kind: "participant", contestId: contest.id, name: "A" });
  expect(await redirectOf(() => SignInPage(search({ next: "/thi" })))).toBe("/thi");
  expect(await redirectOf(() => SignInPage(search({ next: "https://evil.example" })))).toBe("/ca-nhan");
});

test("/ca-nhan sends an anonymous visitor to sign in, and shows a participant their attempts", async () => {
  setSessionForTests(null);
  expect(await redirectOf(() => MyAccountPage(search()))).toBe("/dang-nhap?next=/ca-nhan");
  const p = await db.participant.findFirstOrThrow({
    where: { attempts: { some: { status: "SUBMITTED" } } },
    select: { id: true, contestId: true, fullName: true },
  });
  setSessionForTests({ id: p.id, kind: "participant", contestId: p.contestId, name: p.fullName });
  const out = html((await MyAccountPage(search())) as ReactElement);
  expect(out).toContain(p.fullName);
  expect(out).toContain("Lượt được tính kết quả");
  expect(out).toContain('href="/ca-nhan/du-lieu"');
  expect(out).toContain("Thông tin này đã được khóa sau khi đăng ký");
});

test("an earlier contest keeps its home, rules and documents under /cuoc-thi/<slug>", async () => {
  const home = html(await ContestHomePage(params("chuyen-doi-so-2023")));
  expect(home).toContain("Giới thiệu cuộc thi");
  expect(home).toContain("15/02/2023 – 30/03/2023");
  const rules = html(await ContestRulesPage(params("chuyen-doi-so-2023")));
  expect(rules).toContain("Quý 1: từ 15/02/2023 00:00 đến 30/03/2023 23:59 (giờ Việt Nam)");
  const docs = html(await ContestDocumentsPage(params("chuyen-doi-so-2023")));
  expect(docs).toContain("749/QĐ-TTg");
  await expect(ContestHomePage(params("khong-co"))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
});

// The seeded demo contacts (prisma/seed-data/contest.ts CONTACT_CURRENT, CONTACT_2023).
const HOTLINE = { label: "0229 3871 234", href: 'href="tel:02293871234"', mail: 'href="mailto:cuocthi.sokhcn@ninhbinh.gov.vn"' };

test("sign-in, the rules and the footer give the organisers' hotline and e-mail as tel:/mailto: links; sign-in leads to recovery", async () => {
  setSessionForTests(null);
  const signIn = html(await SignInPage(search()));
  expect(signIn).toContain('href="/quen-mat-khau"');
  expect(signIn).not.toContain("Vui lòng liên hệ Ban Tổ chức");
  for (const out of [signIn, html(await RulesPage()), html(await PublicLayout({ children: null }))]) {
    expect(out).toContain(HOTLINE.label);
    expect(out).toContain(HOTLINE.href);
    expect(out).toContain(HOTLINE.mail);
  }
  // An earlier contest's rules give that contest's own contacts.
  expect(html(await ContestRulesPage(params("chuyen-doi-so-2023")))).toContain('href="tel:02293878168"');
});

test("/quen-mat-khau asks for the phone, CCCD or e-mail; /dat-lai-mat-khau takes a code, or a link's token while it works", async () => {
  const forgot = html(await ForgotPasswordPage(search()));
  expect(forgot).toContain("Số điện thoại, số CCCD hoặc email đã đăng ký");
  expect(forgot).toContain(HOTLINE.href);
  expect(forgot).toContain('href="/dang-nhap"');
  // An earlier contest's accounts recover within that contest, with its own contacts and sign-in.
  const earlier = html(await ForgotPasswordPage(search({ "cuoc-thi": "chuyen-doi-so-2023" })));
  expect(earlier).toContain("năm 2023");
  expect(earlier).toContain('href="tel:02293878168"');
  expect(earlier).toContain('href="/cuoc-thi/chuyen-doi-so-2023/dang-nhap"');
  expect(html(await ContestSignInPage({ ...params("chuyen-doi-so-2023"), ...search() }))).toContain('href="/quen-mat-khau?cuoc-thi=chuyen-doi-so-2023"');
  const byCode = html(await ResetPasswordPage(search()));
  expect(byCode).toContain("Mã xác nhận (6 chữ số)");
  const stale = html(await ResetPasswordPage(search({ token: "a".repeat(43) })));
  expect(stale).toContain("Đường liên kết không còn dùng được.");
  expect(stale).not.toContain("Mật khẩu mới");
});
