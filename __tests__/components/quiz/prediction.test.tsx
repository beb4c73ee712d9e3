// The prediction field (issue 13 point 2): typed the Vietnamese way, saved only as a complete
// valid value, and called "Đã lưu" only when the server confirmed the number on the screen.
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import type { RunnerPayload } from "@/lib/attempts/runner-payload";
import { saveAnswer, savePrediction as savePredictionRequest, submitAttempt } from "@/components/quiz/quiz-api";

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
const QUESTION = "Có bao nhiêu người tham gia Quý 4?";
type SaveReply = Awaited<ReturnType<typeof savePredictionRequest>>;
const OK: SaveReply = { ok: true, data: { savedAt: SERVER_NOW } };

function payload(patch: Partial<RunnerPayload> = {}): RunnerPayload {
  return {
    attemptId: "att-1",
    roundName: "Quý 4",
    questions: [0, 1].map((position) => ({
      position,
      text: `Nội dung câu ${position + 1}?`,
      options: [0, 1, 2, 3].map((d) => ({ text: `Phương án ${position + 1}.${d}`, token: `tok-${position}-${d}` })),
      chosen: 0,
    })),
    predictionQuestion: QUESTION,
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

beforeEach(() => {
  jest.restoreAllMocks();
  save.mockReset().mockResolvedValue({ ok: true, data: { savedAt: SERVER_NOW } });
  savePrediction.mockReset().mockResolvedValue(OK);
  submit.mockReset().mockResolvedValue({
    ok: true,
    data: { attemptId: "att-1", correctCount: 1, questionCount: 2, durationMs: 1, submittedAt: SERVER_NOW, submitSource: "PARTICIPANT", graceUsedMs: null },
  });
  replace.mockReset();
  window.localStorage.clear();
});

function openPrediction(patch: Partial<RunnerPayload> = {}) {
  const user = userEvent.setup();
  render(<QuizRunner {...payload(patch)} />);
  fireEvent.click(screen.getByRole("button", { name: /^Câu hỏi dự đoán,/ }));
  const input = screen.getByLabelText(QUESTION);
  return { user, input };
}

// The prediction's own save status (the offline notice is a status region too).
const status = () => {
  const el = screen.getAllByRole("status").find((e) => e.id === "prediction-status");
  if (!el) throw new Error("no prediction status");
  return el;
};

test("a text field with the numeric keyboard, not a number spinner", () => {
  const { input } = openPrediction();
  expect(input).toHaveAttribute("type", "text");
  expect(input).toHaveAttribute("inputmode", "numeric");
});

test('keystrokes "1", ".", "5", "0", "0" send nothing; leaving the field sends exactly 1500 once', async () => {
  const { user, input } = openPrediction();
  await user.click(input);
  for (const key of ["1", ".", "5", "0", "0"]) {
    await user.keyboard(key);
    expect(savePrediction).not.toHaveBeenCalled();
  }
  expect(input).toHaveValue("1.500");
  expect(screen.getByText("Bạn nhập: 1.500")).toBeInTheDocument();
  expect(status()).not.toHaveTextContent("Đã lưu");
  await user.tab();
  expect(savePrediction).toHaveBeenCalledTimes(1);
  expect(savePrediction).toHaveBeenCalledWith("att-1", 1500);
  expect(status()).toHaveTextContent(/^Đã lưu$/);
  // Leaving again, Enter, or the button do not send a value the server already holds.
  await user.click(input);
  await user.keyboard("{Enter}");
  await user.click(screen.getByRole("button", { name: "Lưu dự đoán" }));
  expect(savePrediction).toHaveBeenCalledTimes(1);
});

test("Enter and the “Lưu dự đoán” button save a valid value", async () => {
  const { user, input } = openPrediction();
  await user.type(input, "1 200{Enter}");
  expect(savePrediction).toHaveBeenLastCalledWith("att-1", 1200);
  await user.clear(input);
  await user.type(input, "12.345.678");
  fireEvent.click(screen.getByRole("button", { name: "Lưu dự đoán" }));
  await act(async () => {});
  expect(savePrediction).toHaveBeenLastCalledWith("att-1", 12_345_678);
  expect(savePrediction).toHaveBeenCalledTimes(2);
});

test('"1,5" shows why it is refused and sends nothing, not even on blur, Enter or the button', async () => {
  const { user, input } = openPrediction();
  await user.type(input, "1,5");
  expect(screen.getByText(/Câu trả lời dự đoán là một số nguyên\. Dấu phẩy dùng cho số thập phân/)).toBeInTheDocument();
  expect(input).toHaveAttribute("aria-invalid", "true");
  await user.keyboard("{Enter}");
  await user.click(screen.getByRole("button", { name: "Lưu dự đoán" }));
  await user.tab();
  expect(savePrediction).not.toHaveBeenCalled();
  expect(status()).not.toHaveTextContent("Đã lưu");
});

test.each([
  ["1.5", /sau mỗi dấu phải có đúng 3 chữ số/],
  ["-5", /không được âm/],
  ["abc", /chỉ nhập chữ số/],
  ["1.000.000.001", /không được vượt quá 1\.000\.000\.000/],
])("%j is refused with its reason and not sent", async (text, message) => {
  const { user, input } = openPrediction();
  await user.type(input, text);
  await user.tab();
  expect(screen.getByText(message)).toBeInTheDocument();
  expect(savePrediction).not.toHaveBeenCalled();
});

test("“Đã lưu” only once the server confirmed that value; an edit after a save is no longer saved", async () => {
  const reply = deferred<SaveReply>();
  savePrediction.mockReturnValueOnce(reply.promise);
  const { user, input } = openPrediction();
  await user.type(input, "1500");
  await user.tab();
  expect(status()).toHaveTextContent("Đang lưu…");
  await act(async () => reply.resolve(OK));
  expect(status()).toHaveTextContent(/^Đã lưu$/);
  await user.type(input, "0");
  expect(screen.getByText("Bạn nhập: 15.000")).toBeInTheDocument();
  expect(status()).not.toHaveTextContent(/^Đã lưu$/);
  expect(status()).toHaveTextContent("Chưa lưu");
  expect(status()).toHaveTextContent("Câu trả lời dự đoán đã lưu: 1.500");
  // Typing back the saved number: the server does hold it.
  await user.keyboard("{Backspace}");
  expect(status()).toHaveTextContent(/^Đã lưu$/);
});

test("a refused save is not called saved", async () => {
  savePrediction.mockResolvedValueOnce({ ok: false, error: "Đã hết giờ làm bài, không lưu được câu trả lời." });
  const { user, input } = openPrediction();
  await user.type(input, "1500");
  await user.tab();
  expect(status()).toHaveTextContent("Không lưu được");
  expect(screen.getByRole("alert")).toHaveTextContent("Đã hết giờ làm bài");
});

const setOnline = (value: boolean) => {
  jest.spyOn(window.navigator, "onLine", "get").mockReturnValue(value);
  act(() => {
    window.dispatchEvent(new Event(value ? "online" : "offline"));
  });
};

test("offline: the prediction waits in the outbox (and localStorage), is not called saved, and is sent when the network returns", async () => {
  const { user, input } = openPrediction();
  setOnline(false);
  await user.type(input, "1.500");
  await user.tab();
  expect(savePrediction).not.toHaveBeenCalled();
  expect(status()).toHaveTextContent("Chưa gửi được");
  expect(JSON.parse(window.localStorage.getItem("quiz-pending:att-1") ?? "[]")).toEqual([{ key: "prediction", kind: "prediction", value: 1500 }]);
  await act(async () => setOnline(true));
  expect(savePrediction).toHaveBeenCalledTimes(1);
  expect(savePrediction).toHaveBeenCalledWith("att-1", 1500);
  expect(status()).toHaveTextContent(/^Đã lưu$/);
  expect(window.localStorage.getItem("quiz-pending:att-1")).toBeNull();
});

test("a save lost to the network is not called saved", async () => {
  savePrediction.mockRejectedValueOnce(new TypeError("Failed to fetch"));
  const { user, input } = openPrediction();
  await user.type(input, "1.500");
  await user.tab();
  expect(status()).toHaveTextContent("Chưa gửi được");
  expect(status()).not.toHaveTextContent("Đã lưu");
});

test("a prediction left unsent by an earlier visit is shown formatted and resent", async () => {
  window.localStorage.setItem("quiz-pending:att-1", JSON.stringify([{ key: "prediction", kind: "prediction", value: 2500 }]));
  await act(async () => {
    render(<QuizRunner {...payload({ prediction: 1500 })} />);
  });
  expect(savePrediction).toHaveBeenCalledWith("att-1", 2500);
  fireEvent.click(screen.getByRole("button", { name: /^Câu hỏi dự đoán,/ }));
  expect(screen.getByLabelText(QUESTION)).toHaveValue("2.500");
  expect(status()).toHaveTextContent(/^Đã lưu$/);
});

test("a stored prediction is shown formatted when the page loads, and counts as saved", () => {
  const { input } = openPrediction({ prediction: 1500 });
  expect(input).toHaveValue("1.500");
  expect(status()).toHaveTextContent(/^Đã lưu$/);
  expect(screen.getByRole("button", { name: "Câu hỏi dự đoán, đã trả lời" })).toBeInTheDocument();
});

describe("the submit dialog", () => {
  test("shows the saved prediction", async () => {
    const { user, input } = openPrediction();
    await user.type(input, "1.500");
    await user.tab();
    await user.click(screen.getByRole("button", { name: "Nộp bài" }));
    const dialog = screen.getByRole("dialog", { name: "Nộp bài thi?" });
    expect(within(dialog).getByText("Câu trả lời dự đoán đã lưu: 1.500.")).toBeInTheDocument();
  });

  test("says the prediction is missing", async () => {
    const user = userEvent.setup();
    render(<QuizRunner {...payload()} />);
    await user.click(screen.getByRole("button", { name: "Nộp bài" }));
    expect(within(screen.getByRole("dialog")).getByText("Bạn chưa trả lời câu hỏi dự đoán.")).toBeInTheDocument();
  });

  test("a valid value not yet saved is saved before the submit", async () => {
    const { input } = openPrediction();
    // Typed, never left: no save yet (fireEvent does not move the focus).
    fireEvent.change(input, { target: { value: "2 000" } });
    expect(savePrediction).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText(/Câu trả lời dự đoán 2\.000 chưa được lưu xong; hệ thống sẽ lưu trước khi nộp bài/)).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận nộp bài" }));
    });
    expect(savePrediction).toHaveBeenCalledWith("att-1", 2000);
    expect(savePrediction.mock.invocationCallOrder[0]).toBeLessThan(submit.mock.invocationCallOrder[0]);
    expect(submit).toHaveBeenCalledWith("att-1", "PARTICIPANT");
  });

  test("an invalid value is named as not saved, with the value the server holds, and is not sent", async () => {
    const { input } = openPrediction({ prediction: 1500 });
    fireEvent.change(input, { target: { value: "1,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Nộp bài" }));
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText(/bạn đang nhập không hợp lệ nên sẽ không được lưu/)).toHaveTextContent("Câu trả lời dự đoán đã lưu: 1.500.");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận nộp bài" }));
    });
    expect(savePrediction).not.toHaveBeenCalled();
    expect(submit).toHaveBeenCalled();
  });
});
