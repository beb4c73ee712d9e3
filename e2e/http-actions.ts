// An HTTP client for the quiz's server actions, calling them exactly as the browser does: the
// action id from the build's manifest, the arguments encoded by React's encodeReply, the
// `Next-Action` header and a next-auth session cookie. Shared by the fault tests (e2e/faults.e2e.ts)
// and the deadline-rush benchmark (bench/surge.mts). Runs from the repository root.
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

export const QUIZ_ACTIONS = ["startAttemptAction", "saveAnswerAction", "savePredictionAction", "submitAttemptAction"] as const;
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
  /** The action answered `{ ok: true, … }`: the write is acknowledged. */
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
export function flightText(html: string): string {
  const parts = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]) as string);
  return parts.length ? parts.join("") : html;
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
        Cookie: this.cookie,
        ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
      },
      body,
    });
    const text = await res.text();
    const redirect = res.headers.get("x-action-redirect") ?? res.headers.get("location");
    return { status: res.status, ok: res.ok && text.includes('"ok":true'), text, redirect };
  }

  /** Start (or resume) an attempt from /thi; the attempt id comes from the action's redirect. */
  async start(roundId: string): Promise<{ attemptId: string | null; reply: ActionReply }> {
    const form = new FormData();
    form.set("roundId", roundId);
    const reply = await this.call("/thi", this.ids.startAttemptAction, [null, form]);
    const attemptId = /\/thi\/([^;/?]+)/.exec(reply.redirect ?? "")?.[1] ?? null;
    return { attemptId, reply };
  }

  /** GET /thi/<id> and scrape the questions' positions and option tokens from the RSC payload. */
  async page(attemptId: string): Promise<AttemptPage> {
    const res = await fetch(`${this.base}/thi/${attemptId}`, { headers: { Cookie: this.cookie }, signal: AbortSignal.timeout(this.timeoutMs) });
    const text = flightText(await res.text());
    // Each question object is {position, text, options: [{text, token}…], chosen}: a token belongs
    // to the position seen last before it.
    const questions: { position: number; tokens: string[] }[] = [];
    const seen = new Set<number>();
    let current: { position: number; tokens: string[] } | null = null;
    for (const m of text.matchAll(/"position":(\d+)|"token":"([A-Za-z0-9_-]+)"/g)) {
      if (m[1] !== undefined) {
        const position = Number(m[1]);
        current = seen.has(position) ? null : { position, tokens: [] };
        if (current) {
          seen.add(position);
          questions.push(current);
        }
      } else current?.tokens.push(m[2]);
    }
    if (!res.ok || questions.length === 0 || questions.some((q) => q.tokens.length < 2)) return { status: res.status, questions: [] };
    return { status: res.status, questions };
  }

  save(attemptId: string, position: number, token: string): Promise<ActionReply> {
    return this.call(`/thi/${attemptId}`, this.ids.saveAnswerAction, [{ attemptId, position, token }]);
  }

  predict(attemptId: string, prediction: number): Promise<ActionReply> {
    return this.call(`/thi/${attemptId}`, this.ids.savePredictionAction, [{ attemptId, prediction }]);
  }

  submit(attemptId: string): Promise<ActionReply> {
    return this.call(`/thi/${attemptId}`, this.ids.submitAttemptAction, [{ attemptId, source: "PARTICIPANT" }]);
  }
}
