// Buttons and button-looking links. Domain-free.
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-400",
  danger: "border border-red-700 bg-white text-red-700 hover:bg-red-50 disabled:text-slate-400",
  ghost: "text-brand-700 underline-offset-2 hover:underline disabled:text-slate-400",
};

export function buttonClass(variant: ButtonVariant = "primary", size: "md" | "sm" = "md"): string {
  const pad = size === "sm" ? "px-3 py-1.5 text-sm" : "px-4 py-2 text-base";
  return `inline-flex min-h-10 items-center justify-center gap-2 rounded-md font-medium ${pad} ${VARIANT[variant]} disabled:cursor-not-allowed`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: "md" | "sm" }) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...rest} />;
}

/** A form's submit button: disabled while the form is sending, and then says what it is doing. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  disabled,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & { pending: boolean; pendingLabel: string; variant?: ButtonVariant; size?: "md" | "sm" }) {
  return (
    <Button type="submit" disabled={pending || disabled} aria-disabled={pending || undefined} {...rest}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
