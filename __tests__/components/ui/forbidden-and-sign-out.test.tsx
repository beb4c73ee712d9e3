// The one refusal and the one sign-out button. The refusal names itself as a heading, says the
// server's reason and offers a way back; the sign-out button posts through next-auth to the page
// its caller names, once, saying it is working.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Forbidden } from "@/components/ui/forbidden";
import { SignOutButton } from "@/components/ui/sign-out-button";

const signOut = jest.fn(async (_options: unknown) => undefined);
jest.mock("next-auth/react", () => ({ signOut: (options: unknown) => signOut(options) }));

beforeEach(() => signOut.mockClear());

test("the refusal: heading, reason, and the way back to the staff dashboard by default", () => {
  render(<Forbidden message="Tài khoản của bạn không có quyền thực hiện thao tác này." />);
  const box = screen.getByRole("alert");
  expect(screen.getByRole("heading", { level: 1, name: "Không có quyền truy cập" })).toBeInTheDocument();
  expect(box).toHaveTextContent("Tài khoản của bạn không có quyền thực hiện thao tác này.");
  expect(screen.getByRole("link", { name: "Về trang tổng quan" })).toHaveAttribute("href", "/quan-tri");
});

test("the refusal can say who may use the page, and go elsewhere or nowhere", () => {
  const { rerender } = render(<Forbidden message="Không được." detail="Trang này dành cho Tổ thư ký." back={{ href: "/", label: "Về trang chủ" }} />);
  expect(screen.getByRole("alert")).toHaveTextContent("Trang này dành cho Tổ thư ký.");
  expect(screen.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  rerender(<Forbidden message="Không được." back={null} />);
  expect(screen.queryByRole("link")).not.toBeInTheDocument();
});

test.each([
  ["a participant", undefined, "/"],
  ["a staff member", "/quan-tri/dang-nhap", "/quan-tri/dang-nhap"],
])("signing out as %s goes to %s and cannot be sent twice", async (_who, callbackUrl, expected) => {
  const user = userEvent.setup();
  render(<SignOutButton callbackUrl={callbackUrl} look={callbackUrl ? "onDark" : "light"} />);
  await user.click(screen.getByRole("button", { name: "Đăng xuất" }));
  expect(signOut).toHaveBeenCalledWith({ callbackUrl: expected });
  const pending = screen.getByRole("button", { name: "Đang đăng xuất…" });
  expect(pending).toBeDisabled();
  await user.click(pending);
  expect(signOut).toHaveBeenCalledTimes(1);
});
