/**
 * Typed text → value, with the reason in words when it is not acceptable. Money leaves here as
 * integer yuan whichever unit was typed; 万元 is converted digit by digit, never through a float.
 */
import { formatWan } from "@/engine";

export type Parsed = { ok: true; value: number | undefined } | { ok: false; error: string };

export type MoneyUnit = "yuan" | "wan";

export const moneyUnitLabel: Record<MoneyUnit, string> = { yuan: "元", wan: "万元" };

/** Chinese keyboards often type full-width digits and separators: １２．５、１，０００. */
const normalise = (text: string): string =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[,，\s]/g, "");

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

const empty = (required: boolean, label: string): Parsed => (required ? { ok: false, error: `请填写${label}` } : { ok: true, value: undefined });

export const parseCount = (text: string, o: { label: string; min: number; max: number; required: boolean }): Parsed => {
  const t = normalise(text);
  if (t === "") return empty(o.required, o.label);
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, error: `${o.label}须为数字` };
  if (m[2] !== undefined) return { ok: false, error: `${o.label}须为整数` };
  const n = Number(m[1]);
  if (n < o.min) return { ok: false, error: `${o.label}至少为 ${o.min}` };
  if (n > o.max) return { ok: false, error: `${o.label}不能超过 ${o.max}` };
  return { ok: true, value: n };
};

export const parsePercent = (text: string, o: { label: string; required: boolean }): Parsed => {
  const t = normalise(text).replace(/%$/, "");
  if (t === "") return empty(o.required, o.label);
  if (!DECIMAL.test(t)) return { ok: false, error: `${o.label}须为 0 到 100 之间的数字` };
  const n = Number(t);
  if (n > 100) return { ok: false, error: `${o.label}不能超过 100%` };
  return { ok: true, value: n };
};

export const parseMoney = (text: string, unit: MoneyUnit, o: { label: string; max: number; required: boolean }): Parsed => {
  const t = normalise(text);
  if (t === "") return empty(o.required, o.label);
  const m = DECIMAL.exec(t);
  if (!m) return { ok: false, error: `${o.label}须为数字，例如 ${unit === "wan" ? "12.5" : "125000"}` };
  const [, whole, fraction = ""] = m;
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
