import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClassName, type ButtonVariant } from "./button";

// Apart from ./button.tsx, so that a client component with a button does not ship next/link.
export interface ButtonLinkProps extends ComponentProps<typeof Link> {
  variant?: ButtonVariant;
}

/** A link that looks like a button, for navigation that starts a task. */
export function ButtonLink({ variant = "secondary", className = "", ...props }: ButtonLinkProps) {
  return <Link className={buttonClassName(variant, className)} {...props} />;
}
