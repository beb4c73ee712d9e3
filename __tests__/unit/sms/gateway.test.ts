// The SMS port: the http-json adapter against a real local HTTP server (node:http, no mocked fetch)
// — the JSON body, the token, a non-2xx answer and a silent gateway are errors — the console
// adapter, and which adapter the settings choose.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { consoleGateway, httpJsonGateway, internationalNumber, smsGateway, smsSettings } from "@/lib/sms/gateway";

let server: Server;
let url = "";
let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void = (_req, _body, res) => res.end();
const received: { method?: string; path?: string; headers: IncomingMessage["headers"]; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ method: req.method, path: req.url, headers: req.headers, body });
      answer(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/sms`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

test("POSTs {to, text, brandname} as JSON with the bearer token, the number in international form", async () => {
  answer = (_req, _body, res) => {
    res.writeHead(202, { "Content-Type": "application/json" });
    res.end('{"id":"msg-1"}');
  };
  await httpJsonGateway({ url, token: "t0k3n", brandname: "SO KHCN" }).send("0912345678", "Ma xac nhan 123456");
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({ method: "POST", path: "/api/sms" });
  expect(received[0].headers).toMatchObject({ authorization: "Bearer t0k3n", "content-type": "application/json" });
  expect(JSON.parse(received[0].body)).toEqual({ to: "84912345678", text: "Ma xac nhan 123456", brandname: "SO KHCN" });
});

test("sends no Authorization header without a token", async () => {
  answer = (_req, _body, res) => res.end("{}");
  await httpJsonGateway({ url }).send("0912345678", "x");
  expect(received[0].headers.authorization).toBeUndefined();
});

test.each([400, 401, 500, 503])("a %i answer is an error naming the status and the gateway's words", async (status) => {
  answer = (_req, _body, res) => {
    res.writeHead(status);
    res.end("quota exceeded");
  };
  await expect(httpJsonGateway({ url }).send("0912345678", "x")).rejects.toThrow(`SMS gateway answered HTTP ${status}: quota exceeded`);
});

test("a gateway that does not answer within the timeout is an error", async () => {
  answer = () => undefined; // never answers
  await expect(httpJsonGateway({ url, timeoutMs: 200 }).send("0912345678", "x")).rejects.toThrow();
});

test("the console adapter prints the text with the number masked", async () => {
  const info = jest.fn();
  await consoleGateway({ info } as never).send("0912345678", "Ma xac nhan 123456");
  expect(info).toHaveBeenCalledWith({ sms: { to: "09******78", text: "Ma xac nhan 123456" } }, expect.any(String));
});

test.each([
  [{}, "console"],
  [{ SMS_GATEWAY_URL: "https://sms.example.vn/send" }, "http-json"],
  [{ SMS_GATEWAY: "console", SMS_GATEWAY_URL: "https://sms.example.vn/send" }, "console"],
] as const)("settings %j choose the %s adapter", (env, kind) => {
  expect(smsSettings(env).kind).toBe(kind);
  expect(smsGateway(env).kind).toBe(kind);
});

test.each([
  [{ SMS_GATEWAY: "http-json" }, "SMS_GATEWAY=http-json needs SMS_GATEWAY_URL"],
  [{ SMS_GATEWAY: "carrier-pigeon" }, 'SMS_GATEWAY must be "http-json" or "console", not "carrier-pigeon"'],
])("settings %j are a configuration error", (env, message) => {
  expect(() => smsSettings(env)).toThrow(message);
});

test.each([
  ["0912345678", "84912345678"],
  ["+84912345678", "84912345678"],
])("%s is sent as %s", (phone, expected) => {
  expect(internationalNumber(phone)).toBe(expected);
});
