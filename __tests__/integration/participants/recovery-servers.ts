// The real components account recovery talks to, started by the test itself on free local ports:
// an SMTP receiver (smtp-server, with AUTH, messages parsed by mailparser) and a JSON/HTTP SMS
// brandname gateway (node:http). No mock of nodemailer or of fetch.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpReceiver {
  port: number;
  user: string;
  pass: string;
  messages: ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ParsedMail[] = [];
  const user = "cuocthi-mailer";
  const pass = "mat-khau-smtp";
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to make; AUTH is still required and checked.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === pass) cb(null, { user });
      else cb(new Error("Invalid username or password"));
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          cb();
        })
        .catch((err: Error) => cb(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, user, pass, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface SmsRequest {
  headers: IncomingHttpHeaders;
  body: { to: string; text: string; brandname: string };
}

export interface SmsGatewayServer {
  url: string;
  requests: SmsRequest[];
  /** The status the next requests are answered with (200 by default). */
  setStatus(status: number): void;
  close(): Promise<void>;
}

export async function startSmsGateway(): Promise<SmsGatewayServer> {
  const requests: SmsRequest[] = [];
  let status = 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as SmsRequest["body"] });
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(status < 300 ? { status: "queued" } : { error: "quota exceeded" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/sms/send`,
    requests,
    setStatus: (s) => {
      status = s;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
