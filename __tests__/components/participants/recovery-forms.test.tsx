// The two account-recovery forms: asking for a link or code (/quen-mat-khau: the neutral answer,
// then the code form with the phone or CCCD kept), and choosing the new password with the link or
// the code (/dat-lai-mat-khau): Vietnamese errors on the fields, the server's refusal, the success.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CodeResetForm, LinkResetForm } from "@/components/participants/password-reset-forms";
import { RecoveryRequestForm } from "@/components/participants/recovery-request-form";

type Result = { ok: true; data: undefined } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };
const OK: Result = { ok: true, data: undefined };

function setupRequest(result: Result = OK) {
  const request = jest.fn(async () => result);
  const resetByCode = jest.fn(async () => OK);
  render(<RecoveryRequestForm contestId="c1" request={request} resetByCode={resetByCode} />);
  return { user: userEvent.setup(), request, resetByCode };
}

const identifierField = () => screen.getByLabelText(/^Số điện thoại, số CCCD hoặc email đã đăng ký/);
const send = () => screen.getByRole("button", { name: "Gửi hướng dẫn đặt lại mật khẩu" });

describe("asking for a reset", () => {
  test("an empty or unreadable identifier is explained on the field and nothing is sent", async () => {
    const { user, request } = setupRequest();
    await user.click(send());
    expect(identifierField()).toHaveAccessibleDescription(expect.stringContaining("Vui lòng nhập số điện thoại, số CCCD hoặc email đã đăng ký."));
    await user.type(identifierField(), "12345");
    await user.click(send());
    expect(await screen.findByText("Nhập số điện thoại di động, số CCCD (12 chữ số) hoặc email đã dùng khi đăng ký.")).toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();
  });

  test("sends the contest and the identifier, shows the neutral answer and the code form with the phone kept", async () => {
    const { user, request, resetByCode } = setupRequest();
    await user.type(identifierField(), "0912 345 678");
    await user.click(send());
    expect(request).toHaveBeenCalledWith({ contestId: "c1", identifier: "0912 345 678" });
    expect(await screen.findByRole("status")).toHaveTextContent("Nếu thông tin bạn nhập khớp với một tài khoản dự thi");
    expect(screen.getByLabelText(/^Số điện thoại hoặc số CCCD/)).toHaveValue("0912 345 678");
    await user.type(screen.getByLabelText(/^Mã xác nhận/), "123456");
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), "matkhau-moi1");
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "matkhau-moi1");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(resetByCode).toHaveBeenCalledWith({
      contestId: "c1",
      identifier: "0912 345 678",
      code: "123456",
      password: "matkhau-moi1",
      passwordConfirm: "matkhau-moi1",
    });
    expect(await screen.findByText("Đã đặt mật khẩu mới.")).toBeInTheDocument();
  });

  test("after an e-mail the code form starts empty; “Gửi lại yêu cầu” goes back", async () => {
    const { user } = setupRequest();
    await user.type(identifierField(), "an@example.vn");
    await user.click(send());
    expect(await screen.findByLabelText(/^Số điện thoại hoặc số CCCD/)).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Gửi lại yêu cầu" }));
    expect(identifierField()).toBeInTheDocument();
  });

  test("a refusal (too many requests) is shown and the identifier kept", async () => {
    const { user } = setupRequest({ ok: false, error: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 30 phút." });
    await user.type(identifierField(), "037090000123");
    await user.click(send());
    expect(await screen.findByRole("alert")).toHaveTextContent("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 30 phút.");
    expect(identifierField()).toHaveValue("037090000123");
  });
});

describe("choosing the new password with the e-mailed link", () => {
  const TOKEN = "a".repeat(43);

  test("registration's password rules apply before anything is sent", async () => {
    const action = jest.fn(async () => OK);
    const user = userEvent.setup();
    render(<LinkResetForm token={TOKEN} action={action} />);
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), "chuthoi");
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "khac");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText("Mật khẩu cần ít nhất 8 ký tự.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Nhập lại mật khẩu mới/)).toHaveAccessibleDescription("Mật khẩu nhập lại không khớp.");
    expect(action).not.toHaveBeenCalled();
  });

  test("sends the token with the password and then offers sign-in", async () => {
    const action = jest.fn(async () => OK);
    const user = userEvent.setup();
    render(<LinkResetForm token={TOKEN} action={action} />);
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), "matkhau-moi1");
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "matkhau-moi1");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(action).toHaveBeenCalledWith({ token: TOKEN, password: "matkhau-moi1", passwordConfirm: "matkhau-moi1" });
    expect(await screen.findByRole("status")).toHaveTextContent("Mọi phiên đăng nhập trước đây của tài khoản đã kết thúc.");
    expect(screen.getByRole("link", { name: "Đăng nhập" })).toHaveAttribute("href", "/dang-nhap");
  });

  test("a used or expired link is refused with the server's words and the form stays", async () => {
    const action = jest.fn(async (): Promise<Result> => ({ ok: false, error: "Đường liên kết đặt lại mật khẩu không đúng, đã hết hạn hoặc đã được dùng." }));
    const user = userEvent.setup();
    render(<LinkResetForm token={TOKEN} action={action} />);
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), "matkhau-moi1");
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "matkhau-moi1");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("đã hết hạn hoặc đã được dùng");
    expect(screen.getByRole("button", { name: "Đặt mật khẩu mới" })).toBeInTheDocument();
  });
});

describe("choosing the new password with the SMS code", () => {
  test("the identifier and the six-digit code are required and explained", async () => {
    const action = jest.fn(async () => OK);
    const user = userEvent.setup();
    render(<CodeResetForm contestId="c1" action={action} />);
    await user.type(screen.getByLabelText(/^Mã xác nhận/), "12");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText("Vui lòng nhập số điện thoại hoặc số CCCD.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Mã xác nhận/)).toHaveAccessibleDescription(expect.stringContaining("Mã xác nhận gồm 6 chữ số."));
    expect(action).not.toHaveBeenCalled();
  });

  test("the server's field errors land on their fields", async () => {
    const action = jest.fn(async (): Promise<Result> => ({ ok: false, error: "Thông tin chưa hợp lệ.", fieldErrors: { code: ["Mã xác nhận gồm 6 chữ số."] } }));
    const user = userEvent.setup();
    render(<CodeResetForm contestId="c1" identifier="037090000123" action={action} />);
    await user.type(screen.getByLabelText(/^Mã xác nhận/), "123456");
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), "matkhau-moi1");
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), "matkhau-moi1");
    await user.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Thông tin chưa hợp lệ.");
    expect(screen.getByLabelText(/^Mã xác nhận/)).toHaveAccessibleDescription(expect.stringContaining("Mã xác nhận gồm 6 chữ số."));
  });
});
