import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.errors.forbiddenTitle };

export default function Forbidden() {
  return <StatusPage title={messages.errors.forbiddenTitle} body={messages.errors.forbiddenBody} />;
}
