/**
 * The engine: pure TypeScript, no I/O and no framework, so the same code runs in the browser
 * (instant results), on the server (API, batches) and in the benchmarks.
 */
export { evaluate } from "./evaluate";
export { policyVersion } from "./version";
export { claimDate, claimYear, factDate } from "./dates";
export { applicantDefaults } from "./defaults";
export { clauseRef, describeStep, statusText } from "./trace";
export { describeAmount, describeLimit } from "./describe";
export { formatRange, formatWan, formatYuan, percentOf } from "./money";
export type * from "./types";
