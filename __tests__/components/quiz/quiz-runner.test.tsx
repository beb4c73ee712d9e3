import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import type { RunnerPayload } from "@/lib/attempts/runner-payload";
import { saveAnswer, savePrediction as savePredictionRequest, submitAttempt } from "@/components/quiz/quiz-api";

// The page's side of the quiz routes: each call resolves with the server's JSON reply (an
// ActionResult, or a retryable refusal for a 503) and rejects when no answer arrived (network).
jest.mock("@/components/quiz/quiz-api", () => ({
  saveAnswer: jest.fn(),
  savePrediction: jest.fn(),
  submitAttempt: jest.fn(),
}));
const replace = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ replace, push: jest.fn() }) }));

const save = saveAnswer as jest.MockedFunction<typeof saveAnswer>;
const savePrediction = savePredictionRequest as jest.MockedFunction<typeof savePredictionRequest>;
const submit = submitAttempt as jest.MockedFunction<typeof submitAttempt>;

const SERVER_NOW = "2026-11-29T04:00:00.000Z";
const OFFLINE = "Mất kết nối — các lựa chọn sẽ được gửi khi có mạng trở lại";

function payload(patch: Partial<RunnerPayload> = {}): RunnerPayload {
  return {
    attemptId: "att-1",
    roundName: "Quý 4",
    questions: [0, 1, 2].map((position) => ({
      position,
      text: `Nội dung câu ${position + 1}?`,
      options: [0, 1, 2, 3].map((d) => ({ text: `Phương án ${position + 1}.${d}`, token: `tok-${position}-${d}` })),
      chosen: position === 0 ? 1 : null,
    })),
    predictionQuestion: "Có bao nhiêu người tham gia Quý 4?",
    prediction: null,
    deadline: new Date(Date.parse(SERVER_NOW) + 10 * 60_000).toISOString(),
    serverNow: SERVER_NOW,
    ...patch,
  };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const setOnline = (value: boolean) => {
  jest.spyOn(window.navigator, "onLine", "get").mockReturnValue(value);
  act(() => {
    window.dispatchEvent(new Event(value ? "online" : "offline"));
  });
};

beforeEach(() => {
  jest.restoreAllMocks();
  save.mockReset().mockResolvedValue({ ok: true, data: { savedAt: SERVER_NOW } });
  savePrediction.mockReset().mockResolvedValue({ ok: true, data: { savedAt: SERVER_NOW } });
  submit.mockReset();
  replace.mockReset();
  window.localStorage.clear();
});
afterEach(() => jest.useRealTimers());

const navButton = (n: number) => screen.getByRole("button", { name: new RegExp(`^Câu ${n},`) });

test("the navigator shows answered and unanswered questions and the current one", async () => {
  render(<QuizRunner {...payload()} />);
  expect(navButton(1)).toHaveAccessibleName("Câu 1, đã trả lời");
  expect(navButton(2)).toHaveAccessibleName("Câu 2, chưa trả lời");
  expect(navButton(1)).toHaveAttribute("aria-current", "step");
  expect(screen.getByRole("button", { name: "Câu hỏi dự đoán, chưa trả lời" })).toBeInTheDocument();

  fireEvent.click(navButton(3));
  expect(navButton(3)).toHaveAttribute("aria-current", "step");
  expect(navButton(1)).not.toHaveAttribute("aria-current");
  expect(screen.getByText("Nội dung câu 3?")).toBeInTheDocument();
  await act(async () => {
    fireEvent.click(screen.getByRole("radio", { name: /Phương án 3\.2/ }));
  });
  expect(navButton(3)).toHaveAccessibleName("Câu 3, đã trả lời");

  fireEvent.click(screen.getByRole("button", { name: "Câu trước" }));
  expect(navButton(2)).toHaveAttribute("aria-current", "step");
});

test("choosing saves at once and shows Đang lưu… then Đã lưu", async () => {
  const pending = deferred<Awaited<ReturnType<typeof saveAnswer>>>();
  save.mockReturnValueOnce(pending.promise);
  render(<QuizRunner {...payload()} />);
  fireEvent.click(screen.getByRole("button", { name: "Câu tiếp" }));
  fireEvent.click(screen.getByRole("radio", { name: /Phương án 2\.3/ }));
  expect(save).toHaveBeenCalledWith("att-1", 1, "tok-1-3");
  expect(screen.getByText("Đang lưu…")).toBeInTheDocument();
  expect(screen.getByRole("radio", { name: /Phương án 2\.3/ })).toBeChecked();
  await act(async () => pending.resolve({ ok: true, data: { savedAt: SERVER_NOW } }));
  expect(screen.getByText("Đã lưu")).toBeInTheDocument();
  expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
});

test("a change while a save is in flight is sent after it, so the last choice wins", async () => {
  const first = deferred<Awaited<ReturnType<typeof saveAnswer>>>();
  save.mockReturnValueOnce(first.promise);
  render(<QuizRunner {...payload()} />);
  fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.0/ }));
  fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.2/ }));
  fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.3/ }));
  expect(save).toHaveBeenCalledTimes(1);
  await act(async () => first.resolve({ ok: true, data: { savedAt: SERVER_NOW } }));
  expect(save).toHaveBeenCalledTimes(2);
  expect(save).toHaveBeenLastCalledWith("att-1", 0, "tok-0-3");
});

