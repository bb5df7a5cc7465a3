import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../src/parsers/dockerfile.js";
import type { DockerfileDoc, DockerInstruction } from "../src/parsers/dockerfile.js";
import { dockerfileToModel, namedStages } from "../src/readers/dockerfile.js";
import type { Workload } from "../src/model/types.js";

const FILE = "app/Dockerfile";

/** One array item per line, so a test reads its line numbers off the index (+1). */
function parse(lines: string[], eol = "\n"): DockerfileDoc {
  return parseDockerfile(lines.join(eol), FILE);
}

function model(lines: string[]) {
  return dockerfileToModel(parse(lines), FILE);
}

function finalWorkload(lines: string[]): Workload {
  const { workloads } = model(lines);
  expect(workloads).toHaveLength(1);
  return workloads[0];
}

function instructions(doc: DockerfileDoc): DockerInstruction[] {
  return doc.stages.flatMap((stage) => stage.instructions);
}

describe("parseDockerfile: lines", () => {
  it("joins continuation lines, dropping comment and blank lines inside them", () => {
    const doc = parse([
      "FROM alpine:3.20", // 1
      "RUN apk add \\", // 2
      "    # a comment inside the instruction", // 3
      "", // 4
      "    curl \\   ", // 5: trailing blanks after the escape char
      "    git", // 6
      "CMD sh", // 7
    ]);
    expect(doc.errors).toEqual([]);
    const [run, cmd] = doc.stages[0].instructions;
    expect(run).toMatchObject({ keyword: "RUN", line: 2, endLine: 6, args: "apk add     curl     git" });
    expect(cmd).toMatchObject({ keyword: "CMD", line: 7, endLine: 7, args: "sh" });
  });

  it("skips comments and blank lines between instructions", () => {
    const doc = parse(["# header", "", "FROM alpine", "  # indented comment", "", "USER nobody"]);
    expect(doc.stages[0].from.line).toBe(3);
    expect(doc.stages[0].instructions).toMatchObject([{ keyword: "USER", line: 6, args: "nobody" }]);
  });

  it("reads keywords case-insensitively and upper-cases them", () => {
    const doc = parse(["from alpine", "run echo hi", "Cmd [\"sh\"]"]);
    expect(instructions(doc).map((i) => i.keyword)).toEqual(["RUN", "CMD"]);
    expect(doc.stages[0].from.raw).toBe("alpine");
  });

  it("works with CRLF line endings", () => {
    const doc = parse(["FROM alpine AS base", "RUN echo a \\", "  && echo b", "USER app"], "\r\n");
    expect(doc.errors).toEqual([]);
    expect(doc.stages[0].name).toBe("base");
    expect(doc.stages[0].instructions).toMatchObject([
      { keyword: "RUN", line: 2, endLine: 3, args: "echo a   && echo b" },
      { keyword: "USER", line: 4, args: "app" },
    ]);
  });

  it("honours the escape directive with a backtick", () => {
    const doc = parse([
      "# escape=`", // 1
      "FROM mcr.microsoft.com/windows/servercore:ltsc2022", // 2
      "COPY C:\\src\\app C:\\app", // 3: backslashes are plain characters now
      "RUN dir `", // 4
      "    C:\\app", // 5
    ]);
    expect(doc.escape).toBe("`");
    expect(doc.errors).toEqual([]);
    expect(doc.stages[0].instructions).toMatchObject([
      { keyword: "COPY", line: 3, endLine: 3, args: "C:\\src\\app C:\\app" },
      { keyword: "RUN", line: 4, endLine: 5, args: "dir     C:\\app" },
    ]);
  });

  it("accepts an explicit backslash escape directive and ignores directives after the first comment", () => {
    expect(parse(["# escape=\\", "FROM alpine"]).escape).toBe("\\");
    const late = parse(["# just a comment", "# escape=`", "FROM alpine", "RUN a `", "b"]);
    expect(late.escape).toBe("\\");
    // Without the directive the backtick is no continuation: `b` is a line of its own.
    expect(late.errors).toEqual([{ line: 5, message: "unknown instruction: b" }]);
  });

  it("reports an invalid escape token", () => {
    const doc = parse(["# escape=x", "FROM alpine"]);
    expect(doc.escape).toBe("\\");
    expect(doc.errors).toMatchObject([{ line: 1 }]);
  });
});

