// The staff identity correction form as a staff member uses it: current values filled in, the
// registration's rules checked before sending (CCCD vs birth date and gender, reason required),
// the server's refusals shown on their fields, and a confirmation naming what changed.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StaffIdentityForm, type CorrectIdentityAction } from "@/components/participants/staff-identity-form";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const initial = { participantId: "p1", fullName: "Trần Thị Bình", birthDate: "01/02/1995", gender: "FEMALE", cccd: "037195000456", phone: "0387654321" };
const PHONE_TAKEN = "Số điện thoại này đã được dùng cho một tài khoản khác trong cuộc thi.";

function setup(action: jest.Mock = jest.fn(async () => ({ ok: true, data: { id: "p1", changed: ["fullName"] } }))) {
  render(<StaffIdentityForm initial={initial} action={action as unknown as CorrectIdentityAction} />);
  return { user: userEvent.setup(), action };
}

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const save = () => screen.getByRole("button", { name: "Lưu thay đổi" });

beforeEach(() => refresh.mockClear());

test("starts from the participant's current values, with an empty reason", () => {
  setup();
  expect(field(/^Họ và tên/).value).toBe("Trần Thị Bình");
  expect(field(/^Ngày sinh/).value).toBe("01/02/1995");
  expect(screen.getByRole("radio", { name: "Nữ" })).toBeChecked();
  expect(field(/^Số CCCD/).value).toBe("037195000456");
  expect(field(/^Số điện thoại/).value).toBe("0387654321");
  expect(field(/^Lý do sửa/).value).toBe("");
});

test("a missing reason and a CCCD that contradicts the gender are caught before anything is sent", async () => {
  const { user, action } = setup();
  await user.click(screen.getByRole("radio", { name: "Nam" }));
  await user.click(save());
  expect(await screen.findByText("Vui lòng nêu lý do.")).toBeInTheDocument();
  expect(field(/^Số CCCD/)).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByText(/Chữ số thứ 4 của CCCD là 1/)).toBeInTheDocument();
  expect(action).not.toHaveBeenCalled();
});

test("sends the form's values with the reason, then confirms what changed and refreshes the page", async () => {
  const { user, action } = setup();
  await user.clear(field(/^Họ và tên/));
  await user.type(field(/^Họ và tên/), "Trần Thị Bính");
  await user.type(field(/^Lý do sửa/), "Sửa theo ảnh CCCD thí sinh gửi");
  await user.click(save());
  expect(action).toHaveBeenCalledWith({ ...initial, fullName: "Trần Thị Bính", reason: "Sửa theo ảnh CCCD thí sinh gửi" });
  expect(await screen.findByRole("status")).toHaveTextContent("Đã sửa họ và tên. Thao tác đã được ghi vào nhật ký.");
  expect(field(/^Lý do sửa/).value).toBe("");
  expect(refresh).toHaveBeenCalled();
});

test("a refusal from the server is shown on its field and as a message; what was typed stays", async () => {
  const action = jest.fn(async () => ({ ok: false, error: PHONE_TAKEN, fieldErrors: { phone: [PHONE_TAKEN] } }));
  const { user } = setup(action);
  await user.clear(field(/^Số điện thoại/));
  await user.type(field(/^Số điện thoại/), "0701234567");
  await user.type(field(/^Lý do sửa/), "Thí sinh đổi số điện thoại");
  await user.click(save());
  expect(await screen.findByRole("alert")).toHaveTextContent(PHONE_TAKEN);
  expect(field(/^Số điện thoại/)).toHaveAttribute("aria-invalid", "true");
  expect(field(/^Số điện thoại/).value).toBe("0701234567");
  expect(refresh).not.toHaveBeenCalled();
});
