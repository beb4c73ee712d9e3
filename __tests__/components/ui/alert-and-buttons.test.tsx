// The one notice box and the submit button: errors and warnings interrupt (role alert), successes
// and information wait their turn (role status), an empty notice renders nothing, and a sending
// form's button is disabled and says what it is doing.
import { render, screen } from "@testing-library/react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";

test.each([
  ["error", "alert"],
  ["warning", "alert"],
  ["success", "status"],
  ["info", "status"],
] as const)("a %s notice is announced as %s", (tone, role) => {
  render(<Alert tone={tone}>Nội dung</Alert>);
  expect(screen.getByRole(role)).toHaveTextContent("Nội dung");
});

test("a standing note can say it is not news", () => {
  render(
    <Alert tone="warning" role="note" title="Đã chấm lại">
      Chi tiết
    </Alert>,
  );
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.getByRole("note")).toHaveTextContent("Đã chấm lạiChi tiết");
});

test("a notice with nothing to say renders nothing", () => {
  const { container } = render(<Alert tone="error">{null}</Alert>);
  expect(container).toBeEmptyDOMElement();
});

test("the submit button is disabled and relabelled while pending", () => {
  const { rerender } = render(
    <SubmitButton pending={false} pendingLabel="Đang lưu…">
      Lưu
    </SubmitButton>,
  );
  expect(screen.getByRole("button", { name: "Lưu" })).toBeEnabled();
  expect(screen.getByRole("button", { name: "Lưu" })).toHaveAttribute("type", "submit");
  rerender(
    <SubmitButton pending pendingLabel="Đang lưu…">
      Lưu
    </SubmitButton>,
  );
  expect(screen.getByRole("button", { name: "Đang lưu…" })).toBeDisabled();
});
