jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkSimilarQuestionsAction, createQuestionAction, setQuestionStatusAction, updateQuestionAction } from "@/lib/questions/actions";
import { listQuestions } from "@/lib/questions/queries";
import { parseQuestionFilter } from "@/lib/questions/schema";
import { addQuestion, makeContest, makeStaff } from "./fixtures";

let contest: { id: string };
let editor: Awaited<ReturnType<typeof makeStaff>>;

const content = (text: string, options = ["Một", "Hai", "Ba", "Bốn"], correctIndex = 0) => ({
  text,
  options: options.map((o) => ({ text: o })),
  correctIndex,
  explanation: "",
  documentId: null,
  difficulty: "MEDIUM" as const,
});

beforeAll(async () => {
  contest = await makeContest();
  editor = await makeStaff("EDITOR");
  setSessionForTests(editor);
});

test("editing a question used by an attempt adds version 2; the attempt keeps version 1, its text and its key", async () => {
  const created = await createQuestionAction({
    ...content("Quyết định 749/QĐ-TTg phê duyệt nội dung gì?", ["Chương trình Chuyển đổi số quốc gia", "Chiến lược dữ liệu", "Đề án 06"], 0),
    contestId: contest.id,
    confirmSimilar: false,
  });
  expect(created).toMatchObject({ ok: true, data: { status: "saved", version: 1 } });
  const questionId = created.ok && created.data.status === "saved" ? created.data.id : "";
  const v1 = await db.questionVersion.findUniqueOrThrow({ where: { questionId_version: { questionId, version: 1 } } });

  const round = await db.round.create({
    data: {
      contestId: contest.id,
      number: 1,
      name: "Quý 1",
      opensAt: new Date("2026-01-01T00:00:00Z"),
      closesAt: new Date("2026-03-31T16:59:59.999Z"),
      awardYear: 2026,
      awardMonth: 3,
      prizeTiers: [],
      predictionQuestion: "?",
    },
  });
  const participant = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Nguyễn Văn A",
      fullNameSearch: "nguyen van a",
      birthDate: "1990-01-01",
      gender: "MALE",
      cccd: "037090000009",
      phone: "0912000009",
      group: "NGUOI_DAN",
      passwordHash: "x",
    },
  });
  const attempt = await db.attempt.create({
    data: {
      roundId: round.id,
      participantId: participant.id,
      number: 1,
      status: "SUBMITTED",
      startedAt: new Date("2026-02-01T01:00:00Z"),
      deadline: new Date("2026-02-01T01:20:00Z"),
      submittedAt: new Date("2026-02-01T01:10:00Z"),
      correctCount: 1,
      items: { create: { position: 0, questionVersionId: v1.id, optionOrder: "2,0,1", chosenIndex: 0, isCorrect: true } },
    },
  });

  // The editor rewrites the question and moves the key to another option.
  const updated = await updateQuestionAction({
    ...content("Quyết định 749/QĐ-TTg năm 2020 phê duyệt chương trình nào?", ["Đề án 06", "Chương trình Chuyển đổi số quốc gia", "Chiến lược dữ liệu"], 1),
    id: questionId,
    baseVersion: 1,
    confirmSimilar: false,
  });
  expect(updated).toEqual({ ok: true, data: { status: "saved", id: questionId, version: 2, newVersion: true } });

  const q = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { currentVersion: true, textSearch: true } });
  expect(q).toEqual({ currentVersion: 2, textSearch: "quyet dinh 749/qd-ttg nam 2020 phe duyet chuong trinh nao?" });
  const item = await db.attemptItem.findFirstOrThrow({ where: { attemptId: attempt.id }, include: { questionVersion: true } });
  expect(item.questionVersionId).toBe(v1.id);
  expect(item.questionVersion).toMatchObject({
    version: 1,
    text: "Quyết định 749/QĐ-TTg phê duyệt nội dung gì?",
    options: ["Chương trình Chuyển đổi số quốc gia", "Chiến lược dữ liệu", "Đề án 06"],
    correctIndex: 0,
  });
  // Scoring against the version the attempt showed still marks the saved answer correct.
  expect(item.chosenIndex === item.questionVersion.correctIndex).toBe(true);
  expect(await db.questionVersion.count({ where: { questionId } })).toBe(2);

  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "question.update", entityId: questionId } });
  expect(entry.actorName).toBe("editor");
  expect(entry.before).toMatchObject({ version: 1, text: "Quyết định 749/QĐ-TTg phê duyệt nội dung gì?", correctIndex: 0 });
  expect(entry.after).toMatchObject({ version: 2, text: "Quyết định 749/QĐ-TTg năm 2020 phê duyệt chương trình nào?", correctIndex: 1 });
});

test("a save from an outdated version is refused and writes nothing", async () => {
  const q = await addQuestion(contest.id, "Cổng Dịch vụ công quốc gia khai trương năm nào?");
  expect(
    (await updateQuestionAction({ ...content("Cổng Dịch vụ công quốc gia khai trương vào năm nào?"), id: q.id, baseVersion: 1, confirmSimilar: true })).ok,
  ).toBe(true);
  const stale = await updateQuestionAction({ ...content("Một nội dung khác hẳn cho câu hỏi"), id: q.id, baseVersion: 1, confirmSimilar: true });
  expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/phiên bản 2/) });
  expect(await db.questionVersion.count({ where: { questionId: q.id } })).toBe(2);
});

