/**
 * How fast links may be created. Per client, a burst of 20 then one every 3 s; across all clients,
 * a burst of 200 then ten a second, which bounds database growth even when the client key is forged.
 */
import { requestBudget } from "@/lib/http/request-budget";

/** A request body beyond this is refused with 413 before it is parsed. */
export const MAX_SHARE_BODY_BYTES = 64 * 1024;

export const checkShareCreationRate = requestBudget({
  perClient: { capacity: 20, refillMs: 3_000 },
  overall: { capacity: 200, refillMs: 100 },
  refusal: "创建链接过于频繁",
});
