import { optionIndexOfToken } from "@/lib/attempts/option-order";
import { buildRunnerPayload, type RunnerSource } from "@/lib/attempts/runner-payload";

const source = (extra: Record<string, unknown> = {}): RunnerSource =>
  ({
    id: "att-1",
    deadline: new Date("2026-11-29T04:20:00.000Z"),
    prediction: 1234,
    round: { name: "Quý 4", predictionQuestion: "Có bao nhiêu người tham gia Quý 4?" },
    items: [
      { position: 1, optionOrder: "0,1,2,3", chosenIndex: null, questionVersion: { text: "Câu hai?", options: ["a", "b", "c", "d"], ...extra } },
      { position: 0, optionOrder: "2,0,3,1", chosenIndex: 3, questionVersion: { text: "Câu một?", options: ["A0", "A1", "A2", "A3"], ...extra } },
    ],
  }) as RunnerSource;

test("options come in display order with the saved choice as a display position", () => {
  const p = buildRunnerPayload(source(), new Date("2026-11-29T04:05:00.000Z"));
  expect(p.questions.map((q) => q.position)).toEqual([0, 1]);
  expect(p.questions[0].options.map((o) => o.text)).toEqual(["A2", "A0", "A3", "A1"]);
  expect(p.questions[0].chosen).toBe(2); // option 3 was shown third
  expect(p.questions[1].chosen).toBeNull();
  expect(p.deadline).toBe("2026-11-29T04:20:00.000Z");
  expect(p.serverNow).toBe("2026-11-29T04:05:00.000Z");
  expect(p.prediction).toBe(1234);
  // Each option's token decodes to the option index shown at that place.
  expect(p.questions[0].options.map((o) => optionIndexOfToken("att-1", 0, o.token))).toEqual([2, 0, 3, 1]);
});

test("whatever the source carries, only whitelisted fields reach the payload", () => {
  const leaky = source({ correctIndex: 3, explanation: "Vì đáp án là D", isCorrect: true });
  const json = JSON.stringify(buildRunnerPayload(leaky, new Date("2026-11-29T04:05:00.000Z")));
  for (const marker of ["correctIndex", "isCorrect", "explanation", "Vì đáp án", "optionOrder", "chosenIndex"]) expect(json).not.toContain(marker);
  expect(json).toBe(JSON.stringify(buildRunnerPayload(source({ correctIndex: 0 }), new Date("2026-11-29T04:05:00.000Z"))));
});
