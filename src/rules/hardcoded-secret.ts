import { PROVIDER_KEY_FORMATS } from "../catalog/credentials.js";
import { credentialRole, isPlaceholder, judgeCredential, reportedHere, secretCredentials } from "../analyze/credentials.js";
import type { Rule } from "./types.js";

function looksRandom(text: string, upperOnly = false): boolean {
  return /[0-9]/.test(text) && /[A-Z]/.test(text) && (upperOnly || /[a-z]/.test(text)) && !isPlaceholder(text);
}

const rule: Rule = {
  meta: {
    id: "AIA402",
    name: "hardcoded-secret",
    title: "Secret written into a committed file",
    category: "hardcoded-secret",
    defaultSeverity: "high",
    rationale: "A key in a repository is a key in every clone, fork and CI log; provider keys are scraped from public repositories within minutes.",
  },
  check({ model, catalog, analysis, report }) {
    for (const w of model.workloads) {
      const { product, credentials, valueContext } = analysis.facts(w);
      // A key-shaped value that is the product's own login (vLLM's --api-key) is a password of this
      // server, not a provider's key: it is reported below as a literal credential.
      const ownSecrets = credentials.filter((s) => credentialRole(s, product, catalog, w) === "own").map((s) => s.value);
      const values = [
        ...w.env.filter((e) => e.value && reportedHere(e) && (e.source === "literal" || e.source === "variable-default")).map((e) => ({ name: e.name, value: e.value as string, pos: e.pos, subject: e.variable ?? e.name })),
        ...w.argv.filter(reportedHere).map((a) => ({ name: "command line", value: a.value, pos: a.pos, subject: a.variable ?? "command line" })),
      ];
      // A key is one finding, even when its flag and its value stand on two lines or it appears twice.
      const reportedKeys: string[] = [];
      for (const { name, value, pos, subject } of values) {
        let key = "";
        const format = PROVIDER_KEY_FORMATS.find((f) => {
          const m = f.pattern.exec(value);
          key = m?.[0] ?? "";
          return m !== null && looksRandom(key, f.upperOnly);
        });
        if (!format || reportedKeys.includes(key) || ownSecrets.some((v) => v.includes(key))) continue;
        reportedKeys.push(key);
        report({
          at: { file: pos.file, line: pos.line, column: pos.column },
          title: `${format.name} in ${name}`,
          message: `${name} of ${w.name} holds what looks like a live ${format.name} (value not shown).`,
          fix: "Revoke the key now (it is in the history), then pass it at deploy time from a secret store or an uncommitted env file.",
          // A value of the project's .env is one finding, whatever each service calls it.
          subject: `${w.id}/secret/${subject}`,
        });
      }
      const deployed = w.platform.deploysAsWritten || w.exposures.some((e) => e.reach === "network");
      for (const setting of credentials) {
        if (reportedKeys.some((k) => setting.value.includes(k))) continue;
        // Weak and known values are AIA401's; placeholders and dummies are no credential.
        if (judgeCredential(setting.value, setting.name, valueContext, credentialRole(setting, product, catalog, w)).kind !== "secret") continue;
        const where = setting.inUrl
          ? " as the password of a connection URL"
          : setting.source === "variable-default"
            ? " as the fallback of a ${VAR:-…}: it is what runs whenever the variable is not set"
            : w.platform.definesImage
              ? " baked into the image (its ENV and CMD are visible to anyone who pulls it)"
              : "";
        report({
          at: { file: setting.pos.file, line: setting.pos.line, column: setting.pos.column },
          // A password inside a connection URL is a client's copy of another service's credential.
          severity: deployed && !setting.inUrl ? "medium" : "low",
          title: `Literal credential in ${setting.name}`,
          message: `${setting.name} of ${w.name} is written into the file${where} (value not shown).`,
          fix: w.platform.fix.secret,
          subject: `${w.id}/secret/${setting.subject}`,
        });
      }
    }
    for (const setting of secretCredentials(model)) {
      if (judgeCredential(setting.value, setting.name, setting.context, "unknown").kind !== "secret") continue;
      report({
        at: { file: setting.pos.file, line: setting.pos.line, column: setting.pos.column },
        severity: "medium",
        title: `Literal credential in ${setting.secret}`,
        message: `${setting.name} of ${setting.secret} is committed in the manifest (value not shown); base64 in \`data:\` is an encoding, not encryption.`,
        fix: "Keep the value out of the repository (Sealed Secrets, External Secrets, SOPS) and rotate it.",
        subject: `${setting.secret}/${setting.name}`,
      });
    }
  },
};
export default rule;
