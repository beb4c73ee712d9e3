// The contest settings form's contact fields: the hotline and e-mail shown to participants on
// sign-in, recovery, the rules and the footer are checked here and sent with the other settings.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ContestForm } from "@/components/contests/contest-form";
import { updateContestAction } from "@/lib/contests/admin-actions";
import type { UpdateContestInput } from "@/lib/contests/schema";

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn(), replace: jest.fn() }) }));
jest.mock("@/lib/contests/admin-actions", () => ({ updateContestAction: jest.fn() }));
const update = updateContestAction as jest.MockedFunction<typeof updateContestAction>;

const initial: UpdateContestInput = {
  id: "c1",
  name: "Cuộc thi Chuyển đổi số năm 2026",
  organiser: "Sở Khoa học và Công nghệ tỉnh Ninh Bình",
  organiserShort: "Sở KH&CN Ninh Bình",
  year: 2026,
  isFeatured: true,
  isPublished: true,
  certificatePattern: "{n}/GCN-BTC",
  planReference: "",
  intro: "",
  rulesText: "",
  contactInfo: "",
  hotline: "",
  contactEmail: "",
};

beforeEach(() => update.mockReset());

test("a hotline or e-mail that cannot be dialled or written to is explained on its field and nothing is sent", async () => {
  const user = userEvent.setup();
  render(<ContestForm initial={initial} />);
  await user.type(screen.getByLabelText("Đường dây nóng"), "gọi Sở");
  await user.type(screen.getByLabelText("Email liên hệ"), "bantochuc@");
  await user.click(screen.getByRole("button", { name: "Lưu thông tin cuộc thi" }));
  expect(await screen.findByText("Đường dây nóng chỉ gồm chữ số, dấu cách, dấu chấm hoặc dấu gạch ngang, ví dụ 0229 3871 234.")).toBeInTheDocument();
  expect(screen.getByLabelText("Email liên hệ")).toHaveAccessibleDescription(expect.stringContaining("Email liên hệ không hợp lệ"));
  expect(update).not.toHaveBeenCalled();
});

test("the hotline and e-mail are saved with the other settings", async () => {
  update.mockResolvedValue({ ok: true, data: { id: "c1" } });
  const user = userEvent.setup();
  render(<ContestForm initial={initial} />);
  await user.type(screen.getByLabelText("Đường dây nóng"), "0229 3871 234");
  await user.type(screen.getByLabelText("Email liên hệ"), "CuocThi@SoKHCN.ninhbinh.gov.vn");
  await user.click(screen.getByRole("button", { name: "Lưu thông tin cuộc thi" }));
  expect(await screen.findByRole("status")).toHaveTextContent("Đã lưu thông tin cuộc thi.");
  expect(update).toHaveBeenCalledWith(expect.objectContaining({ hotline: "0229 3871 234", contactEmail: "cuocthi@sokhcn.ninhbinh.gov.vn" }));
});
