/**
 * Requests the fault tests send to the production server: links and drafts that each differ (so a
 * mixed-up row would show), from many clients (so the per-client rate limit does not throttle the
 * test), several at a time, until a fault cuts them off.
 */
import type { EvaluateRequest } from "@/lib/validation/evaluate-request";
import { policyById } from "@policies/index";
import { TYPICAL_JINSHAN } from "../integration/api-helpers";

const fixedItem = policyById.get("jinshan")!.items.find((i) => i.amount.kind === "fixed")!;

/** The typical 金山区 profile with the standards count set by `i`: each link computes its own total. */
export const profile = (i: number): EvaluateRequest =>
  ({ ...TYPICAL_JINSHAN, facts: TYPICAL_JINSHAN.facts.map((f) => ("count" in f ? { ...f, count: (i % 40) + 1 } : f)) }) as EvaluateRequest;

export const draft = (i: number) => ({
  name: `草案 ${i}`,
  policy: "jinshan",
  changes: [{ target: "item", id: fixedItem.id, field: "yuan", value: 1_000 * (i + 1) }],
});

/** A client address of its own for request `i`. */
export const client = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 30_000) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });

export type Acknowledged = { kind: "share"; id: string; request: EvaluateRequest } | { kind: "draft"; id: string; request: ReturnType<typeof draft> };

/**
 * Creates links (and every fourth time a draft) `inFlight` at a time and calls `fault` once
 * `faultAfter` of them have been acknowledged with 201, while the others are still in flight.
 * Returns when every loop has stopped on the failure the fault causes, with what was acknowledged.
 */
export const writeUntilFault = async (base: string, { inFlight = 8, faultAfter, fault, start = 0 }: { inFlight?: number; faultAfter: number; fault: () => void; start?: number }) => {
  const acknowledged: Acknowledged[] = [];
  let next = start;
  let faulted = false;
  const loop = async () => {
    for (;;) {
      const i = next++;
      const isDraft = i % 4 === 3;
      const request = isDraft ? draft(i) : profile(i);
      let status: number;
      let text: string;
      try {
        const res = await postJson(`${base}/api/v1/${isDraft ? "drafts" : "shares"}`, request, { "x-forwarded-for": client(i) });
        status = res.status;
        text = await res.text();
      } catch {
        return; // the connection died with the server before the answer was complete: unacknowledged
      }
      if (status === 503) return; // the database died: refused, not acknowledged
      if (status !== 201) throw new Error(`unexpected ${status}: ${text}`);
      const { id } = JSON.parse(text) as { id: string };
      acknowledged.push(isDraft ? { kind: "draft", id, request: request as ReturnType<typeof draft> } : { kind: "share", id, request: request as EvaluateRequest });
      if (acknowledged.length >= faultAfter && !faulted) {
        faulted = true;
        fault();
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return { acknowledged, sent: next - start };
};
