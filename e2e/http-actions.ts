// An HTTP client for the quiz, making the requests the browser makes: the Start server action (its
// id from the build's manifest, the arguments encoded by React's encodeReply, the `Next-Action`
// header), whose response carries the attempt page's RSC payload; then the JSON endpoints for
// saves, the prediction and the submit (lib/attempts/api.ts); all with the Origin header and a
// next-auth session cookie. Shared by the fault tests (e2e/faults.e2e.ts) and the deadline-rush
// benchmark (bench/surge.mts). Runs from the repository root.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { optionIndexOfToken } from "../lib/attempts/option-order";

export { optionIndexOfToken };

// The same encoder the browser bundle uses; a CommonJS module, loaded relative to the repository.
const requireFromRoot = createRequire(join(process.cwd(), "package.json"));
const { encodeReply } = requireFromRoot("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply(v: unknown): Promise<string | FormData>;
};

const QUIZ_ACTIONS = ["startAttemptAction"] as const;
export type QuizActionIds = Record<(typeof QUIZ_ACTIONS)[number], string>;

/** The quiz actions' ids in the production build (`.next/server/server-reference-manifest.json`). */
export function quizActionIds(root: string = process.cwd()): QuizActionIds {
  const manifest = JSON.parse(readFileSync(join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const byName: Record<string, string> = {};
  for (const [id, v] of Object.entries(manifest.node)) if (v.exportedName) byName[v.exportedName] = id;
  const out = {} as QuizActionIds;
  for (const name of QUIZ_ACTIONS) {
    if (!byName[name]) throw new Error(`Server action ${name} not found in the build manifest`);
    out[name] = byName[name];
  }
  return out;
}

export interface SessionParticipant {
  id: string;
  contestId: string;
  name: string;
}

/** The cookie next-auth would have set after the participant signed in (same secret as the server). */
export async function participantCookie(secret: string, p: SessionParticipant): Promise<string> {
  const token = await encode({ secret, token: { uid: p.id, kind: "participant", contestId: p.contestId, name: p.name } });
  return `next-auth.session-token=${token}`;
}

export interface ActionReply {
  status: number;
  /** The server answered `{ ok: true, … }`: the write is acknowledged. */
  ok: boolean;
  text: string;
  /** Where a redirecting action sends the browser (x-action-redirect), if anywhere. */
  redirect: string | null;
}

export interface AttemptPage {
  status: number;
  /** Each question's position and its options' opaque tokens, in the order shown. */
  questions: { position: number; tokens: string[] }[];
}

/**
 * One signed-in participant's browser. Every request has a client-side timeout (`timeoutMs`), so a
 * server that never answers fails the call instead of hanging; a network error (refused, reset,
 * timed out) is thrown as it is by fetch.
 */
/**
 * The page's RSC payload as one text: Next streams it in many `self.__next_f.push([1,"…"])`
 * scripts and may split a value between two of them, so scanning the raw HTML can miss one.
 */
function flightText(html: string): string {
  const parts = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]) as string);
  return parts.length ? parts.join("") : html;
}

/**
 * Each question's position and option tokens in an attempt page's RSC payload. Each question object
 * is {position, text, options: [{text, token}…], chosen}: a token belongs to the position seen last
 * before it. Empty when any question has fewer than two options (a truncated payload).
 */
function questionsOf(flight: string): AttemptPage["questions"] {
  const questions: AttemptPage["questions"] = [];
  const seen = new Set<number>();
  let current: { position: number; tokens: string[] } | null = null;
  for (const m of flight.matchAll(/"position":(\d+)|"token":"([A-Za-z0-9_-]+)"/g)) {
    if (m[1] !== undefined) {
      const position = Number(m[1]);
      current = seen.has(position) ? null : { position, tokens: [] };
      if (current) {
        seen.add(position);
        questions.push(current);
      }
    } else current?.tokens.push(m[2]);
  }
  return questions.some((q) => q.tokens.length < 2) ? [] : questions;
}

export class QuizClient {
  constructor(
    readonly base: string,
    readonly ids: QuizActionIds,
    readonly cookie: string,
    readonly timeoutMs = 30_000,
  ) {}

  async call(path: string, actionId: string, argsList: unknown[]): Promise<ActionReply> {
    const body = await encodeReply(argsList);
    const res = await fetch(`${this.base}${path}`, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: {
        Accept: "text/x-component",
        "Next-Action": actionId,
        Origin: this.base,
        Cookie: this.cookie,
        ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
      },
      body,
    });
    const text = await res.text();
    const redirect = res.headers.get("x-action-redirect") ?? res.headers.get("location");
    return { status: res.status, ok: res.ok && text.includes('"ok":true'), text, redirect };
  }

  /**
   * Start (or resume) an attempt from /thi. The attempt id comes from the action's redirect, and
   * the questions from the attempt page's RSC payload that Next sends in the same response (the
   * browser renders the attempt from it without another request).
   */
  async start(roundId: string): Promise<{ attemptId: string | null; reply: ActionReply; questions: AttemptPage["questions"] }> {
    const form = new FormData();
    form.set("roundId", roundId);
    const reply = await this.call("/thi", this.ids.startAttemptAction, [null, form]);
    const attemptId = /\/thi\/([^;/?]+)/.exec(reply.redirect ?? "")?.[1] ?? null;
    return { attemptId, reply, questions: attemptId ? questionsOf(reply.text) : [] };
  }

  /** GET /thi/<id> (the HTML a reload gets) and scrape the questions from its RSC payload. */
  async page(attemptId: string): Promise<AttemptPage> {
    const res = await fetch(`${this.base}/thi/${attemptId}`, { headers: { Cookie: this.cookie }, signal: AbortSignal.timeout(this.timeoutMs) });
    const questions = questionsOf(flightText(await res.text()));
    return { status: res.status, questions: res.ok ? questions : [] };
  }

  /** A JSON endpoint of the attempt, as components/quiz/quiz-api.ts calls it. */
  async post(attemptId: string, endpoint: "answers" | "prediction" | "submit", body: Record<string, unknown>): Promise<ActionReply> {
    const res = await fetch(`${this.base}/api/attempts/${attemptId}/${endpoint}`, {
      method: "POST",
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: { "Content-Type": "application/json", Origin: this.base, Cookie: this.cookie },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, ok: res.ok && text.includes('"ok":true'), text, redirect: null };
  }

  save(attemptId: string, position: number, token: string): Promise<ActionReply> {
    return this.post(attemptId, "answers", { position, token });
  }

  predict(attemptId: string, prediction: number): Promise<ActionReply> {
    return this.post(attemptId, "prediction", { prediction });
  }

  submit(attemptId: string): Promise<ActionReply> {
    return this.post(attemptId, "submit", { source: "PARTICIPANT" });
  }
}
