import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-sm px-4 py-2 text-base font-semibold no-underline " +
  "disabled:cursor-not-allowed disabled:opacity-60 active:translate-y-px focus-visible:shadow-[0_0_0_7px_var(--color-focus)]";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-action text-white shadow-[0_3px_0_0_var(--color-action-dark)] hover:bg-action-dark",
  secondary: "bg-surface text-ink shadow-[0_3px_0_0_var(--color-line)] hover:bg-line/40",
  danger: "bg-danger text-white shadow-[0_3px_0_0_var(--color-danger-dark)] hover:bg-danger-dark",
  quiet: "bg-transparent text-link underline shadow-none hover:decoration-2 px-1",
};

export function buttonClassName(variant: ButtonVariant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClassName(variant, className)} {...props} />;
}
