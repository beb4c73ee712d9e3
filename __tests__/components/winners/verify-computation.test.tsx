// The jury's computation summary (stored inputs in words, stale warning, "Kiểm tra lại" and its
// outcome) and the public round result's hash and downloadable document.
jest.mock("@/lib/winners/actions", () => ({ verifyComputationAction: jest.fn() }));

import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ComputationSummary } from "@/components/winners/computation-summary";
import { PublicRoundResults } from "@/components/winners/public-round-results";
import { verifyComputationAction } from "@/lib/winners/actions";
import type { ComputationSummary as Summary, StoredInputs } from "@/lib/winners/queries";
import type { VerifyReport } from "@/lib/winners/verify";

const action = verifyComputationAction as jest.Mock;
const HASH = "ab".repeat(32);

const inputs: StoredInputs = {
  format: 1,
  rulesetVersion: "ranking-rules-v2",
  kind: "FINAL",
  rankingOrder: "CORRECT_PREDICTION_DURATION",
  settingsVersion: 3,
  predictionTruth: "PARTICIPANTS",
  trueValue: 500,
  trueValueCounted: 480,
  trueValueSource: "override",
  trueValueOverrideReason: "Đếm lại theo biên bản",
  attemptCount: 900,
  participantCount: 480,
  prizeTiers: [
    { code: "NHAT", name: "Giải Nhất", count: 1, amount: 2_000_000 },
    { code: "NHI", name: "Giải Nhì", count: 2 },
  ],
  minScoreForPrize: 15,
  excludeEarlierWinners: true,
  disqualifiedIds: ["d1", "d2"],
  earlierWinnerIds: ["e1"],
  organiserMemberIds: ["o1"],
  entriesDigest: "cd".repeat(32),
};

const summary = (over: Partial<Summary> = {}): Summary => ({
  id: "c1",
  roundId: "r1",
  kind: "FINAL",
  computedAt: new Date("2023-03-31T05:00:00Z"),
  computedBy: "giamkhao",
  forced: false,
  forceReason: null,
  rulesetVersion: "ranking-rules-v2",
  rankingOrder: "CORRECT_PREDICTION_DURATION",
  settingsVersion: 3,
  trueValue: 500,
  participantCount: 480,
  attemptCount: 900,
  entryCount: 480,
  inputHash: HASH,
  prizes: [],
  inputs,
  staleAt: null,
  staleReason: null,
  ...over,
});

const entry = {
  participantId: "p2",
  attemptId: "a2",
  correctCount: 20,
  prediction: 500,
  predictionDiff: 0,
  durationMs: 60_000,
  submittedAt: new Date("2023-03-01T01:00:00Z"),
  registeredAt: new Date("2023-02-01T00:00:00Z"),
  prizeTier: "NHAT",
  excludedReason: null,
};

beforeEach(() => action.mockReset());

