/**
 * Typed text → value, with the reason in words when it is not acceptable. Money leaves here as
 * integer yuan whichever unit was typed; 万元 is converted digit by digit, never through a float.
 */
import { formatWan } from "@/engine";

export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: string };

export type MoneyUnit = "yuan" | "wan";

export const moneyUnitLabel: Record<MoneyUnit, string> = { yuan: "元", wan: "万元" };

/**
 * Figures above these are accepted only once the clerk confirms them ("项目数 99999 项，是否正确？"):
 * far beyond what an applicant states, yet below the vocabulary's hard limits, which refuse.
 */
export const CONFIRM_ABOVE = { count: 1_000, yuan: 100_000_000 } as const;

/** Chinese keyboards often type full-width digits, signs and separators: １２．５、１，０００、－３. */
const normalise = (text: string): string =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－−—]/g, "-")
    .replace(/[＋]/g, "+")
    .replace(/[,，\s]/g, "");

/** A signed decimal: the sign is read so that −3 is named as negative, not as "not a number". */
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

const empty = (required: boolean, label: string): Parsed => (required ? { ok: false, error: `请填写${label}` } : { ok: true, value: undefined });

/** A count (项目数、证书数量、件数): zero or a whole number, never negative or fractional. */
export const parseCount = (text: string, o: { label: string; max: number; required: boolean }): Parsed => {
  const t = normalise(text);
  if (t === "") return empty(o.required, o.label);
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, error: `${o.label}须为数字` };
  const [, sign, whole, fraction] = m;
  if (sign === "-" && /[1-9]/.test(`${whole}${fraction ?? ""}`)) return { ok: false, error: `${o.label}须为 0 或正整数，不能为负数` };
  if (fraction !== undefined && /[1-9]/.test(fraction)) return { ok: false, error: `${o.label}须为 0 或正整数，不能有小数` };
  const n = Number(whole);
  if (n > o.max) return { ok: false, error: `${o.label}不能超过 ${o.max}` };
  return { ok: true, value: n };
};

export const parsePercent = (text: string, o: { label: string; required: boolean }): Parsed => {
  const t = normalise(text).replace(/%$/, "");
  if (t === "") return empty(o.required, o.label);
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, error: `${o.label}须为 0 到 100 之间的数字` };
  const n = Number(`${m[2]}.${m[3] ?? ""}`);
  if (m[1] === "-" && n > 0) return { ok: false, error: `${o.label}不能为负数` };
  if (n > 100) return { ok: false, error: `${o.label}不能超过 100%` };
  return { ok: true, value: n };
};

export const parseMoney = (text: string, unit: MoneyUnit, o: { label: string; max: number; required: boolean }): Parsed => {
  const t = normalise(text);
  if (t === "") return empty(o.required, o.label);
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, error: `${o.label}须为数字，例如 ${unit === "wan" ? "12.5" : "125000"}` };
  const [, sign, whole, fraction = ""] = m;
  if (sign === "-" && /[1-9]/.test(`${whole}${fraction}`)) return { ok: false, error: `${o.label}不能为负数` };
  let yuan: number;
  if (unit === "yuan") {
    if (fraction !== "" && /[1-9]/.test(fraction)) return { ok: false, error: `${o.label}须为整数元，不计角分` };
    yuan = Number(whole);
  } else {
    if (fraction.replace(/0+$/, "").length > 4) return { ok: false, error: `以万元填写时最多 4 位小数（精确到元）` };
    yuan = Number(whole) * 10_000 + Number(fraction.padEnd(4, "0").slice(0, 4));
  }
  if (!Number.isSafeInteger(yuan) || yuan > o.max) return { ok: false, error: `${o.label}不能超过 ${formatWan(o.max)}` };
  return { ok: true, value: yuan };
};

/** The text an amount shows in the chosen unit: 125000 元 → "12.5" 万元. */
export const moneyText = (yuan: number | undefined, unit: MoneyUnit): string => {
  if (yuan === undefined) return "";
  if (unit === "yuan") return String(yuan);
  const whole = Math.floor(yuan / 10_000);
  const rest = yuan % 10_000;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(4, "0").replace(/0+$/, "")}`;
};
