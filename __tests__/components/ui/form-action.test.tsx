// The one "server action → field errors or message" loop: a refusal lands on the fields it names
// (all their messages, the first focused when asked, unknown fields and "_form" left to the
// message), and a success shows what the caller returns.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction, type ActionOutcome } from "@/components/ui/use-form-action";

type Values = { name: string; phone: string };

function Demo({ action, fields }: { action: () => Promise<ActionOutcome<{ id: string }>>; fields?: ReadonlySet<string> }) {
  const { register, handleSubmit, setError, formState } = useForm<Values>({ defaultValues: { name: "", phone: "" } });
  const { notice, run } = useFormAction(setError, { fields, shouldFocus: true });
  const onSubmit = handleSubmit(() => run(action, (data) => `Đã lưu ${data.id}.`));
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField id="name" label="Họ và tên" error={formState.errors.name?.message} {...register("name")} />
      <TextField id="phone" label="Số điện thoại" error={formState.errors.phone?.message} {...register("phone")} />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang lưu…">
        Lưu
      </SubmitButton>
    </form>
  );
}

test("a refusal marks the fields it names with all their messages and focuses the first", async () => {
  const user = userEvent.setup();
  const action = jest.fn(async () => ({
    ok: false as const,
    error: "Thông tin chưa hợp lệ.",
    fieldErrors: { _form: ["Cả biểu mẫu"], phone: ["Số điện thoại đã được dùng.", "Thử số khác."], other: ["Không hiện"] },
  }));
  render(<Demo action={action} fields={new Set(["name", "phone"])} />);
  await user.click(screen.getByRole("button", { name: "Lưu" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Thông tin chưa hợp lệ.");
  const phone = screen.getByRole("textbox", { name: "Số điện thoại" });
  expect(phone).toHaveAttribute("aria-invalid", "true");
  expect(phone).toHaveAccessibleDescription("Số điện thoại đã được dùng. Thử số khác.");
  expect(phone).toHaveFocus();
  expect(screen.getByRole("textbox", { name: "Họ và tên" })).not.toHaveAttribute("aria-invalid");
  expect(screen.queryByText("Không hiện")).not.toBeInTheDocument();
  expect(screen.queryByText("Cả biểu mẫu")).not.toBeInTheDocument();
});

test("a success shows the caller's message as a status and clears the previous refusal", async () => {
  const user = userEvent.setup();
  const action = jest
    .fn<Promise<ActionOutcome<{ id: string }>>, []>()
    .mockResolvedValueOnce({ ok: false, error: "Hệ thống đang bận." })
    .mockResolvedValueOnce({ ok: true, data: { id: "TS-1" } });
  render(<Demo action={action} />);
  await user.click(screen.getByRole("button", { name: "Lưu" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Hệ thống đang bận.");
  await user.click(screen.getByRole("button", { name: "Lưu" }));
  expect(await screen.findByRole("status")).toHaveTextContent("Đã lưu TS-1.");
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});
