/**
 * The engine: pure TypeScript, no I/O and no framework, so the same code runs in the browser
 * (instant results), on the server (API, batches) and in the benchmarks.
 */
export { evaluate } from "./evaluate";
export { policyVersion } from "./version";
export { claimDate, claimProblem, claimYear, factDate } from "./dates";
export { applicantDefaults } from "./defaults";
export { clauseRef, describeStep, statusText } from "./trace";
export { describeAmount, describeLimit } from "./describe";
export { PricedLines, type Relimited } from "./relimit";
export { checklist, claimedLines, stepsForItem, stepTopicLabel } from "./next-steps";
export { formatRange, formatWan, formatYuan, percentOf } from "./money";
export type * from "./types";
