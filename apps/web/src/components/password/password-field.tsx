"use client";

import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import { buttonClassName } from "@/components/ui/button";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";
import * as messages from "@/messages/catalogue";

const t = messages.wachtwoord.field;

export interface PasswordFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A password input with a "Toon wachtwoord" button (GOV.UK password input pattern): seeing what one
 * typed beats typing it twice (NIST SP 800-63B §5.1.1.2). The change is announced to screen readers.
 */
export function PasswordField({ name, label, hint, error, id = name, className = "", ...input }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const [announced, setAnnounced] = useState("");
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <div className="flex max-w-xl flex-wrap gap-2">
        <input
          id={id}
          name={name}
          type={visible ? "text" : "password"}
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={controlClassName(error, `min-w-0 flex-1 basis-48 ${className}`)}
          {...input}
        />
        <button
          type="button"
          aria-controls={id}
          className={buttonClassName("secondary")}
          onClick={() => {
            setVisible(!visible);
            setAnnounced(visible ? t.hidden : t.shown);
          }}
        >
          {visible ? t.hide : t.show}
        </button>
      </div>
      <p role="status" className="sr-only">
        {announced}
      </p>
    </FieldFrame>
  );
}
