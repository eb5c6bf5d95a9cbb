"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the print stylesheet (globals.css, @media print) does the layout. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
