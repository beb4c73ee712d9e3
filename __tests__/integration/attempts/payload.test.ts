// The answer key never reaches the browser before submit: the exact props the attempt page hands
// to the client runner (and the HTML they render to) carry no correct-option marker.
import { renderToString } from "react-dom/server";
import AttemptPage from "@/app/(public)/thi/[attemptId]/page";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getAttemptPageData } from "@/lib/attempts/attempt-page";
import { startAttempt } from "@/lib/attempts/start";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, itemsOf, makeFixture, T0, type Fixture } from "./fixtures";

jest.mock("next/navigation", () => ({
  useRouter: () => ({ replace: jest.fn(), push: jest.fn() }),
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

let f: Fixture;
let attemptId: string;
let versionIds: string[];

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture({ questions: 8, round: { questionCount: 6 } });
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  attemptId = r.data.attemptId;
  versionIds = (await itemsOf(attemptId)).map((i) => i.questionVersionId);
  setSessionForTests({ id: f.participantIds[0], kind: "participant", contestId: f.contestId, name: "Thí sinh 0" });
});
afterAll(() => {
  setSessionForTests(null);
  setRateLimitsDisabled(false);
});

async function pageWithKeyAt(correctIndex: number) {
  await db.questionVersion.updateMany({ where: { id: { in: versionIds } }, data: { correctIndex } });
  const element = (await AttemptPage({ params: Promise.resolve({ attemptId }) })) as React.ReactElement<object>;
  return { element, props: JSON.stringify(element.props), html: renderToString(element) };
}

test("the page hands the runner exactly the payload built in lib/attempts", async () => {
  const { element } = await pageWithKeyAt(0);
  expect(element.type).toBe(QuizRunner);
  const data = await getAttemptPageData(attemptId, f.participantIds[0]);
  if (data.kind !== "running") throw new Error(data.kind);
  expect(element.props).toEqual(data.payload);
  expect(Object.keys(data.payload).sort()).toEqual(["attemptId", "deadline", "prediction", "predictionQuestion", "questions", "roundName", "serverNow"]);
  for (const q of data.payload.questions) {
    expect(Object.keys(q).sort()).toEqual(["chosen", "options", "position", "text"]);
    for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["text", "token"]);
  }
});

test("no correct-option marker in the props or the HTML, and both are identical whether the key is option 0 or 3", async () => {
  const a = await pageWithKeyAt(0);
  const b = await pageWithKeyAt(3);
  for (const text of [a.props, a.html]) {
    for (const marker of ["correctIndex", "isCorrect", "explanation", "Giải thích", "optionOrder", "chosenIndex", "questionVersionId"]) {
      expect(text).not.toContain(marker);
    }
  }
  expect(b.props).toBe(a.props);
  expect(b.html).toBe(a.html);
  // The HTML really is the quiz (so the comparison above is not vacuous).
  expect(a.html).toContain("Câu hỏi số");
  expect(a.html).toContain("phương án");
});

test("someone else's attempt is a 404; a closed one redirects to its result", async () => {
  setSessionForTests({ id: f.participantIds[1], kind: "participant", contestId: f.contestId, name: "Thí sinh 1" });
  await expect(AttemptPage({ params: Promise.resolve({ attemptId }) })).rejects.toThrow("NEXT_NOT_FOUND");
  setSessionForTests(null);
  await expect(AttemptPage({ params: Promise.resolve({ attemptId }) })).rejects.toThrow(
    `NEXT_REDIRECT /dang-nhap?next=${encodeURIComponent(`/thi/${attemptId}`)}`,
  );
  setSessionForTests({ id: f.participantIds[0], kind: "participant", contestId: f.contestId, name: "Thí sinh 0" });
  setClock(fixedClock(new Date(T0.getTime() + 3_600_000)));
  await expect(AttemptPage({ params: Promise.resolve({ attemptId }) })).rejects.toThrow(`NEXT_REDIRECT /thi/${attemptId}/ket-qua`);
});
