// The page's side of the quiz routes (components/quiz/quiz-api.ts): what it sends, and how an HTTP
// answer becomes what the quiz runner sees: a JSON reply resolves (even a refusal, and a 503 is
// retryable); no JSON answer from our server (network, a proxy's error page, a crash) rejects, so
// the runner keeps the choice and sends it again.
import { saveAnswer, savePrediction, submitAttempt } from "@/components/quiz/quiz-api";

const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

/** A fetch answer: `body` as JSON, or (a string) as text that JSON.parse refuses. */
function answer(status: number, body: unknown): Response {
  return {
    status,
    ok: status >= 200 && status < 300,
    json: async () => (typeof body === "string" ? JSON.parse(body) : body),
  } as unknown as Response;
}

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

test("each call POSTs JSON to its route, the attempt id in the path", async () => {
  fetchMock.mockResolvedValue(answer(200, { ok: true, data: { savedAt: "2026-11-29T04:00:00.000Z" } }));
  await saveAnswer("att/1?x", 2, "tok-2-1");
  await savePrediction("att-1", 4567);
  await submitAttempt("att-1", "AUTO");
  expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method, JSON.parse(String(init.body))])).toEqual([
    ["/api/attempts/att%2F1%3Fx/answers", "POST", { position: 2, token: "tok-2-1" }],
    ["/api/attempts/att-1/prediction", "POST", { prediction: 4567 }],
    ["/api/attempts/att-1/submit", "POST", { source: "AUTO" }],
  ]);
  for (const [, init] of fetchMock.mock.calls) {
    expect(new Headers(init.headers).get("content-type")).toBe("application/json");
    expect(init).toMatchObject({ credentials: "same-origin", cache: "no-store" });
  }
});

test.each([
  [200, { ok: true, data: { savedAt: "2026-11-29T04:00:00.000Z" } }],
  [400, { ok: false, error: "Thông tin chưa hợp lệ.", fieldErrors: { token: ["Bắt buộc"] } }],
  [401, { ok: false, error: "Vui lòng đăng nhập tài khoản thí sinh để dự thi." }],
  [403, { ok: false, error: "Yêu cầu không đến từ trang của cuộc thi." }],
  [409, { ok: false, error: "Bài thi đã được nộp, không thể thay đổi câu trả lời." }],
  [503, { ok: false, error: "Hệ thống đang bận, dữ liệu của bạn chưa được ghi. Vui lòng thử lại sau giây lát.", retryable: true }],
])("an HTTP %i with a JSON reply resolves with that reply", async (status, body) => {
  fetchMock.mockResolvedValue(answer(status, body));
  await expect(saveAnswer("att-1", 0, "tok-0-1")).resolves.toEqual(body);
});

test.each([
  ["a 500, even with JSON", answer(500, { ok: false, error: "Lỗi máy chủ" })],
  ["a 502 from a proxy", answer(502, "<html>Bad Gateway</html>")],
  ["a 200 that is not JSON", answer(200, "<html>Đăng nhập Wi-Fi</html>")],
  ["a 503 that is not JSON", answer(503, "Service Unavailable")],
  ["JSON that is not a reply", answer(200, { savedAt: "2026-11-29T04:00:00.000Z" })],
  ["JSON null", answer(200, null)],
])("%s rejects (no answer from our server: keep the choice and send it again)", async (_label, res) => {
  fetchMock.mockResolvedValue(res);
  await expect(saveAnswer("att-1", 0, "tok-0-1")).rejects.toThrow();
  fetchMock.mockResolvedValue(res);
  await expect(submitAttempt("att-1", "PARTICIPANT")).rejects.toThrow();
});

test("a network failure rejects", async () => {
  fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
  await expect(savePrediction("att-1", 1)).rejects.toThrow("Failed to fetch");
});
