// next-auth's endpoints (sign-in, sign-out, session, CSRF). Called by the sign-in forms and the
// session helpers. Credential posts are rate-limited here, per IP and per identifier, with a
// Vietnamese message and Retry-After, before next-auth checks the password.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { consume, type LimitName } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/request";

const handler = NextAuth(authOptions);

async function limited(req: Request): Promise<Response | null> {
  const path = new URL(req.url).pathname;
  const provider = /\/callback\/(participant|staff)$/.exec(path)?.[1];
  if (!provider) return null;
  const ip = clientIp(req.headers);
  const form = await req.clone().formData().catch(() => null);
  const identifier = String(form?.get(provider === "staff" ? "username" : "identifier") ?? "").trim().toLowerCase();
  const checks: [LimitName, string][] =
    provider === "staff" ? [["staff-signin-ip", ip]] : [["signin-ip", ip], ["signin-id", identifier || ip]];
  for (const [name, key] of checks) {
    const r = await consume(name, key);
    if (!r.ok) {
      return Response.json({ error: r.message, retryAfter: r.retryAfterSec }, { status: 429, headers: { "Retry-After": String(r.retryAfterSec) } });
    }
  }
  return null;
}

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: Request, ctx: Ctx) {
  return handler(req, ctx);
}

export async function POST(req: Request, ctx: Ctx) {
  return (await limited(req)) ?? handler(req, ctx);
}
