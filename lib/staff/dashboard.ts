// The staff dashboard's figures: only those of sections the role may open.
import "server-only";
import { can, type StaffRole } from "../auth/roles";
import { roundPhase } from "../contests/round-phase";
import { db } from "../db";
import { formatVnDateTime, now } from "../time";
import { staffNavFor } from "./nav";

export interface DashboardCard {
  href: string;
  label: string;
  facts: string[];
}

export async function staffDashboard(role: StaffRole): Promise<{ contestName: string | null; cards: DashboardCard[] }> {
  const contest = await db.contest.findFirst({
    where: { isFeatured: true },
    select: { id: true, name: true, rounds: { orderBy: { number: "asc" }, select: { name: true, opensAt: true, closesAt: true, status: true } } },
  });
  const at = now();
  const facts = new Map<string, string[]>();
  const tasks: Promise<void>[] = [];
  if (contest && can(role, "bank")) {
    tasks.push(
      db.question.groupBy({ by: ["status"], where: { contestId: contest.id }, _count: { _all: true } }).then((g) => {
        const n = (s: string) => g.find((r) => r.status === s)?._count._all ?? 0;
        facts.set("/quan-tri/cau-hoi", [`${n("ACTIVE")} câu hỏi đang dùng`, `${n("ARCHIVED")} câu hỏi đã lưu trữ`]);
      }),
    );
  }
  if (contest && can(role, "contests")) {
    const open = contest.rounds.find((r) => roundPhase(r, at) === "open");
    facts.set("/quan-tri/cuoc-thi", [
      `${contest.rounds.length} đợt thi`,
      open ? `Đang mở: ${open.name}, đóng lúc ${formatVnDateTime(open.closesAt)}` : "Không có đợt thi đang mở",
    ]);
  }
  if (can(role, "audit")) {
    tasks.push(db.auditLog.count().then((n) => void facts.set("/quan-tri/nhat-ky", [`${n} bản ghi nhật ký`])));
  }
  if (can(role, "accounts")) {
    tasks.push(db.staffUser.count({ where: { isDisabled: false } }).then((n) => void facts.set("/quan-tri/tai-khoan", [`${n} tài khoản đang hoạt động`])));
  }
  await Promise.all(tasks);
  const cards = staffNavFor(role)
    .filter((item) => item.href !== "/quan-tri")
    .map((item) => ({ href: item.href, label: item.label, facts: facts.get(item.href) ?? [] }));
  return { contestName: contest?.name ?? null, cards };
}
