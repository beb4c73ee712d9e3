// Earlier contests stay usable (issue 16 point 6): a participant of the 2023 contest signs in on
// that contest's own page and reaches /ca-nhan; its pages show the results tab and a certificate
// lookup; the lookup opens the verification of the code typed or pasted.
import { renderToStaticMarkup } from "react-dom/server";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { redirectOf } from "@/__tests__/helpers/next-signals";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";
import { SignInForm } from "@/components/participants/sign-in-form";
import ContestSignInPage from "@/app/(public)/cuoc-thi/[slug]/dang-nhap/page";
import ContestResultsPage from "@/app/(public)/cuoc-thi/[slug]/ket-qua/page";
import ContestHomePage from "@/app/(public)/cuoc-thi/[slug]/page";
import SignInPage from "@/app/(public)/dang-nhap/page";
import CertificateLookupPage from "@/app/(public)/chung-nhan/page";

const EARLIER = "chuyen-doi-so-2023";
const CURRENT = "chuyen-doi-so-2026";
const html = (el: ReactElement) => renderToStaticMarkup(el);
const signIn = (slug: string, q: Record<string, string> = {}) => ContestSignInPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(q) });
const lookup = (q: Record<string, string>) => CertificateLookupPage({ searchParams: Promise.resolve(q) });
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

/** The props of the first element of `type` in a rendered server tree (client components are not run). */
function propsOf<P>(node: ReactNode, type: unknown): P | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = propsOf<P>(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement(node)) return null;
  if (node.type === type) return node.props as P;
  return propsOf<P>((node.props as { children?: ReactNode }).children, type);
}

test("an earlier contest's sign-in page signs people in to that contest, not the featured one", async () => {
  setSessionForTests(null);
  const contest = await db.contest.findUniqueOrThrow({ where: { slug: EARLIER }, select: { id: true } });
  const page = (await signIn(EARLIER)) as ReactElement;
  expect(propsOf<{ contestId: string; nextUrl: string }>(page, SignInForm)).toEqual({ contestId: contest.id, nextUrl: "/ca-nhan" });
  const out = html(page);
  expect(out).toContain("Đăng nhập");
  expect(out).toContain('aria-current="page"');
  expect(out).toContain(`href="/cuoc-thi/${EARLIER}/dang-nhap"`);
});

test("the main sign-in page (featured contest) points people of earlier contests to the archive", async () => {
  setSessionForTests(null);
  const out = html((await SignInPage({ searchParams: Promise.resolve({}) })) as ReactElement);
  expect(out).toContain("Đã dự thi cuộc thi năm trước?");
  expect(out).toContain('href="/cuoc-thi"');
});

test("the featured contest's /cuoc-thi page sends people to the main sign-in, keeping where they were going", async () => {
  setSessionForTests(null);
  expect(await redirectOf(() => signIn(CURRENT))).toBe("/dang-nhap");
  expect(await redirectOf(() => signIn(CURRENT, { next: "/thi" }))).toBe("/dang-nhap?next=%2Fthi");
  await expect(signIn("khong-co")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
});

test("a signed-in participant of the earlier contest goes straight to /ca-nhan (or a safe next)", async () => {
  const p = await db.participant.findFirstOrThrow({ where: { contest: { slug: EARLIER } }, select: { id: true, contestId: true, fullName: true } });
  setSessionForTests({ id: p.id, kind: "participant", contestId: p.contestId, name: p.fullName });
  expect(await redirectOf(() => signIn(EARLIER))).toBe("/ca-nhan");
  expect(await redirectOf(() => signIn(EARLIER, { next: "https://evil.example" }))).toBe("/ca-nhan");
  // Signed in to another contest: this contest's form is shown (an account belongs to one contest).
  const current = await db.contest.findUniqueOrThrow({ where: { slug: CURRENT }, select: { id: true } });
  setSessionForTests({ id: "nguoi-du-thi-2026", kind: "participant", contestId: current.id, name: "Người dự thi 2026" });
  expect(propsOf<{ contestId: string }>((await signIn(EARLIER)) as ReactElement, SignInForm)?.contestId).toBe(p.contestId);
  setSessionForTests(null);
});

test("the earlier contest's pages link to its results and sign-in; the results page offers the certificate lookup", async () => {
  const home = html(await ContestHomePage({ params: Promise.resolve({ slug: EARLIER }) }));
  expect(home).toContain(`href="/cuoc-thi/${EARLIER}/ket-qua"`);
  expect(home).toContain(`href="/cuoc-thi/${EARLIER}/dang-nhap"`);
  const results = html(await ContestResultsPage({ params: Promise.resolve({ slug: EARLIER }) }));
  expect(results).toContain("Kết quả");
  expect(results).toContain("Tra cứu giấy chứng nhận");
  expect(results).toContain('action="/chung-nhan"');
  expect(results).toContain('name="ma"');
});

describe("the certificate lookup (/chung-nhan)", () => {
  test("a typed or pasted code opens its verification page", async () => {
    expect(await redirectOf(() => lookup({ ma: " AbCdEfGh_1234-xy " }))).toBe("/chung-nhan/AbCdEfGh_1234-xy");
    expect(await redirectOf(() => lookup({ ma: "https://thi.ninhbinh.gov.vn/chung-nhan/AbCdEfGh_1234-xy" }))).toBe("/chung-nhan/AbCdEfGh_1234-xy");
  });

  test("no code shows the form; a malformed one shows a Vietnamese message and keeps what was typed", async () => {
    const empty = html(await lookup({}));
    expect(empty).toContain("Nhập mã xác minh");
    expect(empty).not.toContain('aria-invalid="true"');
    const bad = html(await lookup({ ma: "<script>x</script>" }));
    expect(bad).toContain("Mã xác minh gồm 16 ký tự");
    expect(bad).toContain('aria-invalid="true"');
    expect(bad).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(bad).not.toContain("<script>x");
  });
});
