// @ts-check

// Content-Security-Policy. Next.js streams its RSC payload in inline <script> tags, so scripts
// need 'unsafe-inline' unless every page is rendered per request with a nonce (which would forbid
// prerendering the public pages). React escapes all text we render; no page uses
// dangerouslySetInnerHTML with user input (docs/SECURITY.md).
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// An uploaded study document opened in the browser (app/(public)/tai-lieu/[documentId]/route.ts)
// is not a page: it gets a policy of its own that allows only itself, because Chrome's PDF viewer
// refuses to show a PDF whose response says object-src 'none'. Next.js lets a config header win
// over the route's own, so the page policy must not match that path at all.
const documentFileCsp = ["default-src 'none'", "object-src 'self'", "img-src 'self' data:", "style-src 'unsafe-inline'", "frame-ancestors 'none'"].join("; ");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // HSTS only behind https: the public address (PUBLIC_URL, or NEXTAUTH_URL of older deployments) says so.
  ...((process.env.PUBLIC_URL?.trim() || process.env.NEXTAUTH_URL || "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // NEXT_OUTPUT=standalone npm run build → a self-contained server in .next/standalone (docs/OPERATIONS.md).
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Native and database drivers stay outside the server bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pino",
    "exceljs",
    "pdf-lib",
    "@pdf-lib/fontkit",
  ],
  async redirects() {
    // Older links to an earlier contest's results: /ket-qua?cuoc-thi=<slug>.
    return [
      { source: "/ket-qua", has: [{ type: "query", key: "cuoc-thi", value: "(?<slug>[a-z0-9-]+)" }], destination: "/cuoc-thi/:slug/ket-qua", permanent: false },
    ];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path((?!tai-lieu/).*)", headers: [{ key: "Content-Security-Policy", value: csp }] },
      { source: "/tai-lieu/:documentId", headers: [{ key: "Content-Security-Policy", value: documentFileCsp }] },
    ];
  },
};

module.exports = nextConfig;
