import { describe, expect, it } from "vitest";
import { coerceCell, serialToIso } from "@/lib/batch/cells";
import type { Field } from "@/lib/validation/fields";

const field = (type: Field["type"], extra: Partial<Field> = {}): Field => ({ name: "x", type, label: "测试项", required: false, ...extra });
const value = (f: Field, cell: string | number | boolean) => {
  const r = coerceCell(f, cell);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const message = (f: Field, cell: string | number) => {
  const r = coerceCell(f, cell);
  if (r.ok) throw new Error(`accepted ${String(r.value)}`);
  return r.message;
};

describe("cell coercion", () => {
  it("reads yes and no the ways people write them", () => {
    const f = field("boolean");
    for (const yes of ["是", "TRUE", "true", "1", "Y", "√", true]) expect(value(f, yes)).toBe(true);
    for (const no of ["否", "false", "0", "N", "×", false]) expect(value(f, no)).toBe(false);
    expect(message(f, "也许")).toBe("测试项应为“是”或“否”，实际为“也许”");
  });

  it("reads yuan with separators, currency signs and 万, exactly", () => {
    const f = field("yuan");
    expect(value(f, "1,200")).toBe(1200);
    expect(value(f, "¥ 300 000元")).toBe(300_000);
    expect(value(f, "30万")).toBe(300_000);
    expect(value(f, "0.35万元")).toBe(3500);
    expect(value(f, "1.15万")).toBe(11_500);
    expect(value(f, 2500)).toBe(2500);
    // Fractions of a yuan pass coercion and are refused by the vocabulary schema with its own words.
    expect(value(f, "1000.5")).toBe(1000.5);
    expect(message(f, "1.000001万")).toMatch(/整数元/);
    expect(message(f, "三十万")).toBe("测试项应为整数元（如 300000 或 30万），实际为“三十万”");
  });

  it("reads counts with their unit and percentages with a sign", () => {
    expect(value(field("int", { unit: "件" }), "12件")).toBe(12);
    expect(value(field("percent", { unit: "%" }), "45%")).toBe(45);
    expect(message(field("int"), "两个")).toMatch(/应为数字/);
  });

  it("reads the date formats of Chinese spreadsheets and Excel serial numbers", () => {
    const f = field("date");
    expect(value(f, "2025-06-01")).toBe("2025-06-01");
    expect(value(f, "2025/6/1")).toBe("2025-06-01");
    expect(value(f, "2025.06.01")).toBe("2025-06-01");
    expect(value(f, "2025年6月1日")).toBe("2025-06-01");
    expect(value(f, "2025-06-01 00:00:00")).toBe("2025-06-01");
    expect(value(f, 45809)).toBe("2025-06-01");
    expect(value(f, "45809")).toBe("2025-06-01");
    expect(serialToIso(45809.75)).toBe("2025-06-01");
    expect(message(f, "下个月")).toBe("测试项应为日期（YYYY-MM-DD），实际为“下个月”");
    // A small number in a date column is not a date in any year a policy covers.
    expect(message(f, 2025)).toMatch(/日期/);
  });

  it("accepts an option's key, its label or its label without the qualifier", () => {
    const f = field("enum", { options: [{ value: "organization", label: "单位（企业、机构等）" }, { value: "individual", label: "个人" }] });
    expect(value(f, "organization")).toBe("organization");
    expect(value(f, "Individual")).toBe("individual");
    expect(value(f, "单位（企业、机构等）")).toBe("organization");
    expect(value(f, "单位")).toBe("organization");
    expect(message(f, "公司")).toBe("测试项的取值“公司”无效，可填：单位（企业、机构等）、个人");
  });
});
