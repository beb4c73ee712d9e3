// Sending SMS: one port, two adapters chosen by settings (README.md "Settings"). `http-json` POSTs
// {to, text, brandname} as JSON to a brandname gateway (most Vietnamese SMS providers take this
// shape, or a small relay of the operator's own translates it); `console` prints the message to the
// server log instead, the default while no SMS_GATEWAY_URL is set (the demo, a fresh checkout).
import "server-only";
import { log } from "../log";
import { maskPhone } from "../text";

export interface SmsGateway {
  kind: "http-json" | "console";
  /** `to`: a Vietnamese mobile number as stored (0xxxxxxxxx). Rejects when the message was not accepted. */
  send(to: string, text: string): Promise<void>;
}

type SmsEnv = Partial<Record<"SMS_GATEWAY" | "SMS_GATEWAY_URL" | "SMS_GATEWAY_TOKEN" | "SMS_BRANDNAME" | "NODE_ENV", string>>;

export interface HttpJsonOptions {
  url: string;
  token?: string;
  brandname?: string;
  timeoutMs?: number;
}

/** 0912345678 → 84912345678: the international form without "+", as brandname gateways take it. */
export function internationalNumber(phone: string): string {
  return phone.startsWith("0") ? `84${phone.slice(1)}` : phone.replace(/^\+/, "");
}

export function httpJsonGateway({ url, token = "", brandname = "", timeoutMs = 10_000 }: HttpJsonOptions): SmsGateway {
  return {
    kind: "http-json",
    async send(to, text) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: internationalNumber(to), text, brandname }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) {
        // The gateway's own words help the operator; its body is cut short (it may echo the message).
        const detail = (await res.text().catch(() => "")).slice(0, 200);
        throw new Error(`SMS gateway answered HTTP ${res.status}${detail ? `: ${detail}` : ""}`);
      }
      await res.body?.cancel().catch(() => undefined);
    },
  };
}

export function consoleGateway(logger: Pick<typeof log, "info"> = log): SmsGateway {
  return {
    kind: "console",
    async send(to, text) {
      logger.info({ sms: { to: maskPhone(to), text } }, "SMS not sent (no SMS gateway configured): its text is printed here");
    },
  };
}

/** SMS_GATEWAY names the adapter; unset, it is http-json when SMS_GATEWAY_URL is set, else console. */
export function smsSettings(env: SmsEnv = process.env): { kind: "console" } | ({ kind: "http-json" } & HttpJsonOptions) {
  const url = env.SMS_GATEWAY_URL?.trim() ?? "";
  const kind = env.SMS_GATEWAY?.trim() || (url ? "http-json" : "console");
  if (kind === "console") return { kind };
  if (kind !== "http-json") throw new Error(`SMS_GATEWAY must be "http-json" or "console", not "${kind}"`);
  if (!url) throw new Error("SMS_GATEWAY=http-json needs SMS_GATEWAY_URL");
  return { kind, url, token: env.SMS_GATEWAY_TOKEN?.trim() ?? "", brandname: env.SMS_BRANDNAME?.trim() ?? "" };
}

let cached: { key: string; gateway: SmsGateway } | null = null;

/** The gateway of the current settings (rebuilt when they change, e.g. between tests). */
export function smsGateway(env: SmsEnv = process.env): SmsGateway {
  const settings = smsSettings(env);
  const key = JSON.stringify(settings);
  if (cached?.key !== key) {
    if (settings.kind === "console" && env.NODE_ENV === "production")
      log.warn("No SMS gateway is configured: SMS (password recovery codes) are printed to this log, not sent");
    cached = { key, gateway: settings.kind === "http-json" ? httpJsonGateway(settings) : consoleGateway() };
  }
  return cached.gateway;
}