describe("parseDockerfile: heredocs", () => {
  it("reads a RUN heredoc", () => {
    const doc = parse(["FROM alpine", "RUN <<EOF", "apk add curl", "curl -fsSL https://x | sh", "EOF", "USER app"]);
    expect(doc.errors).toEqual([]);
    const [run, user] = doc.stages[0].instructions;
    expect(run).toMatchObject({ keyword: "RUN", line: 2, endLine: 5, args: "<<EOF" });
    expect(run.heredocs).toEqual([{ name: "EOF", body: "apk add curl\ncurl -fsSL https://x | sh\n", line: 3 }]);
    expect(user).toMatchObject({ keyword: "USER", line: 6 });
  });

  it("strips leading tabs with <<- and reads quoted names", () => {
    const doc = parse(["FROM alpine", "RUN <<-EOT", "\techo one", "\t\techo two", "\tEOT", "RUN python3 <<'PY'", "print(1)", "PY", 'RUN <<"X" sh', "ls", "X"]);
    expect(doc.errors).toEqual([]);
    const [chomped, single, double] = doc.stages[0].instructions;
    expect(chomped.heredocs).toEqual([{ name: "EOT", body: "echo one\necho two\n", line: 3 }]);
    expect(chomped.endLine).toBe(5);
    expect(single).toMatchObject({ line: 6, endLine: 8, heredocs: [{ name: "PY", body: "print(1)\n", line: 7 }] });
    expect(double).toMatchObject({ line: 9, endLine: 11, heredocs: [{ name: "X", body: "ls\n", line: 10 }] });
  });

  it("reads several heredocs of one instruction in order", () => {
    const doc = parse(["FROM alpine", "RUN <<A sh && <<B sh", "echo a", "A", "echo b", "B", "CMD x"]);
    const [run, cmd] = doc.stages[0].instructions;
    expect(run.heredocs).toEqual([
      { name: "A", body: "echo a\n", line: 3 },
      { name: "B", body: "echo b\n", line: 5 },
    ]);
    expect(run.endLine).toBe(6);
    expect(cmd.line).toBe(7);
  });

  it("reads a COPY heredoc and a heredoc with a redirection", () => {
    const doc = parse(["FROM alpine", "COPY <<EOF /etc/app.conf", "key=value", "EOF", "RUN cat <<EOF>/tmp/x", "hi", "EOF"]);
    expect(doc.errors).toEqual([]);
    const [copy, run] = doc.stages[0].instructions;
    expect(copy).toMatchObject({ keyword: "COPY", line: 2, endLine: 4, args: "<<EOF /etc/app.conf" });
    expect(copy.heredocs).toEqual([{ name: "EOF", body: "key=value\n", line: 3 }]);
    expect(run.heredocs).toEqual([{ name: "EOF", body: "hi\n", line: 6 }]);
  });

  it("does not read heredocs in quotes or in exec form", () => {
    const doc = parse(["FROM alpine", "RUN echo '<<EOF'", 'RUN ["cat", "<<EOF"]', "USER app"]);
    expect(doc.errors).toEqual([]);
    expect(instructions(doc).map((i) => [i.keyword, i.line, i.heredocs.length])).toEqual([
      ["RUN", 2, 0],
      ["RUN", 3, 0],
      ["USER", 4, 0],
    ]);
  });

  it("reports an unterminated heredoc and goes on with the next line", () => {
    // The would-be body is read as instructions again, so one stray `<<` does not hide the rest.
    const doc = parse(["FROM alpine", "RUN <<EOF", "echo hi", "USER app"]);
    expect(doc.errors).toEqual([
      { line: 2, message: "unterminated heredoc EOF" },
      { line: 3, message: "unknown instruction: echo" },
    ]);
    expect(doc.stages[0].instructions).toMatchObject([
      { keyword: "RUN", line: 2, endLine: 2, heredocs: [] },
      { keyword: "USER", line: 4 },
    ]);
    expect(parse(["FROM a", "RUN <<EOF"]).errors).toEqual([{ line: 2, message: "unterminated heredoc EOF" }]);
  });
});

