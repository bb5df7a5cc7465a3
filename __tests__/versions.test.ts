// Version ordering per scheme, with the values real images, lockfiles and advisories carry.
import { describe, expect, it } from "vitest";
import type { VersionScheme } from "../src/catalog/types.js";
import { compareVersions, debianUpstream, exactPrecision, inRange, normalizeVersion, precision, releaseLine } from "../src/versions/index.js";

const SCHEMES: VersionScheme[] = ["semver", "go", "pep440", "calendar", "timestamp", "debian"];

/** Each row: a < b, so compare(a, b) = -1, compare(b, a) = 1, compare(a, a) = 0. */
function ordered(scheme: VersionScheme, rows: [string, string][]): void {
  it.each(rows)(`${scheme}: %s < %s`, (a, b) => {
    expect(compareVersions(scheme, a, b)).toBe(-1);
    expect(compareVersions(scheme, b, a)).toBe(1);
    expect(compareVersions(scheme, a, a)).toBe(0);
  });
}

/** Each row: a = b although written differently. */
function equal(scheme: VersionScheme, rows: [string, string][]): void {
  it.each(rows)(`${scheme}: %s = %s`, (a, b) => {
    expect(compareVersions(scheme, a, b)).toBe(0);
  });
}

describe("semver", () => {
  ordered("semver", [
    ["0.4.0-ci1", "0.4.0"],
    ["7.2.10", "7.2.11"],
    ["7.2.11", "7.10.0"],
    ["0.9.9", "1.0.0-alpha"],
    ["1.0.0-alpha", "1.0.0-alpha.1"],
    ["1.0.0-alpha.1", "1.0.0-alpha.beta"],
    ["1.0.0-alpha.beta", "1.0.0-beta"],
    ["1.0.0-beta.2", "1.0.0-beta.11"],
    ["1.0.0-rc.1", "1.0.0"],
    ["2.4.0", "2.4.0.1"],
    ["2.4.0.1", "2.4.0.2"],
    ["2.4.0.9", "2.4.1"],
    ["7.2", "7.2.1"],
    ["9", "10"],
    ["1.99999999999999999998", "1.99999999999999999999"],
  ]);
  equal("semver", [
    ["7.2", "7.2.0"],
    ["7", "7.0.0"],
    ["v1.2.3", "1.2.3"],
    ["1.2.3+build.5", "1.2.3"],
    ["2.4.0.0", "2.4.0"],
    ["22.04", "22.4"],
  ]);

  it.each([
    ["v1.2.3", "1.2.3"],
    ["7.2", "7.2"],
    ["0.4.0-ci1", "0.4.0-ci1"],
    ["v2.0.0-rc.1+build.7", "2.0.0-rc.1+build.7"],
    ["2.4.0.1", "2.4.0.1"],
    ["22.04", "22.04"],
  ])("normalizes %s to %s", (text, normal) => {
    expect(normalizeVersion("semver", text)).toBe(normal);
  });

  it.each(["latest", "main", "7.x", "7.*", "", "v", "V1.2.3", "1.", ".1", "1..2", "1.2.3-", "1.2.3+", "1.2.3-rc..1", "1.2.3-rc_1", "1.2.3 ", " 1.2.3", "=1.2.3", "1.2.3rc1", "stable-alpine"])(
    "%j is not a version",
    (text) => {
      expect(normalizeVersion("semver", text)).toBeUndefined();
      expect(compareVersions("semver", text, "1.2.3")).toBeUndefined();
      expect(compareVersions("semver", "1.2.3", text)).toBeUndefined();
      expect(precision("semver", text)).toBeUndefined();
      expect(inRange("semver", text, { introduced: "0" })).toBeUndefined();
    },
  );
});

