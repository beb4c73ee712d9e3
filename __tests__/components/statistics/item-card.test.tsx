import { render, screen, within } from "@testing-library/react";
import { ItemCard } from "@/components/statistics/item-card";
import type { ItemAnalysisRow } from "@/lib/statistics/item-queries";

const item: ItemAnalysisRow = {
  versionId: "v1",
  questionId: "q-42",
  version: 3,
  text: "Chuyển đổi số quốc gia gồm mấy trụ cột?",
  options: ["Hai", "Ba", "Bốn", "Năm"],
  correctIndex: 1,
  documentCode: "749/QĐ-TTg",
  questionArchived: false,
  n: 200,
  facility: 0.955,
  discrimination: null,
  efficiency: null,
  optionCounts: [5, 191, 3, 0],
  unanswered: 1,
  unusedDistractors: [3],
  flags: ["TOO_EASY", "UNUSED_DISTRACTOR"],
};

test("an item card shows the indices, the flags, each option's count and a link to edit the question", () => {
  render(<ItemCard item={item} rank={7} />);
  const card = screen.getByRole("article", { name: /7\. Chuyển đổi số quốc gia/ });
  expect(within(card).getByText(/Phiên bản 3/)).toHaveTextContent("Tài liệu 749/QĐ-TTg");
  expect(within(card).getByRole("link", { name: "Sửa câu hỏi" })).toHaveAttribute("href", "/quan-tri/cau-hoi/q-42");
  const flags = within(card).getByRole("list", { name: "Cảnh báo" });
  expect(
    within(flags)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Quá dễ", "Có phương án nhiễu không ai chọn (D)"]);
  expect(within(card).getByText("Độ dễ (%)").nextSibling).toHaveTextContent("95,5");
  // Everyone-right-like items have no discrimination index: shown as a dash, not as 0.
  expect(within(card).getByText("Độ phân biệt").nextSibling).toHaveTextContent("—");
  const options = within(card).getByRole("table", { name: "Số lượt chọn từng phương án" });
  const b = within(options).getByRole("row", { name: /B\. Ba/ });
  expect(b).toHaveTextContent("(đáp án đúng)");
  expect(
    within(b)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["191", "95,5"]);
  const blank = within(options).getByRole("row", { name: /Bỏ trống/ });
  expect(
    within(blank)
      .getAllByRole("cell")
      .map((c) => c.textContent),
  ).toEqual(["1", "0,5"]);
});
