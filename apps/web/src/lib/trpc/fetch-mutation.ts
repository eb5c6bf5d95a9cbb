import { answerOf, type Area, type Inputs, type Outputs, type ProcedureOf } from "./fetch-procedure";

/** A mutation: POST /api/trpc/<area>.<procedure> with a JSON body. */
export async function fetchMutation<A extends Area, P extends ProcedureOf<A>>(area: A, procedure: P, input: Inputs[A][P]): Promise<Outputs[A][P]> {
  const path = `${area}.${procedure}`;
  const response = await fetch(`/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ json: input }),
  });
  return (await answerOf(response, path)) as Outputs[A][P];
}
