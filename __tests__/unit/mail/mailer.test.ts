// The mail port's settings and its console adapter (the SMTP adapter is tested end to end against
// a real SMTP receiver in __tests__/integration/participants/recovery.test.ts).
import { consoleMailer, mailer, mailSettings } from "@/lib/mail/mailer";

test.each([
  [{}, { kind: "console", from: "Ban Tổ chức cuộc thi <no-reply@localhost>" }],
  [
    { SMTP_HOST: "smtp.example.vn", MAIL_FROM: "BTC <btc@example.vn>" },
    { kind: "smtp", host: "smtp.example.vn", port: 587, secure: false, user: "", pass: "", from: "BTC <btc@example.vn>" },
  ],
  [
    { SMTP_HOST: "smtp.example.vn", SMTP_SECURE: "true", SMTP_USER: "u", SMTP_PASS: "p" },
    expect.objectContaining({ kind: "smtp", port: 465, secure: true, user: "u", pass: "p" }),
  ],
  [{ SMTP_HOST: "smtp.example.vn", SMTP_PORT: "2525" }, expect.objectContaining({ port: 2525, secure: false })],
])("settings %j", (env, expected) => {
  expect(mailSettings(env)).toEqual(expected);
});

test("a port that is not a number is a configuration error", () => {
  expect(() => mailSettings({ SMTP_HOST: "smtp.example.vn", SMTP_PORT: "abc" })).toThrow("SMTP_PORT is not a port number: abc");
});

test("without SMTP_HOST the message's text (and so its link) is printed to the log, the address masked", async () => {
  expect(mailer({}).kind).toBe("console");
  const info = jest.fn();
  await consoleMailer({ info } as never).send({
    to: "an.nguyen@example.vn",
    subject: "Đặt lại mật khẩu",
    text: "Mở http://x/dat-lai-mat-khau?token=abc",
    html: "<p>…</p>",
  });
  expect(info).toHaveBeenCalledWith(
    { mail: { to: "an***@example.vn", subject: "Đặt lại mật khẩu", text: "Mở http://x/dat-lai-mat-khau?token=abc" } },
    expect.any(String),
  );
});
