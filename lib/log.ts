// Structured logs (pino, JSON lines on stdout). Personal data and secrets are redacted by key
// wherever they appear, so a careless `log.info({ participant })` cannot leak them.
import pino from "pino";

const REDACTED_KEYS = [
  "password",
  "passwordHash",
  "newPassword",
  "currentPassword",
  "cccd",
  "phone",
  "email",
  "birthDate",
  "fullName",
  "authorization",
  "cookie",
  "token",
  "secret",
  "csrfToken",
];

const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `req.headers.${k}`]);

export const log = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "silent" : "info"),
  redact: { paths, censor: "[ẩn]" },
  base: { app: "cuoc-thi" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A child logger that writes into `destination` (tests read what would have been logged). */
export function createLogger(destination: { write(line: string): void }) {
  return pino({ level: "info", redact: { paths, censor: "[ẩn]" } }, destination);
}
