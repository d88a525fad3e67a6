/**
 * Enough of vitest's API for the engine and policy test files to run inside one plain Node
 * process, so the mutation run can execute the very same tests against hundreds of mutants
 * without starting vitest for each. `describe` runs its body at once; `it` only records.
 * `expect` is vitest's own (chai with vitest's matchers), so an assertion fails here exactly
 * when it fails under vitest.
 */
import * as chai from "chai";
import { ASYMMETRIC_MATCHERS_OBJECT, JestAsymmetricMatchers, JestChaiExpect, JestExtend } from "@vitest/expect";

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

export const expect = Object.assign((value: unknown, message?: string) => chai.expect(value, message), chai.expect, (globalThis as Record<symbol, object>)[ASYMMETRIC_MATCHERS_OBJECT]);

export interface Collected {
  file: string;
  name: string;
  fn: () => unknown;
}

export const collected: Collected[] = [];
let file = "";
const path: string[] = [];

/** Called first thing in every test file of the bundle (the bundler inserts it). */
export const __setFile = (f: string) => {
  file = f;
};

const format = (name: string, args: unknown[]): string => {
  let i = 0;
  return name.replace(/%[sidjfo%]/g, (m) => (m === "%%" ? "%" : m === "%j" || m === "%o" ? JSON.stringify(args[i++]) : String(args[i++])));
};

const rows = (table: readonly unknown[]): unknown[][] => table.map((r) => (Array.isArray(r) ? r : [r]));

type Body = (...args: never[]) => unknown;

const record = (name: string, fn: () => unknown) => collected.push({ file, name: [...path, name].join(" › "), fn });

const itImpl = (name: string, fn: () => unknown) => record(name, fn);
export const it = Object.assign(itImpl, {
  each:
    (table: readonly unknown[]) =>
    (name: string, fn: Body) => {
      for (const args of rows(table)) record(format(name, args), () => (fn as (...a: unknown[]) => unknown)(...args));
    },
  runIf: (condition: unknown) => (condition ? itImpl : (_name: string, _fn: () => unknown) => undefined),
  skip: (_name: string, _fn: () => unknown) => undefined,
});
export const test = it;

const describeImpl = (name: string, fn: () => void) => {
  path.push(name);
  try {
    fn();
  } finally {
    path.pop();
  }
};
export const describe = Object.assign(describeImpl, {
  each:
    (table: readonly unknown[]) =>
    (name: string, fn: Body) => {
      for (const args of rows(table)) describeImpl(format(name, args), () => (fn as (...a: unknown[]) => void)(...args));
    },
});
