import { knobLabel } from "../analyze/match.js";
import { lineRef } from "../analyze/exposure.js";
import { credentialRole, judgeCredential, reportedHere, secretCredentials, vendorDefaults } from "../analyze/credentials.js";
import { SEVERITY_RANK, type Severity } from "../findings/types.js";
import type { Rule } from "./types.js";

/** A known login on a reachable service is an open door; a client password or an internal service's is less. */
function severityFor(role: "own" | "client" | "unknown", reachable: boolean, vendorDefault: boolean): Severity {
  if (reachable && role === "own") return "high";
  if (vendorDefault) return "medium";
  return reachable && role === "unknown" ? "medium" : "low";
}

function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

const rule: Rule = {
  meta: {
    id: "AIA401",
    name: "default-credentials",
    title: "Default or well-known credential",
    category: "default-credentials",
    defaultSeverity: "medium",
    rationale: "minioadmin, admin/admin, sk-1234 and `password` are the first values an attacker tries; a login that uses them is no login.",
  },
  check({ model, catalog, analysis, report }) {
    for (const w of model.workloads) {
      const reachable = w.exposures.some((e) => e.reach === "network");
      const { product, credentials, valueContext } = analysis.facts(w);
      // `line:name`: a vendor default is not reported again as a well-known value.
      const vendor = new Set<string>();
      for (const hit of vendorDefaults(w, product)) {
        const name = knobLabel(hit.knob);
        if (!reportedHere(hit)) continue;
        vendor.add(`${hit.pos.file}:${hit.pos.line}:${name}`);
        report({
          at: { file: hit.pos.file, line: hit.pos.line, column: hit.pos.column },
          severity: severityFor("own", reachable, true),
          title: `${product?.name} default credential in ${name}`,
          message: `${name} of ${w.name} is set to ${product?.name}'s documented default value${reachable ? ", on a service reachable from the network" : ""}.`,
          fix: `Generate a strong value and pass it as a secret (\${${name}} from an env file that is not committed, a Docker/Kubernetes secret).`,
          component: product ? { name: product.id, version: w.product?.version } : undefined,
          subject: `${w.id}/credential/${name}`,
        });
      }
      for (const setting of credentials) {
        if (vendor.has(`${setting.pos.file}:${setting.pos.line}:${setting.name}`)) continue;
        const role = credentialRole(setting, product, catalog, w);
        const verdict = judgeCredential(setting.value, setting.name, valueContext, role);
        if (verdict.kind !== "weak") continue;
        const { reason } = verdict;
        const what = setting.inUrl ? `The password in the URL of ${setting.name}` : setting.name;
        // A value from the project's .env: the finding stands on the .env line and names the compose line that reads it.
        const fromEnv = setting.usedAt ? ` (through the \${…} at ${lineRef(setting.usedAt, setting.pos.file)})` : "";
        const fallback = setting.usedAt ? "is set by the committed .env file to" : setting.source === "variable-default" ? "falls back to" : "is set to";
        const guards = role === "own" && reachable ? `, and it is the login of ${product?.name}, reachable from the network` : role === "client" ? " (a password it uses to reach another service)" : "";
        report({
          at: { file: setting.pos.file, line: setting.pos.line, column: setting.pos.column },
          // A weak value is no less a committed credential than a generated one: where AIA402 would grade a
          // secret medium (a manifest or image that deploys as written), so is it here.
          severity: maxSeverity(severityFor(role, reachable, false), w.platform.deploysAsWritten && !setting.inUrl && setting.source === "literal" ? "medium" : "low"),
          title: `Weak value in ${setting.name}`,
          message: `${what} of ${w.name}${fromEnv} ${fallback} ${reason}${guards}.`,
          fix: setting.usedAt
            ? "Take the value out of the committed .env (commit a .env.example without values and keep .env untracked), make the variable required in the compose file (${VAR:?set it}), and use a generated secret."
            : `Use a generated secret and pass ${setting.name} from an uncommitted env file or a secret store${setting.source === "variable-default" ? "; make the variable required (${VAR:?set it}) instead of giving it a default" : ""}.`,
          subject: `${w.id}/credential/${setting.subject}`,
        });
      }
    }
    for (const setting of secretCredentials(model)) {
      const verdict = judgeCredential(setting.value, setting.name, setting.context, "unknown");
      if (verdict.kind !== "weak") continue;
      const { reason } = verdict;
      report({
        at: { file: setting.pos.file, line: setting.pos.line, column: setting.pos.column },
        severity: "low",
        title: `Weak value in ${setting.name} of ${setting.secret}`,
        message: `${setting.name} in ${setting.secret} is ${reason}; every workload that reads it runs with that value.`,
        fix: "Generate the value at deploy time and keep it out of the repository (Sealed Secrets, External Secrets, SOPS).",
        subject: `${setting.secret}/${setting.name}`,
      });
    }
  },
};
export default rule;