describe("go", () => {
  ordered("go", [
    // Form (1): no tag before the commit; below every tagged version, ordered by commit time.
    ["v0.0.0-20240101120000-abcdef123456", "v0.0.0-20250301093000-0123456789ab"],
    ["v0.0.0-20250301093000-0123456789ab", "v0.0.1"],
    // Form (2): after v1.2.3, before v1.2.4 and its tagged pre-releases.
    ["v1.2.3", "v1.2.4-0.20240101120000-abcdef123456"],
    ["v1.2.4-0.20240101120000-abcdef123456", "v1.2.4-0.20240102000000-abcdef123456"],
    ["v1.2.4-0.20240102000000-abcdef123456", "v1.2.4-rc1"],
    ["v1.2.4-rc1", "v1.2.4"],
    // Form (4): after the pre-release v1.3.0-beta, before v1.3.0-beta.1 would be tagged.
    ["v1.3.0-beta", "v1.3.0-beta.0.20240101120000-abcdef123456"],
    ["v1.3.0-beta.0.20240101120000-abcdef123456", "v1.3.0-beta.1"],
    ["v1.9.0", "v1.10.0"],
  ]);
  equal("go", [
    ["v2.0.0+incompatible", "v2.0.0"],
    ["v1.2.4-0.20240101120000-abcdef123456+incompatible", "v1.2.4-0.20240101120000-abcdef123456"],
    ["1.2.3", "v1.2.3"],
    ["v1.2", "v1.2.0"],
  ]);

  it("writes versions without the leading v, as OSV's Go entries do", () => {
    expect(normalizeVersion("go", "v0.0.0-20240101120000-abcdef123456")).toBe("0.0.0-20240101120000-abcdef123456");
    expect(normalizeVersion("go", "v2.0.0+incompatible")).toBe("2.0.0+incompatible");
  });

  it.each(["v1.2.3.4", "v01.2.3", "v1.02.3", "latest", "master", "v1.x", ""])("%j is not a Go version", (text) => {
    expect(normalizeVersion("go", text)).toBeUndefined();
  });

  it("counts a pseudo-version from OSV's introduced 0, though it sorts below v0.0.0", () => {
    expect(compareVersions("go", "v0.0.0-20240101120000-abcdef123456", "0")).toBe(-1);
    expect(inRange("go", "v0.0.0-20240101120000-abcdef123456", { introduced: "0", fixed: "0.0.0-20240301000000-0123456789ab" })).toBe(true);
    expect(inRange("go", "v0.0.0-20240301000000-0123456789ab", { introduced: "0", fixed: "0.0.0-20240301000000-0123456789ab" })).toBe(false);
  });
});

describe("pep440", () => {
  ordered("pep440", [
    ["1.0.0rc1", "1.0.0"],
    ["1.0.0.dev1", "1.0.0a1"],
    ["1.0.0a1", "1.0.0b1"],
    ["1.0.0b1", "1.0.0rc1"],
    ["0.8.5", "0.8.5.post1"],
    ["0.8.5.post1", "0.8.6"],
    ["2.5.1", "2.5.1+cu121"],
    ["2.5.1+cpu", "2.5.1+cu121"],
    ["0.6.3.post1", "0.7.0"],
    ["1.65.4.dev6", "1.65.4"],
    ["2.0", "1!1.0"],
    ["3.9.18", "3.10.0"],
  ]);
  equal("pep440", [
    ["1.0", "1.0.0"],
    ["1.0.0-rc1", "1.0.0rc1"],
    ["1.0.0.RC.1", "1.0.0rc1"],
    ["1.0-1", "1.0.post1"],
    ["v2.5.1", "2.5.1"],
    ["01.2", "1.2"],
  ]);

  it.each([
    ["1.0.0-RC1", "1.0.0rc1"],
    ["0.8.5-post1", "0.8.5.post1"],
    ["1.0-1", "1.0.post1"],
    ["2.5.1+CU121", "2.5.1+cu121"],
    ["2.5.1+cu121-01", "2.5.1+cu121.1"],
    ["1.0.0alpha", "1.0.0a0"],
    ["v1.2", "1.2"],
    ["1!2.0", "1!2.0"],
    ["1.65.4.dev6", "1.65.4.dev6"],
    [" 2.5.1\n", "2.5.1"],
  ])("normalizes %s to %s", (text, normal) => {
    expect(normalizeVersion("pep440", text)).toBe(normal);
  });

  it.each(["latest", "7.x", "", "1.0.0-beta_gamma", "2.5 .1", "1.99999999999999999999", "1.0+", "=2.5.1"])("%j is not a version", (text) => {
    expect(normalizeVersion("pep440", text)).toBeUndefined();
    expect(compareVersions("pep440", text, "1.0")).toBeUndefined();
  });

  it("takes a local build for its public release in ranges", () => {
    expect(inRange("pep440", "2.5.1+cu121", { introduced: "2.0.0", fixed: "2.5.1" })).toBe(false);
    expect(inRange("pep440", "2.5.0+cu121", { introduced: "2.0.0", fixed: "2.5.1" })).toBe(true);
    expect(inRange("pep440", "2.5.1+cu121", { introduced: "2.0.0", lastAffected: "2.5.1" })).toBe(true);
    expect(inRange("pep440", "2.5.1+cu121", { introduced: "2.5.1", fixed: "2.6.0" })).toBe(true);
  });

  it("puts pre-releases and dev releases of the fix inside the range, post-releases of the fix outside", () => {
    expect(inRange("pep440", "0.6.0rc1", { introduced: "0", fixed: "0.6.0" })).toBe(true);
    expect(inRange("pep440", "0.6.0.dev3", { introduced: "0", fixed: "0.6.0" })).toBe(true);
    expect(inRange("pep440", "0.6.0.post1", { introduced: "0", fixed: "0.6.0" })).toBe(false);
    expect(inRange("pep440", "0.8.5.post1", { introduced: "0.8.0", lastAffected: "0.8.5" })).toBe(false);
  });
});

