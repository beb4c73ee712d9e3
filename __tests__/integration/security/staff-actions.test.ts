// Every staff server action is built by staffAction (lib/actions/staff-action.ts), and the wrapper
// does what each action used to repeat: who is calling → role → input → the function → revalidate,
// refusing before the function runs and logging refusals without the input's values.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));

import { join } from "node:path";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, ok } from "@/lib/actions/result";
import { isStaffAction, staffAction, staffActionName } from "@/lib/actions/staff-action";
import type { StaffRole } from "@/lib/auth/roles";
import { setSessionForTests, type StaffCaller } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { staffActionFiles } from "../../helpers/source-files";

const SIGN_IN = "Vui lòng đăng nhập tài khoản Ban Tổ chức.";
const FORBIDDEN = "Tài khoản của bạn không có quyền thực hiện thao tác này.";

test("every export of every staff action file is built by staffAction, under its own name", () => {
  const files = staffActionFiles();
  // The discovery itself works: the known files are found (a broken pattern would find none).
  expect(files).toEqual(
    expect.arrayContaining([
      "lib/certificates/actions.ts",
      "lib/contests/admin-actions.ts",
      "lib/participants/staff-actions.ts",
      "lib/questions/actions.ts",
      "lib/regrade/actions.ts",
      "lib/staff/actions.ts",
      "lib/staff/audit-actions.ts",
      "lib/winners/actions.ts",
      "lib/winners/reveal-actions.ts",
    ]),
  );
  const offenders: string[] = [];
  let checked = 0;
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(process.cwd(), file)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(mod)) {
      if (key === "__esModule") continue;
      checked++;
      if (!isStaffAction(value)) offenders.push(`${file}: ${key} is not built by staffAction`);
      else if (staffActionName(value) !== key) offenders.push(`${file}: ${key} logs as ${staffActionName(value)}`);
    }
  }
  expect(offenders).toEqual([]);
  expect(checked).toBeGreaterThan(40);
});

test("isStaffAction: a hand-written async function is not a staff action", () => {
  expect(isStaffAction(async () => ok(undefined))).toBe(false);
  expect(isStaffAction(undefined)).toBe(false);
  expect(isStaffAction(staffAction("jury", null, async () => ok(undefined), { name: "x" }))).toBe(true);
});

const staffIds = new Map<string, string>();
type Caller = "anonymous" | "participant" | "disabled JURY" | StaffRole;

function signInAs(caller: Caller): void {
  if (caller === "anonymous") return setSessionForTests(null);
  if (caller === "participant") return setSessionForTests({ id: "p-1", kind: "participant", contestId: "c-1", name: "Thí Sinh" });
  const role = caller === "disabled JURY" ? "JURY" : caller;
  setSessionForTests({ id: staffIds.get(caller)!, kind: "staff", role, name: caller });
}

beforeAll(async () => {
  for (const caller of ["ADMIN", "EDITOR", "JURY", "SECRETARY", "disabled JURY"] as const) {
    const role = caller === "disabled JURY" ? "JURY" : caller;
    const s = await db.staffUser.create({
      data: {
        username: `bao.ve.${caller.replace(" ", ".").toLowerCase()}`,
        fullName: `Cán bộ ${caller}`,
        role,
        passwordHash: "x",
        isDisabled: caller === "disabled JURY",
      },
      select: { id: true },
    });
    staffIds.set(caller, s.id);
  }
});

afterAll(() => setSessionForTests(undefined));

const schema = z.object({ phone: z.string().regex(/^0\d{9}$/, "Số điện thoại chưa đúng."), count: z.coerce.number().int() });

function build(outcome: "ok" | "fail" = "ok") {
  const fn = jest.fn(async (input: z.output<typeof schema>, staff: StaffCaller) =>
    outcome === "ok" ? ok({ count: input.count, by: staff.id }) : fail("Không được."),
  );
  const action = staffAction("jury", schema, fn, { name: "testJuryAction", revalidate: (input) => ["/a", [`/b/${input.count}`, "layout"]] });
  return { fn, action };
}

beforeEach(() => jest.mocked(revalidatePath).mockClear());

test.each<[Caller, string]>([
  ["anonymous", SIGN_IN],
  ["participant", SIGN_IN],
  ["disabled JURY", SIGN_IN],
  ["EDITOR", FORBIDDEN],
  ["SECRETARY", FORBIDDEN],
])("%s is refused (%s) before the input is read and the function runs", async (caller, error) => {
  signInAs(caller);
  const { fn, action } = build();
  // Invalid input too: the caller is checked first, so a stranger learns nothing about the schema.
  expect(await action({ phone: "x" })).toEqual({ ok: false, error });
  expect(fn).not.toHaveBeenCalled();
  expect(revalidatePath).not.toHaveBeenCalled();
});