test("offline: choices wait in the page (and localStorage), the notice shows, and they are sent when the network returns", async () => {
  render(<QuizRunner {...payload()} />);
  setOnline(false);
  expect(screen.getByText(OFFLINE)).toBeInTheDocument();
  fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.2/ }));
  expect(save).not.toHaveBeenCalled();
  expect(screen.getByText(/Chưa gửi được/)).toBeInTheDocument();
  expect(JSON.parse(window.localStorage.getItem("quiz-pending:att-1") ?? "[]")).toEqual([
    { key: "q0", kind: "answer", position: 0, display: 2, token: "tok-0-2" },
  ]);
  await act(async () => setOnline(true));
  expect(save).toHaveBeenCalledWith("att-1", 0, "tok-0-2");
  expect(screen.getByText("Đã lưu")).toBeInTheDocument();
  expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
  expect(window.localStorage.getItem("quiz-pending:att-1")).toBeNull();
});

test("a failed request shows the notice and is retried with backoff", async () => {
  jest.useFakeTimers();
  save.mockRejectedValueOnce(new TypeError("Failed to fetch"));
  render(<QuizRunner {...payload()} />);
  await act(async () => {
    fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.3/ }));
  });
  expect(screen.getByText(OFFLINE)).toBeInTheDocument();
  expect(save).toHaveBeenCalledTimes(1);
  await act(async () => {
    jest.advanceTimersByTime(1_100);
  });
  expect(save).toHaveBeenCalledTimes(2);
  expect(screen.getByText("Đã lưu")).toBeInTheDocument();
  expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
});

test("a busy server (retryable refusal) keeps the choice and sends it again, without calling it refused", async () => {
  jest.useFakeTimers();
  save.mockResolvedValueOnce({ ok: false, error: "Hệ thống đang bận, dữ liệu của bạn chưa được ghi. Vui lòng thử lại sau giây lát.", retryable: true });
  render(<QuizRunner {...payload()} />);
  await act(async () => {
    fireEvent.click(screen.getByRole("radio", { name: /Phương án 1\.3/ }));
  });
  expect(save).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.queryByText("Đã lưu")).not.toBeInTheDocument();
  await act(async () => {
    jest.advanceTimersByTime(1_100);
  });
  expect(save).toHaveBeenCalledTimes(2);
  expect(save.mock.calls[1]).toEqual(save.mock.calls[0]);
  expect(save.mock.calls[0]).toEqual(["att-1", 0, "tok-0-3"]);
  expect(screen.getByText("Đã lưu")).toBeInTheDocument();
});

test("choices left unsent by an earlier visit are shown and resent", async () => {
  window.localStorage.setItem("quiz-pending:att-1", JSON.stringify([{ key: "q0", kind: "answer", position: 0, display: 3, token: "tok-0-3" }]));
  await act(async () => {
    render(<QuizRunner {...payload()} />);
  });
  expect(screen.getByRole("radio", { name: /Phương án 1\.3/ })).toBeChecked();
  expect(save).toHaveBeenCalledWith("att-1", 0, "tok-0-3");
});

