/**
 * The policies the calculator knows, each a typed, zod-validated data module.
 */
import type { Policy } from "../src/engine/types";
import { jinshan } from "./jinshan";

export const policies: readonly Policy[] = [jinshan];

export const policyById: ReadonlyMap<string, Policy> = new Map(policies.map((p) => [p.id, p]));
