/**
 * One zod schema per vocabulary field, with the Chinese message a person filling the form needs
 * ("证书数量须为整数，不能有小数") rather than zod's generic one.
 */
import { z } from "zod";
import { isoDate } from "@policies/schema";
import type { Field } from "./fields";

/** The words for an input that must be stated and is not (also for the inputs a policy reads: evaluate-request.ts). */
export const missingMessage = (f: Field) => `缺少必填项：${f.label}（${f.name}）`;

/** Uses the schema's own message unless the value is simply absent. */
const typeError = (f: Field, message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? missingMessage(f) : message);

const numberSchema = (f: Field): z.ZodType<number> => {
  const unit = f.unit ?? "";
  let s = z.number({ error: typeError(f, `${f.label}须为数字`) });
  if (f.type === "yuan") s = s.int({ error: `${f.label}须为整数元，不能有角分` });
  if (f.type === "int") s = s.int({ error: `${f.label}须为整数，不能有小数` });
  if (f.min !== undefined) s = s.min(f.min, { error: `${f.label}不能为负数` });
  if (f.max !== undefined) s = s.max(f.max, { error: `${f.label}不能超过 ${f.max}${unit ? ` ${unit}` : ""}` });
  return s;
};

const valueSchema = (f: Field): z.ZodType => {
  switch (f.type) {
    case "date":
      return isoDate;
    case "boolean":
      return z.boolean({ error: typeError(f, `${f.label}须为 true 或 false`) });
    case "enum": {
      const values = (f.options ?? []).map((o) => o.value);
      return z.enum(values as [string, ...string[]], { error: typeError(f, `${f.label}的取值无效，可选：${values.join("、")}`) });
    }
    case "int":
    case "yuan":
    case "percent":
      return numberSchema(f);
  }
};

/** The label, unit and hint the questionnaire shows, for the OpenAPI document (src/lib/api/openapi.ts). */
const describe = (f: Field) => [f.label, f.unit ? `（${f.unit}）` : "", f.hint ? `：${f.hint}` : ""].join("");

export const fieldSchema = (f: Field): z.ZodType => {
  const value = valueSchema(f).meta({ description: describe(f) });
  return f.required ? value : value.optional();
};

/** A strict object of these fields: any other key (including __proto__ and constructor) is refused, never copied. */
export const fieldsObject = (fields: readonly Field[], what: string, extra: z.core.$ZodLooseShape = {}) => {
  const names = [...Object.keys(extra), ...fields.map((f) => f.name)];
  return z.strictObject(
    { ...extra, ...Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])) },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `${what}不支持这个字段；可填：${names.join("、")}`
          : issue.input === undefined
            ? `缺少${what}`
            : `${what}须为 JSON 对象`,
    },
  );
};
