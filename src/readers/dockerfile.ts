// The Dockerfile reader: the final stage is the one workload (it is what runs), every FROM of an
// external image is an image component, and every named stage offers the image config it builds
// (for a compose service that builds it as its `target:`). What RUN and ADD install by version are
// package components (dockerfile-installs.ts).
import type { BuildStage, BuildStep, EnvVar, ImageComponent, ImageRef, Located, Platform, SourcePos, Workload } from "../model/types.js";
import type { DockerfileDoc, DockerInstruction, DockerStage } from "../parsers/dockerfile.js";
import { expandWord, parseDockerfile, positionInArgs, splitWords, unquote } from "../parsers/dockerfile.js";
import { imageName, parseImageRef } from "../model/image.js";
import { emptyPart } from "../model/part.js";
import type { ReadResult, SourceText } from "./types.js";
import { syntaxErrorNotice } from "./notices.js";
import { installedPackages } from "./dockerfile-installs.js";

export { dockerfileComments as comments } from "./comments.js";

const PLATFORM: Platform = {
  noun: "final stage",
  definesImage: true,
  hardeningSettings: false,
  deploysAsWritten: true,
  fix: {
    nonRoot: "Create an unprivileged user and end the final stage with `USER <uid>`.",
    secret: "Pass it at deploy time (${VAR} from an uncommitted .env, or a secret) and rotate the value.",
    noPrivilegeEscalation: "Set no-new-privileges where the container runs.",
  },
};

