/**
 * Answers used across the browser tests, as the questionnaire would put them in a link.
 * Built with the app's own codec so a change to the link format cannot silently bypass the tests.
 */
import { encodeState, type ShareState } from "../../src/lib/share/codec";

/** 金山区 第五条 and 第二十三条（二）: two government quality awards in one year, so only the higher one counts. */
export const twoAwardsSameYear: ShareState = {
  policy: "jinshan",
  asOf: "2025-09-01",
  applicant: { kind: "organization" },
  facts: [
    { type: "quality-award", award: "shanghai-quality-gold-award", date: "2025-06-01" },
    { type: "quality-award", award: "china-quality-award", date: "2025-06-01" },
  ],
};

/** 金山区 第十四条（二）: three national standards led, 最高 30 万元 each. */
export const threeNationalStandards: ShareState = {
  policy: "jinshan",
  asOf: "2025-09-01",
  applicant: { kind: "organization" },
  facts: [{ type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 3, date: "2025-06-01" }],
};

/** 临沂市 第四章 四: a GB/T29490 certificate; 临沂市 does not ask its 取得方式, 长宁区 11 pays only the first. */
export const linyiIpCertificate: ShareState = {
  policy: "linyi",
  asOf: "2025-09-01",
  applicant: { kind: "organization" },
  facts: [{ type: "certification", scheme: "ip-management-system", date: "2025-06-01" }],
};

export const compareUrl = (state: ShareState) => `/compare?s=${encodeState(state)}`;

export const calcUrl = (state: ShareState) => `/calc/${state.policy}?s=${encodeState(state)}`;
