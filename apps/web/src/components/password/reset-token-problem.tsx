import type { ResetTokenProblem } from "@kk/api";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import * as messages from "@/messages/catalogue";

const t = messages.wachtwoord.reset;

/** Why a reset link does not work, in plain Dutch, with the way forward: a new link. */
export function ResetTokenProblemNotice({ problem }: { problem: ResetTokenProblem }) {
  const text = t.problems[problem];
  return (
    <>
      <Notice tone="warning" title={text.title} role="status">
        <p>{text.body}</p>
      </Notice>
      <ButtonLink href="/wachtwoord-vergeten" variant="primary">
        {t.requestNew}
      </ButtonLink>
    </>
  );
}
