import { describe, expect, it } from "vitest";
import { evaluateCohort } from "@/lib/cohort/aggregate";
import { policyColumns } from "@/lib/batch/columns";
import { parseUpload } from "@/lib/batch/parse-upload";
import { columnGuide, factTypeGuide, templateTable } from "@/lib/batch/template";
import { attachment, templateFile } from "@/lib/batch/template-file";
import { policies } from "@policies/index";

const pays = (id: string) => policies.find((p) => p.id === id)!.items.some((i) => ["fixed", "upTo", "share", "tiers"].includes(i.amount.kind));

describe.each(policies.map((p) => [p.id, p] as const))("the %s template", (id, policy) => {
  it("parses back without a single error, as CSV and as .xlsx, and its examples are claims the policy knows", () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { body } = templateFile(policy, format);
      const parsed = parseUpload(typeof body === "string" ? new TextEncoder().encode(body) : body);
      expect(parsed.errors).toEqual([]);
      expect(parsed.policy).toBe(policy);
      expect(parsed.members.length).toBeGreaterThan(0);
      const { summary } = evaluateCohort(policy, parsed.members, policy.effective.to ?? "2026-12-31");
      if (pays(id)) expect(summary.total.max).toBeGreaterThan(0);
    }
  });

  it("explains every column it has and lists the fact types the policy reads", () => {
    const guide = columnGuide(policy);
    expect(guide.rows.map((r) => r[0])).toEqual(templateTable(policy).columns);
    for (const r of guide.rows) expect(String(r[2]).length).toBeGreaterThan(3);
    const types = new Set(policy.items.flatMap((i) => i.facts.map((f) => f.type)));
    expect(factTypeGuide(policy).rows.map((r) => r[1])).toEqual([...types]);
    expect(policyColumns(policy).length).toBeLessThan(60);
  });
});

describe("the template download", () => {
  it("names the file in Chinese with an ASCII fallback", () => {
    expect(attachment("政策测算模板-金山区.csv")).toBe(
      `attachment; filename="______-___.csv"; filename*=UTF-8''${encodeURIComponent("政策测算模板-金山区.csv")}`,
    );
  });
});
