"use client";

import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";

/** window.print() needs the browser; without JavaScript the hint beside it names the browser's own print. */
export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()}>
      {messages.dashboardRaad.print.button}
    </Button>
  );
}
