// Seeded lockfiles for the benchmark: a tree of services each pinning its dependencies in one of the
// lockfile formats the packages reader takes (npm v1/v2/v3, yarn classic and berry, pnpm 5.4/6.0/9.0,
// go.mod, Cargo.lock), written the way each tool writes them; and one large package-lock.json (v3).
// The same seed and sizes always give the same files. npm entries carry no `resolved` URL (as npm writes
// them with omit-lockfile-registry-resolved), yarn classic entries no `resolved` either.
import { mkdirSync, writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { dirname, join } from "node:path";
import { prng } from "./generate.mjs";

const WORDS = ["core", "utils", "client", "parser", "stream", "http", "json", "schema", "token", "cache", "vector", "embed", "model", "graph", "queue", "log", "config", "crypto", "retry", "async"];
const KINDS = ["npm-v3", "npm-v2", "npm-v1", "yarn-classic", "yarn-berry", "pnpm-5.4", "pnpm-6.0", "pnpm-9.0", "go-mod", "cargo-lock"];
const FILE_NAME = { "yarn-classic": "yarn.lock", "yarn-berry": "yarn.lock", "pnpm-5.4": "pnpm-lock.yaml", "pnpm-6.0": "pnpm-lock.yaml", "pnpm-9.0": "pnpm-lock.yaml", "go-mod": "go.mod", "cargo-lock": "Cargo.lock" };
const CRATES = "registry+https://github.com/rust-lang/crates.io-index";

/**
 * Writes `files` lockfiles under `root` (one per service folder, kinds in turn) that hold `packages`
 * packages in total, each a distinct name and version of its file; returns counts by kind and bytes.
 */
export function generateLockfileTree(root, files, packages, seed = 20261206) {
  const r = prng(seed);
  const kinds = {};
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const kind = KINDS[f % KINDS.length];
    const count = Math.floor(packages / files) + (f < packages % files ? 1 : 0);
    const text = LOCKFILE[kind](r, packageList(r, count, f), `svc-${f}`);
    const path = join(root, "services", `svc-${f}`, FILE_NAME[kind] ?? "package-lock.json");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    bytes += Buffer.byteLength(text);
  }
  return { files, packages, kinds, bytes };
}

/** Writes one package-lock.json (v3) of at least `minBytes`; returns how many packages it holds and its size. */
export function writeLargeNpmLock(path, minBytes, seed = 20261206) {
  const r = prng(seed);
  const entries = [];
  const direct = [];
  for (let bytes = 0; bytes < minBytes; ) {
    const p = { name: packageName(r, entries.length), version: version(r), dev: r.chance(0.3) };
    // The project names its first 200 packages; the rest are theirs.
    if (entries.length < 200) direct.push(p.name);
    const entry = `    ${JSON.stringify(npmPath(r, p, entries.length < 200))}: ${npmEntry(r, p, 4)}`;
    entries.push(entry);
    bytes += entry.length + 2;
  }
  const root = `    "": {\n      "name": "monolith",\n      "version": "1.0.0",\n      "dependencies": {\n${direct.map((n) => `        ${JSON.stringify(n)}: "*"`).join(",\n")}\n      }\n    }`;
  const text = `{\n  "name": "monolith",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${[root, ...entries].join(",\n")}\n  }\n}\n`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { packages: entries.length, bytes: Buffer.byteLength(text) };
}

function packageList(r, count, file) {
  const list = [];
  for (let i = 0; i < count; i++) list.push({ name: packageName(r, i + file * count), version: version(r), dev: r.chance(0.3), direct: i < Math.min(30, count / 4) });
  return list;
}

/** `word-word-7`, or scoped `@word/word-7`: distinct within a file. */
function packageName(r, i) {
  return r.chance(0.15) ? `@${r.pick(WORDS)}/${r.pick(WORDS)}-${i}` : `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`;
}

function version(r) {
  return `${r.int(0, 20)}.${r.int(0, 30)}.${r.int(0, 15)}`;
}

/** An npm integrity string: sha512 of 64 bytes, base64. */
function integrity(r) {
  const bytes = Buffer.alloc(64);
  for (let i = 0; i < 64; i++) bytes[i] = r.int(0, 255);
  return `sha512-${bytes.toString("base64")}`;
}

/** Where npm installs a package: the root's node_modules, or nested under another package for a second version. */
function npmPath(r, p, direct) {
  return !direct && r.chance(0.2) ? `node_modules/${r.pick(WORDS)}-${r.pick(WORDS)}/node_modules/${p.name}` : `node_modules/${p.name}`;
}

function npmEntry(r, p, indent) {
  const pad = " ".repeat(indent + 2);
  const lines = [`"version": ${JSON.stringify(p.version)}`, `"integrity": ${JSON.stringify(integrity(r))}`];
  if (p.dev) lines.push(`"dev": true`);
  lines.push(`"license": "MIT"`);
  if (r.chance(0.5)) lines.push(`"dependencies": {\n${pad}  ${JSON.stringify(`${r.pick(WORDS)}-${r.pick(WORDS)}`)}: "^${r.int(1, 9)}.0.0"\n${pad}}`);
  if (r.chance(0.4)) lines.push(`"engines": {\n${pad}  "node": ">=${r.pick([14, 16, 18, 20])}"\n${pad}}`);
  return `{\n${lines.map((l) => pad + l).join(",\n")}\n${" ".repeat(indent)}}`;
}

function npmRoot(project, list) {
  const names = (dev) => list.filter((p) => p.direct && p.dev === dev).map((p) => `        ${JSON.stringify(p.name)}: "^${p.version}"`).join(",\n");
  return `    "": {\n      "name": ${JSON.stringify(project)},\n      "version": "1.0.0",\n      "dependencies": {\n${names(false)}\n      },\n      "devDependencies": {\n${names(true)}\n      }\n    }`;
}

