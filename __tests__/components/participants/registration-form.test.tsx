// The registration form as a person uses it: Vietnamese errors next to the fields (linked by
// aria-describedby), what was typed stays, the consent box starts unticked and is required.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RegistrationForm, type RegistrationFormProps } from "@/components/participants/registration-form";
import type { RegisterResult } from "@/lib/participants/actions";

const DUPLICATE = "Số CCCD này đã được dùng để đăng ký trong cuộc thi. Nếu đó là bạn, hãy đăng nhập.";

function setup(over: Partial<RegistrationFormProps> = {}) {
  const action = jest.fn<Promise<RegisterResult>, unknown[]>(async () => ({ ok: true, data: { participantId: "p1" } }));
  const signIn = jest.fn(async () => ({ ok: true as const }));
  const navigate = jest.fn();
  const props: RegistrationFormProps = {
    contestId: "c1",
    districts: [
      { id: "d1", name: "Thành phố Ninh Bình", wards: [] },
      { id: "d2", name: "Huyện Hoa Lư", wards: ["Xã Trường Yên", "Xã Ninh Hải"] },
    ],
    units: [{ id: "u1", name: "Sở Thông tin và Truyền thông" }],
    consent: { id: "t1", version: 2, text: "Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân." },
    action,
    signIn,
    navigate,
    nextUrl: "/ca-nhan?moi=1",
    ...over,
  };
  render(<RegistrationForm {...props} />);
  return { user: userEvent.setup(), action: props.action as jest.Mock, signIn, navigate };
}

const field = (name: RegExp) => screen.getByLabelText(name);
const submit = () => screen.getByRole("button", { name: "Đăng ký" });

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field(/^Họ và tên/), "Nguyễn Văn An");
  await user.type(field(/^Ngày sinh/), "15/08/1990");
  await user.click(screen.getByRole("radio", { name: "Nam" }));
  await user.type(field(/^Số căn cước công dân/), "037090000123");
  await user.type(field(/^Số điện thoại/), "0912 345 678");
  await user.click(screen.getByRole("radio", { name: /^Cán bộ, công chức/ }));
  await user.selectOptions(field(/^Đơn vị công tác/), "u1");
  await user.selectOptions(field(/^Huyện\/thành phố/), "d1");
  await user.type(field(/^Xã\/phường/), "Phường Đông Thành");
  await user.type(field(/^Mật khẩu/), "matkhau123");
  await user.type(field(/^Nhập lại mật khẩu/), "matkhau123");
  await user.click(screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ }));
}

test("the consent box starts unticked, names the text version, and is required", async () => {
  const { user, action } = setup();
  const consent = screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý với nội dung trên \(phiên bản 2\)/ });
  expect(consent).not.toBeChecked();
  expect(consent).toHaveAccessibleDescription(expect.stringContaining("Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân."));
  await fillValid(user);
  await user.click(consent); // untick again
  await user.click(submit());
  expect(await screen.findByText("Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký.")).toBeInTheDocument();
  expect(consent).toHaveAccessibleDescription(expect.stringContaining("Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký."));
  expect(consent).toHaveAttribute("aria-invalid", "true");
  expect(action).not.toHaveBeenCalled();
});

test("invalid input shows Vietnamese errors linked to the fields and keeps what was typed", async () => {
  const { user, action } = setup();
  await user.type(field(/^Họ và tên/), "Nguyễn Thị Ánh");
  await user.type(field(/^Số căn cước công dân/), "12345");
  await user.type(field(/^Số điện thoại/), "0212345678");
  await user.type(field(/^Ngày sinh/), "31/02/1990");
  await user.click(submit());

  const cccd = field(/^Số căn cước công dân/);
  expect(await screen.findByText("Số CCCD phải gồm đúng 12 chữ số.")).toBeInTheDocument();
  expect(cccd).toHaveAccessibleDescription(expect.stringContaining("Số CCCD phải gồm đúng 12 chữ số."));
  expect(cccd).toHaveAttribute("aria-invalid", "true");
  expect(field(/^Số điện thoại/)).toHaveAccessibleDescription(expect.stringContaining("Số điện thoại di động gồm 10 chữ số"));
  expect(field(/^Ngày sinh/)).toHaveAccessibleDescription(expect.stringContaining("Ngày sinh không hợp lệ"));
  expect(field(/^Mật khẩu/)).toHaveAccessibleDescription(expect.stringContaining("Vui lòng nhập mật khẩu."));
  for (const name of ["Vui lòng chọn giới tính.", "Vui lòng chọn đối tượng.", "Vui lòng chọn huyện/thành phố.", "Vui lòng nhập xã/phường/thị trấn."]) {
    expect(screen.getByText(name)).toBeInTheDocument();
  }
  expect(screen.getByRole("radio", { name: "Nam" })).toHaveAccessibleDescription("Vui lòng chọn giới tính.");
  expect(screen.getByRole("alert")).toHaveTextContent("Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.");

  // What the person typed is still there.
  expect(field(/^Họ và tên/)).toHaveValue("Nguyễn Thị Ánh");
  expect(cccd).toHaveValue("12345");
  expect(field(/^Số điện thoại/)).toHaveValue("0212345678");
  expect(field(/^Ngày sinh/)).toHaveValue("31/02/1990");
  expect(action).not.toHaveBeenCalled();
});

