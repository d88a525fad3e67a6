/**
 * The policies the calculator knows, each a typed, zod-validated data module.
 */
import type { Policy } from "../src/engine/types";
import { changning } from "./changning";
import { jinshan } from "./jinshan";
import { linyi } from "./linyi";
import { songjiang } from "./songjiang";
import { guangming } from "./guangming";

export const policies: readonly Policy[] = [changning, songjiang, jinshan, guangming, linyi];

export const policyById: ReadonlyMap<string, Policy> = new Map(policies.map((p) => [p.id, p]));