describe("parseDockerfile: forms and flags", () => {
  it("tells exec form from shell form", () => {
    const doc = parse(["FROM alpine", 'CMD ["python", "-m", "app"]', "CMD python -m app", "CMD [not json]", 'ENTRYPOINT ["a", 1]']);
    const [exec, shell, broken, mixed] = doc.stages[0].instructions;
    expect(exec.json).toEqual(["python", "-m", "app"]);
    expect(shell.json).toBeUndefined();
    expect(broken.json).toBeUndefined();
    expect(broken.args).toBe("[not json]");
    expect(mixed.json).toBeUndefined();
  });

  it("splits leading flags from the arguments", () => {
    const doc = parse([
      "FROM alpine",
      "COPY --from=builder --chown=app:app /out /app",
      "ADD --checksum=sha256:abc https://example.com/x.tgz /x.tgz",
      "RUN --mount=type=cache,target=/root/.cache pip install -r req.txt",
    ]);
    expect(doc.stages[0].instructions.map((i) => [i.flags, i.args])).toEqual([
      [["--from=builder", "--chown=app:app"], "/out /app"],
      [["--checksum=sha256:abc"], "https://example.com/x.tgz /x.tgz"],
      [["--mount=type=cache,target=/root/.cache"], "pip install -r req.txt"],
    ]);
  });
});

describe("parseDockerfile: FROM", () => {
  it("reads names, platforms and the column of the image", () => {
    const doc = parse(["FROM --platform=linux/amd64 golang:1.22 AS Build", "FROM   alpine"]);
    expect(doc.stages[0]).toMatchObject({
      index: 0,
      name: "build",
      from: { raw: "golang:1.22", line: 1, column: 29, platform: "linux/amd64" },
    });
    expect(doc.stages[1]).toMatchObject({ index: 1, from: { raw: "alpine", line: 2, column: 8 } });
    expect(doc.stages[1].name).toBeUndefined();
  });

  it("substitutes global ARGs in FROM", () => {
    const doc = parse([
      "ARG BASE=python", // 1
      'ARG TAG="3.12"', // 2
      "ARG REG", // 3
      "ARG IMAGE=${BASE}:${TAG}-slim", // 4
      "FROM ${BASE}:${TAG}", // 5
      "FROM $BASE", // 6
      "FROM ${REG:-docker.io}/library/redis", // 7
      "FROM ${REG}/app:${MISSING}", // 8
      "FROM $IMAGE", // 9
      "FROM --platform=$BUILDPLATFORM node:${NODE_VERSION:-20}", // 10
    ]);
    expect(doc.errors).toEqual([]);
    expect(doc.args).toEqual({ BASE: "python", TAG: "3.12", REG: undefined, IMAGE: "python:3.12-slim" });
    expect(doc.stages.map((s) => s.from.raw)).toEqual([
      "python:3.12",
      "python",
      "docker.io/library/redis",
      "${REG}/app:${MISSING}",
      "python:3.12-slim",
      "node:20",
    ]);
    expect(doc.stages[5].from.platform).toBe("$BUILDPLATFORM");
    expect(doc.stages[0].from).toMatchObject({ line: 5, column: 6 });
  });

  it("does not substitute ARGs declared inside a stage", () => {
    const doc = parse(["FROM alpine", "ARG V=1", "FROM app:${V}"]);
    expect(doc.stages[1].from.raw).toBe("app:${V}");
  });
});

describe("parseDockerfile: bad input", () => {
  it("turns garbled lines into errors and keeps parsing", () => {
    const text = ["FROM alpine", "RUUN echo", "}}}{{{", "USER app", "FROM a b c d", "EXPOSE 80"];
    const doc = parse(text);
    expect(doc.errors).toEqual([
      { line: 2, message: "unknown instruction: RUUN" },
      { line: 3, message: "unknown instruction: }}}{{{" },
      { line: 5, message: "FROM takes an image, optionally followed by AS name" },
    ]);
    expect(doc.stages.map((s) => s.instructions.map((i) => i.keyword))).toEqual([["USER"], ["EXPOSE"]]);
  });

  it("reports instructions before the first FROM", () => {
    const doc = parse(["RUN echo hi", "FROM alpine"]);
    expect(doc.errors).toEqual([{ line: 1, message: "RUN before the first FROM" }]);
    expect(doc.stages).toHaveLength(1);
  });

  it("yields zero stages for empty, comment-only and binary files", () => {
    expect(parseDockerfile("", FILE)).toMatchObject({ stages: [], errors: [] });
    expect(parseDockerfile("# nothing\n\n", FILE)).toMatchObject({ stages: [], errors: [] });
    const binary = parseDockerfile("\u007fELF\u0002\u0001\u0001\u0000\u0000FROM alpine", FILE);
    expect(binary.stages).toEqual([]);
    expect(binary.errors).toHaveLength(1);
    expect(dockerfileToModel(binary, FILE)).toEqual({ workloads: [], components: [] });
  });

  it("never throws on random input", () => {
    const alphabet = ["FROM ", "RUN ", "<<", "EOF", "\\", "`", "\n", "\r\n", "${", "}", "$", '"', "'", "[", "]", " ", "#", "AS", "x", ":", "-", "=", "\t"];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 60 }, () => alphabet[next()]).join("");
      expect(() => dockerfileToModel(parseDockerfile(text, FILE), FILE)).not.toThrow();
    }
  });
});

