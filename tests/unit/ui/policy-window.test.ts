import { describe, expect, it } from "vitest";
import { formatDateZh, todayInShanghai } from "@/lib/format/dates";
import { retroactiveText, windowStatus, windowText } from "@/lib/format/policy-window";
import type { Policy } from "@/engine/types";

const effective: Policy["effective"] = { clause: "第二十七条", quote: "…", from: "2025-04-01", to: "2030-12-31" };

describe("policy window in words", () => {
  it("is in force on its first and last day, not the days around them", () => {
    expect(windowStatus(effective, "2025-03-31")).toBe("not-yet");
    expect(windowStatus(effective, "2025-04-01")).toBe("in-force");
    expect(windowStatus(effective, "2030-12-31")).toBe("in-force");
    expect(windowStatus(effective, "2031-01-01")).toBe("expired");
  });

  it("says how long it stays in force, or that it has ended, or when it starts", () => {
    expect(windowText(effective, "2026-01-01")).toBe("有效期至2030年12月31日");
    expect(windowText(effective, "2031-01-01")).toBe("已于2030年12月31日失效");
    expect(windowText(effective, "2025-01-01")).toBe("自2025年4月1日起施行");
    expect(windowText({ ...effective, to: null }, "2026-01-01")).toBe("未规定截止日期");
  });

  it("mentions a retroactive start only where the policy has one", () => {
    expect(retroactiveText(effective)).toBeNull();
    expect(retroactiveText({ ...effective, retroactiveFrom: "2022-01-01" })).toBe("2022年1月1日以后的项目也可申报（追溯适用）");
  });
});

describe("dates", () => {
  it("today is the calendar day in 上海, whatever the machine's zone", () => {
    expect(todayInShanghai(new Date("2025-03-31T16:30:00Z"))).toBe("2025-04-01");
    expect(todayInShanghai(new Date("2025-03-31T15:59:59Z"))).toBe("2025-03-31");
  });

  it("writes dates the Chinese way", () => {
    expect(formatDateZh("2030-01-05")).toBe("2030年1月5日");
  });
});
