"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface ConfirmPanelProps {
  /** "Weet je zeker dat …?", naming what the action does to whom. */
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /** Danger for what takes something away; primary for what gives it back. */
  confirmVariant?: "danger" | "primary";
  /** The action is under way: the confirm button waits. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The "are you sure?" step before an action that is hard to undo: a framed question with a confirm
 * and a cancel button. It takes the focus when it appears, so keyboard and screen-reader users land
 * on the question.
 */
export function ConfirmPanel({ question, confirmLabel, cancelLabel, confirmVariant = "danger", busy = false, onConfirm, onCancel }: ConfirmPanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  return (
    <div ref={panelRef} tabIndex={-1} className="max-w-xl border-4 border-ink p-4 outline-none">
      <p className="mb-4 font-semibold">{question}</p>
      <div className="flex flex-wrap gap-3">
        <Button variant={confirmVariant} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
