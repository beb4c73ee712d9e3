// The one staff page guard (lib/staff/page-guard.ts): anonymous visitors go to the staff sign-in
// page and come back to the same view; a role without the capability gets the refusal to render;
// and every staff page calls it (the layout is not the check), the sign-in page alone excepted.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const mockCurrentStaff = jest.fn();
jest.mock("@/lib/auth/session", () => ({
  currentStaff: () => mockCurrentStaff(),
  authorizeStaff: async (capability: string) => {
    const staff = await mockCurrentStaff();
    if (!staff) return { ok: false, status: 401, error: "Vui lòng đăng nhập tài khoản Ban Tổ chức." };
    const { can } = jest.requireActual("@/lib/auth/roles");
    if (!can(staff.role, capability)) return { ok: false, status: 403, error: "Tài khoản của bạn không có quyền thực hiện thao tác này." };
    return { ok: true, staff };
  },
}));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

import { pagePath, requireStaffPage, signInPathFor } from "@/lib/staff/page-guard";

const editor = { id: "s1", role: "EDITOR", username: "bientap", fullName: "Biên Tập" };

describe("requireStaffPage", () => {
  test.each([
    ["a capability", "bank" as const],
    ["any staff member", null],
  ])("with %s, an anonymous visitor is sent to sign in with ?next= the page", async (_label, capability) => {
    mockCurrentStaff.mockResolvedValue(null);
    await expect(requireStaffPage(capability, "/quan-tri/thong-ke?cuoc-thi=cds&dot=2")).rejects.toThrow(
      "REDIRECT /quan-tri/dang-nhap?next=%2Fquan-tri%2Fthong-ke%3Fcuoc-thi%3Dcds%26dot%3D2",
    );
  });

  test("a signed-in role without the capability gets the refusal, not a redirect", async () => {
    mockCurrentStaff.mockResolvedValue(editor);
    await expect(requireStaffPage("accounts", "/quan-tri/tai-khoan")).resolves.toEqual({
      ok: false,
      error: "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    });
  });

  test.each([["bank" as const], [null]])("a role with the capability (%p) gets its staff record", async (capability) => {
    mockCurrentStaff.mockResolvedValue(editor);
    await expect(requireStaffPage(capability, "/quan-tri/cau-hoi")).resolves.toEqual({ ok: true, staff: editor });
  });
});

test.each([
  ["/quan-tri/thong-ke", {}, "/quan-tri/thong-ke"],
  ["/quan-tri/thong-ke", { "cuoc-thi": "cds-2026", dot: "2", trang: undefined }, "/quan-tri/thong-ke?cuoc-thi=cds-2026&dot=2"],
  ["/quan-tri/thi-sinh", { q: "Nguyễn & Hà", cuocThi: "" }, "/quan-tri/thi-sinh?q=Nguy%E1%BB%85n+%26+H%C3%A0"],
  ["/quan-tri/nhat-ky", { hanhDong: ["a", "b"] }, "/quan-tri/nhat-ky?hanhDong=a&hanhDong=b"],
])("pagePath(%p, %p) → %p", (path, search, expected) => {
  expect(pagePath(path, search)).toBe(expected);
});

test("signInPathFor encodes the whole way back", () => {
  expect(signInPathFor("/quan-tri/cau-hoi?cuocThi=x&q=a b")).toBe("/quan-tri/dang-nhap?next=%2Fquan-tri%2Fcau-hoi%3FcuocThi%3Dx%26q%3Da%20b");
});

describe("every staff page calls requireStaffPage", () => {
  const root = join(__dirname, "..", "..", "..");
  const staffArea = join(root, "app", "(admin)", "quan-tri");
  const SIGN_IN_PAGE = ["dang-nhap", "page.tsx"].join(sep);
  const pages = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name === "page.tsx" ? [join(dir, e.name)] : []));
  const staffPages = pages(staffArea).filter((f) => relative(staffArea, f) !== SIGN_IN_PAGE);

  test("the walk finds the staff pages", () => {
    expect(staffPages.length).toBeGreaterThanOrEqual(20);
  });

  test.each(staffPages.map((f) => [relative(root, f)]))("%s", (file) => {
    const source = readFileSync(join(root, file), "utf8");
    expect(source).toMatch(/await requireStaffPage\(/);
    // Hand-rolled checks drift (one lost ?next=): the guard is the only way a page asks who is calling.
    expect(source).not.toMatch(/\b(authorizeStaff|currentStaff|signInPathFor)\b/);
    expect(source).not.toMatch(/redirect\(["'`]\/quan-tri\/dang-nhap/);
  });
});
