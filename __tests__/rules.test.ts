// Per-rule fixtures: every rule's positive folder must give exactly the findings listed here (rule,
// file, line, category, severity), and its negative folder must give none of that rule.
// Fixtures live in __tests__/fixtures/rules/<ID>/{positive,negative}/.
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emptyConfig } from "../src/config/index.js";
import { scan } from "../src/scan.js";
import type { Finding } from "../src/findings/types.js";
import type { ScanResult } from "../src/report/types.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/rules/", import.meta.url));

const scans = new Map<string, ScanResult>();

/** A fixture folder's scan, run once. */
function scanResult(folder: string): ScanResult {
  let result = scans.get(folder);
  if (!result) {
    result = scan({ root: FIXTURES + folder, config: emptyConfig(), today: "2026-11-23" });
    scans.set(folder, result);
  }
  return result;
}

/** Every finding of a fixture folder. */
function scanFolder(folder: string): Finding[] {
  return scanResult(folder).findings;
}

interface Row {
  ruleId: string;
  file: string;
  line: number;
  category: string;
  severity?: string;
}

function sortRows(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.severity ?? "").localeCompare(b.severity ?? "")));
}

/** The findings of one rule in a folder, as rows; `files` limits them, `severity: false` leaves severity out. */
function actualRows(ruleId: string, folder: string, options: { files?: (file: string) => boolean; severity?: boolean } = {}): Row[] {
  const { files = () => true, severity = true } = options;
  return sortRows(
    scanFolder(folder)
      .filter((f) => f.ruleId === ruleId && files(f.file))
      .map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, category: f.category, ...(severity ? { severity: f.severity } : {}) })),
  );
}

/** `[line, severity]` per file → rows. */
type Expected = Record<string, [number, string][]>;

function expectedRows(ruleId: string, category: string, expected: Expected, severity = true): Row[] {
  return sortRows(
    Object.entries(expected).flatMap(([file, hits]) => hits.map(([line, sev]) => ({ ruleId, file, line, category, ...(severity ? { severity: sev } : {}) }))),
  );
}

interface RuleSpec {
  id: string;
  category: string;
  positive: Expected;
}

function ruleSuite(spec: RuleSpec): void {
  const { id, category } = spec;
  describe(`${id} ${category}`, () => {
    // A renamed fixture must not quietly turn an expectation into "nothing expected here".
    it("names only fixture files that exist", () => {
      const named = Object.keys(spec.positive).map((f) => `positive/${f}`);
      expect(named.filter((f) => !existsSync(`${FIXTURES}${id}/${f}`))).toEqual([]);
      expect(scanResult(`${id}/negative`).summary.files).toBeGreaterThan(0);
    });

    it("reports exactly the expected findings in its positive fixtures", () => {
      expect(actualRows(id, `${id}/positive`)).toEqual(expectedRows(id, category, spec.positive));
    });

    it("reports nothing in its negative fixtures", () => {
      expect(actualRows(id, `${id}/negative`)).toEqual([]);
    });
  });
}

ruleSuite({
  id: "AIA001",
  category: "parse-error",
  positive: {
    // A continuation line without its backslash: `curl git …` is read as an instruction.
    Dockerfile: [[4, "info"]],
    // `args:` is indented less than the other keys of the container.
    "deploy/k8s/deployment.yaml": [[18, "info"]],
    // An unclosed double quote.
    "docker-compose.yml": [[5, "info"]],
  },
});

ruleSuite({
  id: "AIA201",
  category: "privileged-container",
  positive: {
    "docker-compose.yml": [
      [4, "high"],
      [12, "high"],
    ],
    // An init container and a container, each privileged.
    "deploy/k8s/daemonset.yaml": [
      [19, "high"],
      [24, "high"],
    ],
  },
});

ruleSuite({
  id: "AIA202",
  category: "docker-socket",
  positive: {
    // Short syntax with :ro, long syntax (anchored on the list item), /run/docker.sock.
    "docker-compose.yml": [
      [9, "high"],
      [14, "high"],
      [22, "high"],
    ],
    // Rootless Podman socket under an unresolved ${XDG_RUNTIME_DIR}.
    "compose.podman.yaml": [[5, "high"]],
    // hostPath volumes (anchored on the volume): the Docker socket mounted readOnly, the containerd run dir.
    "deploy/k8s/runner.yaml": [
      [24, "high"],
      [28, "high"],
    ],
    // /var/run mounted read-only (cAdvisor's documented volumes): the Docker socket inside is still reachable.
    "cadvisor/docker-compose.yml": [[7, "high"]],
  },
});

