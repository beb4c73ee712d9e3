// next-auth's endpoints (sign-in, sign-out, session, CSRF). Called by the sign-in forms and the
// session helpers. Credential posts pass the sign-in limits first (lib/security/sign-in-limits.ts:
// 429 with a Vietnamese message and Retry-After), and their outcome is counted afterwards.
import NextAuth from "next-auth";
import { auditStaffSignIn } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { errorResponse } from "@/lib/http/error-body";
import { checkSignIn, isFirstRefusal, readSignInAttempt, runSignIn } from "@/lib/security/sign-in-limits";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: Request, ctx: Ctx) {
  return handler(req, ctx);
}

export async function POST(req: Request, ctx: Ctx) {
  const attempt = await readSignInAttempt(req);
  if (!attempt) return handler(req, ctx);
  const gate = await checkSignIn(attempt);
  if (!gate.ok) {
    if (attempt.kind === "staff" && (await isFirstRefusal(attempt, gate.retryAfterSec))) {
      await auditStaffSignIn({ username: attempt.username, staff: null, failure: "too-many-tries", ipHash: attempt.ipHash, retryAfterSec: gate.retryAfterSec });
    }
    return errorResponse(429, gate.message, { code: "TOO_MANY_ATTEMPTS", retryAfter: gate.retryAfterSec }, { "Retry-After": String(gate.retryAfterSec) });
  }
  return runSignIn(attempt, () => handler(req, ctx));
}