test.each<[string, unknown, string[]]>([
  ["a malformed field", { phone: "12", count: 1 }, ["phone"]],
  ["every bad field, not only the first", { phone: "12", count: "nhiều" }, ["phone", "count"]],
  ["no input at all", undefined, ["_form"]],
])("with %s the caller gets fieldErrors and the function does not run", async (_what, input, fields) => {
  signInAs("JURY");
  const { fn, action } = build();
  const r = await action(input);
  expect(r).toMatchObject({ ok: false, error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu." });
  expect(!r.ok && Object.keys(r.fieldErrors ?? {})).toEqual(fields);
  expect(fn).not.toHaveBeenCalled();
  expect(revalidatePath).not.toHaveBeenCalled();
});

test.each<Caller>(["JURY", "ADMIN"])("%s: the function gets the parsed input and the caller; its paths are revalidated", async (caller) => {
  signInAs(caller);
  const { fn, action } = build();
  expect(await action({ phone: "0912345678", count: "3", extra: "bỏ" })).toEqual({ ok: true, data: { count: 3, by: staffIds.get(caller) } });
  expect(fn).toHaveBeenCalledTimes(1);
  expect(fn.mock.calls[0][0]).toEqual({ phone: "0912345678", count: 3 });
  expect(fn.mock.calls[0][1]).toEqual({ id: staffIds.get(caller), username: `bao.ve.${caller.toLowerCase()}`, fullName: `Cán bộ ${caller}`, role: caller });
  expect(jest.mocked(revalidatePath).mock.calls).toEqual([["/a"], ["/b/3", "layout"]]);
});

test("a failed result is returned as it is and revalidates nothing", async () => {
  signInAs("JURY");
  const { action } = build("fail");
  expect(await action({ phone: "0912345678", count: 1 })).toEqual({ ok: false, error: "Không được." });
  expect(revalidatePath).not.toHaveBeenCalled();
});

test("capability null: any active staff member, of any role; anyone else is refused", async () => {
  const fn = jest.fn(async (_input: undefined, staff: StaffCaller) => ok(staff.role));
  const action = staffAction(null, null, fn, { name: "ownAccountAction", revalidate: ["/own"] });
  for (const role of ["ADMIN", "EDITOR", "JURY", "SECRETARY"] as const) {
    signInAs(role);
    expect(await action()).toEqual({ ok: true, data: role });
  }
  for (const caller of ["anonymous", "participant", "disabled JURY"] as const) {
    signInAs(caller);
    expect(await action()).toEqual({ ok: false, error: SIGN_IN });
  }
  expect(fn).toHaveBeenCalledTimes(4);
  // Without a schema the function never sees what was posted.
  expect(fn.mock.calls.every(([input]) => input === undefined)).toBe(true);
  expect(revalidatePath).toHaveBeenCalledTimes(4);
});

test("a further rule on the caller refuses before the input is read", async () => {
  const fn = jest.fn(async () => ok(undefined));
  const action = staffAction("jury", schema, fn, { name: "adminOnlyAction", refuse: (staff) => (staff.role === "ADMIN" ? null : "Chỉ quản trị viên.") });
  signInAs("JURY");
  expect(await action({ phone: "x" })).toEqual({ ok: false, error: "Chỉ quản trị viên." });
  signInAs("ADMIN");
  expect(await action({ phone: "x" })).toMatchObject({ ok: false, fieldErrors: { phone: ["Số điện thoại chưa đúng."] } });
  expect(await action({ phone: "0912345678", count: 1 })).toEqual({ ok: true, data: undefined });
  expect(fn).toHaveBeenCalledTimes(1);
});

test("refusals are logged with the action, the reason and the staff id, never the input's values", async () => {
  const lines: unknown[] = [];
  const warn = jest.spyOn(log, "warn").mockImplementation(((obj: unknown) => void lines.push(obj)) as never);
  const info = jest.spyOn(log, "info").mockImplementation(((obj: unknown) => void lines.push(obj)) as never);
  try {
    const { action } = build();
    signInAs("anonymous");
    await action({ phone: "0987654321", count: 1 });
    signInAs("EDITOR");
    await action({ phone: "0987654321", count: 1 });
    signInAs("JURY");
    await action({ phone: "09876543", count: 1 });
    expect(lines).toEqual([
      { action: "testJuryAction", capability: "jury", reason: "not signed in" },
      { action: "testJuryAction", capability: "jury", reason: "role lacks capability", staffId: staffIds.get("EDITOR") },
      { action: "testJuryAction", reason: "invalid input", staffId: staffIds.get("JURY"), fields: ["phone"] },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/098765/);
  } finally {
    warn.mockRestore();
    info.mockRestore();
  }
});