ruleSuite({
  id: "AIA203",
  category: "host-namespace",
  positive: {
    // network_mode: host, ipc: host, pid: "host".
    "docker-compose.yml": [
      [4, "medium"],
      [5, "medium"],
      [10, "high"],
    ],
    // Pod-level hostNetwork/hostPID reported once although the pod has two containers.
    "deploy/k8s/dcgm-exporter.yaml": [
      [15, "medium"],
      [16, "high"],
    ],
    "deploy/k8s/training-job.yaml": [[9, "medium"]],
  },
});

ruleSuite({
  id: "AIA204",
  category: "dangerous-capability",
  positive: {
    // NET_ADMIN, SYS_MODULE, lower-case sys_admin (CHOWN next to it is benign).
    "docker-compose.yml": [
      [5, "medium"],
      [6, "high"],
      [13, "high"],
    ],
    // CAP_SYS_PTRACE (prefix stripped), BPF, ["ALL"].
    "deploy/k8s/profiler.yaml": [
      [12, "medium"],
      [13, "medium"],
      [18, "high"],
    ],
  },
});

ruleSuite({
  id: "AIA205",
  category: "writable-host-mount",
  positive: {
    // `/:/host`, long-syntax bind of /etc, /proc/sys with :rw, /sys/fs/cgroup.
    "docker-compose.yml": [
      [5, "high"],
      [11, "high"],
      [22, "high"],
      [23, "high"],
    ],
    // hostPath / (readOnly: false), /etc/ (trailing slash), /proc/sys.
    "deploy/k8s/node-agent.yaml": [
      [27, "high"],
      [30, "high"],
      [34, "high"],
    ],
  },
});

ruleSuite({
  id: "AIA206",
  category: "root-user",
  positive: {
    // Multi-stage build whose final stage never sets USER: anchored on the final FROM.
    Dockerfile: [[4, "low"]],
    // USER app, then USER root last.
    "Dockerfile.gpu": [[5, "low"]],
    "services/ingest/Dockerfile": [[6, "low"]],
    // FROM scratch without USER: the process runs as uid 0.
    "services/tokenizer/Dockerfile": [[6, "low"]],
    // user: root and user: "0:0"; a service without user: is left to the image.
    "docker-compose.yml": [
      [4, "low"],
      [10, "low"],
    ],
    // Pod-level runAsUser: 0 (medium), a container with nothing set (low), a container runAsUser: 0.
    "deploy/k8s/deployment.yaml": [
      [15, "medium"],
      [39, "low"],
      [46, "medium"],
    ],
  },
});

describe("AIA206 root-user messages", () => {
  it("describes a FROM scratch final stage by name", () => {
    const finding = scanFolder("AIA206/positive").find((f) => f.ruleId === "AIA206" && f.file === "services/tokenizer/Dockerfile");
    expect(finding?.message).not.toContain("(FROM )");
  });
});

ruleSuite({
  id: "AIA207",
  category: "privilege-escalation",
  positive: {
    // echo "… NOPASSWD: ALL" > /etc/sudoers.d/… in a RUN spanning lines 3-6.
    Dockerfile: [[3, "medium"]],
    // The same in a heredoc RUN, %sudo group rule appended to /etc/sudoers.
    ".devcontainer/Dockerfile": [[4, "medium"]],
    // Init container with nothing set, allowPrivilegeEscalation: true, a container without the key.
    "deploy/k8s/deployment.yaml": [
      [18, "low"],
      [24, "low"],
      [27, "low"],
    ],
  },
});

ruleSuite({
  id: "AIA208",
  category: "dangerous-capability",
  positive: {
    // seccomp:unconfined, apparmor=unconfined.
    "docker-compose.yml": [
      [5, "medium"],
      [9, "medium"],
    ],
    // Pod-level seccompProfile Unconfined (once for two containers), a container's appArmorProfile Unconfined.
    "deploy/k8s/profiler.yaml": [
      [14, "medium"],
      [22, "medium"],
    ],
  },
});

ruleSuite({
  id: "AIA301",
  category: "unpinned-image",
  positive: {
    // No tag, :main, :latest with a docker.io prefix, ${CHROMA_TAG:-latest}.
    "docker-compose.yml": [
      [3, "low"],
      [8, "low"],
      [13, "low"],
      [16, "low"],
    ],
    // `FROM golang` in a build stage, and FROM ${BASE_IMAGE} whose ARG default is :latest.
    "Dockerfile.gpu": [
      [2, "low"],
      [5, "low"],
    ],
    // busybox init container with no tag, :latest-gpu, :nightly.
    "deploy/k8s/deployment.yaml": [
      [16, "low"],
      [20, "low"],
      [22, "low"],
    ],
  },
});

