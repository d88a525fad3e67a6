import { afterAll, beforeAll } from "vitest";
import { startServer, type ProductionServer, type ServerOptions } from "./production-server";

/** One production server for a test file: started before its tests, disposed of after them. */
export const serverForFile = (options?: ServerOptions): (() => ProductionServer) => {
  let server: ProductionServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });
  return () => server!;
};
