import type { Scalar } from "./types";

/** What an applicant who said nothing about an attribute is taken to be (a normal enterprise in good standing). */
export const applicantDefaults: Readonly<Record<string, Scalar>> = Object.freeze({
  orgType: "enterprise",
  fundedBy: "self",
  creditGood: true,
  seriousViolation: false,
  sme: false,
});
