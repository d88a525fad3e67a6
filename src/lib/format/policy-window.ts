/**
 * Where a policy stands on a given day: in force, expired or not yet in force, in words for the
 * home cards, the result's next steps and the printed summary.
 */
import type { IsoDate, Policy } from "@/engine/types";
import { formatDateZh } from "./dates";

export type WindowStatus = "in-force" | "expired" | "not-yet";

export const windowStatus = (effective: Policy["effective"], day: IsoDate): WindowStatus =>
  day < effective.from ? "not-yet" : effective.to !== null && day > effective.to ? "expired" : "in-force";

export const windowStatusLabel: Record<WindowStatus, string> = {
  "in-force": "有效",
  expired: "已失效",
  "not-yet": "尚未施行",
};

/** 有效期至 2030年12月31日 / 已于 … 失效 / 自 … 起施行 / 未规定截止日期 */
export const windowText = (effective: Policy["effective"], day: IsoDate): string => {
  switch (windowStatus(effective, day)) {
    case "not-yet":
      return `自${formatDateZh(effective.from)}起施行`;
    case "expired":
      return `已于${formatDateZh(effective.to!)}失效`;
    case "in-force":
      return effective.to === null ? "未规定截止日期" : `有效期至${formatDateZh(effective.to)}`;
  }
};

/** Guangming 25: projects from an earlier date count although the policy took effect later. */
export const retroactiveText = (effective: Policy["effective"]): string | null =>
  effective.retroactiveFrom ? `${formatDateZh(effective.retroactiveFrom)}以后的项目也可申报（追溯适用）` : null;
