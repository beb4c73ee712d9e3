// The one field kit as a person meets it: every control is found by its label, a required one is
// marked (visibly, and for screen readers through aria-required, not the "*"), its hint and its
// error are its accessible description, and only an invalid control says it is invalid.
import { render, screen } from "@testing-library/react";
import { CheckboxField, Field, RadioGroupField, SelectField, TextareaField, TextField } from "@/components/ui/field";

test.each([
  ["TextField", () => <TextField id="t" label="Họ và tên" required hint="Như trên CCCD." error="Vui lòng nhập họ và tên." />, "textbox"],
  ["TextareaField", () => <TextareaField id="t" label="Họ và tên" required hint="Như trên CCCD." error="Vui lòng nhập họ và tên." />, "textbox"],
  [
    "SelectField",
    () => (
      <SelectField
        id="t"
        label="Họ và tên"
        required
        hint="Như trên CCCD."
        error="Vui lòng nhập họ và tên."
        placeholder="—"
        options={[{ value: "a", label: "A" }]}
      />
    ),
    "combobox",
  ],
  ["CheckboxField", () => <CheckboxField id="t" label="Họ và tên" required hint="Như trên CCCD." error="Vui lòng nhập họ và tên." />, "checkbox"],
  [
    "Field (render prop)",
    () => (
      <Field id="t" label="Họ và tên" required hint="Như trên CCCD." error={["Vui lòng nhập họ và tên."]}>
        {(control) => <input {...control} />}
      </Field>
    ),
    "textbox",
  ],
])("%s: label with the required mark, hint and error wired to the control", (_name, ui, role) => {
  const { container } = render(ui());
  const control = screen.getByRole(role, { name: /^Họ và tên/ });
  expect(control).toHaveAttribute("aria-invalid", "true");
  expect(control).toHaveAttribute("aria-required", "true");
  expect(control).toHaveAccessibleDescription("Như trên CCCD. Vui lòng nhập họ và tên.");
  expect(screen.getByText("Vui lòng nhập họ và tên.")).toHaveAttribute("id", "t-error");
  // The "*" is shown but hidden from screen readers, which hear "required" instead.
  const mark = container.querySelector('[aria-hidden="true"]');
  expect(mark).toHaveTextContent("*");
  expect(control).toHaveAccessibleName("Họ và tên");
});

test("a valid, optional control is neither invalid nor required and has no error text", () => {
  render(<TextField id="e" label="Email (không bắt buộc)" />);
  const control = screen.getByRole("textbox", { name: "Email (không bắt buộc)" });
  expect(control).not.toHaveAttribute("aria-invalid");
  expect(control).not.toHaveAttribute("aria-required");
  expect(control).not.toHaveAttribute("aria-describedby");
  expect(screen.queryByText("*")).not.toBeInTheDocument();
});

test("a radio group names its choices, and its error describes every radio and the group", () => {
  render(
    <RadioGroupField
      id="g"
      label="Giới tính"
      required
      options={[
        { value: "MALE", label: "Nam" },
        { value: "FEMALE", label: "Nữ" },
      ]}
      error="Vui lòng chọn giới tính."
      inputProps={{ name: "gender" }}
    />,
  );
  expect(screen.getByRole("group", { name: /^Giới tính/ })).toHaveAttribute("aria-invalid", "true");
  for (const name of ["Nam", "Nữ"]) expect(screen.getByRole("radio", { name })).toHaveAccessibleDescription("Vui lòng chọn giới tính.");
});

test("a checkbox can be described by text outside it (the consent text it agrees to)", () => {
  render(
    <>
      <p id="consent-text">Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân.</p>
      <CheckboxField id="c" label="Tôi đồng ý" describedByExtra="consent-text" />
    </>,
  );
  expect(screen.getByRole("checkbox", { name: "Tôi đồng ý" })).toHaveAccessibleDescription("Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân.");
});
