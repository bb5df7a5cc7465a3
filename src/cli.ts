// The CLI: `ai-infra-audit scan [dir]`. Exit codes: 0 nothing at or above --fail-on, 1 findings at
// or above it, 2 usage, config or internal error (with a one-line reason on stderr). Its output lands in
// CI logs, so every report format and every error message is written unable to start a workflow command.
import { closeSync, existsSync, openSync, statSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, isSeverity, loadConfig, parseSize } from "./config/index.js";
import { failsGate } from "./findings/index.js";
import type { Severity } from "./findings/types.js";
import { logText } from "./report/common.js";
import { render, FORMATS, type Format } from "./report/index.js";
import { rules } from "./rules/index.js";
import type { OsvOptions } from "./match/osv-source.js";
import { VERSION } from "./version.js";

const USAGE = `Usage: ai-infra-audit scan [dir] [options]
       ai-infra-audit rules

Scans Dockerfiles, compose files, Kubernetes manifests and lockfiles for exposed AI
services, missing authentication, container weaknesses, vulnerable and end-of-life
components and supply-chain risks.

Options:
  --format <f>         terminal (default), json, sarif, markdown, cyclonedx (a CycloneDX 1.6 AI-BOM)
  --output <file>      write the report to a file instead of stdout
  --fail-on <sev>      critical, high (default), medium, low, info, none
  --config <file>      config file (default: <dir>/.ai-infra-audit.yml)
  --max-file-size <n>  skip larger files, e.g. 5MiB (default)
  --offline            match components against the embedded advisories only (default)
  --online             also ask OSV (api.osv.dev) about every pinned package and product
  --osv-db <path>      also match against a local OSV export (a directory or an all.zip)
  --no-color           no ANSI colours in terminal output
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or error.`;

class UsageError extends Error {}

export async function main(argv: string[], out: (text: string) => void = (t) => process.stdout.write(t), err: (text: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  try {
    return await run(argv, out);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      err(`ai-infra-audit: ${logText(error.message)}\n`);
      return 2;
    }
    err(`ai-infra-audit: internal error: ${logText((error as Error).message)}\n`);
    return 2;
  }
}

async function run(argv: string[], out: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        "max-file-size": { type: "string" },
        "no-color": { type: "boolean" },
        offline: { type: "boolean" },
        online: { type: "boolean" },
        "osv-db": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE + "\n");
    return 0;
  }
  if (values.version) {
    out(VERSION + "\n");
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === "rules") {
    out(rules.map((r) => `${r.meta.id}  ${r.meta.name.padEnd(26)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.title}`).join("\n") + "\n");
    return 0;
  }
  if (command !== "scan") throw new UsageError(command ? `unknown command "${command}" (see --help)` : "missing command: try `ai-infra-audit scan .`");
  if (rest.length > 1) throw new UsageError("scan takes one directory");
  const format = (values.format ?? "terminal") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const failOnArg = values["fail-on"];
  if (failOnArg !== undefined && failOnArg !== "none" && !isSeverity(failOnArg)) throw new UsageError("--fail-on must be one of critical, high, medium, low, info, none");
  const root = resolve(rest[0] ?? ".");
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`cannot scan ${rest[0] ?? "."}: not a directory`);
  const config = await loadConfig(root, values.config);
  const failOn: Severity | "none" = (failOnArg as Severity | "none" | undefined) ?? config.failOn ?? "high";
  const maxFileBytes = values["max-file-size"] !== undefined ? parseSize(values["max-file-size"], "--max-file-size") : undefined;
  // The engine is loaded only for a scan: `--version`, `--help` and `rules` start without it.
  const { scan } = await import("./scan.js");
  const result = await scan({ root, config, maxFileBytes, osv: osvOptions(values) });
  const color = format === "terminal" && !values.output && !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = await render(result, format, { color });
  if (values.output) {
    const fd = openSync(values.output, "w");
    try {
      for (const chunk of batched(report)) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
  } else for (const chunk of batched(report)) out(chunk);
  return failsGate(result.findings, failOn) ? 1 : 0;
}

/** A report's pieces joined into writes of about 1 MiB: one write per inventory item costs more than making it. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      yield pending.join("");
      pending = [];
      size = 0;
    }
  }
  if (pending.length > 0) yield pending.join("");
}

/** The CLI is offline unless asked: a scan sends nothing anywhere by default. */
function osvOptions(values: { offline?: boolean; online?: boolean; "osv-db"?: string }): OsvOptions {
  const chosen = [values.offline && "--offline", values.online && "--online", values["osv-db"] !== undefined && "--osv-db"].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(" and ")} cannot be used together`);
  if (values.online) return { mode: "online" };
  if (values["osv-db"] !== undefined) {
    if (!existsSync(values["osv-db"])) throw new UsageError(`--osv-db ${values["osv-db"]}: no such file or directory`);
    return { mode: "export", path: resolve(values["osv-db"]) };
  }
  return { mode: "off" };
}

// Run when executed directly (the bundle, or tsx), not when imported by tests.
if (process.argv[1] && /cli\.(js|ts|mjs)$/.test(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