describe("calendar", () => {
  ordered("calendar", [
    ["24.01", "24.10"],
    ["24.10", "25.01"],
    ["23.12", "24.01"],
    ["24.01", "24.01.1"],
    ["r24.01", "24.02"],
    ["24.09", "24.10"],
  ]);
  equal("calendar", [
    ["r24.01", "24.01"],
    ["24.01", "24.1"],
    ["24.01", "24.01.0"],
  ]);

  it("reads NVIDIA Triton's tags and git tags", () => {
    expect(normalizeVersion("calendar", "r24.01")).toBe("24.01");
    expect(normalizeVersion("calendar", "24.01")).toBe("24.01");
    expect(precision("calendar", "24.01")).toBe(2);
  });

  it.each(["24", "latest", "24.x", "24.01-py3", "", "v24.01", "24.", "R24.01"])("%j is not a version", (text) => {
    expect(normalizeVersion("calendar", text)).toBeUndefined();
  });
});

describe("timestamp", () => {
  ordered("timestamp", [
    ["RELEASE.2025-04-08T15-41-24Z", "RELEASE.2025-04-22T22-12-26Z"],
    ["RELEASE.2025-04-22T22-12-25Z", "RELEASE.2025-04-22T22-12-26Z"],
    ["RELEASE.2024-12-31T23-59-59Z", "2025-01-01T00-00-00Z"],
    ["RELEASE.2023-03-20T20-16-18Z", "RELEASE.2025-04-22T22-12-26Z"],
  ]);
  equal("timestamp", [["RELEASE.2025-04-22T22-12-26Z", "2025-04-22T22-12-26Z"]]);

  it("writes MinIO's form and counts one release number", () => {
    expect(normalizeVersion("timestamp", "2025-04-22T22-12-26Z")).toBe("RELEASE.2025-04-22T22-12-26Z");
    expect(precision("timestamp", "RELEASE.2025-04-22T22-12-26Z")).toBe(1);
    expect(releaseLine("timestamp", "2025-04-22T22-12-26Z", 1)).toBe("RELEASE.2025-04-22T22-12-26Z");
  });

  it.each(["latest", "RELEASE.2025-04-22", "RELEASE.2025-04-22T22:12:26Z", "release.2025-04-22T22-12-26Z", "RELEASE.2025-04-22T22-12-26", "RELEASE.2025-4-22T22-12-26Z", "2025.1.2", ""])(
    "%j is not a version",
    (text) => {
      expect(normalizeVersion("timestamp", text)).toBeUndefined();
    },
  );
});