test("changing only document or difficulty adds no version but is audited", async () => {
  const q = await addQuestion(contest.id, "Nền tảng số nào dùng cho họp trực tuyến của tỉnh?");
  const doc = await db.document.findFirstOrThrow({ where: { contestId: contest.id } });
  const r = await updateQuestionAction({
    ...content("Nền tảng số nào dùng cho họp trực tuyến của tỉnh?"),
    documentId: doc.id,
    difficulty: "HARD",
    id: q.id,
    baseVersion: 1,
    confirmSimilar: false,
  });
  expect(r).toMatchObject({ ok: true, data: { status: "saved", version: 1, newVersion: false } });
  expect(await db.question.findUniqueOrThrow({ where: { id: q.id }, select: { documentId: true, difficulty: true } })).toEqual({
    documentId: doc.id,
    difficulty: "HARD",
  });
  expect(await db.auditLog.count({ where: { action: "question.update", entityId: q.id } })).toBe(1);
  expect(
    await updateQuestionAction({
      ...content("Nền tảng số nào dùng cho họp trực tuyến của tỉnh?"),
      documentId: doc.id,
      difficulty: "HARD",
      id: q.id,
      baseVersion: 1,
      confirmSimilar: false,
    }),
  ).toMatchObject({ ok: false });
});

test("a near-duplicate text is shown and saved only after the editor confirms", async () => {
  await addQuestion(contest.id, "Ngày Chuyển đổi số quốc gia là ngày nào trong năm?");
  const similar = await checkSimilarQuestionsAction({ contestId: contest.id, text: "Ngay chuyen doi so quoc gia la ngay nao trong nam", excludeId: null });
  expect(similar.ok && similar.data.map((s) => s.text)).toEqual(["Ngày Chuyển đổi số quốc gia là ngày nào trong năm?"]);

  const before = await db.question.count();
  const first = await createQuestionAction({ ...content("Ngày Chuyển đổi số quốc gia là ngày nào trong năm ?"), contestId: contest.id, confirmSimilar: false });
  expect(first.ok && first.data.status).toBe("similar");
  expect(await db.question.count()).toBe(before);
  const confirmed = await createQuestionAction({
    ...content("Ngày Chuyển đổi số quốc gia là ngày nào trong năm ?"),
    contestId: contest.id,
    confirmSimilar: true,
  });
  expect(confirmed.ok && confirmed.data.status).toBe("saved");
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "question.create" }, orderBy: { id: "desc" } });
  expect(entry.reason).toMatch(/gần trùng/);
});

test.each([
  ["one option", { options: [{ text: "Một" }] }, "options"],
  ["seven options", { options: ["1", "2", "3", "4", "5", "6", "7"].map((text) => ({ text })) }, "options"],
  ["no correct option", { correctIndex: -1 }, "correctIndex"],
  ["a key outside the options", { correctIndex: 4 }, "correctIndex"],
  ["two equal options", { options: [{ text: "Có" }, { text: "có" }] }, "options.1.text"],
])("a question with %s is refused with a field error", async (_name, change, field) => {
  const r = await createQuestionAction({ ...content("Câu hỏi kiểm tra dữ liệu nhập vào?"), ...change, contestId: contest.id, confirmSimilar: true });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(Object.keys(r.fieldErrors ?? {})).toContain(field);
});

test("archive and restore are audited", async () => {
  const q = await addQuestion(contest.id, "Câu hỏi sẽ được lưu trữ rồi khôi phục?");
  expect(await setQuestionStatusAction({ id: q.id, status: "ARCHIVED" })).toEqual({ ok: true, data: { id: q.id, status: "ARCHIVED" } });
  expect((await setQuestionStatusAction({ id: q.id, status: "ARCHIVED" })).ok).toBe(false);
  expect((await setQuestionStatusAction({ id: q.id, status: "ACTIVE" })).ok).toBe(true);
  const entries = await db.auditLog.findMany({ where: { entityId: q.id }, orderBy: { id: "asc" }, select: { action: true, before: true, after: true } });
  expect(entries).toEqual([
    { action: "question.archive", before: { status: "ACTIVE" }, after: { status: "ARCHIVED" } },
    { action: "question.restore", before: { status: "ARCHIVED" }, after: { status: "ACTIVE" } },
  ]);
});

test("the list searches with or without diacritics, filters and pages by 20 with a total", async () => {
  const other = await makeContest("danh-sach");
  const doc = await db.document.findFirstOrThrow({ where: { contestId: other.id, code: "KH 106" } });
  for (let i = 0; i < 23; i++) await addQuestion(other.id, `Câu hỏi số ${i} về chuyển đổi số?`);
  const tagged = await addQuestion(other.id, "Kế hoạch 106 của Ủy ban nhân dân tỉnh?");
  await db.question.update({ where: { id: tagged.id }, data: { documentId: doc.id, difficulty: "HARD", status: "ARCHIVED" } });

  const all = await listQuestions(other.id, parseQuestionFilter({}));
  expect([all.total, all.items.length, all.pageCount]).toEqual([24, 20, 2]);
  expect((await listQuestions(other.id, parseQuestionFilter({ trang: "2" }))).items).toHaveLength(4);
  for (const q of ["Ủy ban", "uy ban", "UY BAN NHAN DAN"]) {
    expect((await listQuestions(other.id, parseQuestionFilter({ q }))).items.map((i) => i.id)).toEqual([tagged.id]);
  }
  expect((await listQuestions(other.id, parseQuestionFilter({ q: "chuyen doi so" }))).total).toBe(23);
  expect((await listQuestions(other.id, parseQuestionFilter({ taiLieu: doc.id }))).total).toBe(1);
  expect((await listQuestions(other.id, parseQuestionFilter({ taiLieu: "none" }))).total).toBe(23);
  expect((await listQuestions(other.id, parseQuestionFilter({ trangThai: "ARCHIVED", doKho: "HARD" }))).total).toBe(1);
  expect((await listQuestions(other.id, parseQuestionFilter({ trangThai: "ACTIVE", doKho: "HARD" }))).total).toBe(0);
});