describe("dockerfileToModel: workload and components", () => {
  it("makes one workload for the final stage, with its base image resolved through the chain", () => {
    const { workloads, components } = model([
      "ARG PY=3.12", // 1
      "FROM python:${PY} AS base", // 2
      "USER root", // 3
      "FROM base AS builder", // 4
      "RUN pip wheel .", // 5
      "FROM golang:1.22 AS tools", // 6
      "FROM builder AS Runtime", // 7
    ]);
    expect(workloads).toHaveLength(1);
    const [workload] = workloads;
    expect(workload).toMatchObject({
      id: "stages.runtime",
      kind: "dockerfile-stage",
      name: "runtime",
      file: FILE,
      pos: { file: FILE, line: 7 },
      image: { raw: "python:3.12", repository: "python", tag: "3.12", localBuild: false, unresolved: false },
      exposures: [],
      volumes: [],
      labels: {},
    });
    expect(workload.image?.pos).toEqual({ file: FILE, line: 2, column: 6 });
    expect(components).toEqual([
      {
        type: "image",
        name: "python",
        version: "3.12",
        image: workload.image,
        workloadId: "stages.runtime",
        pos: { file: FILE, line: 2, column: 6 },
      },
      expect.objectContaining({ name: "golang", version: "1.22", pos: { file: FILE, line: 6, column: 6 } }),
    ]);
    expect(components[1]).not.toHaveProperty("workloadId");
  });

  it("names an unnamed final stage by index and skips scratch", () => {
    const { workloads, components } = model(["FROM ghcr.io/org/tool:v1 AS tool", "FROM scratch", "COPY --from=tool /bin/tool /tool"]);
    expect(workloads[0]).toMatchObject({ id: "stages[1]", name: "final stage", pos: { file: FILE, line: 2 } });
    expect(workloads[0].image).toBeUndefined();
    expect(components).toEqual([
      expect.objectContaining({ name: "ghcr.io/org/tool", version: "v1", pos: { file: FILE, line: 1, column: 6 } }),
    ]);
    expect(components[0]).not.toHaveProperty("workloadId");
  });

  it("keeps an unresolved FROM as an unresolved component", () => {
    const { components } = model(["ARG BASE", "FROM ${BASE}"]);
    expect(components).toMatchObject([{ image: { raw: "${BASE}", unresolved: true }, workloadId: "stages[0]" }]);
  });
});

describe("dockerfileToModel: USER", () => {
  it("takes the last USER of the chain", () => {
    const workload = finalWorkload([
      "FROM node:20 AS base", // 1
      "USER node", // 2
      "FROM alpine AS other", // 3
      "USER 1000:1000", // 4
      "FROM base", // 5
      "RUN npm ci", // 6
    ]);
    expect(workload.security.user).toEqual({ value: "node", pos: { file: FILE, line: 2, column: 6 } });
  });

  it("lets the final stage override an inherited USER", () => {
    const workload = finalWorkload(["FROM node:20 AS base", "USER node", "FROM base", "USER root"]);
    expect(workload.security.user).toEqual({ value: "root", pos: { file: FILE, line: 4, column: 6 } });
  });

  it("leaves user undefined without a USER", () => {
    const workload = finalWorkload(["FROM alpine AS a", "USER app", "FROM alpine"]);
    expect(workload.security).toEqual({ capAdd: [], capDrop: [], unconfined: [] });
  });
});

