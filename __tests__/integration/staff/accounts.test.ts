jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { authenticateStaff } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authorizeStaff, setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeOwnPasswordAction, changeStaffRoleAction, createStaffAction, resetStaffPasswordAction, setStaffDisabledAction } from "@/lib/staff/actions";

let adminId: string;
const asAdmin = () => setSessionForTests({ id: adminId, kind: "staff", role: "ADMIN", name: "admin" });

beforeAll(async () => {
  const admin = await db.staffUser.create({
    data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: await hashPassword("mat-khau-admin-1") },
  });
  adminId = admin.id;
  asAdmin();
});

async function auditFor(entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorName: true, before: true, after: true } });
}

test("an ADMIN creates an account that can sign in with its initial password; the audit holds no hash", async () => {
  const r = await createStaffAction({ username: " BienTap2 ", fullName: "  Biên   tập viên ", role: "EDITOR", password: "mat-khau-ban-dau" });
  expect(r.ok).toBe(true);
  const id = r.ok ? r.data.id : "";
  expect(await authenticateStaff("bientap2", "mat-khau-ban-dau")).toMatchObject({
    ok: true,
    user: { username: "bientap2", role: "EDITOR", name: "Biên tập viên" },
  });
  const entries = await auditFor(id);
  expect(entries).toEqual([
    { action: "staff.create", actorName: "admin", before: null, after: { username: "bientap2", fullName: "Biên tập viên", role: "EDITOR" } },
  ]);
  expect(JSON.stringify(entries)).not.toMatch(/argon2|mat-khau/);
  expect(await createStaffAction({ username: "bientap2", fullName: "Trùng", role: "EDITOR", password: "mat-khau-ban-dau" })).toMatchObject({
    ok: false,
    fieldErrors: { username: ["Tên đăng nhập đã tồn tại."] },
  });
});

test.each([
  [{ username: "ab", fullName: "Tên", role: "EDITOR", password: "mat-khau-du-dai" }, "username"],
  [{ username: "co dau cach", fullName: "Tên", role: "EDITOR", password: "mat-khau-du-dai" }, "username"],
  [{ username: "hople", fullName: "Tên", role: "EDITOR", password: "ngan" }, "password"],
  [{ username: "hople", fullName: "Tên", role: "CHU_TICH", password: "mat-khau-du-dai" }, "role"],
])("invalid account input %j is refused on %s", async (input, field) => {
  const r = await createStaffAction(input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.fieldErrors).toHaveProperty(field);
});

test("a disabled account cannot sign in and loses access at once; enabling restores it", async () => {
  const s = await db.staffUser.create({
    data: { username: "thuky2", fullName: "Thư ký", role: "SECRETARY", passwordHash: await hashPassword("mat-khau-thu-ky") },
  });
  expect((await setStaffDisabledAction({ id: s.id, disabled: true })).ok).toBe(true);
  expect(await authenticateStaff("thuky2", "mat-khau-thu-ky")).toMatchObject({ ok: false, error: expect.stringMatching(/vô hiệu hóa/) });
  setSessionForTests({ id: s.id, kind: "staff", role: "SECRETARY", name: "thuky2" });
  expect((await authorizeStaff("certificates")).ok).toBe(false);
  asAdmin();
  expect((await setStaffDisabledAction({ id: s.id, disabled: false })).ok).toBe(true);
  expect((await auditFor(s.id)).map((e) => e.action)).toEqual(["staff.disable", "staff.enable"]);
});

test("the last active ADMIN cannot disable or demote themself; with a second ADMIN they can", async () => {
  expect(await setStaffDisabledAction({ id: adminId, disabled: true })).toMatchObject({
    ok: false,
    error: expect.stringMatching(/quản trị viên \(ADMIN\) cuối cùng/),
  });
  expect(await changeStaffRoleAction({ id: adminId, role: "EDITOR" })).toMatchObject({ ok: false, error: expect.stringMatching(/cuối cùng/) });
  // A disabled second ADMIN does not count.
  const other = await db.staffUser.create({ data: { username: "admin2", fullName: "Quản trị 2", role: "ADMIN", passwordHash: "x", isDisabled: true } });
  expect((await changeStaffRoleAction({ id: adminId, role: "EDITOR" })).ok).toBe(false);
  expect((await setStaffDisabledAction({ id: other.id, disabled: false })).ok).toBe(true);
  expect(await changeStaffRoleAction({ id: adminId, role: "JURY" })).toEqual({ ok: true, data: { id: adminId } });
  expect((await auditFor(adminId)).at(-1)).toMatchObject({ action: "staff.role", before: { role: "ADMIN" }, after: { role: "JURY" } });
  // Now a JURY member: the session re-reads the role from the database.
  expect((await createStaffAction({ username: "khong.duoc", fullName: "X", role: "EDITOR", password: "mat-khau-du-dai" })).ok).toBe(false);
  await db.staffUser.update({ where: { id: adminId }, data: { role: "ADMIN" } });
});

test("resetting a password makes the new one sign in and is audited without the password", async () => {
  const s = await db.staffUser.create({
    data: { username: "giamkhao2", fullName: "Giám khảo", role: "JURY", passwordHash: await hashPassword("cu-cu-cu-cu-cu") },
  });
  expect((await resetStaffPasswordAction({ id: s.id, password: "mat-khau-moi-123" })).ok).toBe(true);
  expect(await authenticateStaff("giamkhao2", "mat-khau-moi-123")).toMatchObject({ ok: true });
  const [entry] = await auditFor(s.id);
  expect(entry).toEqual({ action: "staff.reset_password", actorName: "admin", before: null, after: { username: "giamkhao2", passwordChanged: true } });
});

test("staff change their own password only with the current one; the new one needs 10 characters", async () => {
  const s = await db.staffUser.create({
    data: { username: "tu.doi", fullName: "Tự đổi", role: "EDITOR", passwordHash: await hashPassword("mat-khau-cu-123") },
  });
  setSessionForTests({ id: s.id, kind: "staff", role: "EDITOR", name: "tu.doi" });
  expect(await changeOwnPasswordAction({ currentPassword: "sai-roi", newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" })).toMatchObject({
    ok: false,
    fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng."] },
  });
  expect(await changeOwnPasswordAction({ currentPassword: "mat-khau-cu-123", newPassword: "ngan", confirmPassword: "ngan" })).toMatchObject({
    ok: false,
    fieldErrors: { newPassword: [expect.stringMatching(/10 ký tự/)] },
  });
  expect(await changeOwnPasswordAction({ currentPassword: "mat-khau-cu-123", newPassword: "mat-khau-moi-123", confirmPassword: "khac-han-123" })).toMatchObject(
    { ok: false, fieldErrors: { confirmPassword: expect.any(Array) } },
  );
  expect((await changeOwnPasswordAction({ currentPassword: "mat-khau-cu-123", newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" })).ok).toBe(
    true,
  );
  const row = await db.staffUser.findUniqueOrThrow({ where: { id: s.id } });
  expect(await verifyPassword(row.passwordHash, "mat-khau-moi-123")).toBe(true);
  expect(await auditFor(s.id)).toEqual([
    { action: "staff.change_own_password", actorName: "tu.doi", before: null, after: { username: "tu.doi", passwordChanged: true, sessionsEnded: true } },
  ]);
  asAdmin();
});
