// The infrastructure advisories (Redis, Valkey, NVIDIA Container Toolkit and GPU Operator, Triton, MinIO,
// Milvus, Qdrant) are hand-kept data: these checks guard their shape and a few ranges against edits.
import { describe, expect, it } from "vitest";
import { catalog } from "../src/catalog/index.js";
import { infraAdvisories } from "../src/catalog/advisories/infra.js";
import type { Advisory, AffectedTarget } from "../src/catalog/types.js";

const ID = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z]+-\d{4}-\d+)$/;
const productIds = new Set(catalog.products.map((p) => p.id));

function advisory(id: string): Advisory {
  const a = infraAdvisories.find((x) => x.id === id);
  if (!a) throw new Error(`no advisory ${id}`);
  return a;
}

function target(id: string, pick: (t: AffectedTarget) => boolean): AffectedTarget {
  const t = advisory(id).affects.find(pick);
  if (!t) throw new Error(`no such target in ${id}`);
  return t;
}

/** The version an image target reads from a tag, as the catalog contract describes it. */
function tagVersion(t: AffectedTarget, tag: string): string | undefined {
  return new RegExp(t.image!.tagVersion ?? "^v?(\\d+\\.\\d+\\.\\d+)").exec(tag)?.[1];
}

describe("infrastructure advisories: shape", () => {
  it("has unique ids", () => {
    const ids = infraAdvisories.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(infraAdvisories.map((a) => [a.id, a] as const))("%s is well-formed", (_id, a) => {
    expect(a.id).toMatch(ID);
    expect(a.source).toMatch(/^https:\/\/\S+$/);
    expect(a.summary.trim().length).toBeGreaterThan(0);
    expect(a.summary).not.toContain("\n");
    if (a.published !== undefined) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (a.severity.cvss !== undefined) expect(a.severity.cvss).toMatch(/^CVSS:(3\.[01]|4\.0)\//);
    for (const alias of a.aliases) expect(alias).not.toBe(a.id);
    expect(a.affects.length).toBeGreaterThan(0);
    for (const t of a.affects) {
      const named = [t.product, t.package, t.image].filter((x) => x !== undefined);
      expect(named).toHaveLength(1);
      if (t.product !== undefined) expect(productIds.has(t.product)).toBe(true);
      if (t.image !== undefined) {
        expect(t.image.names.length).toBeGreaterThan(0);
        if (t.image.tagVersion !== undefined) expect(new RegExp(t.image.tagVersion).source).toContain("(");
      }
      expect(t.ranges.length).toBeGreaterThan(0);
      for (const r of t.ranges) expect(r.fixed !== undefined && r.lastAffected !== undefined).toBe(false);
    }
  });
});

describe("infrastructure advisories: ranges as read from their sources", () => {
  it("CVE-2025-49844 (RediShell): every Redis line has its own fix, 7.0 is fixed only by moving to 7.2", () => {
    const ranges = [
      { fixed: "6.2.20" },
      { introduced: "7.0.0", fixed: "7.2.11" },
      { introduced: "7.3.0", fixed: "7.4.6" },
      { introduced: "8.0.0", fixed: "8.0.4" },
      { introduced: "8.1.0", fixed: "8.2.2" },
    ];
    expect(target("CVE-2025-49844", (t) => t.product === "redis").ranges).toEqual(ranges);
    expect(target("CVE-2025-49844", (t) => t.product === "bitnami-redis").ranges).toEqual(ranges);
    expect(target("CVE-2025-49844", (t) => t.product === "valkey").ranges).toEqual([
      { fixed: "7.2.11" },
      { introduced: "8.0.0", fixed: "8.0.6" },
      { introduced: "8.1.0", fixed: "8.1.4" },
    ]);
    expect(advisory("CVE-2025-49844").severity).toEqual({ cvss: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H" });
  });

  it("Redis Stack builds are matched by build number on their own line", () => {
    const stack72 = target("CVE-2024-31449", (t) => t.image?.names.includes("redis/redis-stack") === true && tagVersion(t, "7.2.0-v9") !== undefined);
    expect(tagVersion(stack72, "7.2.0-v13")).toBe("13");
    expect(tagVersion(stack72, "7.4.0-v1")).toBeUndefined();
    expect(stack72.ranges).toEqual([{ fixed: "13" }]);
    expect(stack72.image!.names).toEqual(["redis/redis-stack", "redis/redis-stack-server"]);
  });

  it("REDIS-2026-07 lists the July 2026 releases of every line and no 8.0 release", () => {
    expect(target("REDIS-2026-07", (t) => t.product === "redis").ranges).toEqual([
      { fixed: "6.2.23" },
      { introduced: "7.0.0", fixed: "7.2.15" },
      { introduced: "7.4.0", fixed: "7.4.10" },
      { introduced: "8.0.0", fixed: "8.2.8" },
      { introduced: "8.4.0", fixed: "8.4.5" },
      { introduced: "8.6.0", fixed: "8.6.5" },
      { introduced: "8.8.0", fixed: "8.8.1" },
    ]);
    expect(advisory("REDIS-2026-07").severity).toEqual({});
  });

  it("CVE-2024-0132: toolkit packages, Go module and image fixed in 1.16.2, GPU Operator in 24.6.2", () => {
    const a = advisory("CVE-2024-0132");
    const apt = a.affects.filter((t) => t.package?.ecosystem === "apt").map((t) => t.package!.name);
    expect(apt).toEqual(["nvidia-container-toolkit", "nvidia-container-toolkit-base", "libnvidia-container-tools", "libnvidia-container1"]);
    expect(target("CVE-2024-0132", (t) => t.package?.name === "github.com/NVIDIA/nvidia-container-toolkit").ranges).toEqual([{ fixed: "1.16.2" }]);
    expect(target("CVE-2024-0132", (t) => t.image?.names[0] === "nvcr.io/nvidia/k8s/container-toolkit").ranges).toEqual([{ fixed: "1.16.2" }]);
    const operator = target("CVE-2024-0132", (t) => t.image?.names[0] === "nvcr.io/nvidia/gpu-operator");
    expect(operator.ranges).toEqual([{ fixed: "24.6.2" }]);
    expect(tagVersion(operator, "v24.6.1")).toBe("24.6.1");
  });

  it("CVE-2025-23266 also names the device plugin and MIG manager images", () => {
    expect(target("CVE-2025-23266", (t) => t.image?.names[0] === "nvcr.io/nvidia/k8s-device-plugin").ranges).toEqual([{ fixed: "0.17.3" }]);
    expect(target("CVE-2025-23266", (t) => t.image?.names[0] === "nvcr.io/nvidia/cloud-native/k8s-mig-manager").ranges).toEqual([{ fixed: "0.12.2" }]);
    expect(target("CVE-2025-23266", (t) => t.image?.names[0] === "nvcr.io/nvidia/gpu-operator").ranges).toEqual([{ fixed: "25.3.2" }]);
  });

  it("Triton ranges are container releases", () => {
    expect(target("CVE-2025-23319", (t) => t.product === "triton").ranges).toEqual([{ fixed: "25.07" }]);
    expect(target("CVE-2024-0087", (t) => t.product === "triton").ranges).toEqual([{ introduced: "22.09", fixed: "24.04" }]);
    expect(target("CVE-2026-47627", (t) => t.product === "triton").ranges).toEqual([{ fixed: "26.06" }]);
    expect(advisory("CVE-2025-23268").condition).toBe("only when the DALI backend is used");
  });

  it("MinIO ranges are release tags; Milvus ranges one per line", () => {
    expect(target("CVE-2026-40344", (t) => t.product === "minio").ranges).toEqual([
      { introduced: "RELEASE.2023-05-18T00-05-36Z", fixed: "RELEASE.2026-04-11T03-20-12Z" },
    ]);
    expect(target("CVE-2025-64513", (t) => t.product === "milvus").ranges).toEqual([
      { fixed: "2.4.24" },
      { introduced: "2.5.0", fixed: "2.5.21" },
      { introduced: "2.6.0", fixed: "2.6.5" },
    ]);
  });
});