test("the stored inputs in words: true value and its source, tiers, minimum score, exclusions, the hash", () => {
  render(<ComputationSummary computation={summary()} />);
  expect(screen.getByText(/điều chỉnh bởi Ban Giám khảo \(hệ thống đếm 480 .*lý do: Đếm lại theo biên bản\)/)).toBeInTheDocument();
  expect(screen.getByText("1 Giải Nhất (2.000.000 đồng), 2 Giải Nhì")).toBeInTheDocument();
  expect(screen.getByText("15 câu đúng")).toBeInTheDocument();
  expect(screen.getByText(/2 thí sinh bị loại · 1 thành viên Ban Tổ chức .* · 1 người đã đoạt giải đợt trước/)).toBeInTheDocument();
  expect(screen.getByText(HASH)).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("a stale computation shows the warning; one made after the stale mark does not", () => {
  const { unmount } = render(<ComputationSummary computation={summary({ staleAt: new Date("2023-04-02T03:00:00Z"), staleReason: "Chấm lại câu 7" })} />);
  expect(screen.getByRole("alert")).toHaveTextContent(/Dữ liệu đã thay đổi sau lần tính này.*Chấm lại câu 7/);
  unmount();
  render(<ComputationSummary computation={summary({ staleAt: new Date("2023-03-30T03:00:00Z"), staleReason: "Chấm lại câu 7" })} />);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

test("a computation without stored inputs says so", () => {
  render(<ComputationSummary computation={summary({ inputs: null })} />);
  expect(screen.getByText(/Không lưu \(lần tính trước khi hệ thống lưu dữ liệu đầu vào\)/)).toBeInTheDocument();
});

test("Kiểm tra lại: khớp, and today's data gives the same result", async () => {
  const report: VerifyReport = {
    computationId: "c1",
    stored: { status: "MATCH", inputHash: HASH, entryCount: 480 },
    live: { status: "SAME", inputHash: HASH },
    names: {},
  };
  action.mockResolvedValue({ ok: true, data: report });
  render(<ComputationSummary computation={summary()} />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Kiểm tra lại" }));
  expect(action).toHaveBeenCalledWith({ computationId: "c1" });
  expect(await screen.findByText("Khớp")).toBeInTheDocument();
  expect(screen.getByText("Dữ liệu hiện tại vẫn cho cùng kết quả.")).toBeInTheDocument();
});

test("Kiểm tra lại: the first differing row with what was stored and what the recomputation gives; what changed today", async () => {
  const report: VerifyReport = {
    computationId: "c1",
    stored: {
      status: "MISMATCH",
      problems: ["Mã kiểm tra (SHA-256) tính lại khác mã đã lưu."],
      storedHash: HASH,
      recomputedHash: "ef".repeat(32),
      firstRow: { rank: 4, fields: ["prizeTier"], stored: entry, recomputed: { ...entry, prizeTier: "NHI" } },
    },
    live: { status: "DIFFERENT", recomputedHash: "12".repeat(32), changes: ["Thí sinh bị loại: thêm 1, bớt 0."], firstRow: null },
    names: { p2: "Nguyễn Văn B" },
  };
  action.mockResolvedValue({ ok: true, data: report });
  render(<ComputationSummary computation={summary()} />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Kiểm tra lại" }));
  const mismatch = await screen.findByText("Không khớp với dữ liệu đã lưu");
  const box = within(mismatch.closest("[role=alert]") as HTMLElement);
  expect(box.getByText("Dòng khác đầu tiên: hạng 4 (Giải)")).toBeInTheDocument();
  const row = box.getByRole("row", { name: /Giải ≠/ });
  expect(within(row).getByText("Giải Nhất")).toBeInTheDocument();
  expect(within(row).getByText("Giải Nhì")).toBeInTheDocument();
  expect(box.getAllByText("Nguyễn Văn B (p2)")).toHaveLength(2);
  expect(screen.getByText("Dữ liệu hiện tại cho kết quả khác")).toBeInTheDocument();
  expect(screen.getByText("Thí sinh bị loại: thêm 1, bớt 0.")).toBeInTheDocument();
});

test("a published round shows its result hash with the full value and the document's SHA-256 with a download link", () => {
  const sha = "9f".repeat(32);
  render(
    <PublicRoundResults
      round={{
        id: "r1",
        number: 1,
        name: "Quý 1",
        closesAt: new Date("2023-03-30T16:59:59.999Z"),
        awardMonth: "03/2023",
        published: true,
        publishedAt: new Date("2023-03-31T08:00:00Z"),
        trueValue: 480,
        participantCount: 480,
        inputHash: HASH,
        document: { href: "/ket-qua/r1", fileName: "ket-qua-x-dot-1.json", sha256: sha },
        tiers: [],
      }}
    />,
  );
  expect(screen.getByText(`${HASH.slice(0, 12)}…`)).toBeInTheDocument();
  expect(screen.getByLabelText("Mã kết quả (đầy đủ)")).toHaveTextContent(HASH);
  expect(screen.getByText(/dấu vân tay SHA-256 của toàn bộ dữ liệu đầu vào và bảng xếp hạng mà Ban Giám khảo đã phê duyệt/)).toBeInTheDocument();
  expect(screen.getByLabelText("SHA-256 của tệp kết quả (đầy đủ)")).toHaveTextContent(sha);
  const link = screen.getByRole("link", { name: "Tải danh sách đoạt giải (JSON)" });
  expect(link).toHaveAttribute("href", "/ket-qua/r1");
  expect(link).toHaveAttribute("download", "ket-qua-x-dot-1.json");
});
