/**
 * Runs once when the server starts, before it answers requests: opens the database, which applies
 * any pending migrations, and records the policy versions this build serves so that links made
 * from it can be explained after the policy data changes. A database that cannot be opened stops
 * the start-up here rather than failing the first person who shares a link.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("@/lib/db/database");
  const { recordCurrentPolicies } = await import("@/lib/share/snapshots");
  await recordCurrentPolicies((await getDatabase()).prisma);
}
