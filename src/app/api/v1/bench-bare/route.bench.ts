/**
 * The load benchmark's reference (bench/load.bench.ts): a bare Next.js App Router POST route, as the
 * framework's own documentation writes one, that reads a JSON body and answers a small JSON. It has
 * the `.bench.ts` extension, which only the benchmark's own build routes (NEXT_BENCH_ROUTES in
 * next.config.ts): no ordinary build, and so no deployment, serves it.
 *
 * Same server script, same header rules and compression, same proxy matcher (it does not run for
 * /api/ addresses) as POST /api/v1/evaluate: the ratio of the two measures what evaluating adds —
 * checking the request, the rate limit, the engine, the answer — and not what Next.js costs to take
 * a POST with a body, which any route taking one pays.
 */
export async function POST(request: Request): Promise<Response> {
  await request.json();
  return Response.json({ ok: true });
}
