/** Links the API hands back: on PUBLIC_ORIGIN when set, on a loopback origin, otherwise a bare path; never on a host the client named. */
import { describe, expect, it } from "vitest";
import { configuredOrigin, publicLink } from "@/lib/share/public-origin";

const request = (headers: Record<string, string> = {}, url = "http://0.0.0.0:3000/api/v1/shares") => new Request(url, { method: "POST", headers });

describe("publicLink", () => {
  it("uses PUBLIC_ORIGIN whatever the request says", () => {
    const env = { PUBLIC_ORIGIN: "https://calc.example.gov.cn/" };
    expect(publicLink(request({ host: "evil.example" }), "/s/abc", env)).toBe("https://calc.example.gov.cn/s/abc");
    expect(publicLink(request({ "x-forwarded-host": "evil.example" }), "/regulator?draft=x", env)).toBe("https://calc.example.gov.cn/regulator?draft=x");
  });

  it("without it, trusts only a loopback Host and answers anything else with the path alone", () => {
    expect(publicLink(request({ host: "localhost:3000" }), "/s/abc", {})).toBe("http://localhost:3000/s/abc");
    expect(publicLink(request({ host: "[::1]:3000" }), "/s/abc", {})).toBe("http://[::1]:3000/s/abc");
    expect(publicLink(request({}, "http://localhost/api/v1/shares"), "/s/abc", {})).toBe("http://localhost/s/abc");
    for (const host of ["evil.example", "localhost.evil.example", "127.0.0.1.evil.example", "calc.example.gov.cn", "evil.example/<script>", "a b"]) {
      expect(publicLink(request({ host, "x-forwarded-host": "localhost" }), "/s/abc", {}), host).toBe("/s/abc");
    }
  });
});

describe("configuredOrigin", () => {
  it("reads PUBLIC_ORIGIN as a bare origin, or nothing when unset", () => {
    expect(configuredOrigin({})).toBeUndefined();
    expect(configuredOrigin({ PUBLIC_ORIGIN: " " })).toBeUndefined();
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://calc.example.gov.cn" })).toBe("https://calc.example.gov.cn");
    expect(configuredOrigin({ PUBLIC_ORIGIN: "http://10.0.0.5:8080/" })).toBe("http://10.0.0.5:8080");
  });

  it.each(["calc.example.gov.cn", "ftp://calc.example.gov.cn", "https://calc.example.gov.cn/app", "https://calc.example.gov.cn?x=1", "https://user@calc.example.gov.cn", "javascript:alert(1)"])(
    "refuses PUBLIC_ORIGIN=%s",
    (value) => {
      expect(() => configuredOrigin({ PUBLIC_ORIGIN: value })).toThrow(/PUBLIC_ORIGIN/);
    },
  );
});
