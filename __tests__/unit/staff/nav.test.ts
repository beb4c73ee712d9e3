import { STAFF_ROLES, type StaffRole } from "@/lib/auth/roles";
import { activeNavHref, staffNavFor, STAFF_NAV } from "@/lib/staff/nav";
import { removesLastAdmin, safeStaffRedirect } from "@/lib/staff/rules";

describe("staff navigation per role", () => {
  test.each<[StaffRole, string[]]>([
    [
      "ADMIN",
      [
        "/quan-tri",
        "/quan-tri/cau-hoi",
        "/quan-tri/cau-hoi/nhap",
        "/quan-tri/cuoc-thi",
        "/quan-tri/thi-sinh",
        "/quan-tri/giam-khao",
        "/quan-tri/chung-nhan",
        "/quan-tri/thong-ke",
        "/quan-tri/nhat-ky",
        "/quan-tri/tai-khoan",
        "/quan-tri/mat-khau",
      ],
    ],
    ["EDITOR", ["/quan-tri", "/quan-tri/cau-hoi", "/quan-tri/cau-hoi/nhap", "/quan-tri/thong-ke", "/quan-tri/mat-khau"]],
    ["JURY", ["/quan-tri", "/quan-tri/giam-khao", "/quan-tri/thong-ke", "/quan-tri/mat-khau"]],
    ["SECRETARY", ["/quan-tri", "/quan-tri/thi-sinh", "/quan-tri/chung-nhan", "/quan-tri/thong-ke", "/quan-tri/mat-khau"]],
  ])("%s sees %j", (role, hrefs) => {
    expect(staffNavFor(role).map((i) => i.href)).toEqual(hrefs);
  });

  test("every role sees the dashboard and its own password page", () => {
    for (const role of STAFF_ROLES) expect(staffNavFor(role).filter((i) => i.capability === null)).toHaveLength(2);
  });

  test.each([
    ["/quan-tri", "/quan-tri"],
    ["/quan-tri/cau-hoi", "/quan-tri/cau-hoi"],
    ["/quan-tri/cau-hoi/abc123", "/quan-tri/cau-hoi"],
    ["/quan-tri/cau-hoi/nhap", "/quan-tri/cau-hoi/nhap"],
    ["/quan-tri/cuoc-thi/x/vong/y", "/quan-tri/cuoc-thi"],
    ["/quan-tri/cau-hoi-khac", null],
    ["/", null],
  ])("%s belongs to %s", (path, href) => {
    expect(activeNavHref(path, STAFF_NAV)).toBe(href);
  });
});

describe("account rules", () => {
  const admin = { role: "ADMIN" as const, isDisabled: false };
  test.each([
    ["disabling the only active admin", 1, admin, { ...admin, isDisabled: true }, true],
    ["demoting the only active admin", 1, admin, { ...admin, role: "EDITOR" as const }, true],
    ["disabling one of two admins", 2, admin, { ...admin, isDisabled: true }, false],
    ["renaming nothing on the only admin", 1, admin, admin, false],
    ["disabling an editor", 1, { role: "EDITOR" as const, isDisabled: false }, { role: "EDITOR" as const, isDisabled: true }, false],
    ["promoting a disabled admin", 1, { ...admin, isDisabled: true }, admin, false],
  ])("%s → removes the last admin: %s", (_n, count, before, after, expected) => {
    expect(removesLastAdmin(count, before, after)).toBe(expected);
  });

  test.each([
    [undefined, "/quan-tri"],
    ["/quan-tri/cau-hoi?q=1", "/quan-tri/cau-hoi?q=1"],
    ["https://evil.example/quan-tri", "/quan-tri"],
    ["//evil.example", "/quan-tri"],
    ["/thi", "/quan-tri"],
    ["/quan-tri/dang-nhap", "/quan-tri"],
  ])("after sign-in, %j goes to %s", (next, to) => {
    expect(safeStaffRedirect(next)).toBe(to);
  });
});
