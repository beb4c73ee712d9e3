// What a participant needs to know of a round before starting: its window in Vietnam time, the
// number of questions, the time limit and the attempts allowed. Shown on the home page and /thi.
import { formatVnDateTime } from "@/lib/time";

interface RoundFactsData {
  opensAt: Date;
  closesAt: Date;
  questionCount: number;
  timeLimitSec: number;
  attemptsAllowed: number;
}

export function RoundFacts({ round }: { round: RoundFactsData }) {
  return (
    <>
      <p className="mt-2 text-sm text-slate-700">
        Thời gian nhận bài: từ <time dateTime={round.opensAt.toISOString()}>{formatVnDateTime(round.opensAt)}</time> đến{" "}
        <time dateTime={round.closesAt.toISOString()}>{formatVnDateTime(round.closesAt)}</time> (giờ Việt Nam)
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {round.questionCount} câu hỏi trắc nghiệm và 1 câu hỏi dự đoán · {Math.round(round.timeLimitSec / 60)} phút · tối đa {round.attemptsAllowed} lượt thi
      </p>
    </>
  );
}