test("the countdown follows the server clock, announces 5 and 1 minutes left, and submits by itself at zero", async () => {
  // The device clock is years off: only the offset measured from serverNow matters.
  jest.useFakeTimers({ now: new Date("2031-05-05T10:00:00.000Z") });
  submit.mockResolvedValue({
    ok: true,
    data: { attemptId: "att-1", correctCount: 1, questionCount: 3, durationMs: 1, submittedAt: SERVER_NOW, submitSource: "AUTO", graceUsedMs: null },
  });
  render(<QuizRunner {...payload({ deadline: new Date(Date.parse(SERVER_NOW) + 6 * 60_000).toISOString() })} />);
  const timer = screen.getByRole("timer");
  expect(timer).toHaveTextContent("06:00");
  const live = document.querySelector("[aria-live]") as HTMLElement;
  expect(live).toHaveTextContent(/^$/);
  await act(async () => {
    jest.advanceTimersByTime(30_000);
  });
  expect(timer).toHaveTextContent("05:30");
  expect(live).toHaveTextContent(/^$/);
  await act(async () => {
    jest.advanceTimersByTime(31_000);
  });
  expect(live).toHaveTextContent("Còn 5 phút làm bài.");
  const textAt5 = live.textContent;
  await act(async () => {
    jest.advanceTimersByTime(60_000);
  });
  expect(live.textContent).toBe(textAt5); // no announcement every second or minute in between
  await act(async () => {
    jest.advanceTimersByTime(3 * 60_000);
  });
  expect(live).toHaveTextContent("Còn 1 phút làm bài.");
  expect(submit).not.toHaveBeenCalled();
  await act(async () => {
    jest.advanceTimersByTime(60_000);
  });
  expect(timer).toHaveTextContent("00:00");
  expect(submit).toHaveBeenCalledTimes(1);
  expect(submit).toHaveBeenCalledWith("att-1", "AUTO");
  expect(replace).toHaveBeenCalledWith("/thi/att-1/ket-qua");
  expect(screen.getByRole("radio", { name: /Phương án 1\.0/ })).toBeDisabled();
});

test("submit asks for confirmation listing the unanswered questions, then submits as the participant", async () => {
  submit.mockResolvedValue({
    ok: true,
    data: { attemptId: "att-1", correctCount: 1, questionCount: 3, durationMs: 1, submittedAt: SERVER_NOW, submitSource: "PARTICIPANT", graceUsedMs: null },
  });
  render(<QuizRunner {...payload()} />);
  fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
  const dialog = screen.getByRole("dialog", { name: "Nộp bài thi?" });
  expect(within(dialog).getByText(/câu 2, câu 3/)).toBeInTheDocument();
  expect(within(dialog).getByText("Bạn chưa trả lời câu hỏi dự đoán.")).toBeInTheDocument();
  fireEvent.click(within(dialog).getByRole("button", { name: "Tiếp tục làm bài" }));
  expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  expect(submit).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận nộp bài" }));
  });
  expect(submit).toHaveBeenCalledWith("att-1", "PARTICIPANT");
  expect(replace).toHaveBeenCalledWith("/thi/att-1/ket-qua");
});

test("a refused submit says why and links to the result", async () => {
  submit.mockResolvedValue({ ok: false, error: "Đã quá thời gian nộp bài." });
  render(<QuizRunner {...payload()} />);
  fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận nộp bài" }));
  });
  expect(screen.getByRole("alert")).toHaveTextContent("Đã quá thời gian nộp bài.");
  expect(screen.getByRole("link", { name: "Xem kết quả bài thi" })).toHaveAttribute("href", "/thi/att-1/ket-qua");
  expect(replace).not.toHaveBeenCalled();
});

test.each([
  ["lost to the network", () => submit.mockRejectedValueOnce(new TypeError("Failed to fetch")), "Chưa gửi được bài do mất kết nối"],
  [
    "the busy server did not take (retryable)",
    () => submit.mockResolvedValueOnce({ ok: false, error: "Hệ thống đang bận, vui lòng thử lại.", retryable: true }),
    "Hệ thống đang bận nên chưa nhận được bài",
  ],
])("a submit %s is sent again by itself until it gets through", async (_label, firstReply, alert) => {
  jest.useFakeTimers();
  firstReply();
  submit.mockResolvedValueOnce({
    ok: true,
    data: { attemptId: "att-1", correctCount: 1, questionCount: 3, durationMs: 1, submittedAt: SERVER_NOW, submitSource: "PARTICIPANT", graceUsedMs: null },
  });
  render(<QuizRunner {...payload()} />);
  fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận nộp bài" }));
  });
  expect(submit).toHaveBeenCalledTimes(1);
  expect(screen.getByRole("alert")).toHaveTextContent(alert);
  expect(replace).not.toHaveBeenCalled();
  await act(async () => {
    jest.advanceTimersByTime(4_100);
  });
  expect(submit).toHaveBeenCalledTimes(2);
  expect(replace).toHaveBeenCalledWith("/thi/att-1/ket-qua");
});
