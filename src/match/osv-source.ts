// OSV as a second source of advisories: its API (batched) or a local export. For each component with an
// exact version, the package OSV tracks it by: the package itself, or the first of its product's packages
// in an ecosystem OSV has (an Ollama image → Go `github.com/ollama/ollama`; a Redis image → Bitnami `redis`).
import type { PackageKey } from "../catalog/types.js";
import { inRange } from "../versions/index.js";
import { schemeOf } from "./identify.js";
import type { OsvRecord } from "./osv.js";
import type { AdvisoryHit, ComponentIdentity } from "./types.js";
import { VERSION } from "../version.js";

export interface OsvOptions {
  mode: "off" | "online" | "export";
  /** `export`: a directory of OSV records or an ecosystem's `all.zip`. */
  path?: string;
  /** `online`: the API's base URL (tests point it at 127.0.0.1). */
  baseUrl?: string;
  timeoutMs?: number;
}

const OSV_ECOSYSTEMS = new Set<PackageKey["ecosystem"]>(["PyPI", "npm", "Go", "crates.io", "Bitnami"]);

/** The package OSV knows the component by, and the version to ask about. */
function osvQuery(identity: ComponentIdentity | undefined): { key: PackageKey; version: string } | undefined {
  if (identity?.version === undefined) return undefined;
  const key = identity.package && OSV_ECOSYSTEMS.has(identity.package.ecosystem) ? identity.package : identity.product?.packages?.find((k) => OSV_ECOSYSTEMS.has(k.ecosystem));
  if (!key) return undefined;
  // OSV writes Go versions without the `v` Go modules put in front.
  return { key, version: key.ecosystem === "Go" ? identity.version.replace(/^v/, "") : identity.version };
}

export async function osvAdvisories(identities: (ComponentIdentity | undefined)[], options: OsvOptions): Promise<{ byComponent: AdvisoryHit[][]; errors: string[]; requests: number }> {
  const byComponent: AdvisoryHit[][] = identities.map(() => []);
  if (options.mode === "off") return { byComponent, errors: [], requests: 0 };
  const queries = identities.map(osvQuery);
  // One question per distinct package and version.
  const distinct = new Map<string, { key: PackageKey; version: string; at: number[] }>();
  queries.forEach((q, i) => {
    if (!q) return;
    const id = `${q.key.ecosystem}\0${q.key.name}\0${q.version}`;
    const entry = distinct.get(id) ?? { ...q, at: [] };
    entry.at.push(i);
    distinct.set(id, entry);
  });
  const asked = [...distinct.values()];
  // OSV's client and export reader are loaded only when OSV is asked.
  const { osvToAdvisory } = await import("./osv.js");
  let records: OsvRecord[][];
  let errors: string[];
  let requests = 0;
  if (options.mode === "online") {
    const { queryOsv } = await import("./osv-client.js");
    const lookup = await queryOsv(
      asked.map((q) => ({ ecosystem: q.key.ecosystem, name: q.key.name, version: q.version })),
      { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, userAgent: `ai-infra-audit/${VERSION}` },
    );
    records = lookup.records;
    errors = lookup.errors;
    requests = lookup.requests;
  } else {
    const { openOsvExport } = await import("./osv-export.js");
    const db = openOsvExport(options.path ?? "");
    try {
      records = asked.map((q) => db.lookup(q.key.ecosystem, q.key.name));
      errors = [...db.errors];
    } finally {
      db.close();
    }
  }
  asked.forEach((q, n) => {
    for (const record of records[n] ?? []) {
      const advisory = osvToAdvisory(record, q.key);
      if (!advisory) continue;
      for (const i of q.at) {
        const identity = identities[i] as ComponentIdentity;
        const target = advisory.affects[0];
        const scheme = schemeOf(target, identity);
        const range = target?.ranges.find((r) => inRange(scheme, identity.version as string, r) === true);
        // The API answers only for affected versions; an export lists every record of the package.
        if (!range && options.mode === "export") continue;
        // Graded with the rest by the matching stage.
        byComponent[i].push({ advisory, severity: "unknown", counted: "high", fixed: range?.fixed, lastAffected: range?.lastAffected, from: "osv" });
      }
    }
  });
  return { byComponent, errors, requests };
}
