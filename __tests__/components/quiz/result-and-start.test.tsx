import { render, screen } from "@testing-library/react";
import { AttemptResult } from "@/components/quiz/attempt-result";
import { StartPanel } from "@/components/quiz/start-panel";
import type { StartOverview } from "@/lib/attempts/overview";
import type { AttemptResultView } from "@/lib/attempts/result";

jest.mock("@/lib/attempts/actions", () => ({ startAttemptAction: jest.fn() }));

const view = (patch: Partial<AttemptResultView> = {}): AttemptResultView => ({
  attemptId: "a2",
  number: 2,
  roundName: "Quý 4",
  roundClosesAt: new Date("2026-11-30T16:59:59.999Z"),
  correctCount: 17,
  questionCount: 20,
  droppedCount: 0,
  durationMs: 12 * 60_000 + 5_000,
  submittedAt: new Date("2026-11-29T04:12:05.000Z"),
  submitSource: "PARTICIPANT",
  graceUsedMs: null,
  prediction: 12500,
  counted: { attemptId: "a2", number: 2, correctCount: 17 },
  wrongNumbers: null,
  unansweredNumbers: null,
  review: null,
  regrade: null,
  answerReview: "AFTER_CLOSE",
  attemptsUsed: 2,
  attemptsAllowed: 3,
  ...patch,
});

