import type { BuildStep } from "../model/types.js";
import type { Report, Rule } from "./types.js";

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

/** Words of a command with their quotes removed. */
function words(command: string): string[] {
  return command.split(/\s+/).filter(Boolean).map((w) => w.replace(/^(['"])(.*)\1$/, "$2"));
}

/** The file a `curl`/`wget` command writes (`-o F`, `-O F`, `--output F`, or `curl -O url` / `wget url` to the URL's base name). */
function downloadTarget(name: string, args: string[]): { file: string; url?: string } | undefined {
  const url = args.find((a) => /^[a-z][a-z0-9+.-]*:\/\//i.test(a));
  const base = url ? url.replace(/[?#].*$/, "").replace(/(?<!\/)\/+$/, "").split("/").pop() : undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // A flag group ending in the output flag takes the next word: `-fsSLo file`, `-qO file`.
    const output = name === "curl" ? /^(-[a-zA-Z]*o|--output)$/.test(a) : /^(-[a-zA-Z]*O|--output-document)$/.test(a);
    if (output) return args[i + 1] && args[i + 1] !== "-" ? { file: args[i + 1], url } : undefined;
    const joined = name === "curl" ? /^(?:-o|--output=)(.+)$/.exec(a) : /^(?:-O|--output-document=)(.+)$/.exec(a);
    if (joined && !a.startsWith("--output-dir")) return joined[1] === "-" ? undefined : { file: joined[1], url };
  }
  // `curl -O url` / `curl --remote-name url`; wget writes to the URL's base name by default.
  const remoteName = name === "curl" ? args.some((a) => a === "--remote-name" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a)) : !args.some((a) => /^-[a-zA-Z]*O/.test(a) || a.startsWith("--output-document"));
  return remoteName && base ? { file: base, url } : undefined;
}

/** Programs that check a file against a checksum or a signature. */
const CHECK_TOOL = /\b(sha(1|224|256|384|512)sum|shasum|md5sum|b2sum|gpgv?|cosign|minisign)\b/;

const sameFile = (a: string, b: string) => a === b || a.split("/").pop() === b.split("/").pop();

/**
 * A download written to a file and run later, in the same RUN or a later one, with no checksum or
 * signature check naming it in between: `wget -O x.sh … && bash x.sh`, `curl -fsSLO …/install.run; sh install.run`.
 */
function downloadedThenRun(steps: BuildStep[]): { step: BuildStep; file: string; url?: string }[] {
  const pending: { file: string; url?: string }[] = [];
  const found: { step: BuildStep; file: string; url?: string }[] = [];
  for (const step of steps) {
    if (step.instruction !== "RUN") continue;
    for (const pipeline of pipelines(step.text)) {
      for (const command of pipeline) {
        const { name, args: raw } = program(command);
        const args = words(raw.join(" "));
        if (name === "curl" || name === "wget") {
          const target = downloadTarget(name, args);
          if (target) pending.push(target);
          continue;
        }
        // A checksum or signature check that names the file (or reads a checksum list) verifies it, also
        // inside a command substitution: `actual=$(sha256sum go.tgz | awk …)`.
        if (CHECK_TOOL.test(command)) {
          const list = /\s(-c|--check)\b/.test(command);
          for (let i = pending.length - 1; i >= 0; i--) if (list || command.includes(pending[i].file.split("/").pop() as string)) pending.splice(i, 1);
          continue;
        }
        // Run directly by its path (`./install.run`, `/tmp/x.sh`), or handed to a shell or Python.
        // The program as written: a downloaded file runs by its path, never by a bare name from PATH.
        const written = words(command).find((w) => w.slice(w.lastIndexOf("/") + 1) === name) ?? "";
        const runs = (file: string) => {
          if (written.includes("/") && name === file.split("/").pop()) return true;
          if (!SHELL.test(name) && !PYTHON.test(name)) return false;
          const operand = args.find((a) => !a.startsWith("-"));
          return operand !== undefined && sameFile(operand, file);
        };
        const ran = pending.find((p) => runs(p.file));
        if (ran) {
          found.push({ step, ...ran });
          pending.splice(pending.indexOf(ran), 1);
        }
      }
    }
  }
  return found;
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

function downloadReport(step: BuildStep, workloadId: string, title: string, message: string, fix: string, severity: Report["severity"]): Report {
  return {
    at: { file: step.pos.file, line: step.pos.line, endLine: step.pos.endLine },
    severity,
    title,
    message,
    fix,
    // Named by the public part of the URL: the command itself may hold tokens.
    subject: `${workloadId}/build/${step.instruction}${whereFrom(step.text) || `:${step.pos.line}`}`,
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
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const { step, file, url } of downloadedThenRun(w.buildSteps)) {
        const name = file.split("/").pop() as string;
        report({
          at: { file: step.pos.file, line: step.pos.line, endLine: step.pos.endLine },
          severity: "medium",
          title: "Downloaded script run without verification",
          message: `RUN runs ${name}, downloaded${url ? ` from ${publicUrl(url)}` : ""} with no checksum or signature check in between: the build runs whatever that URL served.`,
          fix: 'Verify the file before running it (`echo "<sha256>  <file>" | sha256sum -c -`, or the vendor\'s signature), or install a pinned package instead.',
          subject: `${w.id}/build/run-downloaded:${name}`,
        });
      }
      for (const step of w.buildSteps) {
        if (step.instruction === "RUN") {
          const piped = pipedToInterpreter(step.text);
          if (!piped) continue;
          report(
            downloadReport(
              step,
              w.id,
              "Downloaded script piped into an interpreter",
              `RUN pipes a download${whereFrom(piped)} into an interpreter: the build runs whatever that URL serves, with no checksum or signature check.`,
              "Download to a file, verify its checksum or signature (sha256sum -c), then run it; better, install a pinned package or copy a pinned release artifact.",
              "medium",
            ),
          );
          continue;
        }
        if (step.instruction === "ADD") {
          const url = step.args.slice(0, -1).find((a) => /^https?:\/\//i.test(a.value));
          if (!url || step.flags.some((f) => /^--checksum=/i.test(f))) continue;
          report(
            downloadReport(
              step,
              w.id,
              "ADD of a remote URL without --checksum",
              `ADD fetches ${publicUrl(url.value)} without --checksum: the image contains whatever the server returns at build time.`,
              "Add `--checksum=sha256:<digest>` to the ADD instruction, or download and verify it in a RUN step.",
              "low",
            ),
          );
        }
      }
    }
  },
};
export default rule;
