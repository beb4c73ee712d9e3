// Naughty strings through the question bank on the real database: create and edit (text, options,
// explanation), the near-duplicate check, the import route (Aiken, GIFT, CSV bodies; preview and
// commit) and the bank list's search. No throw and no 5xx; a refusal is Vietnamese; what was saved
// reads back intact. Then a question whose text, options and explanation hold HTML is shown to
// staff (bank list, editor), to a participant (quiz runner, result with explanations) and in the
// item analysis: always as text, never as elements.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.71", "user-agent": "jest" }),
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));
// The client components (editor, quiz runner) ask for the app router while rendering on the server.
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
}));

import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import QuestionPage from "@/app/(admin)/quan-tri/cau-hoi/[id]/page";
import BankPage from "@/app/(admin)/quan-tri/cau-hoi/page";
import ItemAnalysisPage from "@/app/(admin)/quan-tri/thong-ke/cau-hoi/page";
import AttemptResultPage from "@/app/(public)/thi/[attemptId]/ket-qua/page";
import AttemptPage from "@/app/(public)/thi/[attemptId]/page";
import { POST as importRoute } from "@/app/api/admin/questions/import/route";
import { startAttemptAction } from "@/lib/attempts/actions";
import { optionToken } from "@/lib/attempts/option-order";
import { clearQuestionPoolCache } from "@/lib/attempts/question-pool";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkSimilarQuestionsAction, createQuestionAction, updateQuestionAction } from "@/lib/questions/actions";
import { listQuestions } from "@/lib/questions/queries";
import { parseQuestionFilter } from "@/lib/questions/schema";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { searchKey } from "@/lib/text";
import { fixedClock, setClock } from "@/lib/time";
import { makeFixture, T0, type Fixture } from "../attempts/fixtures";
import { saveAnswerVia, submitVia } from "../attempts/quiz-routes";
import { DANGEROUS, XSS, expectInert, isVietnamese, label, noThrow, readsBackAs } from "./naughty";

jest.setTimeout(180_000);

let f: Fixture;
let editorId = "";
const asEditor = () => setSessionForTests({ id: editorId, kind: "staff", role: "EDITOR", name: "bien.tap" });
const question = (over: Record<string, unknown>) => ({
  text: "Câu hỏi?",
  options: [{ text: "Có" }, { text: "Không" }],
  correctIndex: 0,
  explanation: "",
  documentId: null,
  difficulty: "MEDIUM",
  ...over,
});

beforeAll(async () => {
  setClock(fixedClock(T0));
  setRateLimitsDisabled(true);
  f = await makeFixture({ questions: 8, participants: 2, round: { questionCount: 5, answerReview: "IMMEDIATELY" } });
  editorId = (await db.staffUser.create({ data: { username: "bien.tap.an", fullName: "Biên tập", role: "EDITOR", passwordHash: "x" }, select: { id: true } }))
    .id;
});

afterAll(() => {
  setSessionForTests(undefined);
  setRateLimitsDisabled(false);
});

type Result = { ok: boolean; error?: string; data?: unknown };
function handled(what: string, r: Result, problems: string[]) {
  if (!r.ok && (!r.error || !isVietnamese(r.error))) problems.push(`${what}: ${JSON.stringify(r.error)}`);
}

async function storedVersion(id: string) {
  const v = await db.questionVersion.findFirstOrThrow({
    where: { questionId: id },
    orderBy: { version: "desc" },
    select: { text: true, options: true, explanation: true },
  });
  return { text: v.text, options: v.options as string[], explanation: v.explanation };
}

test("create: the string as text, option and explanation, raw and inside a valid question", async () => {
  asEditor();
  const problems: string[] = [];
  for (const [i, s] of DANGEROUS.entries()) {
    const raw = await noThrow(`create raw ${label(s)}`, () =>
      createQuestionAction({
        ...question({ text: s, options: [{ text: s }, { text: "Không" }], explanation: s }),
        contestId: f.contestId,
        confirmSimilar: true,
      }),
    );
    handled(`raw ${label(s)}`, raw as Result, problems);
    const text = `Câu hỏi an toàn số ${i}: ${s}`;
    const options = [`${s} (A)`, `Phương án B số ${i}`];
    const explanation = `Giải thích: ${s}`;
    const r = await noThrow(`create ${label(s)}`, () =>
      createQuestionAction({ ...question({ text, options: options.map((o) => ({ text: o })), explanation }), contestId: f.contestId, confirmSimilar: true }),
    );
    handled(`wrapped ${label(s)}`, r as Result, problems);
    if (!r.ok || r.data.status !== "saved") continue;
    const v = await storedVersion(r.data.id);
    if (!readsBackAs(text.trim(), v.text, db.provider)) problems.push(`text ${label(s)} read back as ${label(v.text)}`);
    if (!readsBackAs(options[0].trim(), v.options[0], db.provider)) problems.push(`option ${label(s)} read back as ${label(v.options[0])}`);
    if (!readsBackAs(explanation.trim(), v.explanation, db.provider)) problems.push(`explanation ${label(s)} read back as ${label(v.explanation)}`);
  }
  expect(problems).toEqual([]);
  // Short enough strings were saved: the sweep wrote something.
  expect(await db.question.count({ where: { contestId: f.contestId } })).toBeGreaterThan(60);
});

