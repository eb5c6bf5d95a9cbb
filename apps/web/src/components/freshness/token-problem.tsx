import type { TokenProblem } from "@kk/api";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import * as messages from "@/messages/catalogue";

const t = messages.freshness.confirm;

/** Why a confirmation link does not work, in plain Dutch, with the way forward. */
export function TokenProblemNotice({ problem }: { problem: TokenProblem }) {
  const text = t.problems[problem];
  return (
    <>
      <Notice tone={problem === "used" ? "info" : "warning"} title={text.title} role="status">
        <p>{text.body}</p>
      </Notice>
      {problem !== "used" ? (
        <ButtonLink href="/inloggen" variant="secondary">
          {t.signIn}
        </ButtonLink>
      ) : null}
    </>
  );
}