describe("the result page", () => {
  test("before review is allowed: score, duration, prediction, counted attempt; nothing per question, and when it will be shown", () => {
    render(<AttemptResult view={view()} />);
    expect(screen.getByText("17/20", { exact: false })).toBeInTheDocument();
    expect(screen.getByText("12 phút 05 giây")).toBeInTheDocument();
    expect(screen.getByText("12.500")).toBeInTheDocument();
    expect(screen.getByText(/Đây là lượt thi được tính để xếp hạng/)).toBeInTheDocument();
    expect(screen.queryByText(/Trả lời sai/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Chưa trả lời/)).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Các câu chưa đúng" })).not.toBeInTheDocument();
    expect(screen.getByText(/Kết quả từng câu, đáp án và giải thích sẽ được công bố sau khi đợt thi kết thúc \(30\/11\/2026 23:59\)/)).toBeInTheDocument();
    expect(screen.queryByText(/đáp án đúng/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Thi lượt tiếp theo" })).toHaveAttribute("href", "/thi");
    expect(screen.getByRole("link", { name: "Trang cá nhân" })).toHaveAttribute("href", "/ca-nhan");
  });

  test("another attempt counts; a lazy close is explained; NEVER says so", () => {
    render(
      <AttemptResult
        view={view({ counted: { attemptId: "a1", number: 1, correctCount: 18 }, submitSource: "LAZY_CLOSE", answerReview: "NEVER", attemptsUsed: 3 })}
      />,
    );
    expect(screen.getByRole("link", { name: "lượt 1" })).toHaveAttribute("href", "/thi/a1/ket-qua");
    expect(screen.getByText(/không được nộp trước khi hết giờ/)).toBeInTheDocument();
    expect(screen.getByText(/^Ban Tổ chức không công bố đáp án của đợt thi này, nên kết quả chỉ gồm số câu trả lời đúng/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Về trang vào thi" })).toBeInTheDocument();
  });

  test("when review is allowed, the missed questions, the key and explanation are shown", () => {
    render(
      <AttemptResult
        view={view({
          wrongNumbers: [3, 9],
          unansweredNumbers: [20],
          review: [
            {
              number: 1,
              text: "Câu hỏi?",
              isCorrect: false,
              regradeMode: null,
              explanation: "Vì lý do X",
              options: [
                { label: "A", text: "Một", isCorrect: false, isChosen: true },
                { label: "B", text: "Hai", isCorrect: true, isChosen: false },
              ],
            },
          ],
        })}
      />,
    );
    expect(screen.getByText(/B\. Hai — đáp án đúng/)).toBeInTheDocument();
    expect(screen.getByText(/A\. Một.*bạn chọn/)).toBeInTheDocument();
    expect(screen.getByText("Giải thích: Vì lý do X")).toBeInTheDocument();
    expect(screen.getByText("Trả lời sai: câu 3, câu 9.")).toBeInTheDocument();
    expect(screen.getByText("Chưa trả lời: câu 20.")).toBeInTheDocument();
  });

  test("a regrade before review is allowed: the date, what happened and why, no question number; the dropped question leaves the denominator", () => {
    render(
      <AttemptResult
        view={view({
          questionCount: 19,
          droppedCount: 1,
          regrade: {
            regradedAt: new Date("2026-12-01T17:30:00.000Z"),
            notes: [
              { number: null, mode: "NEW_KEY", reason: "Đáp án gốc nhầm năm ban hành" },
              { number: null, mode: "ALL_CORRECT", reason: "Hai phương án cùng đúng" },
              { number: null, mode: "DROP", reason: "Câu hỏi có nội dung đã hết hiệu lực" },
            ],
          },
        })}
      />,
    );
    expect(screen.getByText("17/19", { exact: false })).toBeInTheDocument();
    expect(screen.getByText("Không tính 1 câu hỏi đã bị loại khỏi bài thi khi chấm lại.")).toBeInTheDocument();
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent("Điểm của bài thi đã được chấm lại ngày 02/12/2026:");
    expect(note).toHaveTextContent("Một câu hỏi được chấm lại theo đáp án đã sửa. Lý do: Đáp án gốc nhầm năm ban hành");
    expect(note).toHaveTextContent("Một câu hỏi được tính đúng cho mọi thí sinh. Lý do: Hai phương án cùng đúng");
    expect(note).toHaveTextContent("Một câu hỏi bị loại khỏi bài thi. Lý do: Câu hỏi có nội dung đã hết hiệu lực");
    expect(note).not.toHaveTextContent(/Câu \d/);
  });

  test("a regrade once review is allowed names the question", () => {
    render(
      <AttemptResult
        view={view({
          wrongNumbers: [],
          unansweredNumbers: [],
          review: [],
          regrade: { regradedAt: new Date("2026-12-01T03:00:00.000Z"), notes: [{ number: 7, mode: "NEW_KEY", reason: "Sửa đáp án" }] },
        })}
      />,
    );
    expect(screen.getByRole("note")).toHaveTextContent("Câu 7 được chấm lại theo đáp án đã sửa. Lý do: Sửa đáp án");
  });

  test("no regrade, no note", () => {
    render(<AttemptResult view={view()} />);
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
    expect(screen.queryByText(/chấm lại/)).not.toBeInTheDocument();
  });
});

describe("/thi", () => {
  const round = {
    id: "r4",
    name: "Quý 4",
    opensAt: new Date("2026-10-01T00:00:00Z"),
    closesAt: new Date("2026-11-30T16:59:59.999Z"),
    questionCount: 20,
    timeLimitSec: 1200,
    attemptsAllowed: 3,
    predictionQuestion: "?",
    phase: "open" as const,
  };
  const overview = (person: Extract<StartOverview, { kind: "round" }>["person"]): StartOverview => ({ kind: "round", contestName: "Cuộc thi", round, person });

  test("signed out: a link to sign in that comes back to /thi", () => {
    render(<StartPanel overview={overview(null)} />);
    expect(screen.getByRole("link", { name: "Đăng nhập để dự thi" })).toHaveAttribute("href", "/dang-nhap?next=/thi");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  test("signed in: attempts used and a Start button posting the round", () => {
    const { container } = render(<StartPanel overview={overview({ attempts: [], inProgressId: null, refusal: null })} />);
    expect(screen.getByText(/Bạn đã dùng/)).toHaveTextContent("Bạn đã dùng 0/3 lượt thi của đợt này.");
    expect(screen.getByRole("button", { name: "Bắt đầu làm bài" })).toBeInTheDocument();
    expect(container.querySelector('input[name="roundId"]')).toHaveValue("r4");
  });

  test("an attempt in progress: Resume", () => {
    render(
      <StartPanel
        overview={overview({
          attempts: [{ id: "a1", number: 1, status: "IN_PROGRESS", correctCount: null, submittedAt: null }],
          inProgressId: "a1",
          refusal: null,
        })}
      />,
    );
    expect(screen.getByRole("button", { name: "Tiếp tục làm bài" })).toBeInTheDocument();
  });

  test("cannot start: the reason instead of the button", () => {
    render(
      <StartPanel
        overview={overview({
          attempts: [1, 2, 3].map((n) => ({ id: `a${n}`, number: n, status: "SUBMITTED" as const, correctCount: 10 + n, submittedAt: new Date() })),
          inProgressId: null,
          refusal: "Bạn đã sử dụng hết 3 lượt thi của đợt này.",
        })}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Bạn đã sử dụng hết 3 lượt thi của đợt này.");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Xem kết quả" })).toHaveLength(3);
  });
});
