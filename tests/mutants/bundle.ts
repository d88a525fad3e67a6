/**
 * Bundles the engine and policy unit tests, with the worker harness, into one ES module that a
 * worker thread can import without vitest: `vitest` is replaced by vitest-shim.ts, and an engine
 * mutant replaces the source of the one file it changes. esbuild takes about 0.3 s per bundle.
 */
import { build, type Plugin } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** The tests a mutant must fail: the engine's and the policies' unit tests. */
export const TEST_DIRS = ["tests/unit/engine", "tests/unit/policies"];

const testFiles = () =>
  TEST_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".test.ts"))
      .sort()
      .map((f) => path.join(ROOT, dir, f)),
  );

const SHIM = path.join(ROOT, "tests/mutants/vitest-shim.ts");
const HARNESS = path.join(ROOT, "tests/mutants/harness.ts");

/**
 * Tests find files next to themselves through import.meta.url, which a bundle would otherwise
 * point at itself; each test file also tells the shim its name, for the report.
 */
const testSources = (replace: ReadonlyMap<string, string>): Plugin => ({
  name: "mutant-sources",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const rel = path.relative(ROOT, args.path);
      let src = replace.get(rel) ?? readFileSync(args.path, "utf8");
      if (rel.startsWith("tests/")) src = src.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      if (rel.endsWith(".test.ts")) src = `import { __setFile } from "vitest"; __setFile(${JSON.stringify(rel)});\n${src}`;
      return { contents: src, loader: "ts" };
    });
  },
});

/** Write the bundle to `outfile`; `replace` maps a repository path to the source to use instead. */
export const bundle = async (outfile: string, replace: ReadonlyMap<string, string> = new Map()) => {
  const entry = [...testFiles().map((f) => `import ${JSON.stringify(f)};`), `export * from ${JSON.stringify(HARNESS)};`].join("\n");
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
    alias: { "@": path.join(ROOT, "src"), "@policies": path.join(ROOT, "policies"), vitest: SHIM },
    plugins: [testSources(replace)],
  });
};
