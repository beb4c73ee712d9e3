// Sending e-mail: one port, two adapters chosen by settings (README.md "Settings"). With SMTP_HOST
// set, nodemailer delivers through that SMTP server; without it (the demo, a fresh checkout) the
// message is printed to the server log instead, so a recovery link can still be followed there.
import "server-only";
import nodemailer from "nodemailer";
import { log } from "../log";

interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  kind: "smtp" | "console";
  send(message: MailMessage): Promise<void>;
}

type MailEnv = Partial<Record<"SMTP_HOST" | "SMTP_PORT" | "SMTP_SECURE" | "SMTP_USER" | "SMTP_PASS" | "MAIL_FROM" | "NODE_ENV", string>>;

export type MailSettings =
  { kind: "smtp"; host: string; port: number; secure: boolean; user: string; pass: string; from: string } | { kind: "console"; from: string };

const DEFAULT_FROM = "Ban Tổ chức cuộc thi <no-reply@localhost>";

/** The settings as the environment gives them; a bad SMTP_PORT is a configuration error, said at once. */
export function mailSettings(env: MailEnv = process.env): MailSettings {
  const from = env.MAIL_FROM?.trim() || DEFAULT_FROM;
  const host = env.SMTP_HOST?.trim();
  if (!host) return { kind: "console", from };
  const secure = /^(1|true|yes)$/i.test(env.SMTP_SECURE?.trim() ?? "");
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : secure ? 465 : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT is not a port number: ${env.SMTP_PORT}`);
  return { kind: "smtp", host, port, secure, user: env.SMTP_USER?.trim() ?? "", pass: env.SMTP_PASS ?? "", from };
}

function smtpMailer(s: Extract<MailSettings, { kind: "smtp" }>): Mailer {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    // true: TLS from the first byte (port 465); false: plain, upgraded by STARTTLS when the server offers it.
    secure: s.secure,
    auth: s.user ? { user: s.user, pass: s.pass } : undefined,
    // A silent server must not hold a request's background delivery for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    kind: "smtp",
    async send(m) {
      await transport.sendMail({ from: s.from, to: m.to, subject: m.subject, text: m.text, html: m.html });
    },
  };
}

/** "an***@example.vn": enough to tell messages apart in a log, not the address. */
function maskAddress(address: string): string {
  const [name, domain] = address.split("@");
  return `${name.slice(0, 2)}***@${domain ?? ""}`;
}

export function consoleMailer(logger: Pick<typeof log, "info"> = log): Mailer {
  return {
    kind: "console",
    async send(m) {
      logger.info({ mail: { to: maskAddress(m.to), subject: m.subject, text: m.text } }, "e-mail not sent (SMTP_HOST is not set): its text is printed here");
    },
  };
}

let cached: { key: string; mailer: Mailer } | null = null;

/** The mailer of the current settings (rebuilt when they change, e.g. between tests). */
export function mailer(env: MailEnv = process.env): Mailer {
  const settings = mailSettings(env);
  const key = JSON.stringify(settings);
  if (cached?.key !== key) {
    if (settings.kind === "console" && env.NODE_ENV === "production")
      log.warn("SMTP_HOST is not set: e-mails (password recovery links) are printed to this log, not sent");
    cached = { key, mailer: settings.kind === "smtp" ? smtpMailer(settings) : consoleMailer() };
  }
  return cached.mailer;
}
