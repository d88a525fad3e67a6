import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER, trustedProxies } from "@/lib/http/client-address";

const headers = (forwarded?: string, socket?: string) =>
  new Headers({ ...(forwarded !== undefined ? { "x-forwarded-for": forwarded } : {}), ...(socket !== undefined ? { [SOCKET_ADDRESS_HEADER]: socket } : {}) });

describe("the client's address", () => {
  it("is the socket's with no trusted proxy, whatever X-Forwarded-For a client writes", () => {
    expect(clientAddress(headers("198.51.100.1", "203.0.113.5"), 0)).toBe("203.0.113.5");
    expect(clientAddress(headers("1.1.1.1, 2.2.2.2", "203.0.113.5"), 0)).toBe("203.0.113.5");
  });

  it("is the entry N from the right behind N trusted proxies: what the outermost proxy saw", () => {
    // Client forged "6.6.6.6"; proxy 1 appended the client's real address, proxy 2 appended proxy 1's.
    const h = headers("6.6.6.6, 198.51.100.7, 10.0.0.1", "10.0.0.2");
    expect(clientAddress(h, 1)).toBe("10.0.0.1");
    expect(clientAddress(h, 2)).toBe("198.51.100.7");
    expect(clientAddress(h, 3)).toBe("6.6.6.6");
  });

  it("falls back to the socket when fewer proxies wrote than trusted, and bounds what it keeps", () => {
    expect(clientAddress(headers(undefined, "203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddress(headers("198.51.100.7", "10.0.0.2"), 2)).toBe("10.0.0.2");
    expect(clientAddress(headers("x".repeat(500), "10.0.0.2"), 1)).toHaveLength(64);
  });

  it("without the production server's socket header (next dev, handlers called directly), uses the last hop", () => {
    expect(clientAddress(headers("203.0.113.9, 10.0.0.2"), 0)).toBe("10.0.0.2");
    expect(clientAddress(headers(), 0)).toBe("unknown");
  });

  it("reads TRUSTED_PROXIES, refusing what is not a small whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: "2" })).toBe(2);
    for (const value of ["-1", "1.5", "all", "11"]) expect(() => trustedProxies({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES/);
  });
});