describe("debian", () => {
  // Each pair checked with `dpkg --compare-versions a lt b` on Debian 12.
  ordered("debian", [
    ["2.0-1", "1:1.0-1"],
    ["1.0~rc1-1", "1.0-1"],
    ["1.0~~-1", "1.0~-1"],
    ["1.0~-1", "1.0-1"],
    ["1.0-1", "1.0a-1"],
    ["1.0a-1", "1.0+-1"],
    ["1.0+-1", "1.0.1-1"],
    ["1.16.1-1", "1.16.1-1+deb12u1"],
    ["1.16.1-1+deb12u1", "1.16.1-2"],
    ["1.17.8-1~ubuntu22.04", "1.17.8-1"],
    ["2.0.3-2", "2.0.3-10"],
    ["1.9", "1.10"],
    ["1.0-1~bpo12+1", "1.0-1"],
    ["3.0.11-1~deb12u2", "3.0.13-1~deb12u1"],
  ]);
  equal("debian", [
    ["0:1.0-1", "1.0-1"],
    ["1.0", "1.0-0"],
    ["1.01-1", "1.1-1"],
  ]);

  it.each(["latest", "", "1:", ":1.0", "a:1.0", "1.0-", "-1", "abc-1", "1.0_1", "1.0 1", "1.0-1_2", "1:2:3"])("%j is not a version", (text) => {
    expect(normalizeVersion("debian", text)).toBeUndefined();
  });

  it("strips epoch and revision for the upstream version", () => {
    expect(debianUpstream("1.16.1-1")).toBe("1.16.1");
    expect(debianUpstream("1:2.0.3-2+deb12u1")).toBe("2.0.3");
    expect(debianUpstream("1.17.8-1~ubuntu22.04")).toBe("1.17.8");
    expect(debianUpstream("2.4.57")).toBe("2.4.57");
    expect(debianUpstream("1:9.2p1-2+deb12u3")).toBe("9.2p1");
    expect(debianUpstream("2:1.2-rc1-3")).toBe("1.2-rc1");
  });

  it("leaves ranges on the upstream version to semver", () => {
    const range = { introduced: "1.16.0", fixed: "1.16.2" };
    expect(inRange("semver", debianUpstream("1.16.1-1+deb12u1"), range)).toBe(true);
    expect(inRange("semver", debianUpstream("1:1.16.2-1"), range)).toBe(false);
  });

  it("orders and counts by the upstream version", () => {
    expect(inRange("debian", "1:2.0.3-2", { introduced: "1:2.0.0-1", fixed: "1:2.0.3-3" })).toBe(true);
    expect(precision("debian", "1:2.0.3-2+deb12u1")).toBe(3);
    expect(releaseLine("debian", "1:2.0.3-2+deb12u1", 2)).toBe("2.0");
    expect(normalizeVersion("debian", "1:2.0.3-2+deb12u1")).toBe("1:2.0.3-2+deb12u1");
  });
});

describe("inRange", () => {
  const redis72 = { introduced: "7.2.0", fixed: "7.2.11" };
  it.each([
    ["7.2.11", false],
    ["7.2.10", true],
    ["7.2.0", true],
    ["7.2", true],
    ["7.1.9", false],
    ["7.2.0-rc1", false],
    ["7.2.11-rc1", true],
    ["8.0.0", false],
  ])("Redis %s against 7.2.0 ≤ v < 7.2.11: %s", (version, affected) => {
    expect(inRange("semver", version, redis72)).toBe(affected);
  });

  it("includes lastAffected and excludes what is after it", () => {
    expect(inRange("semver", "0.5.7", { introduced: "0.5.0", lastAffected: "0.5.7" })).toBe(true);
    expect(inRange("semver", "0.5.8", { introduced: "0.5.0", lastAffected: "0.5.7" })).toBe(false);
    expect(inRange("semver", "0.4.9", { introduced: "0.5.0", lastAffected: "0.5.7" })).toBe(false);
  });

  it("affects everything from introduced when there is no fix, everything when nothing is said", () => {
    expect(inRange("semver", "99.0.0", { introduced: "0.1.0" })).toBe(true);
    expect(inRange("semver", "0.0.9", { introduced: "0.1.0" })).toBe(false);
    expect(inRange("semver", "0.0.0-alpha", {})).toBe(true);
    expect(inRange("semver", "0.0.1", { fixed: "0.0.2" })).toBe(true);
  });

  it("is unknown when a bound cannot be read", () => {
    expect(inRange("semver", "1.0.0", { introduced: "1.0.0", fixed: "next" })).toBeUndefined();
    expect(inRange("semver", "1.0.0", { introduced: "1.x" })).toBeUndefined();
    expect(inRange("semver", "1.0.0", { lastAffected: "" })).toBeUndefined();
  });

  it("reads bounds in the scheme asked for", () => {
    expect(inRange("calendar", "24.01", { fixed: "24.10" })).toBe(true);
    expect(inRange("calendar", "24.10", { fixed: "24.10" })).toBe(false);
    expect(inRange("timestamp", "RELEASE.2025-04-08T15-41-24Z", { fixed: "RELEASE.2025-04-22T22-12-26Z" })).toBe(true);
    expect(inRange("timestamp", "RELEASE.2025-04-22T22-12-26Z", { fixed: "RELEASE.2025-04-22T22-12-26Z" })).toBe(false);
    expect(inRange("timestamp", "RELEASE.2025-04-08T15-41-24Z", { introduced: "0", fixed: "RELEASE.2025-04-22T22-12-26Z" })).toBe(true);
    expect(inRange("calendar", "24.01", { fixed: "1.2.3-rc1" })).toBeUndefined();
  });
});

