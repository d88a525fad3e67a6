import { ensureProductionBuild } from "./production-server";

/** One build for every file of the run, before the first server starts. */
export default function setup() {
  ensureProductionBuild();
}
