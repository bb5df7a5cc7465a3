// Advisories of ChromaDB (the server images and the PyPI package `chromadb`, which carries the server).
// The CVE records (HiddenLayer) say "version X or later" with no fix; GitHub's advisories give
// `last_affected 1.5.9`, the newest release as of 2026-09 (chroma-core/chroma#7691, 2026-09-07). The fix
// for CVE-2026-45829 (PR #7237) was merged in July 2026 but not released by then.
import type { Advisory } from "../types.js";

/** Only a Chroma server is reachable; the embedded client (`chromadb.PersistentClient`) opens no port. */
const SERVER_ONLY = "only a running Chroma server (the image, `chroma run`); an application that embeds chromadb as a library opens no port";

export const chromaAdvisories: Advisory[] = [
  {
    id: "CVE-2026-45829",
    aliases: ["GHSA-f4j7-r4q5-qw2c", "PYSEC-2026-311"],
    summary: 'Unauthenticated code execution ("ChromaToast"): creating a collection with a malicious model repository and trust_remote_code runs the attacker\'s code on the server',
    published: "2026-05-18",
    severity: { cvss: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H" },
    affects: [{ product: "chromadb", ranges: [{ introduced: "1.0.0", lastAffected: "1.5.9" }] }],
    condition: SERVER_ONLY,
    source: "https://www.cve.org/CVERecord?id=CVE-2026-45829",
  },
  {
    id: "CVE-2026-45833",
    aliases: ["GHSA-36p7-vc44-83pf", "PYSEC-2026-3814"],
    summary: "A user allowed to update a collection runs code on the server through a malicious model repository and trust_remote_code",
    published: "2026-06-12",
    severity: { cvss: "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H" },
    affects: [{ product: "chromadb", ranges: [{ introduced: "0.4.17", lastAffected: "1.5.9" }] }],
    condition: SERVER_ONLY,
    source: "https://www.cve.org/CVERecord?id=CVE-2026-45833",
  },
  {
    id: "CVE-2026-45830",
    aliases: ["GHSA-2wm9-hf6c-p5cr", "PYSEC-2026-3813"],
    summary: "Any authenticated user reads, changes and deletes the collections of every tenant (no authorization check on the tenant)",
    published: "2026-06-12",
    severity: { cvss: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N" },
    affects: [{ product: "chromadb", ranges: [{ introduced: "0.4.17", lastAffected: "1.5.9" }] }],
    condition: SERVER_ONLY,
    source: "https://www.cve.org/CVERecord?id=CVE-2026-45830",
  },
  {
    id: "CVE-2026-45831",
    aliases: ["GHSA-xph7-9rjv-w5fr", "PYSEC-2026-3815"],
    summary: "SimpleRBACAuthorizationProvider checks a user's permission but not which tenant, database or collection it is for: cross-tenant access",
    published: "2026-06-12",
    severity: { cvss: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N" },
    affects: [{ product: "chromadb", ranges: [{ introduced: "0.5.0", lastAffected: "1.5.9" }] }],
    condition: "only servers that use the SimpleRBACAuthorizationProvider",
    source: "https://www.cve.org/CVERecord?id=CVE-2026-45831",
  },
  {
    id: "CVE-2026-8828",
    aliases: [],
    summary: "The Rust server (1.x) lets any authenticated user read, change and delete the collections of every tenant",
    published: "2026-06-12",
    severity: { cvss: "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:N/SC:H/SI:H/SA:N" },
    // The record names no fixed version; 1.5.9 is the newest release the sources show.
    affects: [{ product: "chromadb", ranges: [{ introduced: "1.0.0", lastAffected: "1.5.9" }] }],
    condition: SERVER_ONLY,
    source: "https://www.cve.org/CVERecord?id=CVE-2026-8828",
  },
];
