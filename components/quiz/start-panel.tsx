import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { RoundFacts } from "@/components/contests/round-facts";
import type { StartOverview } from "@/lib/attempts/overview";
import { ROUND_PHASE_LABEL } from "@/lib/contests/round-phase";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { StartForm } from "./start-form";

/** /thi: the current round, the caller's attempts, and Start/Resume or the reason it cannot start. */
export function StartPanel({ overview }: { overview: StartOverview }) {
  if (overview.kind === "no-contest") return <NoPublishedContest />;
  if (overview.kind === "no-round") return <p className="text-slate-700">{overview.contestName}: hiện chưa có đợt thi nào.</p>;
  const { round, person } = overview;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">Vào thi</h1>
        <p className="mt-1 text-sm text-slate-600">{overview.contestName}</p>
      </div>
      <section aria-labelledby="round-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="round-title" className="text-lg font-bold text-brand-800">
            {round.name}
          </h2>
          <span className="rounded-full bg-slate-100 px-3 py-1 text-sm font-medium text-slate-700">{ROUND_PHASE_LABEL[round.phase]}</span>
        </div>
        <RoundFacts round={round} />
        <div className="mt-4">{person ? <PersonPart roundId={round.id} allowed={round.attemptsAllowed} person={person} /> : <SignInPrompt />}</div>
      </section>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Bài làm được lưu ngay khi bạn chọn đáp án; nếu mất mạng hoặc tải lại trang, bạn tiếp tục đúng bài đang làm với thời gian còn lại.</li>
        <li>Hết giờ, hệ thống tự động nộp bài. Thời gian làm bài được tính trên máy chủ.</li>
        <li>
          Xem lại các lượt thi của bạn tại{" "}
          <Link href="/ca-nhan" className="text-brand-700 underline">
            trang cá nhân
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}

function SignInPrompt() {
  return (
    <div className="space-y-2">
      <p className="text-slate-800">Bạn cần đăng nhập tài khoản thí sinh để dự thi.</p>
      <div className="flex flex-wrap gap-3">
        <Link href="/dang-nhap?next=/thi" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white">
          Đăng nhập để dự thi
        </Link>
        <Link href="/dang-ky" className="rounded-lg border border-brand-700 px-5 py-3 font-semibold text-brand-700">
          Đăng ký tài khoản
        </Link>
      </div>
    </div>
  );
}

function PersonPart({
  roundId,
  allowed,
  person,
}: {
  roundId: string;
  allowed: number;
  person: NonNullable<Extract<StartOverview, { kind: "round" }>["person"]>;
}) {
  const submitted = person.attempts.filter((a) => a.status === "SUBMITTED");
  return (
    <div className="space-y-3">
      <p className="text-slate-800">
        Bạn đã dùng <strong>{person.attempts.length}</strong>/{allowed} lượt thi của đợt này.
      </p>
      {submitted.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {submitted.map((a) => (
            <li key={a.id}>
              Lượt {a.number}: {a.correctCount ?? 0} câu đúng ·{" "}
              <Link href={`/thi/${a.id}/ket-qua`} className="text-brand-700 underline">
                Xem kết quả
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {person.inProgressId ? (
        <>
          <p className="text-slate-800">Bạn đang có một lượt thi chưa nộp.</p>
          <StartForm roundId={roundId} resume />
        </>
      ) : person.refusal ? (
        <Alert tone="warning" role="status" className="p-3 text-base">
          {person.refusal}
        </Alert>
      ) : (
        <StartForm roundId={roundId} resume={false} />
      )}
    </div>
  );
}
