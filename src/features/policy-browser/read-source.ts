/**
 * Server-only: the published text of a policy, from policies/sources/. Read once per process —
 * the files ship with the code and never change while it runs.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Policy } from "@/engine/types";
import { annotate, type AnnotatedText } from "./annotated-text";

const cache = new Map<string, Promise<AnnotatedText>>();

export const annotatedSource = (policy: Policy): Promise<AnnotatedText> => {
  let text = cache.get(policy.id);
  if (!text) {
    text = readFile(path.join(process.cwd(), "policies", "sources", policy.sourceFile), "utf8").then(
      (t) => annotate(policy, t),
      (error: unknown) => {
        cache.delete(policy.id);
        throw error;
      },
    );
    cache.set(policy.id, text);
  }
  return text;
};