describe("dockerfileToModel: ENTRYPOINT and CMD", () => {
  const at = (line: number) => ({ file: FILE, line, endLine: line });

  it("puts ENTRYPOINT tokens before CMD tokens, exec and shell form", () => {
    const workload = finalWorkload(["FROM ollama/ollama", 'ENTRYPOINT ["/bin/ollama"]', "CMD serve --verbose"]);
    expect(workload.argv).toEqual([
      { value: "/bin/ollama", pos: at(2) },
      { value: "/bin/sh", pos: at(3) },
      { value: "-c", pos: at(3) },
      { value: "serve --verbose", pos: at(3) },
    ]);
  });

  it("resets an inherited CMD when a later stage sets ENTRYPOINT", () => {
    const workload = finalWorkload(["FROM alpine AS base", 'CMD ["sh"]', "FROM base", 'ENTRYPOINT ["/app"]']);
    expect(workload.argv).toEqual([{ value: "/app", pos: at(4) }]);
  });

  it("keeps a CMD set earlier in the same stage as ENTRYPOINT, as BuildKit does", () => {
    const workload = finalWorkload(["FROM alpine", 'CMD ["--port", "80"]', 'ENTRYPOINT ["/app"]']);
    expect(workload.argv.map((t) => t.value)).toEqual(["/app", "--port", "80"]);
  });

  it("inherits CMD through the chain and lets the last one win", () => {
    const workload = finalWorkload(["FROM alpine AS base", 'ENTRYPOINT ["tini", "--"]', 'CMD ["a"]', "FROM base", 'CMD ["b"]']);
    expect(workload.argv.map((t) => [t.value, t.pos.line])).toEqual([
      ["tini", 2],
      ["--", 2],
      ["b", 5],
    ]);
  });

  it("runs shell form under SHELL and locates a continued CMD at its first line", () => {
    const workload = finalWorkload(["FROM alpine", 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', "CMD echo a && \\", "    echo b"]);
    expect(workload.argv).toEqual(
      ["/bin/bash", "-o", "pipefail", "-c", "echo a &&     echo b"].map((value) => ({ value, pos: { file: FILE, line: 3, endLine: 4 } })),
    );
  });
});

describe("dockerfileToModel: ENV and EXPOSE", () => {
  it("reads both ENV forms with unquoted literal values, and no ARG defaults", () => {
    const workload = finalWorkload([
      "FROM alpine AS base", // 1
      "ENV OLLAMA_HOST=0.0.0.0", // 2
      "FROM base", // 3
      "ARG TOKEN=secret", // 4
      'ENV A="x y" B=\'z\' OLLAMA_HOST=127.0.0.1', // 5
      'ENV LEGACY "some value"', // 6
    ]);
    expect(workload.env).toEqual([
      { name: "OLLAMA_HOST", value: "127.0.0.1", source: "literal", pos: { file: FILE, line: 5, column: 19 } },
      { name: "A", value: "x y", source: "literal", pos: { file: FILE, line: 5, column: 5 } },
      { name: "B", value: "z", source: "literal", pos: { file: FILE, line: 5, column: 13 } },
      { name: "LEGACY", value: "some value", source: "literal", pos: { file: FILE, line: 6, column: 5 } },
    ]);
  });

  it("reads EXPOSE ports, skipping variables and duplicates", () => {
    const workload = finalWorkload(["FROM alpine", "EXPOSE 8080 9090/tcp ${PORT} 53/udp", "EXPOSE 8080"]);
    expect(workload.containerPorts).toEqual([
      { value: 8080, pos: { file: FILE, line: 2, column: 8 } },
      { value: 9090, pos: { file: FILE, line: 2, column: 13 } },
      { value: 53, pos: { file: FILE, line: 2, column: 30 } },
    ]);
  });
});

describe("dockerfileToModel: passwordless sudo", () => {
  it("finds a NOPASSWD ALL rule appended to /etc/sudoers", () => {
    const workload = finalWorkload([
      "FROM debian:12", // 1
      "RUN apt-get install -y sudo && \\", // 2
      '    echo "searxng ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers', // 3
    ]);
    expect(workload.security.passwordlessSudo).toEqual({
      value: "searxng ALL=(ALL) NOPASSWD: ALL",
      pos: { file: FILE, line: 2, endLine: 3 },
    });
  });

  it("finds rules in /etc/sudoers.d, through tee, in heredocs and in earlier chain stages", () => {
    const cases = [
      ["FROM debian", "RUN echo '%sudo ALL=(ALL:ALL) NOPASSWD:ALL' > /etc/sudoers.d/nopasswd"],
      ["FROM debian", 'RUN echo "app ALL=(root) NOPASSWD: ALL" | tee -a /etc/sudoers'],
      ["FROM debian", "RUN <<EOF", "echo 'dev ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/dev", "EOF"],
      ["FROM debian AS base", "RUN echo 'u ALL=(ALL) NOPASSWD: ALL' >> /etc/sudoers", "FROM base", "USER u"],
    ];
    for (const lines of cases) {
      expect(finalWorkload(lines).security.passwordlessSudo?.pos.line, lines.join("\n")).toBe(2);
    }
  });

  it("ignores limited rules, other files and stages outside the chain", () => {
    const cases = [
      ["FROM debian", "RUN echo 'app ALL=(ALL) NOPASSWD: /usr/bin/apt-get' >> /etc/sudoers"],
      ["FROM debian", "RUN echo 'app ALL=(ALL) ALL' >> /etc/sudoers"],
      ["FROM debian", "RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /tmp/notes"],
      ["FROM debian AS side", "RUN echo 'u ALL=(ALL) NOPASSWD: ALL' >> /etc/sudoers", "FROM debian"],
    ];
    for (const lines of cases) {
      expect(finalWorkload(lines).security.passwordlessSudo, lines.join("\n")).toBeUndefined();
    }
  });
});

describe("dockerfileToModel: build steps", () => {
  it("lists RUN, ADD and COPY of every stage with text, flags and located arguments", () => {
    const workload = finalWorkload([
      "FROM alpine AS fetch", // 1
      "RUN curl -fsSL https://get.example.sh | sh", // 2
      "FROM python:3.12", // 3
      "ADD --checksum=sha256:abc https://example.com/a.tgz \\", // 4
      "    /opt/a.tgz", // 5
      'COPY ["app.py", "/srv/"]', // 6
      'RUN ["pip", "install", "flask"]', // 7
      "RUN <<EOF", // 8
      "set -e", // 9
      "wget -qO- https://x | bash", // 10
      "EOF", // 11
      "WORKDIR /srv", // 12
    ]);
    expect(workload.buildSteps).toEqual([
      {
        instruction: "RUN",
        text: "curl -fsSL https://get.example.sh | sh",
        flags: [],
        args: [],
        pos: { file: FILE, line: 2, endLine: 2 },
      },
      {
        instruction: "ADD",
        text: "https://example.com/a.tgz     /opt/a.tgz",
        flags: ["--checksum=sha256:abc"],
        args: [
          { value: "https://example.com/a.tgz", pos: { file: FILE, line: 4, column: 27 } },
          { value: "/opt/a.tgz", pos: { file: FILE, line: 5, column: 5 } },
        ],
        pos: { file: FILE, line: 4, endLine: 5 },
      },
      {
        instruction: "COPY",
        text: "app.py /srv/",
        flags: [],
        args: [
          { value: "app.py", pos: { file: FILE, line: 6, endLine: 6 } },
          { value: "/srv/", pos: { file: FILE, line: 6, endLine: 6 } },
        ],
        pos: { file: FILE, line: 6, endLine: 6 },
      },
      { instruction: "RUN", text: "pip install flask", flags: [], args: [], pos: { file: FILE, line: 7, endLine: 7 } },
      {
        instruction: "RUN",
        text: "<<EOF\nset -e\nwget -qO- https://x | bash",
        flags: [],
        args: [],
        pos: { file: FILE, line: 8, endLine: 11 },
      },
    ]);
  });
});

describe("namedStages: the image each named stage builds (for compose build.target)", () => {
  it("replays each named stage's chain, so a stage inherits what its base stage sets", () => {
    const stages = namedStages(
      parse([
        "FROM debian:stable-slim AS runner", // 1
        "ENV RUST_BACKTRACE=0", // 2
        "EXPOSE 9000", // 3
        "FROM runner AS cli", // 4
        "EXPOSE 8000", // 5
        'ENTRYPOINT ["dumb-init", "--", "chroma"]', // 6
        'CMD ["run", "/config.yaml"]', // 7
        "FROM runner", // 8
        'CMD ["./other"]', // 9
      ]),
      FILE,
    );
    expect(stages.map((s) => s.name)).toEqual(["runner", "cli"]);
    const cli = stages[1];
    expect(cli.argv.map((a) => a.value)).toEqual(["dumb-init", "--", "chroma", "run", "/config.yaml"]);
    expect(cli.entrypointCount).toBe(3);
    expect(cli.env.map((e) => `${e.name}=${e.value}`)).toEqual(["RUST_BACKTRACE=0"]);
    expect(cli.containerPorts.map((p) => p.value)).toEqual([9000, 8000]);
    expect(cli.image?.raw).toBe("debian:stable-slim");
  });
});
