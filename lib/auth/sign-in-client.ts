// Browser-side sign-in against next-auth's credentials endpoint, keeping our own errors:
// the Vietnamese message from authorize() and the 429 + Retry-After of the rate limit.
export type SignInResult = { ok: true } | { ok: false; error: string; retryAfter?: number };

export async function signInWithCredentials(provider: "participant" | "staff", fields: Record<string, string>): Promise<SignInResult> {
  try {
    const csrf = await fetch("/api/auth/csrf", { cache: "no-store" }).then((r) => r.json() as Promise<{ csrfToken: string }>);
    const body = new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, json: "true" });
    const res = await fetch(`/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body,
    });
    if (res.status === 429) {
      const data = (await res.json().catch(() => ({}))) as { error?: string; retryAfter?: number };
      return {
        ok: false,
        error: data.error ?? "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau.",
        retryAfter: Number(res.headers.get("Retry-After")) || data.retryAfter,
      };
    }
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : "Không đăng nhập được.";
    if (error) return { ok: false, error: error === "CredentialsSignin" ? "Thông tin đăng nhập không đúng." : error };
    return { ok: true };
  } catch {
    return { ok: false, error: "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại." };
  }
}
