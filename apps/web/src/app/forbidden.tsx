import type { Metadata } from "next";
import { StatusPage } from "@/components/shell/status-page";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.errors.forbiddenTitle };

// eslint-disable-next-line no-restricted-syntax -- Next.js special file (forbidden.tsx is missing from the eslint exemption list)
export default function Forbidden() {
  return <StatusPage title={messages.errors.forbiddenTitle} body={messages.errors.forbiddenBody} />;
}
