import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";
import * as messages from "@/messages/catalogue";

export const metadata: Metadata = { title: messages.errors.notFoundTitle };

export default function NotFound() {
  return <StatusPage title={messages.errors.notFoundTitle} body={messages.errors.notFoundBody} />;
}