function npmV1Dependencies(r, list) {
  return list
    .map((p) => `    ${JSON.stringify(p.name)}: {\n      "version": ${JSON.stringify(p.version)},\n      "integrity": ${JSON.stringify(integrity(r))}${p.dev ? ',\n      "dev": true' : ""}\n    }`)
    .join(",\n");
}

const LOCKFILE = {
  "npm-v3": (r, list, project) => `{\n  "name": ${JSON.stringify(project)},\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${[npmRoot(project, list), ...list.map((p) => `    ${JSON.stringify(npmPath(r, p, p.direct))}: ${npmEntry(r, p, 4)}`)].join(",\n")}\n  }\n}\n`,
  "npm-v2": (r, list, project) => `{\n  "name": ${JSON.stringify(project)},\n  "version": "1.0.0",\n  "lockfileVersion": 2,\n  "requires": true,\n  "packages": {\n${[npmRoot(project, list), ...list.map((p) => `    ${JSON.stringify(`node_modules/${p.name}`)}: ${npmEntry(r, p, 4)}`)].join(",\n")}\n  },\n  "dependencies": {\n${npmV1Dependencies(r, list)}\n  }\n}\n`,
  "npm-v1": (r, list, project) => `{\n  "name": ${JSON.stringify(project)},\n  "version": "1.0.0",\n  "lockfileVersion": 1,\n  "requires": true,\n  "dependencies": {\n${npmV1Dependencies(r, list)}\n  }\n}\n`,
  "yarn-classic": (r, list) =>
    `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n` +
    list.map((p) => `${JSON.stringify(`${p.name}@^${p.version}`)}:\n  version "${p.version}"\n  integrity ${integrity(r)}\n`).join("\n"),
  "yarn-berry": (r, list, project) =>
    `# This file is generated by running "yarn install" inside your project.\n# Manual changes might be lost - proceed with caution!\n\n__metadata:\n  version: 8\n  cacheKey: 10c0\n\n` +
    [
      `"${project}@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "${project}@workspace:."\n  dependencies:\n${list.filter((p) => p.direct).map((p) => `    ${p.name.startsWith("@") ? JSON.stringify(p.name) : p.name}: "npm:^${p.version}"\n`).join("")}  languageName: unknown\n  linkType: soft\n`,
      ...list.map((p) => `"${p.name}@npm:^${p.version}":\n  version: ${p.version}\n  resolution: "${p.name}@npm:${p.version}"\n  checksum: 10c0/${integrity(r).slice(7, 71)}\n  languageName: node\n  linkType: hard\n`),
    ].join("\n"),
  "pnpm-5.4": (r, list) =>
    `lockfileVersion: 5.4\n\nspecifiers:\n${pnpmDirect(list, (p) => `^${p.version}`)}\ndependencies:\n${pnpmDirect(list, (p) => p.version)}\npackages:\n\n` +
    list.map((p) => `  /${p.name}/${p.version}:\n    resolution: {integrity: ${integrity(r)}}\n    dev: ${p.dev}\n`).join("\n"),
  "pnpm-6.0": (r, list) =>
    `lockfileVersion: '6.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\ndependencies:\n${pnpmImporter(list, 2)}\npackages:\n\n` +
    list.map((p) => `  /${p.name}@${p.version}:\n    resolution: {integrity: ${integrity(r)}}\n    dev: ${p.dev}\n`).join("\n"),
  "pnpm-9.0": (r, list) =>
    `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .:\n    dependencies:\n${pnpmImporter(list, 6)}\npackages:\n\n` +
    list.map((p) => `  ${p.name.startsWith("@") ? `'${p.name}@${p.version}'` : `${p.name}@${p.version}`}:\n    resolution: {integrity: ${integrity(r)}}\n`).join("\n") +
    `\nsnapshots:\n\n${list.map((p) => `  ${p.name.startsWith("@") ? `'${p.name}@${p.version}'` : `${p.name}@${p.version}`}: {}\n`).join("\n")}`,
  // The toolchain is one of the packages (OSV's stdlib): one require fewer.
  "go-mod": (r, list, project) =>
    `module github.com/acme/${project}\n\ngo 1.22.0\n\ntoolchain go1.22.5\n\nrequire (\n${list
      .slice(1)
      .map((p) => `\tgithub.com/${p.name.replace("@", "").replace("/", "-")}/${p.name.slice(p.name.lastIndexOf("/") + 1)} v${p.version}${p.direct ? "" : " // indirect"}\n`)
      .join("")})\n`,
  "cargo-lock": (r, list, project) =>
    `# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n\n` +
    [
      `[[package]]\nname = "${project}"\nversion = "0.1.0"\ndependencies = [\n${list.filter((p) => p.direct).map((p) => ` "${crateName(p)}",\n`).join("")}]\n`,
      ...list.map((p) => `[[package]]\nname = "${crateName(p)}"\nversion = "${p.version}"\nsource = "${CRATES}"\nchecksum = "${integrity(r).slice(7, 71)}"\n`),
    ].join("\n"),
};

function crateName(p) {
  return p.name.replace("@", "").replace("/", "-");
}

function pnpmDirect(list, ref) {
  return list
    .filter((p) => p.direct)
    .map((p) => `  ${p.name.startsWith("@") ? `'${p.name}'` : p.name}: ${ref(p)}\n`)
    .join("");
}

function pnpmImporter(list, indent) {
  const pad = " ".repeat(indent);
  return list
    .filter((p) => p.direct)
    .map((p) => `${pad}${p.name.startsWith("@") ? `'${p.name}'` : p.name}:\n${pad}  specifier: ^${p.version}\n${pad}  version: ${p.version}\n`)
    .join("");
}
