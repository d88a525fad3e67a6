/** The answers and the policy revision the share tests reuse. */
import type { Policy } from "@/engine/types";
import type { ShareState } from "@/lib/share/codec";
import { policyById } from "@policies/index";
import { TYPICAL_JINSHAN } from "./api-helpers";

export const STATE = TYPICAL_JINSHAN as ShareState;

export const jinshan = policyById.get("jinshan") as Policy;

/** jinshan as an earlier (or later) data version might read: 上海市质量金奖 pays 25 万元 instead of 30 万元. */
export const revisedJinshan = (): Policy => {
  const p = structuredClone(jinshan);
  const item = p.items.find((i) => i.id === "js-5-2-gold-org") as Policy["items"][number];
  item.amount = { kind: "fixed", yuan: 250_000 };
  return p;
};
