// The site's public address and the absolute links built from it (certificate QR codes, the
// mail-merge data, e-mails). Pure.

type UrlEnv = { PUBLIC_URL?: string; NEXTAUTH_URL?: string; PORT?: string };

/** The configured public address: PUBLIC_URL, else (older deployments) NEXTAUTH_URL; null when neither is set. */
export function configuredPublicUrl(env: UrlEnv = process.env): string | null {
  const configured = (env.PUBLIC_URL ?? "").trim() || (env.NEXTAUTH_URL ?? "").trim();
  return configured ? configured.replace(/\/+$/, "") : null;
}

/**
 * The address printed on certificates and sent in links: the configured one, else the request's
 * origin, else this machine on PORT (a link must never point at a port nothing listens on).
 */
export function publicBaseUrl(requestUrl?: string | null, env: UrlEnv = process.env): string {
  const configured = configuredPublicUrl(env);
  if (configured) return configured;
  if (requestUrl) return new URL(requestUrl).origin;
  return `http://localhost:${(env.PORT ?? "").trim() || "3000"}`;
}

export function verificationPath(code: string): string {
  return `/chung-nhan/${encodeURIComponent(code)}`;
}

export function verificationUrl(baseUrl: string, code: string): string {
  return baseUrl.replace(/\/+$/, "") + verificationPath(code);
}
