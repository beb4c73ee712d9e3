// Next 16's proxy (the renamed middleware): answers malformed or foreign-Origin server-action posts
// with 400/403 before Next parses them (lib/http/action-request.ts). It is not an authorization
// check (every action checks its caller itself) and runs only for action-shaped posts: the matcher
// requires a `Next-Action` header or a multipart body, so the quiz's JSON saves never reach it.
import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest } from "@/lib/http/action-request";

export async function proxy(req: NextRequest): Promise<NextResponse> {
  const refusal = await checkActionRequest({ method: req.method, url: req.url, headers: req.headers, text: () => req.clone().text() });
  if (!refusal) return NextResponse.next();
  return new NextResponse(refusal.message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|api/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/static|_next/image|api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
