// One vocabulary per enum (issue 15 point 2): each Prisma enum's values are spelled once, in the
// pure module that owns them with their schema, labels and predicates. This test holds each tuple
// equal to prisma/schema.prisma, keeps the modules importable by client components, and fails when
// another file of lib/, components/ or app/ spells an enum's whole value list again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ANSWER_REVIEWS } from "@/lib/attempts/answer-review";
import { ATTEMPT_STATUSES } from "@/lib/attempts/attempt-status";
import { STAFF_ROLES } from "@/lib/auth/roles";
import {
  isRoundApproved,
  isRoundLocked,
  isRoundPublished,
  isRoundUnderReview,
  isRoundVisible,
  ROUND_STATUS_LABEL,
  ROUND_STATUSES,
  VISIBLE_ROUND_STATUSES,
} from "@/lib/contests/round-status";
import { GENDERS, PARTICIPANT_GROUPS } from "@/lib/participants/labels";
import { RECOVERY_CHANNELS } from "@/lib/participants/recovery-channel";
import { DIFFICULTIES, QUESTION_STATUSES } from "@/lib/questions/format";
import { COMPUTATION_KINDS } from "@/lib/ranking/computation-kind";
import { COUNTING_POLICIES } from "@/lib/ranking/counting-policy";
import { PREDICTION_TRUTHS } from "@/lib/ranking/prediction-truth";
import { isDurationBeforePrediction, RANKING_CHAIN, RANKING_CRITERIA, RANKING_ORDER_LABEL, RANKING_ORDERS } from "@/lib/ranking/ranking-order";
import { REGRADE_MODES, REGRADE_STATUSES } from "@/lib/regrade/enums";

const ROOT = path.resolve(__dirname, "../../..");

/** The enums of prisma/schema.prisma: name → values in declaration order. */
function schemaEnums(): Map<string, string[]> {
  const schema = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const enums = new Map<string, string[]>();
  for (const m of schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    const values = m[2]
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    enums.set(m[1], values);
  }
  return enums;
}

const OWNERS: [string, readonly string[], string][] = [
  ["RoundStatus", ROUND_STATUSES, "lib/contests/round-status.ts"],
  ["RankingOrder", RANKING_ORDERS, "lib/ranking/ranking-order.ts"],
  ["CountingPolicy", COUNTING_POLICIES, "lib/ranking/counting-policy.ts"],
  ["PredictionTruth", PREDICTION_TRUTHS, "lib/ranking/prediction-truth.ts"],
  ["AnswerReview", ANSWER_REVIEWS, "lib/attempts/answer-review.ts"],
  ["AttemptStatus", ATTEMPT_STATUSES, "lib/attempts/attempt-status.ts"],
  ["ComputationKind", COMPUTATION_KINDS, "lib/ranking/computation-kind.ts"],
  ["Gender", GENDERS, "lib/participants/labels.ts"],
  ["ParticipantGroup", PARTICIPANT_GROUPS, "lib/participants/labels.ts"],
  ["RecoveryChannel", RECOVERY_CHANNELS, "lib/participants/recovery-channel.ts"],
  ["StaffRole", STAFF_ROLES, "lib/auth/roles.ts"],
  ["QuestionStatus", QUESTION_STATUSES, "lib/questions/format.ts"],
  ["Difficulty", DIFFICULTIES, "lib/questions/format.ts"],
  ["RegradeMode", REGRADE_MODES, "lib/regrade/enums.ts"],
  ["RegradeStatus", REGRADE_STATUSES, "lib/regrade/enums.ts"],
];

// SubmitSource: the server action accepts only two of its three values, so no module spells all three.
const WITHOUT_MODULE = new Set(["SubmitSource"]);

test("the parser reads every enum of the schema", () => {
  const enums = schemaEnums();
  expect(enums.get("RoundStatus")).toEqual(["DRAFT", "OPEN", "APPROVED", "PUBLISHED"]);
  expect(enums.size).toBeGreaterThanOrEqual(OWNERS.length);
});

test("every enum of prisma/schema.prisma has an owning module (or is listed as having none)", () => {
  const owned = new Set(OWNERS.map(([name]) => name));
  expect([...schemaEnums().keys()].filter((name) => !owned.has(name) && !WITHOUT_MODULE.has(name))).toEqual([]);
});

test.each(OWNERS)("%s: the module's values are the schema's, in its order", (name, values) => {
  expect([...values]).toEqual(schemaEnums().get(name));
});

test.each([...new Set(OWNERS.map(([, , file]) => file))])("%s is pure: no Prisma runtime, no next/*, no server-only", (file) => {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2] }));
  expect(source).not.toMatch(/^import\s+"server-only"/m);
  expect(imports.filter((i) => i.from.startsWith("next") || i.from.startsWith("@prisma/") || i.from.endsWith("/db"))).toEqual([]);
  // The generated client is read for its enum types only: erased at build time.
  expect(imports.filter((i) => i.from.includes("generated/") && !i.typeOnly)).toEqual([]);
});

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.posix.join(dir, name);
    if (rel === "lib/generated") continue;
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

test("no other file spells an enum's whole value list (a union, a z.enum, a tuple)", () => {
  const files = ["lib", "components", "app"].flatMap(sourceFiles);
  const respelled: string[] = [];
  for (const [name, values, owner] of OWNERS) {
    if (values.length < 2) continue;
    for (const file of files) {
      if (file === owner) continue;
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          // A run of quoted literals joined by | or , (a union type, a z.enum, an array).
          for (const run of line.match(/"\w+"(?:\s*[|,]\s*"\w+")+/g) ?? []) {
            if (values.every((v) => run.includes(`"${v}"`))) respelled.push(`${file}:${i + 1} ${name}`);
          }
        });
    }
  }
  expect(respelled).toEqual([]);
});

describe("the round status's rules, named once", () => {
  test.each([
    ["DRAFT", { visible: false, underReview: false, approved: false, locked: false, published: false }],
    ["OPEN", { visible: true, underReview: true, approved: false, locked: false, published: false }],
    ["APPROVED", { visible: true, underReview: false, approved: true, locked: true, published: false }],
    ["PUBLISHED", { visible: true, underReview: false, approved: false, locked: true, published: true }],
  ] as const)("%s", (status, expected) => {
    expect({
      visible: isRoundVisible(status),
      underReview: isRoundUnderReview(status),
      approved: isRoundApproved(status),
      locked: isRoundLocked(status),
      published: isRoundPublished(status),
    }).toEqual(expected);
    expect(VISIBLE_ROUND_STATUSES.includes(status)).toBe(expected.visible);
    expect(ROUND_STATUS_LABEL[status]).toBeTruthy();
  });
});

test.each([
  ["CORRECT_PREDICTION_DURATION", "Số câu đúng → độ lệch dự đoán → thời gian làm bài → thời điểm nộp → thời điểm đăng ký", false],
  ["CORRECT_DURATION_PREDICTION", "Số câu đúng → thời gian làm bài → độ lệch dự đoán → thời điểm nộp → thời điểm đăng ký", true],
] as const)("%s reads as its chain on every screen", (order, label, durationFirst) => {
  expect(RANKING_ORDER_LABEL[order]).toBe(label);
  expect(RANKING_CRITERIA[order]).toHaveLength(RANKING_CHAIN[order].length);
  expect(isDurationBeforePrediction(order)).toBe(durationFirst);
});
