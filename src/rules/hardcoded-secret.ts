import type { Rule, RuleFinding } from "./types.js";
import { productById } from "../catalog/match.js";
import { credentialRole, credentialSettings, isPlaceholder, isWellKnownValue, secretCredentials } from "./credentials.js";

/** Provider key formats; the key must look random (mixed case and digits unless the format is upper-case only). */
const KEY_FORMATS: { name: string; pattern: RegExp; upperOnly?: boolean }[] = [
  { name: "Anthropic API key", pattern: /\bsk-ant-(?:api\d\d-)?[A-Za-z0-9_-]{32,}/ },
  { name: "OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/ },
  { name: "Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, upperOnly: true },
  { name: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Groq API key", pattern: /\bgsk_[A-Za-z0-9]{40,}/ },
  { name: "Slack token", pattern: /\bxox[baprs]-[A-Za-z0-9-]{20,}/ },
];

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
  check({ model, catalog }) {
    const findings: RuleFinding[] = [];
    for (const w of model.workloads) {
      // A key-shaped value that is the product's own login (vLLM's --api-key) is a password of this
      // server, not a provider's key: it is reported below as a literal credential.
      const product = productById(catalog, w.product?.productId);
      const ownSecrets = credentialSettings(w).filter((s) => credentialRole(s, product, catalog) === "own").map((s) => s.value);
      const values = [
        ...w.env.filter((e) => e.value && e.pos.file === w.file && (e.source === "literal" || e.source === "variable-default")).map((e) => ({ name: e.name, value: e.value as string, pos: e.pos })),
        ...w.argv.filter((a) => a.pos.file === w.file).map((a) => ({ name: "command line", value: a.value, pos: a.pos })),
      ];
      // A key is one finding, even when its flag and its value stand on two lines or it appears twice.
      const reportedKeys: string[] = [];
      for (const { name, value, pos } of values) {
        let key = "";
        const format = KEY_FORMATS.find((f) => {
          const m = f.pattern.exec(value);
          key = m?.[0] ?? "";
          return m !== null && looksRandom(key, f.upperOnly);
        });
        if (!format || reportedKeys.includes(key) || ownSecrets.some((v) => v.includes(key))) continue;
        reportedKeys.push(key);
        findings.push({
          category: "hardcoded-secret",
          severity: "high",
          title: `${format.name} in ${name}`,
          message: `${name} of ${w.name} holds what looks like a live ${format.name} (value not shown).`,
          fix: "Revoke the key now (it is in the history), then pass it at deploy time from a secret store or an uncommitted env file.",
          file: pos.file,
          line: pos.line,
          column: pos.column,
          logicalPath: `${w.id}/secret/${name}`,
        });
      }
      const deployed = w.kind === "k8s-container" || w.kind === "dockerfile-stage" || w.exposures.some((e) => e.reach === "network");
      for (const setting of credentialSettings(w)) {
        if (reportedKeys.some((k) => setting.value.includes(k))) continue;
        if (isPlaceholder(setting.value) || isWellKnownValue(setting.value, w) || setting.value.length < 6) continue;
        const where = setting.inUrl
          ? " as the password of a connection URL"
          : setting.source === "variable-default"
            ? " as the fallback of a ${VAR:-…}: it is what runs whenever the variable is not set"
            : w.kind === "dockerfile-stage"
              ? " baked into the image (its ENV and CMD are visible to anyone who pulls it)"
              : "";
        findings.push({
          category: "hardcoded-secret",
          // A password inside a connection URL is a client's copy of another service's credential.
          severity: deployed && !setting.inUrl ? "medium" : "low",
          title: `Literal credential in ${setting.name}`,
          message: `${setting.name} of ${w.name} is written into the file${where} (value not shown).`,
          fix: w.kind === "k8s-container" ? "Move it into a Secret and reference it with valueFrom.secretKeyRef; rotate the value." : "Pass it at deploy time (${VAR} from an uncommitted .env, or a secret) and rotate the value.",
          file: setting.pos.file,
          line: setting.pos.line,
          column: setting.pos.column,
          logicalPath: `${w.id}/secret/${setting.name}`,
        });
      }
    }
    for (const setting of secretCredentials(model)) {
      if (isPlaceholder(setting.value) || isWellKnownValue(setting.value, setting.context) || setting.value.length < 6) continue;
      findings.push({
        category: "hardcoded-secret",
        severity: "medium",
        title: `Literal credential in ${setting.secret}`,
        message: `${setting.name} of ${setting.secret} is committed in the manifest (value not shown); base64 in \`data:\` is an encoding, not encryption.`,
        fix: "Keep the value out of the repository (Sealed Secrets, External Secrets, SOPS) and rotate it.",
        file: setting.pos.file,
        line: setting.pos.line,
        column: setting.pos.column,
        logicalPath: `${setting.secret}/${setting.name}`,
      });
    }
    return findings;
  },
};
export default rule;
