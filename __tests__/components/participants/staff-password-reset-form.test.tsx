// The staff password reset form: a reason is required, the temporary password is shown once with
// the note to read it out by phone, and a refusal shows its message without any password.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StaffPasswordResetForm, type ResetPasswordAction } from "@/components/participants/staff-password-reset-form";

function setup(action: jest.Mock) {
  render(<StaffPasswordResetForm participantId="p1" action={action as unknown as ResetPasswordAction} />);
  return { user: userEvent.setup() };
}

const reason = () => screen.getByLabelText(/^Lý do đặt lại mật khẩu/);
const reset = () => screen.getByRole("button", { name: "Đặt lại mật khẩu" });

test("shows the temporary password once, with the note to give it by phone, and clears the reason", async () => {
  const action = jest.fn(async () => ({ ok: true, data: { temporaryPassword: "k7mp-x4qa-9rtz" } }));
  const { user } = setup(action);
  expect(screen.queryByText(/Mật khẩu tạm thời/)).not.toBeInTheDocument();
  await user.type(reason(), "Thí sinh gọi điện báo quên mật khẩu");
  await user.click(reset());
  expect(action).toHaveBeenCalledWith({ participantId: "p1", reason: "Thí sinh gọi điện báo quên mật khẩu" });
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent("Mật khẩu tạm thời: k7mp-x4qa-9rtz");
  expect(status).toHaveTextContent(/chỉ hiển thị một lần[\s\S]*gọi điện/);
  expect(reason()).toHaveValue("");
});

test("a refusal shows the reason's message on the field and no password", async () => {
  const action = jest.fn(async () => ({
    ok: false,
    error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
    fieldErrors: { reason: ["Lý do cần ít nhất 10 ký tự."] },
  }));
  const { user } = setup(action);
  await user.type(reason(), "quên");
  await user.click(reset());
  expect(await screen.findByText("Lý do cần ít nhất 10 ký tự.")).toBeInTheDocument();
  expect(reason()).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByRole("alert")).toHaveTextContent("Thông tin chưa hợp lệ");
  expect(screen.queryByText(/Mật khẩu tạm thời/)).not.toBeInTheDocument();
});