test("a CCCD that does not match the date of birth and gender is explained on the CCCD field", async () => {
  const { user, action } = setup();
  await fillValid(user);
  await user.click(screen.getByRole("radio", { name: "Nữ" }));
  await user.click(submit());
  expect(await screen.findByText(/Chữ số thứ 4 của CCCD là 0 \(nam sinh năm 1900–1999\)/)).toBeInTheDocument();
  expect(field(/^Số căn cước công dân/)).toHaveAccessibleDescription(expect.stringContaining("không khớp với giới tính và năm sinh"));
  expect(action).not.toHaveBeenCalled();
});

test("the server's refusal of a duplicate CCCD appears on the field and keeps every value", async () => {
  const { user, action, signIn } = setup();
  action.mockResolvedValueOnce({ ok: false, error: DUPLICATE, fieldErrors: { cccd: [DUPLICATE] } });
  await fillValid(user);
  await user.click(submit());

  expect(await screen.findByRole("alert")).toHaveTextContent(DUPLICATE);
  expect(field(/^Số căn cước công dân/)).toHaveAccessibleDescription(expect.stringContaining(DUPLICATE));
  expect(action).toHaveBeenCalledTimes(1);
  expect(action.mock.calls[0][0]).toMatchObject({ contestId: "c1", consentTextId: "t1", cccd: "037090000123", phone: "0912 345 678", consent: true });
  expect(signIn).not.toHaveBeenCalled();
  expect(field(/^Họ và tên/)).toHaveValue("Nguyễn Văn An");
  expect(field(/^Mật khẩu/)).toHaveValue("matkhau123");
  expect(screen.getByRole("checkbox", { name: /Tôi đã đọc và đồng ý/ })).toBeChecked();
});

test("a rate-limit refusal shows its Vietnamese message", async () => {
  const { user, action } = setup();
  action.mockResolvedValueOnce({ ok: false, error: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 10 phút.", retryAfter: 600 });
  await fillValid(user);
  await user.click(submit());
  expect(await screen.findByRole("alert")).toHaveTextContent("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 10 phút.");
});

test("once registered, the person is signed in with the CCCD and password and sent on", async () => {
  const { user, signIn, navigate } = setup();
  await fillValid(user);
  await user.click(submit());
  await screen.findByText(/Đăng ký thành công/);
  expect(signIn).toHaveBeenCalledWith("participant", { contestId: "c1", identifier: "037090000123", password: "matkhau123" });
  expect(navigate).toHaveBeenCalledWith("/ca-nhan?moi=1");
});

test("a district with wards offers them as a list; 'Khác' asks for the unit's name", async () => {
  const { user } = setup();
  expect(screen.getByRole("textbox", { name: /^Xã\/phường/ })).toBeInTheDocument();
  await user.selectOptions(field(/^Huyện\/thành phố/), "d2");
  const ward = screen.getByRole("combobox", { name: /^Xã\/phường/ });
  expect(within(ward).getByRole("option", { name: "Xã Trường Yên" })).toBeInTheDocument();

  expect(screen.queryByLabelText(/^Tên đơn vị công tác/)).not.toBeInTheDocument();
  await user.selectOptions(field(/^Đơn vị công tác/), "KHAC");
  expect(field(/^Tên đơn vị công tác/)).toBeInTheDocument();
});

test("without a unit list the unit is typed", () => {
  setup({ units: [] });
  expect(screen.getByRole("textbox", { name: /^Đơn vị công tác \/ trường học/ })).toBeInTheDocument();
  expect(screen.queryByRole("combobox", { name: /^Đơn vị công tác/ })).not.toBeInTheDocument();
});