test("edit: every string as a new version of one question; the near-duplicate check", async () => {
  asEditor();
  const id = f.questionIds[0];
  const problems: string[] = [];
  for (const [i, s] of DANGEROUS.entries()) {
    const { currentVersion } = await db.question.findUniqueOrThrow({ where: { id }, select: { currentVersion: true } });
    const text = `Câu hỏi đã sửa lần ${i}: ${s}`;
    const r = await noThrow(`update ${label(s)}`, () =>
      updateQuestionAction({
        ...question({ text, options: [{ text: `${s} đúng` }, { text: "Sai" }, { text: "Cũng sai" }], explanation: s }),
        id,
        baseVersion: currentVersion,
        confirmSimilar: true,
      }),
    );
    handled(`update ${label(s)}`, r as Result, problems);
    if (r.ok && r.data.status === "saved" && !readsBackAs(text.trim(), (await storedVersion(id)).text, db.provider))
      problems.push(`update ${label(s)} read back wrong`);
    const similar = await noThrow(`similar ${label(s)}`, () => checkSimilarQuestionsAction({ contestId: f.contestId, text: s, excludeId: null }));
    handled(`similar ${label(s)}`, similar as Result, problems);
  }
  expect(problems).toEqual([]);
});

describe("import route: naughty text in Aiken, GIFT and CSV files", () => {
  const files: [string, (s: string, i: number) => string][] = [
    ["aiken", (s, i) => `Câu nhập Aiken số ${i}: ${s}\nA) ${s} A\nB) Phương án khác ${i}\nANSWER: A\n`],
    [
      "gift",
      (s, i) => `::Câu ${i}:: Câu nhập GIFT số ${i}: ${s.replace(/[{}=~#:\\]/g, "\\$&")} {=${s.replace(/[{}=~#:\\]/g, "\\$&")} A ~Phương án khác ${i}}\n`,
    ],
    [
      "csv",
      (s, i) =>
        `Nội dung,Phương án A,Phương án B,Đáp án,Giải thích\r\n${[`Câu nhập CSV số ${i}: ${s}`, `${s} A`, `Khác ${i}`, "A", s].map((v) => `"${v.replace(/"/g, '""')}"`).join(",")}\r\n`,
    ],
  ];

  test.each(files)("%s: preview and commit answer 200 or 422 with Vietnamese problems, never 5xx", async (format, make) => {
    asEditor();
    const problems: string[] = [];
    for (const [i, s] of DANGEROUS.entries()) {
      for (const mode of ["preview", "commit"]) {
        const res = await noThrow(`${format} ${mode} ${label(s)}`, () =>
          importRoute(
            new Request(
              `http://localhost/api/admin/questions/import?contestId=${f.contestId}&mode=${mode}&fileName=cau-hoi.${format === "aiken" ? "txt" : format}&format=${format}`,
              { method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: make(s, i) },
            ),
          ),
        );
        if (res.status >= 500) problems.push(`${mode} ${label(s)}: ${res.status}`);
        const body = (await res.json()) as { ok: boolean; error?: string; data?: { fileProblems?: string[] } };
        if (!body.ok && !isVietnamese(body.error ?? "")) problems.push(`${mode} ${label(s)}: ${body.error}`);
        for (const p of body.data?.fileProblems ?? []) if (!isVietnamese(p)) problems.push(`${mode} ${label(s)}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("a whole file of naughty questions imports or is refused as a whole, never half", async () => {
    asEditor();
    const before = await db.question.count();
    const body = DANGEROUS.map((s, i) => `Cả tệp, câu ${i}: ${s}\nA) ${s} A\nB) Khác ${i}\nANSWER: A\n`).join("\n");
    const res = await importRoute(
      new Request(`http://localhost/api/admin/questions/import?contestId=${f.contestId}&mode=commit&fileName=ca-tep.txt`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body,
      }),
    );
    expect(res.status).toBeLessThan(500);
    const after = await db.question.count();
    const { ok } = (await res.json()) as { ok: boolean };
    if (ok) expect(after).toBeGreaterThan(before);
    else expect(after).toBe(before);
  });
});