ruleSuite({
  id: "AIA302",
  category: "insecure-download",
  positive: {
    // curl | sh (in a build stage), wget -O- | bash, sh -c "$(curl …)", ADD https:// without --checksum, curl | python3 -.
    Dockerfile: [
      [2, "medium"],
      [4, "medium"],
      [7, "medium"],
      [8, "low"],
      [9, "medium"],
    ],
    // curl | sudo -E bash in a heredoc, exec-form ADD of a URL, bash <(curl …).
    "docker/Dockerfile.cuda": [
      [2, "medium"],
      [8, "low"],
      [9, "medium"],
    ],
    // curl of a quoted URL with `&` in its query string, piped into bash.
    "docker/Dockerfile.sdkman": [[3, "medium"]],
    // curl piped into `/bin/bash`, a shell named by its path.
    "docker/Dockerfile.node": [[3, "medium"]],
  },
});

ruleSuite({
  id: "AIA401",
  category: "default-credentials",
  positive: {
    // MinIO's documented minioadmin through ${VAR:-minioadmin} on the password (the default user name
    // next to it is no secret), POSTGRES_PASSWORD=postgres (own login, not published), Grafana
    // admin/admin on a published port (its own login: high), `--password changeme` on a command line.
    "docker-compose.yml": [
      [7, "medium"],
      [16, "low"],
      [23, "high"],
      [29, "low"],
    ],
    // MYSQL_ROOT_PASSWORD "123456" on 3306 published on every interface.
    "compose.mysql.yaml": [[5, "high"]],
    // ENV PGPASSWORD=password baked into an image.
    Dockerfile: [[4, "low"]],
    // Password equal to the user name, behind a LoadBalancer Service.
    "deploy/k8s/airflow.yaml": [[21, "medium"]],
    // RABBITMQ_DEFAULT_PASS: admin, the same as RABBITMQ_DEFAULT_USER (a name ending in _PASS): the
    // catalog knows it as RabbitMQ's own login, on a published port (high).
    "rabbitmq/docker-compose.yml": [[6, "high"]],
    // NEO4J_AUTH: neo4j/password, a user/password pair in one setting: Neo4j's own login, published (high).
    "graph/docker-compose.yml": [[5, "high"]],
  },
});

ruleSuite({
  id: "AIA402",
  category: "hardcoded-secret",
  positive: {
    // OpenAI-format key in compose env, the same format as a ${VAR:-default}, a literal SESSION_SECRET,
    // a literal POSTGRES_PASSWORD "changeme-in-.env" (a literal cannot be changed in .env), and vLLM's own
    // --api-key written on its command line: a key-shaped password of this server, reported once as a
    // literal credential (medium: the service is published), not as an OpenAI key.
    "docker-compose.yml": [
      [6, "high"],
      [14, "high"],
      [15, "low"],
      [16, "low"],
      [20, "medium"],
    ],
    // Hugging Face token in an ENV continuation line.
    Dockerfile: [[3, "high"]],
    // Literal DATABASE_PASSWORD in a Deployment.
    "deploy/k8s/deployment.yaml": [[23, "medium"]],
    // vLLM's own key passed as `- --api-key` / `- sk-…` on two lines: one finding, on the flag.
    "deploy/k8s/vllm.yaml": [[20, "medium"]],
    // An AWS access key id (AKIA…, upper case and digits only).
    "s3/docker-compose.yml": [[6, "high"]],
  },
});


describe("host paths", () => {
  const mounts = (paths: string[]) =>
    scan({ root: makeMountTree(paths), config: emptyConfig(), today: "2026-11-23" })
      .findings.filter((f) => f.ruleId === "AIA202" || f.ruleId === "AIA205")
      .map((f) => `${f.ruleId}:${f.line}`);

  it("reports /var and /dev/mem, not model caches under /root or /usr/share, and /run only once (AIA202)", () => {
    expect(mounts(["/var:/hostvar", "/dev/mem:/dev/mem", "/root/.cache/huggingface:/root/.cache/huggingface", "/usr/share/ollama/.ollama:/root/.ollama", "/run:/run"])).toEqual([
      "AIA205:6",
      "AIA205:7",
      "AIA202:10",
    ]);
  });
});

/** A compose file whose one service mounts each `host:container` path, one per line from line 6. */
function makeMountTree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "aia-mounts-"));
  writeFileSync(join(root, "compose.yaml"), `services:\n  agent:\n    image: busybox:1.37\n    user: "1000"\n    volumes:\n${paths.map((p) => `      - ${p}\n`).join("")}`);
  return root;
}
