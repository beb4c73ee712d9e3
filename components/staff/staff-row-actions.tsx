"use client";
// Per-account actions: change role, disable/enable, reset password. The server enforces the
// rules (ADMIN only, never without an active ADMIN); this only collects the input.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { SignOutEverywhereButton } from "@/components/admin/sign-out-everywhere-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ROLE_LABEL, STAFF_ROLES, type StaffRole } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/result";
import { changeStaffRoleAction, resetStaffPasswordAction, setStaffDisabledAction } from "@/lib/staff/actions";
import { PASSWORD_MIN } from "@/lib/staff/schema";

export function StaffRowActions({ account }: { account: { id: string; username: string; role: StaffRole; isDisabled: boolean } }) {
  const router = useRouter();
  const uid = useId();
  const [role, setRole] = useState<StaffRole>(account.role);
  const [password, setPassword] = useState("");
  const [showReset, setShowReset] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>, success: string) =>
    start(async () => {
      setMessage(null);
      const result = await action();
      if (result.ok) {
        setMessage({ tone: "success", text: success });
        setPassword("");
        setShowReset(false);
        router.refresh();
      } else {
        setMessage({ tone: "error", text: result.fieldErrors?.password?.join(" ") ?? result.error });
      }
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${uid}-role`} className="block text-xs text-slate-600">
            Vai trò của {account.username}
          </label>
          <select id={`${uid}-role`} value={role} onChange={(e) => setRole(e.target.value as StaffRole)} className={`${inputClass} py-1 text-sm`}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || role === account.role}
          onClick={() => run(() => changeStaffRoleAction({ id: account.id, role }), `Đã đổi vai trò thành ${ROLE_LABEL[role]}.`)}
        >
          Đổi vai trò
        </Button>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant={account.isDisabled ? "secondary" : "danger"}
          disabled={pending}
          onClick={() =>
            run(
              () => setStaffDisabledAction({ id: account.id, disabled: !account.isDisabled }),
              account.isDisabled ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản.",
            )
          }
        >
          {account.isDisabled ? "Mở khóa" : "Khóa tài khoản"}
        </Button>
        <Button size="sm" variant="ghost" aria-expanded={showReset} aria-controls={`${uid}-reset`} onClick={() => setShowReset((v) => !v)}>
          Đặt lại mật khẩu
        </Button>
      </div>
      <SignOutEverywhereButton account={{ id: account.id, username: account.username }} />
      {showReset ? (
        <form
          id={`${uid}-reset`}
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => resetStaffPasswordAction({ id: account.id, password }), "Đã đặt lại mật khẩu (và gỡ tạm khóa nếu có).");
          }}
        >
          <div>
            <label htmlFor={`${uid}-pw`} className="block text-xs text-slate-600">
              Mật khẩu mới (ít nhất {PASSWORD_MIN} ký tự)
            </label>
            <input
              id={`${uid}-pw`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              className={`${inputClass} py-1 text-sm`}
            />
          </div>
          <Button size="sm" type="submit" disabled={pending || password.length === 0}>
            Lưu mật khẩu
          </Button>
        </form>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
