// Every staff page of issue 5 renders (server-side, to HTML) for the roles that may use it, refuses
// the others, and sends anonymous visitors to the sign-in page; the layout frames them by role.
// unstable_cache passes through: the statistics pages cache their figures per round in production.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
  usePathname: () => "/quan-tri",
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }),
}));

import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import StaffLayout from "@/app/(admin)/quan-tri/layout";
import DashboardPage from "@/app/(admin)/quan-tri/page";
import QuestionPage from "@/app/(admin)/quan-tri/cau-hoi/[id]/page";
import NewQuestionPage from "@/app/(admin)/quan-tri/cau-hoi/moi/page";
import ImportPage from "@/app/(admin)/quan-tri/cau-hoi/nhap/page";
import BankPage from "@/app/(admin)/quan-tri/cau-hoi/page";
import ContestPage from "@/app/(admin)/quan-tri/cuoc-thi/[id]/page";
import RoundPage from "@/app/(admin)/quan-tri/cuoc-thi/[id]/vong/[roundId]/page";
import NewRoundPage from "@/app/(admin)/quan-tri/cuoc-thi/[id]/vong/moi/page";
import ContestsPage from "@/app/(admin)/quan-tri/cuoc-thi/page";
import SignInPage from "@/app/(admin)/quan-tri/dang-nhap/page";
import PasswordPage from "@/app/(admin)/quan-tri/mat-khau/page";
import AuditPage from "@/app/(admin)/quan-tri/nhat-ky/page";
import AccountsPage from "@/app/(admin)/quan-tri/tai-khoan/page";
import ParticipantPage from "@/app/(admin)/quan-tri/thi-sinh/[id]/page";
import ParticipantsPage from "@/app/(admin)/quan-tri/thi-sinh/page";
import ItemAnalysisPage from "@/app/(admin)/quan-tri/thong-ke/cau-hoi/page";
import StatisticsPage from "@/app/(admin)/quan-tri/thong-ke/page";
import type { StaffRole } from "@/lib/auth/roles";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";

type Render = () => Promise<ReactElement>;
const ids = { contest: "", round: "", question: "", participant: "" };
const none = Promise.resolve({});

async function html(page: Render): Promise<string> {
  try {
    return renderToString(await page());
  } catch (err) {
    return String((err as Error).message);
  }
}

const PAGES: { name: string; allowed: StaffRole[]; render: Render; expect: RegExp }[] = [
  { name: "/quan-tri", allowed: ["ADMIN", "EDITOR", "JURY", "SECRETARY"], render: () => DashboardPage(), expect: /Xin chào/ },
  { name: "/quan-tri/mat-khau", allowed: ["ADMIN", "EDITOR", "JURY", "SECRETARY"], render: () => PasswordPage(), expect: /Mật khẩu hiện tại/ },
  {
    name: "/quan-tri/cau-hoi",
    allowed: ["ADMIN", "EDITOR"],
    render: () => BankPage({ searchParams: Promise.resolve({ q: "chuyen doi so" }) }),
    expect: /Tổng số: <strong>\d+<\/strong>/,
  },
  {
    name: "/quan-tri/cau-hoi/moi",
    allowed: ["ADMIN", "EDITOR"],
    render: () => NewQuestionPage({ searchParams: none }),
    expect: /Xem trước như thí sinh nhìn thấy/,
  },
  {
    name: "/quan-tri/cau-hoi/[id]",
    allowed: ["ADMIN", "EDITOR"],
    render: () => QuestionPage({ params: Promise.resolve({ id: ids.question }), searchParams: none }),
    expect: /Lịch sử phiên bản/,
  },
  { name: "/quan-tri/cau-hoi/nhap", allowed: ["ADMIN", "EDITOR"], render: () => ImportPage({ searchParams: none }), expect: /Tải tệp mẫu Excel/ },
  { name: "/quan-tri/cuoc-thi", allowed: ["ADMIN"], render: () => ContestsPage(), expect: /chuyen-doi-so-2026/ },
  {
    name: "/quan-tri/cuoc-thi/[id]",
    allowed: ["ADMIN"],
    render: () => ContestPage({ params: Promise.resolve({ id: ids.contest }) }),
    expect: /Các đợt thi[\s\S]*Đồng ý xử lý dữ liệu cá nhân/,
  },
  {
    name: "/quan-tri/cuoc-thi/[id]/vong/moi",
    allowed: ["ADMIN"],
    render: () => NewRoundPage({ params: Promise.resolve({ id: ids.contest }) }),
    expect: /Thêm đợt thi[\s\S]*Tạo đợt thi/,
  },
  {
    name: "/quan-tri/cuoc-thi/[id]/vong/[roundId]",
    allowed: ["ADMIN"],
    render: () => RoundPage({ params: Promise.resolve({ id: ids.contest, roundId: ids.round }), searchParams: none }),
    expect: /Đợt thi đã bắt đầu/,
  },
  { name: "/quan-tri/nhat-ky", allowed: ["ADMIN"], render: () => AuditPage({ searchParams: none }), expect: /Kiểm tra toàn vẹn/ },
  { name: "/quan-tri/tai-khoan", allowed: ["ADMIN"], render: () => AccountsPage(), expect: /giamkhao/ },
  {
    name: "/quan-tri/thi-sinh",
    allowed: ["ADMIN", "SECRETARY"],
    render: () => ParticipantsPage({ searchParams: none }),
    expect: /Phạm Thu Hà[\s\S]*037\*{6}321[\s\S]*09\*{6}90[\s\S]*Tổng số: <strong>1<\/strong>/,
  },
  {
    name: "/quan-tri/thi-sinh/[id]",
    allowed: ["ADMIN", "SECRETARY"],
    render: () => ParticipantPage({ params: Promise.resolve({ id: ids.participant }) }),
    expect: /Thông tin thí sinh[\s\S]*Sửa thông tin định danh[\s\S]*Đặt lại mật khẩu/,
  },
];

