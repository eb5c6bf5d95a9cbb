import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";
import * as messages from "@/messages/catalogue";

export const metadata: Metadata = { title: messages.errors.forbiddenTitle };

export default function Forbidden() {
  return <StatusPage title={messages.errors.forbiddenTitle} body={messages.errors.forbiddenBody} />;
}
