import type { BuildStep } from "../model/types.js";
import type { Rule, RuleFinding } from "./types.js";

/** A download handed to an interpreter through command substitution: `sh -c "$(curl …)"`, `bash <(curl …)`. */
const SUBSTITUTED = /\b((ba|z|da|k)?sh|python([0-9.]*|\$\{?\w+\}?))\s+(-c\s+)?["']?\$\(\s*(curl|wget)\b|\b(ba|z|da|k)?sh\s+<\(\s*(curl|wget)\b/i;
const SHELL = /^(ba|z|da|k)?sh$/;
const PYTHON = /^python([0-9.]*|\$\{?\w+\}?)$/;

/** Pipelines of a shell text, each a list of commands; quotes are respected, separators end a pipeline. */
function pipelines(text: string): string[][] {
  const result: string[][] = [];
  let pipeline: string[] = [];
  let command = "";
  let quote = "";
  const endCommand = () => {
    pipeline.push(command.trim());
    command = "";
  };
  const endPipeline = () => {
    endCommand();
    result.push(pipeline);
    pipeline = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = "";
      command += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      command += ch;
    } else if (ch === "\n" || ch === ";" || (ch === "&" && text[i + 1] === "&") || (ch === "|" && text[i + 1] === "|")) {
      if (ch !== "\n" && ch !== ";") i++;
      endPipeline();
    } else if (ch === "|") {
      endCommand();
    } else if (ch === "&") {
      endPipeline();
    } else command += ch;
  }
  endPipeline();
  return result;
}

/** The program a command runs, past `VAR=x`, `sudo [-E] [-u user]` and `env`: `bash`, `python3`. */
function program(command: string): { name: string; args: string[] } {
  const words = command.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_]\w*=/.test(w) || w === "env") i++;
    else if (w === "sudo") {
      i++;
      while (words[i]?.startsWith("-")) i += /^-[ugCDhprt]$/.test(words[i]) ? 2 : 1;
    } else break;
  }
  return { name: (words[i] ?? "").replace(/^.*\//, ""), args: words.slice(i + 1) };
}

/** The download-to-interpreter pipeline in a RUN text, if any: `curl … | sh`, `wget -O- | sudo bash -`, `curl … | python3 -`. */
function pipedToInterpreter(text: string): string | undefined {
  const substituted = SUBSTITUTED.exec(text);
  if (substituted) return text.slice(substituted.index).split("\n")[0];
  for (const commands of pipelines(text)) {
    const download = commands.findIndex((c) => /^(curl|wget)$/.test(program(c).name));
    if (download < 0) continue;
    const runner = commands.slice(download + 1).find((c) => {
      const { name, args } = program(c);
      if (!SHELL.test(name) && !PYTHON.test(name)) return false;
      // `python3 -c '…json.load(sys.stdin)…'`, `python3 -m json.tool`, `bash -e -c '…'` read the download as data.
      const firstOperand = args.findIndex((a) => !a.startsWith("-") || a === "-");
      const options = firstOperand < 0 ? args : args.slice(0, firstOperand);
      return !options.some((o) => o === "-m" || /^-[a-z]*c$/.test(o));
    });
    if (runner) return `${commands[download]} | ${runner}`;
  }
  return undefined;
}

/**
 * A URL as it may be shown: scheme, host and path only. User info, query strings and fragments can
 * carry tokens (`https://user:pass@…`, `?token=…`), and the command line around it headers.
 */
function publicUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/\s]*@)?([^/?#\s"']*)([^?#\s"']*)/i.exec(url);
  return m ? `${m[1]}${m[2]}${m[3]}` : "a URL";
}

/** ` from <url>`, when the command names one; nothing else of the command is quoted. */
function whereFrom(command: string): string {
  const url = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s"'|;)]+/i.exec(command)?.[0];
  return url ? ` from ${publicUrl(url)}` : "";
}

function downloadFinding(step: BuildStep, workloadId: string, title: string, message: string, fix: string, severity: RuleFinding["severity"]): RuleFinding {
  return {
    category: "insecure-download",
    severity,
    title,
    message,
    fix,
    file: step.pos.file,
    line: step.pos.line,
    endLine: step.pos.endLine,
    // Named by the public part of the URL: the command itself may hold tokens.
    logicalPath: `${workloadId}/build/${step.instruction}${whereFrom(step.text) || `:${step.pos.line}`}`,
  };
}

const rule: Rule = {
  meta: {
    id: "AIA302",
    name: "insecure-download",
    title: "Remote code run or added at build time without verification",
    category: "insecure-download",
    defaultSeverity: "medium",
    rationale: "`curl … | sh` and `ADD https://…` without a checksum run or ship whatever the server returns that day, unreviewed.",
  },
  check({ model }) {
    return model.workloads.flatMap((w) =>
      w.buildSteps.flatMap((step): RuleFinding[] => {
        if (step.instruction === "RUN") {
          const piped = pipedToInterpreter(step.text);
          if (!piped) return [];
          return [
            downloadFinding(
              step,
              w.id,
              "Downloaded script piped into an interpreter",
              `RUN pipes a download${whereFrom(piped)} into an interpreter: the build runs whatever that URL serves, with no checksum or signature check.`,
              "Download to a file, verify its checksum or signature (sha256sum -c), then run it; better, install a pinned package or copy a pinned release artifact.",
              "medium",
            ),
          ];
        }
        if (step.instruction === "ADD") {
          const url = step.args.slice(0, -1).find((a) => /^https?:\/\//i.test(a.value));
          if (!url || step.flags.some((f) => /^--checksum=/i.test(f))) return [];
          return [
            downloadFinding(
              step,
              w.id,
              "ADD of a remote URL without --checksum",
              `ADD fetches ${publicUrl(url.value)} without --checksum: the image contains whatever the server returns at build time.`,
              "Add `--checksum=sha256:<digest>` to the ADD instruction, or download and verify it in a RUN step.",
              "low",
            ),
          ];
        }
        return [];
      }),
    );
  },
};
export default rule;
