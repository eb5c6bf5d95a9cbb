import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.errors.notFoundTitle };

export default function NotFound() {
  return <StatusPage title={messages.errors.notFoundTitle} body={messages.errors.notFoundBody} />;
}
