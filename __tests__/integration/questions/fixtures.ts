// Shared set-up for the question bank's integration tests: a contest with documents and staff.
import { db } from "@/lib/db";

export async function makeContest(slug = "cuoc-thi-thu") {
  const contest = await db.contest.create({
    data: { slug, name: `Cuộc thi ${slug}`, organiser: "Sở TT&TT", organiserShort: "STTTT", year: 2026 },
    select: { id: true, slug: true },
  });
  await db.document.createMany({
    data: [
      { contestId: contest.id, code: "749/QĐ-TTg", title: "Chương trình Chuyển đổi số quốc gia", sortOrder: 0 },
      { contestId: contest.id, code: "KH 106", title: "Kế hoạch 106", sortOrder: 1 },
    ],
  });
  return contest;
}

export async function makeStaff(role: "ADMIN" | "EDITOR" | "JURY" | "SECRETARY", username = role.toLowerCase()) {
  const s = await db.staffUser.create({
    data: { username, fullName: `Người ${role}`, role, passwordHash: "x" },
    select: { id: true, username: true, role: true },
  });
  return { id: s.id, kind: "staff" as const, role: s.role, name: s.username, username: s.username };
}

export async function addQuestion(contestId: string, text: string, options = ["Một", "Hai", "Ba", "Bốn"], correctIndex = 0) {
  const { searchKey } = await import("@/lib/text");
  return db.question.create({
    data: { contestId, textSearch: searchKey(text), versions: { create: { version: 1, text, options, correctIndex } } },
    select: { id: true },
  });
}
