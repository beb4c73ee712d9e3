// The one way to build a staff server action (the Dub pattern): who is calling → may their role do
// this → `schema.safeParse(input)` → a plain function of lib/ → revalidate → its ActionResult.
// Every exported action is a public endpoint (a direct POST reaches it), so the check lives here,
// not in a layout. The domain functions write their audit rows in their own transactions; this
// logs what never reaches them: refused callers and invalid input (names only, never values).
// __tests__/integration/security/staff-actions.test.ts fails when a staff action file exports a
// function not built here.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Capability } from "../auth/roles";
import { authorizeStaff, type StaffCaller } from "../auth/session";
import { log } from "../log";
import { invalid, type ActionResult } from "./result";

/** A path to revalidate, or a path and its type (a layout covers every page below it). */
export type Revalidation = string | readonly [path: string, type: "layout" | "page"];

export interface StaffActionOptions<In, T> {
  /** The exported name, for the log of refused calls (the test holds it equal to the export). */
  name: string;
  /** A further rule on the caller, checked before the input: the refusal message, or null to go on. */
  refuse?: (staff: StaffCaller) => string | null;
  /** Revalidated only after an ok result: fixed paths, or paths from the parsed input and the data. */
  revalidate?: readonly Revalidation[] | ((input: In, data: T) => readonly Revalidation[]);
}

// The actions built here, with their names: the test asks isStaffAction of every export.
const built = new WeakMap<object, string>();

export function isStaffAction(fn: unknown): boolean {
  return typeof fn === "function" && built.has(fn);
}

export function staffActionName(fn: unknown): string | undefined {
  return typeof fn === "function" ? built.get(fn) : undefined;
}

/**
 * `capability` null: any signed-in, active staff member (one's own password, signing out everywhere).
 * `schema` null: the action takes no input and `fn` receives undefined.
 */
export function staffAction<S extends z.ZodType, T>(
  capability: Capability | null,
  schema: S,
  fn: (input: z.output<S>, staff: StaffCaller) => Promise<ActionResult<T>>,
  options: StaffActionOptions<z.output<S>, T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function staffAction<T>(
  capability: Capability | null,
  schema: null,
  fn: (input: undefined, staff: StaffCaller) => Promise<ActionResult<T>>,
  options: StaffActionOptions<undefined, T>,
): () => Promise<ActionResult<T>>;
export function staffAction<T>(
  capability: Capability | null,
  schema: z.ZodType | null,
  // `never`: each overload's input type is assignable here; the schema made `data` that type.
  fn: (input: never, staff: StaffCaller) => Promise<ActionResult<T>>,
  options: StaffActionOptions<never, T>,
): (input?: unknown) => Promise<ActionResult<T>> {
  const { name } = options;
  const action = async (input?: unknown): Promise<ActionResult<T>> => {
    const auth = await authorizeStaff(capability);
    if (!auth.ok) {
      const who = auth.status === 403 ? { reason: "role lacks capability", staffId: auth.staffId } : { reason: "not signed in" };
      log.warn({ action: name, capability, ...who }, "staff action refused");
      return { ok: false, error: auth.error };
    }
    const refusal = options.refuse?.(auth.staff) ?? null;
    if (refusal !== null) {
      log.warn({ action: name, reason: "refused by rule", staffId: auth.staff.id }, "staff action refused");
      return { ok: false, error: refusal };
    }
    let data: unknown = undefined;
    if (schema) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const result = invalid(parsed.error);
        log.info({ action: name, reason: "invalid input", staffId: auth.staff.id, fields: Object.keys(result.fieldErrors) }, "staff action refused");
        return result;
      }
      data = parsed.data;
    }
    const result = await fn(data as never, auth.staff);
    if (result.ok && options.revalidate) {
      const paths = typeof options.revalidate === "function" ? options.revalidate(data as never, result.data) : options.revalidate;
      for (const p of paths) {
        if (typeof p === "string") revalidatePath(p);
        else revalidatePath(p[0], p[1]);
      }
    }
    return result;
  };
  built.set(action, name);
  return action;
}