const staffIds = new Map<StaffRole, string>();

beforeAll(async () => {
  const clock = fixedClock("2026-11-29T04:00:00Z");
  setClock(clock);
  await runSeed(db, { clock, staffPassword: "mat-khau-demo-123", historySize: 5 });
  for (const s of await db.staffUser.findMany({ select: { id: true, role: true } })) staffIds.set(s.role, s.id);
  const contest = await db.contest.findUniqueOrThrow({ where: { slug: "chuyen-doi-so-2026" }, select: { id: true } });
  ids.contest = contest.id;
  ids.round = (await db.round.findFirstOrThrow({ where: { contestId: contest.id, number: 4 } })).id;
  ids.question = (await db.question.findFirstOrThrow({ where: { contestId: contest.id } })).id;
  ids.participant = (
    await db.participant.create({
      data: {
        contestId: contest.id,
        fullName: "Phạm Thu Hà",
        fullNameSearch: "pham thu ha",
        birthDate: "1992-04-10",
        gender: "FEMALE",
        cccd: "037192000321",
        phone: "0934567890",
        group: "NGUOI_DAN",
        passwordHash: "x",
      },
      select: { id: true },
    })
  ).id;
}, 60_000);

const as = (role: StaffRole | null) => setSessionForTests(role ? { id: staffIds.get(role)!, kind: "staff", role, name: role } : null);

describe.each(PAGES)("$name", (page) => {
  test.each<StaffRole>(["ADMIN", "EDITOR", "JURY", "SECRETARY"])("as %s", async (role) => {
    as(role);
    const out = await html(page.render);
    if (page.allowed.includes(role)) expect(out).toMatch(page.expect);
    else expect(out).toMatch(/Không có quyền truy cập/);
  });

  test("anonymous visitors are sent to the sign-in page", async () => {
    as(null);
    expect(await html(page.render)).toMatch(/^REDIRECT \/quan-tri\/dang-nhap\?next=%2Fquan-tri/);
  });
});

test("the statistics pages send anonymous visitors to sign in and back to the same round", async () => {
  as(null);
  const search = Promise.resolve({ "cuoc-thi": "chuyen-doi-so-2026", dot: "4" });
  expect(await html(() => StatisticsPage({ searchParams: search }))).toBe(
    `REDIRECT /quan-tri/dang-nhap?next=${encodeURIComponent("/quan-tri/thong-ke?cuoc-thi=chuyen-doi-so-2026&dot=4")}`,
  );
  expect(await html(() => ItemAnalysisPage({ searchParams: search }))).toBe(
    `REDIRECT /quan-tri/dang-nhap?next=${encodeURIComponent("/quan-tri/thong-ke/cau-hoi?cuoc-thi=chuyen-doi-so-2026&dot=4")}`,
  );
});

test.each<StaffRole>(["JURY", "SECRETARY"])("the item analysis (question texts and keys) refuses %s", async (role) => {
  as(role);
  expect(await html(() => ItemAnalysisPage({ searchParams: none }))).toMatch(/chỉ dành cho Ban Tổ chức và Ban đề thi/);
});

test("the sign-in page renders for anonymous visitors and sends signed-in staff on", async () => {
  as(null);
  expect(await html(() => SignInPage({ searchParams: Promise.resolve({ next: "/quan-tri/cau-hoi" }) }))).toMatch(/Tên đăng nhập[\s\S]*Mật khẩu/);
  as("EDITOR");
  expect(await html(() => SignInPage({ searchParams: Promise.resolve({ next: "/quan-tri/cau-hoi" }) }))).toBe("REDIRECT /quan-tri/cau-hoi");
});

test("the layout frames staff pages with the role's navigation, and nothing for anonymous visitors", async () => {
  as("SECRETARY");
  const secretary = await html(() => StaffLayout({ children: createElement("p", null, "nội dung") }));
  expect(secretary).toMatch(/Tổ thư ký/);
  expect(secretary).toContain('href="/quan-tri/chung-nhan"');
  expect(secretary).not.toContain('href="/quan-tri/cau-hoi"');
  expect(secretary).toContain('href="/quan-tri/thi-sinh"');
  as("ADMIN");
  const admin = await html(() => StaffLayout({ children: createElement("p", null, "nội dung") }));
  for (const href of ["/quan-tri/giam-khao", "/quan-tri/chung-nhan", "/quan-tri/thong-ke", "/quan-tri/tai-khoan", "/quan-tri/nhat-ky", "/quan-tri/thi-sinh"])
    expect(admin).toContain(`href="${href}"`);
  as("EDITOR");
  expect(await html(() => StaffLayout({ children: createElement("p", null, "nội dung") }))).not.toContain('href="/quan-tri/thi-sinh"');
  as(null);
  // usePathname is mocked to "/quan-tri": an anonymous visitor there is redirected to sign in.
  expect(await html(() => StaffLayout({ children: createElement("p", null, "nội dung") }))).toBe("REDIRECT /quan-tri/dang-nhap?next=%2Fquan-tri");
});
