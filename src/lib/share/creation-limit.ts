/**
 * How fast links (and drafts: one budget, both store a row) may be created: 20 a minute per client,
 * 600 a minute across all clients, which bounds database growth whatever addresses are claimed.
 */
import { requestBudget } from "@/lib/http/request-budget";

/** A request body beyond this is refused with 413 before it is parsed. */
export const MAX_SHARE_BODY_BYTES = 64 * 1024;

export const checkShareCreationRate = requestBudget({
  name: "links",
  perClient: { points: 20, seconds: 60 },
  overall: { points: 600, seconds: 60 },
  refusal: "创建链接过于频繁",
});
