/**
 * Every API route and page of the app, read from src/app rather than listed by hand, so a route
 * added tomorrow is fuzzed and header-checked without anyone remembering to add it here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { root } from "../../scripts/ensure-build.mjs";

export interface AppRoute {
  /** api: a route handler under /api; route: one elsewhere (a download); page: a page. */
  kind: "api" | "route" | "page";
  /** The route as Next.js writes it: /api/v1/policies/[id], /calc/[policy]. */
  pattern: string;
  /** Methods the route serves (pages: GET), not those it exports only to refuse with a 405. */
  methods: string[];
}

const APP_DIR = path.join(root, "src", "app");
/** The methods a route serves: the keys given to `apiRoute({ GET: …, POST: … })` (src/lib/http/methods.ts). */
const SERVED = /apiRoute\(\{([^}]*)\}/;
const METHOD_KEY = /\b(GET|POST|PUT|PATCH|DELETE)\s*:/g;

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );

/** Route groups `(name)` and private folders `_name` do not appear in the URL. */
const patternOf = (file: string): string => {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
};

export const appRoutes = (): AppRoute[] =>
  walk(APP_DIR)
    .flatMap((file): AppRoute[] => {
      const name = path.basename(file);
      if (/^route\.tsx?$/.test(name)) {
        const served = SERVED.exec(readFileSync(file, "utf8"))?.[1] ?? "";
        const methods = [...served.matchAll(METHOD_KEY)].map((m) => m[1]!);
        const pattern = patternOf(file);
        return [{ kind: pattern.startsWith("/api/") ? "api" : "route", pattern, methods }];
      }
      if (/^page\.tsx?$/.test(name)) return [{ kind: "page", pattern: patternOf(file), methods: ["GET"] }];
      return [];
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));

/** `[id]` → "id", `[...path]` → "path", `[[...path]]` → "path". */
export const dynamicSegments = (pattern: string): string[] =>
  [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1]!);

/** Fills each dynamic segment with an already URL-encoded value. */
export const fillPattern = (pattern: string, value: (name: string) => string): string =>
  pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g, (_all, name: string) => value(name));
