// Participant sign-in: Vietnamese errors, the rate-limit message, and where it goes on success.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignInForm } from "@/components/participants/sign-in-form";

function setup(result: { ok: true } | { ok: false; error: string; retryAfter?: number } = { ok: true }) {
  const signIn = jest.fn(async () => result);
  const navigate = jest.fn();
  render(<SignInForm contestId="c1" nextUrl="/thi" signIn={signIn} navigate={navigate} />);
  return { user: userEvent.setup(), signIn, navigate };
}

test("empty fields are explained in Vietnamese and linked to their inputs", async () => {
  const { user, signIn } = setup();
  await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
  expect(await screen.findByText("Vui lòng nhập số CCCD hoặc số điện thoại.")).toBeInTheDocument();
  expect(screen.getByLabelText(/^Số CCCD hoặc số điện thoại/)).toHaveAccessibleDescription("Vui lòng nhập số CCCD hoặc số điện thoại.");
  expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription("Vui lòng nhập mật khẩu.");
  expect(signIn).not.toHaveBeenCalled();
});

test("signs in with the contest, identifier and password, then goes to the next page", async () => {
  const { user, signIn, navigate } = setup();
  await user.type(screen.getByLabelText(/^Số CCCD hoặc số điện thoại/), " 0912345678 ");
  await user.type(screen.getByLabelText(/^Mật khẩu/), "matkhau123");
  await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
  expect(signIn).toHaveBeenCalledWith("participant", { contestId: "c1", identifier: "0912345678", password: "matkhau123" });
  expect(navigate).toHaveBeenCalledWith("/thi");
});

test("a refusal (wrong password, too many attempts) is shown and the identifier kept", async () => {
  const { user, navigate } = setup({ ok: false, error: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 5 phút.", retryAfter: 300 });
  await user.type(screen.getByLabelText(/^Số CCCD hoặc số điện thoại/), "037090000123");
  await user.type(screen.getByLabelText(/^Mật khẩu/), "sai");
  await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 5 phút.");
  expect(screen.getByLabelText(/^Số CCCD hoặc số điện thoại/)).toHaveValue("037090000123");
  expect(navigate).not.toHaveBeenCalled();
});
