// The sign-in limits (docs/SECURITY.md §4): only wrong passwords count, per identity AND source,
// with a growing wait then a short block, so an attacker elsewhere is slowed while the owner from
// their own network still gets in; a coarse per-source limit stands against spraying identities.
// Keys are stored as keyed hashes (no CCCD, phone or IP in the store).
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { blockedFor, blockKey, count, reward, tooManyMessage, type LimitName } from "./rate-limit";
import { clientIp, hashIdentifier, UNKNOWN_SOURCE } from "./request";
import { participantIdentityKey, staffIdentityKey, UNKNOWN_SOURCE_MAX_HOLD_SEC, waitAfterFailures, type SignInKind } from "./sign-in-rules";

export interface SignInAttempt {
  kind: SignInKind;
  /** The typed username (staff) for the audit log; never the password. */
  username: string;
  identityKey: string | null;
  source: string;
  ipHash: string;
  outcome?: "success" | "failure";
}

const STAGES: Record<SignInKind, { fail: LimitName; wait: LimitName; source: LimitName }> = {
  participant: { fail: "signin-fail", wait: "signin-wait", source: "signin-source" },
  staff: { fail: "staff-signin-fail", wait: "staff-signin-wait", source: "staff-signin-source" },
};

const current = new AsyncLocalStorage<SignInAttempt>();

/** The sign-in being handled (set by the next-auth route), for the outcome and the audit's IP hash. */
export function currentSignIn(): SignInAttempt | undefined {
  return current.getStore();
}

/** Called by authentication once the password has been checked. */
export function reportSignInOutcome(ok: boolean): void {
  const a = current.getStore();
  if (a) a.outcome = ok ? "success" : "failure";
}

/** A credentials post to next-auth, read from a copy of the request; null for anything else. */
export async function readSignInAttempt(req: Request): Promise<SignInAttempt | null> {
  const kind = /\/callback\/(participant|staff)$/.exec(new URL(req.url).pathname)?.[1] as SignInKind | undefined;
  if (!kind) return null;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === "string" ? v : "";
  };
  const source = clientIp(req.headers);
  const username = kind === "staff" ? field("username") : "";
  const identityKey = kind === "staff" ? staffIdentityKey(username) : participantIdentityKey(field("contestId"), field("identifier"));
  return { kind, username, identityKey, source, ipHash: hashIdentifier(source) };
}

function idSourceKey(a: SignInAttempt): string | null {
  return a.identityKey === null ? null : hashIdentifier(`${a.kind}|${a.identityKey}|${a.source}`);
}

function sourceKey(a: SignInAttempt): string {
  return hashIdentifier(`${a.kind}|${a.source}`);
}

export type Gate = { ok: true } | { ok: false; retryAfterSec: number; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Before the password is checked: refuses while this identity+source waits, or while the source is
 * over its failure limit. From the "unknown" source (no trusted proxy) the identity's wait only
 * holds the request a moment: refusing would let anyone lock the owner out.
 */
export async function checkSignIn(a: SignInAttempt): Promise<Gate> {
  const stage = STAGES[a.kind];
  const key = idSourceKey(a);
  const [waitMs, sourceMs] = await Promise.all([key ? blockedFor(stage.wait, key) : 0, blockedFor(stage.source, sourceKey(a))]);
  if (sourceMs > 0) return refuse(sourceMs);
  if (waitMs > 0) {
    if (a.source !== UNKNOWN_SOURCE) return refuse(waitMs);
    await sleep(Math.min(waitMs, UNKNOWN_SOURCE_MAX_HOLD_SEC * 1000));
  }
  return { ok: true };
}

function refuse(ms: number): Gate {
  const retryAfterSec = Math.max(1, Math.ceil(ms / 1000));
  return { ok: false, retryAfterSec, message: tooManyMessage(retryAfterSec) };
}

/**
 * Whether a refused staff try should be audited: the first refusal of a wait is, the ones after it
 * until the wait ends are not (a script hammering a blocked source must not flood the audit log).
 */
export async function isFirstRefusal(a: SignInAttempt, retryAfterSec: number): Promise<boolean> {
  const key = hashIdentifier(`${a.kind}|${a.identityKey ?? ""}|${a.source}`);
  if ((await blockedFor("staff-signin-refusal-audited", key)) > 0) return false;
  await blockKey("staff-signin-refusal-audited", key, retryAfterSec);
  return true;
}

/** After the password was checked: a failure counts and may start a wait; a success clears. */
async function recordSignIn(a: SignInAttempt): Promise<void> {
  if (!a.outcome) return; // next-auth refused before any password check (e.g. a missing CSRF token)
  const stage = STAGES[a.kind];
  const key = idSourceKey(a);
  if (a.outcome === "success") {
    // The source's count stays: one good account must not reset a sprayer's budget.
    if (key) await Promise.all([reward(stage.fail, key), reward(stage.wait, key)]);
    return;
  }
  await count(stage.source, sourceKey(a));
  if (!key) return;
  const failures = await count(stage.fail, key);
  await blockKey(stage.wait, key, waitAfterFailures(failures));
}

/** Runs next-auth's handler with the attempt in context, then records what authentication said. */
export async function runSignIn(a: SignInAttempt, handle: () => Promise<Response>): Promise<Response> {
  const res = await current.run(a, handle);
  await recordSignIn(a);
  return res;
}
