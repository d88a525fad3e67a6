import { evaluate } from "../src/engine/index";
import { policyById } from "../policies/index";
const r = evaluate({ policy: policyById.get("jinshan")!, asOf: "2026-06-01", applicant: { kind: "organization" }, facts: [
  { type: "quality-award", award: "shanghai-quality-gold-award", date: "2026-03-01" },
  { type: "quality-award", award: "china-quality-award", date: "2026-03-01" },
  { type: "standard-project", scope: "national", action: "formulate", role: "lead", count: 4, date: "2026-02-01" },
  { type: "standard-project", scope: "national", action: "revise", role: "lead", count: 3, date: "2026-02-01" },
  { type: "certification", scheme: "shanghai-brand", stage: "first", date: "2026-01-05" },
  { type: "qualified-person", role: "chief-quality-officer", count: 3, appointed: true, date: "2026-01-05" },
]});
console.log(r.trace!.join("\n"));
console.log(JSON.stringify(r.total), r.policyVersion);
