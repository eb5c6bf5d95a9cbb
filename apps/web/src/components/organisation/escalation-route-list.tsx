import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { EmailLink, PhoneLink } from "./contact-details";

const t = messages.organisationRead.route;

type Step = RouterOutputs["organisation"]["bySlug"]["escalationRoute"][number];

/** An escalation route as an ordered list; the municipal coordinator's closing step is worded here. */
export function EscalationRouteList({ steps, headingLevel = 3 }: { steps: readonly Step[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="space-y-4">
      {steps.map((step) => {
        const municipal = step.kind === "MUNICIPAL_COORDINATOR";
        const label = municipal ? t.municipalLabel : step.label;
        const whenToUse = municipal ? t.municipalWhenToUse : step.whenToUse;
        return (
          <li key={`${step.kind}-${step.position}`} className="border-l-4 border-brand bg-surface p-4 break-inside-avoid">
            <Heading className="text-lg font-bold">
              <span className="block text-base font-normal text-ink-muted">{format(t.stepLabel, { position: step.position })}</span>
              {label}
            </Heading>
            <dl className="mt-2 space-y-1">
              {whenToUse ? (
                <div>
                  <dt className="inline font-semibold">{t.whenToUse}: </dt>
                  <dd className="inline">{whenToUse}</dd>
                </div>
              ) : null}
              {step.responseTime ? (
                <div>
                  <dt className="inline font-semibold">{t.responseTime}: </dt>
                  <dd className="inline">{step.responseTime}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline font-semibold">{t.contact}: </dt>
                <dd className="inline">
                  {step.contact ? (
                    <>
                      {step.contact.name}
                      {step.contact.jobTitle ? `, ${step.contact.jobTitle}` : null}
                      {municipal ? ` (${step.contact.organisationName})` : null}
                      {step.contact.phone ? (
                        <>
                          {" — "}
                          <PhoneLink phone={step.contact.phone} />
                        </>
                      ) : null}
                      {step.contact.email ? (
                        <>
                          {" — "}
                          <EmailLink email={step.contact.email} />
                        </>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-ink-muted">{municipal ? t.municipalMissing : t.noContact}</span>
                  )}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
