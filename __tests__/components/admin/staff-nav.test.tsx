import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StaffNav } from "@/components/admin/staff-nav";
import { staffNavFor } from "@/lib/staff/nav";

let pathname = "/quan-tri/cau-hoi/abc";
jest.mock("next/navigation", () => ({ usePathname: () => pathname }));

test("an editor's menu shows the bank and marks the current section", () => {
  render(<StaffNav items={staffNavFor("EDITOR")} />);
  const nav = screen.getByRole("navigation", { name: "Khu vực quản trị" });
  const links = within(nav)
    .getAllByRole("link")
    .map((l) => l.textContent);
  expect(links).toEqual(["Tổng quan", "Ngân hàng câu hỏi", "Nhập câu hỏi", "Thống kê", "Đổi mật khẩu"]);
  expect(within(nav).getByRole("link", { name: "Ngân hàng câu hỏi" })).toHaveAttribute("aria-current", "page");
  expect(within(nav).queryByRole("link", { name: "Tài khoản" })).not.toBeInTheDocument();
});

test("a jury member sees the jury page but not the bank", () => {
  pathname = "/quan-tri/giam-khao";
  render(<StaffNav items={staffNavFor("JURY")} />);
  expect(screen.getByRole("link", { name: "Giám khảo" })).toHaveAttribute("aria-current", "page");
  expect(screen.queryByRole("link", { name: "Ngân hàng câu hỏi" })).not.toBeInTheDocument();
});

test("on a phone the menu opens and closes with its button", async () => {
  render(<StaffNav items={staffNavFor("ADMIN")} />);
  const toggle = screen.getByRole("button", { name: /Menu quản trị/ });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
});
