import { render, screen } from "@testing-library/react";
import { ContestPicker } from "@/components/admin/contest-picker";

const contests = [
  { id: "c1", slug: "chuyen-doi-so-2025", name: "Cuộc thi năm 2025", year: 2025 },
  { id: "c2", slug: "chuyen-doi-so-2026", name: "Cuộc thi năm 2026", year: 2026 },
];

test("by default the GET form sends the chosen contest's id as cuocThi", () => {
  render(<ContestPicker action="/quan-tri/cau-hoi" contests={contests} currentId="c2" />);
  const select = screen.getByRole("combobox", { name: "Cuộc thi" });
  expect(select).toHaveAttribute("name", "cuocThi");
  expect(select).toHaveValue("c2");
  expect(screen.getByRole("option", { name: "Cuộc thi năm 2025 (2025)" })).toHaveAttribute("value", "c1");
  expect(screen.getByRole("button", { name: "Chọn" }).closest("form")).toHaveAttribute("action", "/quan-tri/cau-hoi");
});

test("the statistics pages name the contest by its slug, under their own parameter and button", () => {
  render(<ContestPicker action="/quan-tri/thong-ke" contests={contests} currentId="chuyen-doi-so-2025" param="cuoc-thi" by="slug" submitLabel="Xem" />);
  const select = screen.getByRole("combobox", { name: "Cuộc thi" });
  expect(select).toHaveAttribute("name", "cuoc-thi");
  expect(select).toHaveValue("chuyen-doi-so-2025");
  expect(screen.getByRole("option", { name: "Cuộc thi năm 2026 (2026)" })).toHaveAttribute("value", "chuyen-doi-so-2026");
  expect(screen.getByRole("button", { name: "Xem" })).toHaveAttribute("type", "submit");
});