export function read(file: SourceText): ReadResult {
  // `# syntax=` naming another BuildKit frontend (Dalec, for one): the file is not a Dockerfile.
  // Parser directives are only read in the comment lines at the very top.
  const lines = file.text.split(/\r?\n/, 20);
  const directives = lines.slice(0, Math.max(0, lines.findIndex((l) => !/^\s*#/.test(l))));
  const syntax = directives.map((line) => /^\s*#\s*syntax\s*=\s*(\S+)/i.exec(line)).find(Boolean);
  if (syntax && !/dockerfile/i.test(syntax[1])) {
    return { part: emptyPart(), notices: [], notThisFormat: `written for the BuildKit frontend ${syntax[1]}, not the Dockerfile syntax; not scanned` };
  }
  const doc = parseDockerfile(file.text, file.path);
  const part = emptyPart();
  const model = dockerfileToModel(doc, file.path);
  part.workloads.push(...model.workloads);
  part.components.push(...model.components);
  const installs = installedPackages(doc, file.text);
  // Not pushed as arguments: a file may install more packages than a call takes arguments.
  part.components = part.components.concat(installs.packages);
  part.buildStages.push(...namedStages(doc, file.path));
  return { part, notices: [...syntaxErrorNotice(file.path, doc.errors, ""), ...installs.notices] };
}

/** The image config a stage ends up with, built by replaying its chain of stages. */
interface ImageConfig {
  user?: Located<string>;
  entrypoint: Located<string>[];
  cmd: Located<string>[];
  /** SHELL: what shell-form CMD and ENTRYPOINT run under. */
  shell: string[];
  env: Map<string, EnvVar>;
  ports: Located<number>[];
  passwordlessSudo?: Located<string>;
  /** BuildKit: ENTRYPOINT clears CMD unless CMD was set earlier in the same stage. */
  cmdSetInStage: boolean;
  /** The current stage's ARG defaults (an ARG's scope ends with its stage), for `USER $UID`. */
  args: Record<string, string | undefined>;
}

const SUDOERS_FILE = /\/etc\/sudoers\b/;
/** `user ALL=(ALL) NOPASSWD: ALL`, other tags such as `SETENV:` allowed around NOPASSWD. */
const NOPASSWD_ALL = /\bALL\s*=\s*(?:\([^)]*\)\s*)?(?:[A-Z_]+\s*:\s*)*NOPASSWD\s*:\s*(?:[A-Z_]+\s*:\s*)*ALL\b/;

export function dockerfileToModel(doc: DockerfileDoc, file: string): { workloads: Workload[]; components: ImageComponent[] } {
  const final = doc.stages.at(-1);
  if (!final) return { workloads: [], components: [] };
  const chain = stageChain(doc.stages, final);
  const workload = finalWorkload(doc, file, final, chain);
  return { workloads: [workload], components: imageComponents(doc, file, new Set(chain), workload.id) };
}

/**
 * The image config each named stage builds, its chain of stages replayed as for the final stage, for a
 * compose `build.target`. Real Dockerfiles name a handful of stages; past 64 the rest are not offered
 * (each would replay its whole chain), and a service that targets one is judged on the final stage.
 */
const MAX_NAMED_STAGES = 64;

export function namedStages(doc: DockerfileDoc, file: string): BuildStage[] {
  return doc.stages
    .filter((stage) => stage.name)
    .slice(0, MAX_NAMED_STAGES)
    .map((stage) => {
      const chain = stageChain(doc.stages, stage);
      const config = replayChain(chain, file, doc.escape, doc.args);
      const built: BuildStage = { file, name: stage.name as string, argv: [...config.entrypoint, ...config.cmd], entrypointCount: config.entrypoint.length, env: [...config.env.values()], containerPorts: config.ports };
      const image = externalImage(doc.stages, chain[0], file);
      if (image) built.image = image;
      return built;
    });
}

/** A stage and the earlier stages it is built `FROM`, base first. */
function stageChain(stages: DockerStage[], last: DockerStage): DockerStage[] {
  const chain = [last];
  for (let base = baseStage(stages, last); base; base = baseStage(stages, base)) chain.push(base);
  return chain.reverse();
}

/** The first stage of each name, once per file: a file of 50,000 stages must not search them per stage. */
const firstStages = new WeakMap<DockerStage[], Map<string | undefined, DockerStage>>();

/** The earlier stage a FROM names; stage names compare case-insensitively. */
function baseStage(stages: DockerStage[], stage: DockerStage): DockerStage | undefined {
  let first = firstStages.get(stages);
  if (!first) firstStages.set(stages, (first = new Map([...stages].reverse().map((s) => [s.name, s]))));
  const earlier = first.get(stage.from.raw.toLowerCase());
  return earlier && earlier.index < stage.index ? earlier : undefined;
}

/** The image a FROM pulls, or undefined for `scratch`, an earlier stage or a missing image. */
function externalImage(stages: DockerStage[], stage: DockerStage, file: string): ImageRef | undefined {
  const raw = stage.from.raw;
  if (!raw || raw.toLowerCase() === "scratch" || baseStage(stages, stage)) return undefined;
  return parseImageRef(raw, { file, line: stage.from.line, column: stage.from.column }, false);
}

function finalWorkload(doc: DockerfileDoc, file: string, final: DockerStage, chain: DockerStage[]): Workload {
  const config = replayChain(chain, file, doc.escape, doc.args);
  const id = final.name ? `stages.${final.name}` : `stages[${final.index}]`;
  const workload: Workload = {
    id,
    kind: "dockerfile-stage",
    platform: PLATFORM,
    name: final.name ?? "final stage",
    unit: { id, name: final.name ?? "final stage" },
    file,
    pos: { file, line: final.from.line },
    argv: [...config.entrypoint, ...config.cmd],
    entrypointCount: config.entrypoint.length,
    env: [...config.env.values()],
    containerPorts: config.ports,
    exposures: [],
    volumes: [],
    security: { capAdd: [], capDrop: [], unconfined: [] },
    labels: {},
    // Every stage, not only the chain: what a build stage downloads can be copied into the image.
    buildSteps: doc.stages.flatMap((stage) => stage.instructions.flatMap((instruction) => buildStep(instruction, file))),
  };
  const image = externalImage(doc.stages, chain[0], file);
  if (image) workload.image = image;
  if (config.user) workload.security.user = config.user;
  if (config.passwordlessSudo) workload.security.passwordlessSudo = config.passwordlessSudo;
  return workload;
}

/** Applies the chain's instructions in order, so the last USER, ENV, CMD … wins, as in Docker. */
function replayChain(chain: DockerStage[], file: string, escape: string, globalArgs: Record<string, string | undefined>): ImageConfig {
  const config: ImageConfig = { entrypoint: [], cmd: [], shell: ["/bin/sh", "-c"], env: new Map(), ports: [], cmdSetInStage: false, args: {} };
  for (const stage of chain) {
    config.cmdSetInStage = false;
    config.args = {};
    for (const instruction of stage.instructions) applyInstruction(config, instruction, file, escape, globalArgs);
  }
  return config;
}

function applyInstruction(config: ImageConfig, instruction: DockerInstruction, file: string, escape: string, globalArgs: Record<string, string | undefined>): void {
  switch (instruction.keyword) {
    case "ARG":
      // `ARG NAME=default`, or `ARG NAME` taking the global ARG's default into the stage.
      for (const word of splitWords(instruction.args, escape)) {
        const eq = word.text.indexOf("=");
        const name = eq < 0 ? word.text : word.text.slice(0, eq);
        config.args[name] = eq < 0 ? globalArgs[name] : unquote(word.text.slice(eq + 1), escape);
      }
      break;
    case "USER":
      // `USER $UID` with `ARG UID=0`: the build runs as root unless the build arg is passed.
      if (instruction.args) config.user = { value: expandWord(instruction.args, { ...config.args, ...Object.fromEntries([...config.env].map(([k, v]) => [k, v.value])) }, escape), pos: argPos(instruction, 0, file) };
      break;
    case "ENV":
      for (const env of envVars(instruction, file, escape)) config.env.set(env.name, env);
      break;
    case "EXPOSE":
      addPorts(config.ports, instruction, file, escape);
      break;
    case "SHELL":
      if (instruction.json?.length) config.shell = instruction.json;
      break;
    case "CMD":
      config.cmd = commandTokens(instruction, config.shell, file);
      config.cmdSetInStage = true;
      break;
    case "ENTRYPOINT":
      config.entrypoint = commandTokens(instruction, config.shell, file);
      if (!config.cmdSetInStage) config.cmd = [];
      break;
    case "RUN":
      config.passwordlessSudo ??= sudoRule(instruction, file);
      break;
  }
}

function instructionPos(instruction: DockerInstruction, file: string): SourcePos {
  return { file, line: instruction.line, endLine: instruction.endLine };
}

function argPos(instruction: DockerInstruction, offset: number, file: string): SourcePos {
  return { file, ...positionInArgs(instruction, offset) };
}

/** Exec form as written; shell form runs the whole string under SHELL (`/bin/sh -c` by default). */
function commandTokens(instruction: DockerInstruction, shell: string[], file: string): Located<string>[] {
  const tokens = instruction.json ?? [...shell, instruction.args];
  const pos = instructionPos(instruction, file);
  return tokens.map((value) => ({ value, pos }));
}

/** `ENV A=b C="d e"` or the legacy `ENV A b c` (one variable, the rest is its value). */
function envVars(instruction: DockerInstruction, file: string, escape: string): EnvVar[] {
  const words = splitWords(instruction.args, escape);
  if (words.length === 0) return [];
  if (!words[0].text.includes("=")) {
    if (words.length < 2) return [];
    const value = unquote(instruction.args.slice(words[1].start), escape);
    return [{ name: words[0].text, value, source: "literal", pos: argPos(instruction, 0, file) }];
  }
  return words.flatMap((word) => {
    const eq = word.text.indexOf("=");
    if (eq <= 0) return [];
    const value = unquote(word.text.slice(eq + 1), escape);
    return [{ name: word.text.slice(0, eq), value, source: "literal" as const, pos: argPos(instruction, word.start, file) }];
  });
}

/** `EXPOSE 8080 9090/tcp`; variables and ranges are skipped, a port already listed is kept once. */
function addPorts(ports: Located<number>[], instruction: DockerInstruction, file: string, escape: string): void {
  // The ports already in `ports`, kept beside the list: a long EXPOSE must not search the list per port.
  let known = knownPorts.get(ports);
  if (!known) knownPorts.set(ports, (known = new Set(ports.map((p) => p.value))));
  for (const word of splitWords(instruction.args, escape)) {
    const match = /^(\d+)(?:\/(?:tcp|udp|sctp))?$/i.exec(unquote(word.text, escape));
    const port = match ? Number(match[1]) : 0;
    if (port < 1 || port > 65535 || known.has(port)) continue;
    known.add(port);
    ports.push({ value: port, pos: argPos(instruction, word.start, file) });
  }
}

const knownPorts = new WeakMap<Located<number>[], Set<number>>();

/** A RUN that writes a `NOPASSWD: ALL` rule into /etc/sudoers or /etc/sudoers.d. */
function sudoRule(instruction: DockerInstruction, file: string): Located<string> | undefined {
  const text = stepText(instruction);
  const rule = SUDOERS_FILE.test(text) ? NOPASSWD_ALL.exec(text) : null;
  if (!rule) return undefined;
  // The user or %group the rule is for: the word before it, looked for in a bounded window only.
  const who = /(?<![^\s"'=/])([^\s"'=/]+)[ \t]+$/.exec(text.slice(Math.max(0, rule.index - 64), rule.index))?.[1];
  return { value: who ? `${who} ${rule[0]}` : rule[0], pos: instructionPos(instruction, file) };
}

function buildStep(instruction: DockerInstruction, file: string): BuildStep[] {
  const kind = instruction.keyword;
  if (!isBuildInstruction(kind)) return [];
  return [
    {
      instruction: kind,
      text: stepText(instruction),
      flags: [...instruction.flags],
      args: kind === "RUN" ? [] : copyArgs(instruction, file),
      pos: instructionPos(instruction, file),
    },
  ];
}

function isBuildInstruction(keyword: string): keyword is BuildStep["instruction"] {
  return keyword === "RUN" || keyword === "ADD" || keyword === "COPY";
}

/** The text as the shell sees it: exec items joined by spaces, heredoc bodies after the command line. */
function stepText(instruction: DockerInstruction): string {
  const head = instruction.json ? instruction.json.join(" ") : instruction.args;
  return [head, ...instruction.heredocs.map((heredoc) => heredoc.body.replace(/\n$/, ""))].join("\n");
}

/** ADD/COPY sources and destination; BuildKit splits the shell form on whitespace only. */
function copyArgs(instruction: DockerInstruction, file: string): Located<string>[] {
  if (instruction.json) {
    const pos = instructionPos(instruction, file);
    return instruction.json.map((value) => ({ value, pos }));
  }
  return [...instruction.args.matchAll(/\S+/g)].map((match) => ({
    value: match[0],
    pos: argPos(instruction, match.index, file),
  }));
}

function imageComponents(doc: DockerfileDoc, file: string, chain: Set<DockerStage>, workloadId: string): ImageComponent[] {
  const fromStages = doc.stages.flatMap((stage) => {
    const image = externalImage(doc.stages, stage, file);
    if (!image) return [];
    const component = imageComponent(image);
    if (chain.has(stage)) component.workloadId = workloadId;
    return [component];
  });
  return [...fromStages, ...copiedImages(doc, file).map(imageComponent)];
}

function imageComponent(image: ImageRef): ImageComponent {
  const component: ImageComponent = { type: "image", name: imageName(image), image, pos: image.pos };
  if (image.tag) component.version = image.tag;
  return component;
}

/** Images used without a stage of their own: `COPY --from=ghcr.io/astral-sh/uv:0.5 …`, `RUN --mount=type=bind,from=image,…`. */
function copiedImages(doc: DockerfileDoc, file: string): ImageRef[] {
  const stageNames = new Set(doc.stages.flatMap((s) => (s.name ? [s.name.toLowerCase()] : [])));
  return doc.stages.flatMap((stage) =>
    stage.instructions.flatMap((instruction) =>
      instruction.flags.flatMap((flag) => {
        const from = /^--from=(\S+)$/i.exec(flag)?.[1] ?? (/^--mount=/i.test(flag) ? /(?:^|,)from=([^,\s]+)/i.exec(flag.slice(8))?.[1] : undefined);
        // A stage name or index, or a build context name, is not an image.
        if (!from || stageNames.has(from.toLowerCase()) || /^\d+$/.test(from) || !/[:/.]/.test(from)) return [];
        return [parseImageRef(from, instructionPos(instruction, file), false)];
      }),
    ),
  );
}
