import Link from "next/link";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { RoundCard } from "@/components/contests/round-card";
import { RoundList } from "@/components/contests/round-list";
import { featuredRound } from "@/lib/contests/round-phase";
import { getFeaturedContest } from "@/lib/contests/queries";
import { now } from "@/lib/time";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;

export default async function HomePage() {
  const contest = await getFeaturedContest();
  if (!contest) return <NoPublishedContest />;
  const at = now();
  const current = featuredRound(contest.rounds, at);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">{contest.name}</h1>
        <p className="mt-1 text-sm text-slate-600">Cơ quan tổ chức: {contest.organiser}</p>
      </div>
      {current ? <RoundCard round={current} now={at} /> : null}
      <section aria-labelledby="how-to" className="rounded-xl bg-white p-4 sm:p-6">
        <h2 id="how-to" className="text-lg font-bold">
          Cách tham gia
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-800">
          <li>
            <Link className="text-brand-700 underline" href="/dang-ky">
              Đăng ký
            </Link>{" "}
            tài khoản bằng số CCCD và số điện thoại.
          </li>
          <li>
            Đọc{" "}
            <Link className="text-brand-700 underline" href="/the-le">
              thể lệ
            </Link>{" "}
            và{" "}
            <Link className="text-brand-700 underline" href="/tai-lieu">
              tài liệu tham khảo
            </Link>
            .
          </li>
          <li>Trong thời gian mở của mỗi quý, bấm “Vào thi”, trả lời các câu hỏi và câu hỏi dự đoán, rồi nộp bài.</li>
          <li>
            Xem{" "}
            <Link className="text-brand-700 underline" href="/ket-qua">
              kết quả
            </Link>{" "}
            khi Ban Tổ chức công bố.
          </li>
        </ol>
      </section>
      <section aria-labelledby="intro" className="rounded-xl bg-white p-4 sm:p-6">
        <h2 id="intro" className="text-lg font-bold">
          Giới thiệu cuộc thi
        </h2>
        <p className="mt-2 text-slate-800">{contest.intro}</p>
        {contest.planReference ? <p className="mt-2 text-sm text-slate-600">Căn cứ: {contest.planReference}.</p> : null}
      </section>
      <RoundList rounds={contest.rounds} now={at} />
    </div>
  );
}
