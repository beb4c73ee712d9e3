import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DistrictsEditor, type District } from "@/components/contests/places-editor";
import { createWardAction, deleteWardAction, moveWardAction, renameWardAction } from "@/lib/contests/admin-actions";

const refresh = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh, replace: jest.fn() }) }));
jest.mock("@/lib/contests/admin-actions", () => ({
  createDistrictAction: jest.fn(),
  renameDistrictAction: jest.fn(),
  deleteDistrictAction: jest.fn(),
  createWardAction: jest.fn(),
  renameWardAction: jest.fn(),
  moveWardAction: jest.fn(),
  deleteWardAction: jest.fn(),
}));

const create = createWardAction as jest.MockedFunction<typeof createWardAction>;
const rename = renameWardAction as jest.MockedFunction<typeof renameWardAction>;
const move = moveWardAction as jest.MockedFunction<typeof moveWardAction>;
const remove = deleteWardAction as jest.MockedFunction<typeof deleteWardAction>;

const districts: District[] = [
  {
    id: "hl",
    name: "Thành phố Hoa Lư",
    participants: 3,
    units: 1,
    wards: [
      { id: "w1", name: "Phường Đông Thành" },
      { id: "w2", name: "Xã Ninh Nhất" },
    ],
  },
  { id: "ks", name: "Huyện Kim Sơn", participants: 0, units: 0, wards: [] },
];

function setup() {
  const user = userEvent.setup();
  render(<DistrictsEditor contestId="c1" districts={districts} />);
  return user;
}

/** The wards part of a district's row, found by its summary. */
function wardsOf(districtName: string) {
  return within(screen.getByText(new RegExp(`của ${districtName}`)).closest("details")!);
}

beforeEach(() => jest.clearAllMocks());

test("each district row holds its wards, with their count; a district without wards says participants type theirs", () => {
  setup();
  expect(screen.getByText(/^Xã\/phường \(2\)/)).toBeInTheDocument();
  const hoaLu = wardsOf("Thành phố Hoa Lư");
  expect(hoaLu.getByLabelText("Tên xã/phường Phường Đông Thành")).toHaveValue("Phường Đông Thành");
  expect(hoaLu.getByLabelText("Tên xã/phường Xã Ninh Nhất")).toHaveValue("Xã Ninh Nhất");
  expect(wardsOf("Huyện Kim Sơn").getByText(/Chưa có xã\/phường: thí sinh tự nhập tên\./)).toBeInTheDocument();
});

test("adding a ward sends it for its district, then clears the input", async () => {
  create.mockResolvedValue({ ok: true, data: { id: "w3" } });
  const user = setup();
  const kimSon = wardsOf("Huyện Kim Sơn");
  const input = kimSon.getByLabelText("Thêm xã/phường vào Huyện Kim Sơn");
  await user.type(input, "Thị trấn Phát Diệm");
  await user.click(kimSon.getByRole("button", { name: "Thêm" }));
  expect(create).toHaveBeenCalledWith({ districtId: "ks", name: "Thị trấn Phát Diệm" });
  expect(await kimSon.findByRole("status")).toHaveTextContent("Đã thêm xã/phường.");
  expect(input).toHaveValue("");
  expect(refresh).toHaveBeenCalled();
});

test("a duplicate refused by the server: the message describes the input, which keeps what was typed", async () => {
  create.mockResolvedValue({
    ok: false,
    error: "Huyện/thành phố này đã có xã/phường cùng tên.",
    fieldErrors: { name: ["Huyện/thành phố này đã có xã/phường cùng tên."] },
  });
  const user = setup();
  const hoaLu = wardsOf("Thành phố Hoa Lư");
  const input = hoaLu.getByLabelText("Thêm xã/phường vào Thành phố Hoa Lư");
  await user.type(input, "Phường Đông Thành");
  await user.keyboard("{Enter}");
  expect(await hoaLu.findByRole("alert")).toHaveTextContent("Huyện/thành phố này đã có xã/phường cùng tên.");
  expect(input).toHaveValue("Phường Đông Thành");
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect(input).toHaveAccessibleDescription(expect.stringMatching(/^Huyện\/thành phố này đã có xã\/phường cùng tên\./));
  expect(refresh).not.toHaveBeenCalled();
});

test("renaming, moving and deleting act on the ward clicked; the ends of the list cannot move further", async () => {
  rename.mockResolvedValue({
    ok: false,
    error: "Huyện/thành phố này đã có xã/phường cùng tên.",
    fieldErrors: { name: ["Huyện/thành phố này đã có xã/phường cùng tên."] },
  });
  move.mockResolvedValue({ ok: true, data: { id: "w2" } });
  remove.mockResolvedValue({ ok: true, data: { id: "w1" } });
  const user = setup();
  const hoaLu = wardsOf("Thành phố Hoa Lư");
  const renameButton = hoaLu.getByRole("button", { name: /^Đổi tên Xã Ninh Nhất$/ });
  expect(renameButton).toBeDisabled();
  const input = hoaLu.getByLabelText("Tên xã/phường Xã Ninh Nhất");
  await user.clear(input);
  await user.type(input, "Phường Đông Thành");
  await user.click(renameButton);
  expect(rename).toHaveBeenCalledWith({ id: "w2", name: "Phường Đông Thành" });
  expect(await hoaLu.findByRole("alert")).toHaveTextContent("đã có xã/phường cùng tên");
  expect(input).toHaveValue("Phường Đông Thành");
  expect(input).toHaveAccessibleDescription(expect.stringMatching(/đã có xã\/phường cùng tên/));

  expect(hoaLu.getByRole("button", { name: /^Lên Phường Đông Thành$/ })).toBeDisabled();
  expect(hoaLu.getByRole("button", { name: /^Xuống Xã Ninh Nhất$/ })).toBeDisabled();
  await user.click(hoaLu.getByRole("button", { name: /^Lên Xã Ninh Nhất$/ }));
  expect(move).toHaveBeenCalledWith({ id: "w2", direction: "up" });
  await user.click(hoaLu.getByRole("button", { name: /^Xóa Phường Đông Thành$/ }));
  expect(remove).toHaveBeenCalledWith({ id: "w1" });
});