test("the bank list's search and filters: naughty query strings render the page", async () => {
  asEditor();
  const failures: string[] = [];
  for (const s of DANGEROUS.filter((x) => x.isWellFormed())) {
    try {
      const el = await BankPage({ searchParams: Promise.resolve({ cuocThi: f.contestId, q: s, taiLieu: s, trangThai: s, doKho: s, trang: s }) });
      const html = renderToStaticMarkup(el as ReactElement);
      expect(html).not.toContain("<script>alert");
    } catch (err) {
      failures.push(`${label(s)}: ${(err as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
  // Values are bound parameters: a search with quotes or SQL finds what holds it, and nothing breaks.
  const sql = await listQuestions(f.contestId, parseQuestionFilter({ q: "' OR 1=1 --" }), 10_000);
  const all = await db.question.count({ where: { contestId: f.contestId } });
  expect(sql.total).toBeLessThan(all);
  expect(sql.items.every((q) => searchKey(q.text).includes(searchKey("' OR 1=1 --")))).toBe(true);
});

describe("stored HTML renders as text wherever the bank is shown", () => {
  const textOf = (i: number) => `Câu ${i}: ${XSS.script} có an toàn không?`;
  const optionOf = (i: number, k: number) => `${XSS.img} phương án ${i}.${k}`;
  const explanationOf = (i: number) => `Giải thích ${i}: ${XSS.script}`;
  let attemptId = "";

  beforeAll(async () => {
    asEditor();
    // Every question of the round's bank gets HTML in its text, options and explanation.
    for (const [i, id] of f.questionIds.entries()) {
      const { currentVersion } = await db.question.findUniqueOrThrow({ where: { id }, select: { currentVersion: true } });
      const r = await updateQuestionAction({
        ...question({ text: textOf(i), options: [0, 1, 2, 3].map((k) => ({ text: optionOf(i, k) })), correctIndex: i % 4, explanation: explanationOf(i) }),
        id,
        baseVersion: currentVersion,
        confirmSimilar: true,
      });
      expect(r).toMatchObject({ ok: true, data: { status: "saved" } });
    }
    // Only the fixture's questions stay in the round's pool.
    await db.question.updateMany({ where: { contestId: f.contestId, id: { notIn: f.questionIds } }, data: { status: "ARCHIVED" } });
    clearQuestionPoolCache();
    setSessionForTests({ id: f.participantIds[0], kind: "participant", contestId: f.contestId, name: "Thí sinh 0" });
    const fd = new FormData();
    fd.set("roundId", f.roundId);
    await expect(startAttemptAction(null, fd)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    attemptId = (await db.attempt.findFirstOrThrow({ where: { participantId: f.participantIds[0] }, select: { id: true } })).id;
  });

  test("the staff bank list and the editor", async () => {
    asEditor();
    const list = renderToStaticMarkup((await BankPage({ searchParams: Promise.resolve({ cuocThi: f.contestId, q: "an toan khong" }) })) as ReactElement);
    expectInert(list, [textOf(1)]);
    const editor = renderToStaticMarkup(
      (await QuestionPage({ params: Promise.resolve({ id: f.questionIds[1] }), searchParams: Promise.resolve({}) })) as ReactElement,
    );
    expectInert(editor, []);
    // The editor's fields hold the text as values (attributes and textarea content are escaped).
    expect(editor).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
  });

  test("the participant's quiz runner, then the result with the explanations", async () => {
    setSessionForTests({ id: f.participantIds[0], kind: "participant", contestId: f.contestId, name: "Thí sinh 0" });
    const runner = renderToStaticMarkup((await AttemptPage({ params: Promise.resolve({ attemptId }) })) as ReactElement);
    expectInert(runner, ['<script>alert("xss")</script> có an toàn không?', '"><img src=x onerror=alert(1)> phương án']);
    const items = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { position: true } });
    for (const it of items) {
      const saved = await saveAnswerVia(attemptId, it.position, optionToken(attemptId, it.position, 0));
      expect([saved.status, saved.body]).toEqual([200, expect.objectContaining({ ok: true })]);
    }
    const submitted = await submitVia(attemptId, "PARTICIPANT");
    expect([submitted.status, submitted.body]).toEqual([200, expect.objectContaining({ ok: true })]);
    const result = renderToStaticMarkup((await AttemptResultPage({ params: Promise.resolve({ attemptId }) })) as ReactElement);
    expectInert(result, ['<script>alert("xss")</script> có an toàn không?', "Giải thích"]);
    expect(result).toContain("&lt;script&gt;");
  });

  test("the item analysis of the round", async () => {
    setSessionForTests({ id: editorId, kind: "staff", role: "EDITOR", name: "bien.tap" });
    const round = await db.round.findUniqueOrThrow({ where: { id: f.roundId }, select: { number: true, contest: { select: { slug: true } } } });
    const html = renderToStaticMarkup(
      (await ItemAnalysisPage({ searchParams: Promise.resolve({ "cuoc-thi": round.contest.slug, dot: String(round.number) }) })) as ReactElement,
    );
    expectInert(html, ['<script>alert("xss")</script> có an toàn không?']);
  });
});
