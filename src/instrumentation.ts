/**
 * Runs once when the server starts, before it answers requests: opens the database, which applies
 * any pending migrations, records the policy versions this build serves so that links made
 * from it can be explained after the policy data changes, and reads the key result links are
 * signed with. Any other failure to open it stops the
 * start-up here rather than failing the first person who shares a link; a database that is merely
 * unreachable (a server still starting, restarting) does not: evaluation needs none, links answer
 * 503 until it is back, and it is opened and migrated on first use (tests/faults).
 */
/** The message a process of `npm run start:cluster` sends its primary once its start-up succeeded. */
const STARTED = "policy-calculator:started";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await start();
    // Tells `npm run start:cluster` (scripts/serve.mjs) that this process is up: one that ends before saying so failed to start.
    process.send?.(STARTED);
  } catch (error) {
    // Next.js would keep serving and answer every request, health included, with a 500: a start-up
    // that fails must instead end the process, with the reason, so a supervisor sees and reports it.
    console.error(`[server] start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function start() {
  // Mistyped settings stop the start here, with their message, rather than failing requests later.
  (await import("@/lib/api/batch-rate-limit")).batchBudget();
  (await import("@/lib/api/evaluate-rate-limit")).evaluateBudget();
  (await import("@/lib/http/client-address")).trustedProxies();
  (await import("@/lib/share/public-origin")).configuredOrigin();
  const { configuredSigningKey, signingKey } = await import("@/lib/share/signing-key");
  configuredSigningKey();
  const { configFromEnv, getDatabase } = await import("@/lib/db/database");
  configFromEnv();
  const { isDatabaseUnavailable } = await import("@/lib/db/unavailable");
  const { recordCurrentPolicies } = await import("@/lib/share/snapshots");
  try {
    await recordCurrentPolicies((await getDatabase()).prisma);
    // Read now, so signed links keep opening through a later database outage.
    await signingKey();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error("[db] database unreachable at start-up; serving without it until it is back:", (error as Error).message);
  }
}
