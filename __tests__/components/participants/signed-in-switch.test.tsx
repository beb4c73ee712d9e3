// The prerendered /dang-ky asks the browser who is signed in: a participant of this contest gets a
// link to their page instead of the registration form; everyone else keeps the form.
import { render, screen, waitFor } from "@testing-library/react";
import { SignedInSwitch } from "@/components/participants/signed-in-switch";

const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>();

function sessionReply(body: unknown, status = 200): Response {
  return { ok: status === 200, status, json: async () => body } as unknown as Response;
}

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const view = () =>
  render(
    <SignedInSwitch contestId="c-2026">
      <form aria-label="Đăng ký" />
    </SignedInSwitch>,
  );

test("a signed-in participant of this contest sees the link to their page, not the form", async () => {
  fetchMock.mockResolvedValue(sessionReply({ user: { kind: "participant", contestId: "c-2026", id: "p-1" } }));
  view();
  await screen.findByText(/Bạn đã đăng ký và đang đăng nhập/);
  expect(screen.getByRole("link", { name: "Xem trang cá nhân" })).toHaveAttribute("href", "/ca-nhan");
  expect(screen.queryByRole("form", { name: "Đăng ký" })).not.toBeInTheDocument();
  expect(fetchMock).toHaveBeenCalledWith("/api/auth/session", expect.objectContaining({ cache: "no-store" }));
});

test.each([
  ["an anonymous visitor (next-auth answers {})", () => Promise.resolve(sessionReply({}))],
  ["a participant of another contest", () => Promise.resolve(sessionReply({ user: { kind: "participant", contestId: "c-2023" } }))],
  ["a staff member", () => Promise.resolve(sessionReply({ user: { kind: "staff", role: "ADMIN" } }))],
  ["a failed session request", () => Promise.resolve(sessionReply({ error: "x" }, 500))],
  ["no network", () => Promise.reject(new TypeError("Failed to fetch"))],
])("%s keeps the form", async (_label, reply) => {
  fetchMock.mockImplementation(reply);
  view();
  await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 0));
  expect(screen.getByRole("form", { name: "Đăng ký" })).toBeInTheDocument();
  expect(screen.queryByText(/Bạn đã đăng ký/)).not.toBeInTheDocument();
});
