// Absolute links printed on certificates and in the mail-merge data. Pure.

/** NEXTAUTH_URL (the site's public address) when set, else the request's origin. */
export function publicBaseUrl(requestUrl?: string | null, env: string | undefined = process.env.NEXTAUTH_URL): string {
  const configured = (env ?? "").trim();
  if (configured) return configured.replace(/\/+$/, "");
  if (requestUrl) return new URL(requestUrl).origin;
  return "http://localhost:3000";
}

export function verificationPath(code: string): string {
  return `/chung-nhan/${encodeURIComponent(code)}`;
}

export function verificationUrl(baseUrl: string, code: string): string {
  return baseUrl.replace(/\/+$/, "") + verificationPath(code);
}
