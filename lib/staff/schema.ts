// Validation of staff accounts and passwords: one schema per use case, shared by the forms and
// the server actions. Messages in Vietnamese.
import { z } from "zod";
import { STAFF_ROLES } from "../auth/roles";

export const PASSWORD_MIN = 10;

const password = z.string().min(PASSWORD_MIN, `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự.`).max(200, "Mật khẩu tối đa 200 ký tự.");
const role = z.enum(STAFF_ROLES, { message: "Chọn vai trò." });
const id = z.string().min(1);

export const staffSignInSchema = z.object({
  username: z.string().trim().min(1, "Nhập tên đăng nhập."),
  password: z.string().min(1, "Nhập mật khẩu."),
});
export type StaffSignInInput = z.input<typeof staffSignInSchema>;

export const createStaffSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "Tên đăng nhập cần ít nhất 3 ký tự.")
    .max(40, "Tên đăng nhập tối đa 40 ký tự.")
    .regex(/^[a-z0-9._-]+$/, "Chỉ dùng chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang."),
  fullName: z.string().trim().min(2, "Nhập họ và tên.").max(100, "Họ và tên tối đa 100 ký tự."),
  role,
  password,
});
export type CreateStaffInput = z.input<typeof createStaffSchema>;

export const setStaffDisabledSchema = z.object({ id, disabled: z.boolean() });
export const changeStaffRoleSchema = z.object({ id, role });
export const resetStaffPasswordSchema = z.object({ id, password });
export const endStaffSessionsSchema = z.object({ id });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Nhập mật khẩu hiện tại."),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Mật khẩu nhập lại không khớp." });
    if (v.newPassword && v.newPassword === v.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Mật khẩu mới phải khác mật khẩu hiện tại." });
  });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;