describe("release lines and precision", () => {
  it.each([
    ["semver", "7.2.4", 2, "7.2"],
    ["semver", "v7.2.4", 2, "7.2"],
    ["semver", "20.11.1", 1, "20"],
    ["semver", "22.04", 2, "22.04"],
    ["semver", "7.2.0-rc1", 2, "7.2"],
    ["semver", "7.2", 2, "7.2"],
    ["semver", "7", 2, undefined],
    ["semver", "7.2.4", 0, undefined],
    ["semver", "7.2.4", 1.5, undefined],
    ["semver", "latest", 1, undefined],
    ["go", "v1.22.3", 2, "1.22"],
    ["pep440", "3.10.12", 2, "3.10"],
    ["pep440", "1!2.0.3", 2, "1!2.0"],
    ["pep440", "2.5.1+cu121", 2, "2.5"],
    ["calendar", "24.01", 1, "24"],
    ["calendar", "r24.01.1", 2, "24.01"],
    ["timestamp", "RELEASE.2025-04-22T22-12-26Z", 2, undefined],
  ] as const)("%s %s, %d parts → %s", (scheme, version, parts, line) => {
    expect(releaseLine(scheme, version, parts)).toBe(line);
  });

  it.each([
    ["semver", "7.2", 2],
    ["semver", "7.2.4", 3],
    ["semver", "v7", 1],
    ["semver", "2.4.0.1", 4],
    ["semver", "0.4.0-ci1", 3],
    ["go", "v0.0.0-20240101120000-abcdef123456", 3],
    ["pep440", "1.0.0rc1", 3],
    ["pep440", "2.5.1+cu121", 3],
    ["calendar", "24.01", 2],
    ["debian", "1.17.8-1~ubuntu22.04", 3],
    ["debian", "9.2p1-2", 2],
    ["timestamp", "2025-04-22T22-12-26Z", 1],
    ["semver", "7.x", undefined],
  ] as const)("%s %s names %s numbers", (scheme, version, n) => {
    expect(precision(scheme, version)).toBe(n);
  });

  it("knows how many numbers make an exact release", () => {
    expect(SCHEMES.map((s) => [s, exactPrecision(s)])).toEqual([
      ["semver", 3],
      ["go", 3],
      ["pep440", undefined],
      ["calendar", 2],
      ["timestamp", 1],
      ["debian", undefined],
    ]);
  });
});

describe("hostile input", () => {
  const digitsAndDots = "1.".repeat(5000) + "1";
  const digits = "9".repeat(10_000);
  const longPre = "1.0.0-" + "a.".repeat(5000) + "a";

  it.each(SCHEMES)("%s: a 10 kB version is refused, quickly", (scheme) => {
    const started = performance.now();
    for (const text of [digitsAndDots, digits, digitsAndDots + "x", longPre, "1:" + digitsAndDots + "-1"]) {
      for (let k = 0; k < 100; k++) {
        expect(normalizeVersion(scheme, text)).toBeUndefined();
        expect(compareVersions(scheme, text, "1.0")).toBeUndefined();
        expect(inRange(scheme, "1.0", { introduced: text })).toBeUndefined();
      }
    }
    // 1,500 calls; a parser that scanned the 10 kB would still be far below this, a quadratic one far above.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("accepts versions of up to 256 characters", () => {
    const longest = "10." + "2.".repeat(126) + "3";
    expect(longest.length).toBe(256);
    expect(precision("semver", longest)).toBe(128);
    // One character more is over the limit.
    expect(precision("semver", longest + "4")).toBeUndefined();
  });

  it("takes long numbers by their value", () => {
    expect(compareVersions("semver", "1." + "9".repeat(200), "1." + "9".repeat(199) + "8")).toBe(1);
    expect(compareVersions("debian", "1." + "0".repeat(100) + "9", "1.9")).toBe(0);
  });

  it("upstream of a long text is linear too", () => {
    expect(debianUpstream("1:" + digits + "-1")).toBe(digits);
  });
});
