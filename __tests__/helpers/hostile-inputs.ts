// Hostile repository files, generated in code (nothing large is committed). Each case is a set of files
// to place next to the canaries: real problems in other files that a scan must still report.

export const CANARY_COMPOSE = 'services:\n  ollama:\n    image: ollama/ollama:0.12.3\n    ports:\n      - "11434:11434"\n';
export const PRIVILEGED_POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: root\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n";

export const CANARIES = { "canary/compose.yaml": CANARY_COMPOSE, "canary/pod.yaml": PRIVILEGED_POD };

/** An ingress block that opens Ollama's port to the internet, and a security group made of it. */
const TF_INGRESS = '  ingress {\n    from_port   = 11434\n    to_port     = 11434\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n';
const TF_CANARY = `resource "aws_security_group" "canary" {\n${TF_INGRESS}}\n`;

export interface HostileCase {
  name: string;
  files: () => Record<string, string>;
  /** Findings `ruleId file` the scan must report besides the canaries'. */
  expect?: string[];
  /** Findings `ruleId file` the scan must not report. */
  absent?: string[];
}

const K8S_HEAD = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pad\n";
const nested = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);

/** One Deployment whose Pod has `n` containers, labelled `app: wide`. */
function wideDeployment(n: number): string {
  const containers = Array.from({ length: n }, (_, i) => `{name: c${i}, image: "redis:7.4.6"}`).join(", ");
  return `{apiVersion: apps/v1, kind: Deployment, metadata: {name: wide}, spec: {template: {metadata: {labels: {app: wide}}, spec: {containers: [${containers}]}}}}\n`;
}

/** `n` LoadBalancer Services, the i-th selecting `app: <app(i)>`. */
function services(n: number, app: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => `---\n{apiVersion: v1, kind: Service, metadata: {name: s${i}}, spec: {type: LoadBalancer, selector: {app: ${app(i)}}, ports: [{port: 6379}]}}\n`).join("");
}

export const hostileCases: HostileCase[] = [
  {
    name: "an anchor referenced by 60,000 aliases (a document walk per alias)",
    files: () => ({ "a/compose.yaml": `x-a: &a {k: v}\nx-list:\n${"  - *a\n".repeat(60_000)}services:\n  s:\n    image: redis:7.4.6\n` }),
  },
  {
    name: "60,000 distinct anchors, each aliased once",
    files: () => ({ "a/compose.yaml": `x-list:\n${Array.from({ length: 60_000 }, (_, i) => `  - &a${i} v\n  - *a${i}\n`).join("")}services:\n  s:\n    image: redis:7.4.6\n` }),
  },
  {
    name: "a merge key list of 20,000 aliases",
    files: () => ({ "a/compose.yaml": `x-a: &a {k: v, l: w}\nx-m:\n  <<: [${Array(20_000).fill("*a").join(", ")}]\nservices:\n  s:\n    image: redis:7.4.6\n` }),
  },
  {
    name: "100,000 documents in one manifest",
    files: () => ({ "k8s/many.yaml": `${K8S_HEAD}data: {}\n` + "---\na: 1\n".repeat(100_000) }),
    expect: ["AIA002 k8s/many.yaml"],
  },
  {
    name: "2,000 small alias bombs, one per document (each under the per-document limit)",
    files: () => {
      const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
      for (let i = 1; i < 5; i++) bomb.push(`b${i}: &b${i} [${Array(10).fill(i === 1 ? "*a" : `*b${i - 1}`).join(", ")}]`);
      return { "k8s/bombs.yaml": `${K8S_HEAD}data: {}\n` + `---\n${bomb.join("\n")}\n`.repeat(2_000) };
    },
    expect: ["AIA002 k8s/bombs.yaml"],
  },
  {
    name: "100,000 nested ${ in a compose value",
    files: () => ({ "a/compose.yaml": `services:\n  s:\n    image: redis:7.4.6\n    environment:\n      A: "${nested("${X:-", "x", "}", 100_000)}"\n` }),
  },
  {
    name: "100,000 unclosed ${ in a compose value",
    files: () => ({ "a/compose.yaml": `services:\n  s:\n    image: redis:7.4.6\n    environment:\n      A: "${"${".repeat(100_000)}"\n` }),
  },
  {
    name: "100,000 nested ${ in a Dockerfile ARG",
    files: () => ({ "a/Dockerfile": `ARG A=${nested("${X:-", "x", "}", 100_000)}\nFROM alpine:3.20\nUSER 1000\n` }),
  },
  {
    name: "100,000 unclosed ${ in a Dockerfile",
    files: () => ({ "a/Dockerfile": `ARG A=${"${".repeat(100_000)}\nFROM alpine:\${A}\nUSER 1000\n` }),
  },
  {
    name: "build arguments that double forty times, and a word of 100,000 references to the largest",
    files: () => ({
      "a/Dockerfile": `ARG A0=xx\n${Array.from({ length: 40 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}\n`).join("")}ARG B=${"${A16}".repeat(100_000)}\nFROM alpine:3.20\nUSER root\n`,
    }),
    expect: ["AIA206 a/Dockerfile"],
  },
  {
    name: "50,000 stages, each FROM the one before, and 60,000 exposed ports",
    files: () => ({
      "a/Dockerfile": `FROM alpine:3.20 AS s0\n${Array.from({ length: 50_000 }, (_, i) => `FROM s${i} AS s${i + 1}\n`).join("")}EXPOSE ${Array.from({ length: 60_000 }, (_, i) => i + 1).join(" ")}\nUSER root\n`,
    }),
    expect: ["AIA206 a/Dockerfile"],
  },
  {
    name: "50,000 unterminated heredocs",
    files: () => ({ "a/Dockerfile": "FROM alpine:3.20\n" + "RUN <<EOF\n".repeat(50_000) + "USER 1000\n" }),
  },
  {
    name: "Services × workloads: 10,000 LoadBalancer Services and a Deployment of 10,000 containers in one namespace",
    files: () => ({ "k8s/wide.yaml": wideDeployment(10_000), "k8s/services.yaml": services(10_000, (i) => `a${i}`) }),
  },
  {
    name: "Services × workloads: one Service selecting a Pod of 20,000 containers",
    files: () => ({ "k8s/wide.yaml": wideDeployment(20_000), "k8s/services.yaml": services(1, () => "wide") }),
  },
  {
    name: "Services × workloads: 3,000 Services all selecting the same 3,000 Deployments",
    files: () => ({
      "k8s/deployments.yaml": Array.from({ length: 3_000 }, (_, i) => `---\n{apiVersion: apps/v1, kind: Deployment, metadata: {name: d${i}}, spec: {template: {metadata: {labels: {app: same}}, spec: {containers: [{name: c, image: "redis:7.4.6"}]}}}}\n`).join(""),
      "k8s/services.yaml": services(3_000, () => "same"),
    }),
  },
  {
    name: "40 LoadBalancer Services on a metrics port before the one on the API port (the exposure cap must not hide it)",
    files: () => {
      const lb = (name: string, port: number) => `---\n{apiVersion: v1, kind: Service, metadata: {name: ${name}}, spec: {type: LoadBalancer, selector: {app: ts}, ports: [{port: ${port}}]}}\n`;
      return {
        "k8s/torchserve.yaml":
          `{apiVersion: apps/v1, kind: Deployment, metadata: {name: ts}, spec: {template: {metadata: {labels: {app: ts}}, spec: {containers: [{name: ts, image: "pytorch/torchserve:0.10.0-cpu", ports: [{containerPort: 8080}, {containerPort: 8082}]}]}}}}\n` +
          Array.from({ length: 40 }, (_, i) => lb(`metrics${i}`, 8082)).join("") +
          lb("api", 8080),
      };
    },
    expect: ["AIA101 k8s/torchserve.yaml"],
  },
  {
    name: "2,000 services listing the same 1,000-line env file 20 times each",
    files: () => ({
      "a/compose.yaml": "services:\n" + Array.from({ length: 2_000 }, (_, i) => `  s${i}: {image: "redis:7.4.6", env_file: [${Array(20).fill(".env").join(", ")}]}\n`).join(""),
      "a/.env": Array.from({ length: 1_000 }, (_, i) => `A${i}=1\n`).join(""),
    }),
  },
  {
    name: "20,000 port ranges 1-65535:1-65535",
    files: () => ({ "a/compose.yaml": `services:\n  s:\n    image: redis:7.4.6\n    ports:\n${'      - "1-65535:1-65535"\n'.repeat(20_000)}    expose:\n${'      - "1-65535"\n'.repeat(20_000)}` }),
  },
  {
    name: "a padding document over the node limit before a privileged Pod in the same file",
    files: () => ({ "k8s/padded.yaml": `${K8S_HEAD}data:\n${Array.from({ length: 201_000 }, (_, i) => `  k${i}: v\n`).join("")}---\n${PRIVILEGED_POD}` }),
    expect: ["AIA201 k8s/padded.yaml", "AIA002 k8s/padded.yaml"],
  },
  {
    name: "padding under the node limit, many times, before a privileged Pod in the same file",
    // Three documents of 70,000 nodes: over the old per-file budget of 200,000, under the per-document one.
    files: () => ({ "k8s/padded.yaml": `${K8S_HEAD}data:\n${Array.from({ length: 70_000 }, (_, i) => `  k${i}: v\n`).join("")}---\n`.repeat(3) + PRIVILEGED_POD }),
    expect: ["AIA201 k8s/padded.yaml"],
    absent: ["AIA002 k8s/padded.yaml"],
  },
  {
    name: "a compose file over the size cap",
    files: () => ({ "big/compose.yaml": CANARY_COMPOSE + "# padding\n".repeat(600_000) }),
    expect: ["AIA002 big/compose.yaml"],
  },
  {
    name: "a manifest over the size cap, recognised by its first bytes",
    files: () => ({
      "k8s/big.yaml": PRIVILEGED_POD + "# padding\n".repeat(600_000),
      "k8s/big.json": JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "big" } }, null, 2) + "\n".repeat(6_000_000),
      "data/big.yaml": "rows:\n" + "  - 1\n".repeat(1_000_000),
      "package-lock.json": JSON.stringify({ name: "x", packages: Array(300_000).fill({ version: "1.0.0" }) }),
    }),
    expect: ["AIA002 k8s/big.yaml", "AIA002 k8s/big.json"],
    absent: ["AIA002 data/big.yaml", "AIA002 package-lock.json"],
  },
  {
    name: "lockfiles nested 100,000 deep, with 1 MB names and 200 kB requirement lines, beside a real pin",
    files: () => ({
      "a/package-lock.json": `{"lockfileVersion": 3, "packages": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
      "b/package-lock.json": `{"lockfileVersion": 3, "packages": {"node_modules/${"x".repeat(1_000_000)}": {"version": "1.0.0"}}}`,
      "c/requirements.txt": `${"torch".repeat(40_000)}==${"1.".repeat(100_000)}\n${"-r ".repeat(70_000)}\ntorch==2.5.1\n`,
      "d/yarn.lock": `"${"@".repeat(1_000_000)}":\n  version "1.0.0"\n`,
      "e/pnpm-lock.yaml": `lockfileVersion: '9.0'\npackages:\n${"  /a@1.0.0(".repeat(50_000)}:\n`,
      "f/go.mod": `module x\nrequire (\n${"\tgithub.com/a/b v1.0.0 // indirect\n".repeat(100_000)})\n`,
      "g/Cargo.lock": `${"[[package]]\nname = \"a\"\n".repeat(100_000)}`,
      "h/poetry.lock": `[[package]]\nname = "${"n".repeat(500_000)}"\nversion = "1.0"\n${"[".repeat(50_000)}\n`,
    }),
    expect: ["AIA501 c/requirements.txt"],
  },
  {
    name: "a Dockerfile RUN installing 50,000 pinned packages, and versions of 10 kB",
    files: () => ({
      "a/Dockerfile": `FROM debian:12\nRUN apt-get install -y ${Array.from({ length: 50_000 }, (_, i) => `p${i}=1.${i}-1`).join(" ")}\nRUN pip install "torch==${"9".repeat(10_000)}" ${"==".repeat(50_000)}\nRUN pip install torch==2.5.1\n`,
    }),
    expect: ["AIA501 a/Dockerfile"],
  },
  {
    name: "200 kB lines in a Dockerfile (curl | sh, sudoers, URLs, spaces)",
    files: () => ({
      "a/Dockerfile": `FROM alpine:3.20\nRUN curl ${"a".repeat(200_000)}\nRUN curl ${"http://".repeat(30_000)}\nRUN echo ${"x ".repeat(100_000)} >> /etc/sudoers\nRUN wget ${"-".repeat(200_000)}| sh\nENV A=${" ".repeat(200_000)}b\nUSER 1000\n`,
    }),
  },
  {
    name: "200 kB values in compose (env, labels, volumes, commands)",
    files: () => ({
      "a/compose.yaml": `services:\n  s:\n    image: "${"a/".repeat(100_000)}x"\n    command: "${"--a=".repeat(50_000)}"\n    environment:\n      PASSWORD: "${"a".repeat(200_000)}"\n    volumes:\n      - "${"/".repeat(200_000)}:/x"\n    labels:\n      traefik.http.routers.${"a".repeat(100_000)}.rule: x\n`,
    }),
  },
  {
    name: "200 kB values in a manifest (args, env, annotations, labels, hostPath, image)",
    files: () => {
      const long = (unit: string) => JSON.stringify(unit.repeat(Math.ceil(200_000 / unit.length)) + "!");
      return {
        "k8s/long.yaml": `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: long\n  annotations:\n    nginx.ingress.kubernetes.io/auth-url: ${long("a")}\n    ${"a".repeat(100_000)}: x\nspec:\n  template:\n    metadata:\n      labels: {app: ${long("-")}}\n    spec:\n      volumes: [{name: v, hostPath: {path: ${long("/")}}}]\n      containers:\n        - name: c\n          image: ${long("a:")}\n          args: [${long("--a=")}, ${long("$(A")}, ${long("${A:-")}, ${long(" ")}]\n          env: [{name: PASSWORD, value: ${long("a")}}, {name: URL, value: ${long("http://a:")}}]\n          command: [sh, -c, ${long("curl http://x | ")}]\n`,
      };
    },
  },
  {
    name: "200,000 unknown YAML tags (one parser warning each)",
    files: () => ({ "a/compose.yaml": `services:\n  s:\n    image: redis:7.4.6\n    command: [${Array(200_000).fill("!t x").join(", ")}]\n` }),
  },
  {
    name: "a YAML document nested 100,000 levels deep",
    files: () => ({ "a/compose.yaml": `services:\n  s:\n    image: ${nested("[", "", "]", 100_000)}\n`, "k8s/deep.yaml": `apiVersion: v1\nkind: List\nitems: ${nested("{a: ", "b", "}", 50_000)}\n` }),
  },
  {
    name: "Terraform blocks nested 100,000 deep, and a .tf.json nested 100,000 deep",
    files: () => ({
      "tf/nested.tf": "a {\n".repeat(100_000) + "}\n".repeat(100_000),
      "tf/nested.tf.json": `{"resource": {"aws_security_group": {"x": ${nested('{"a": ', "1", "}", 100_000)}}}}`,
      "tf/canary.tf": TF_CANARY,
    }),
    // The YAML parser (JSON is YAML to it) gives up on the JSON as on any YAML nested that deep: a parse error.
    expect: ["AIA002 tf/nested.tf", "AIA001 tf/nested.tf.json", "AIA104 tf/canary.tf"],
  },
  {
    name: "200 kB strings, names, interpolations and heredocs in a Terraform security group",
    files: () => ({
      "tf/long.tf": `resource "aws_security_group" "${"a".repeat(200_000)}" {\n  description = "${"\\n".repeat(100_000)}"\n  name = "\${${"a.".repeat(100_000)}b}"\n  tags = { ${"k".repeat(200_000)} = "${" ".repeat(200_000)}" }\n  x = <<EOT\n${"$${".repeat(70_000)}\nEOT\n  ${"b".repeat(200_000)} = 1\n${TF_INGRESS}}\n`,
      "tf/cidrs.tf": `resource "aws_security_group" "c" {\n  ingress {\n    from_port = 11434\n    to_port = 11434\n    protocol = "tcp"\n    cidr_blocks = ["${"0".repeat(200_000)}", "0.0.0.0/0"]\n  }\n}\n`,
    }),
    expect: ["AIA104 tf/long.tf", "AIA104 tf/cidrs.tf"],
  },
  {
    name: "a binary file named main.tf, and one of bytes without NUL",
    files: () => ({
      "tf/main.tf": Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256)).toString("latin1"),
      "tf/high.tf": Buffer.from(Array.from({ length: 300_000 }, (_, i) => 1 + ((i * 7919) % 255))).toString("latin1"),
      "tf/canary.tf": TF_CANARY,
    }),
    expect: ["AIA104 tf/canary.tf"],
  },
  {
    name: "a 50 MB .tf file over the size cap",
    files: () => ({ "tf/big/main.tf": TF_CANARY + "# padding\n".repeat(5_000_000) }),
    expect: ["AIA002 tf/big/main.tf"],
  },
  {
    name: "broken HCL that makes tree-sitter's error recovery super-linear, unclosed comments and heredocs",
    files: () => ({
      "tf/a/main.tf": "a = ".repeat(50_000),
      "tf/b/main.tf": '"a" '.repeat(50_000),
      "tf/c/main.tf": "/* x\n".repeat(40_000),
      "tf/d/main.tf": Array.from({ length: 20_000 }, (_, i) => `x = <<E${i}\n`).join(""),
      "tf/e/main.tf": 'x = "' + "${".repeat(100_000),
      "tf/f/main.tf": 'x = "${a\n'.repeat(20_000),
      "tf/canary.tf": TF_CANARY,
    }),
    expect: ["AIA001 tf/a/main.tf", "AIA001 tf/b/main.tf", "AIA001 tf/c/main.tf", "AIA104 tf/canary.tf"],
  },
  {
    name: "Terraform locals that double forty times, a chain of 100,000 locals and a dynamic block over 100,000 items, 2,000 times",
    files: () => {
      const doubling = Array.from({ length: 40 }, (_, i) => `  l${i + 1} = concat(local.l${i}, local.l${i}, [[local.l${i}]])\n`).join("");
      const chain = Array.from({ length: 100_000 }, (_, i) => `  c${i} = local.c${i + 1}\n`).join("");
      const dynamic = `  dynamic "ingress" {\n    for_each = local.many\n    content {\n      from_port = ingress.value\n      to_port = ingress.value\n      protocol = "tcp"\n      cidr_blocks = local.l40\n      description = "${"d".repeat(2_000)}"\n    }\n  }\n`;
      return {
        "tf/locals.tf": `locals {\n  l0 = ["0.0.0.0/0"]\n${doubling}${chain}  c100000 = "0.0.0.0/0"\n  many = [${Array.from({ length: 100_000 }, (_, i) => i).join(", ")}]\n}\n`,
        "tf/main.tf": `resource "aws_security_group" "open" {\n  ingress {\n    from_port = 11434\n    to_port = 11434\n    protocol = "tcp"\n    cidr_blocks = local.l20\n  }\n  ingress {\n    from_port = 6333\n    to_port = 6333\n    protocol = "tcp"\n    cidr_blocks = [local.c0]\n  }\n}\n` + Array.from({ length: 2_000 }, (_, i) => `resource "aws_security_group" "d${i}" {\n${dynamic}}\n`).join(""),
      };
    },
    expect: ["AIA104 tf/main.tf", "AIA002 tf/main.tf"],
  },
  {
    name: "20,000 security groups, each open to the internet on Ollama's port",
    files: () => ({ "tf/many.tf": Array.from({ length: 20_000 }, (_, i) => `resource "aws_security_group" "s${i}" {\n${TF_INGRESS}}\n`).join("") }),
    expect: ["AIA104 tf/many.tf"],
  },
  {
    name: "10,000 GPU instances and ECS services sharing one security group of 5,000 open rules, and 5,000 listeners",
    files: () => {
      const rules = Array.from({ length: 5_000 }, (_, i) => `  ingress {\n    from_port = ${8000 + (i % 100)}\n    to_port = ${8000 + (i % 100)}\n    protocol = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n`).join("");
      const instances = Array.from({ length: 10_000 }, (_, i) => `resource "aws_instance" "g${i}" {\n  instance_type = "g5.xlarge"\n  vpc_security_group_ids = [aws_security_group.shared.id]\n}\n`).join("");
      const services = Array.from({ length: 5_000 }, (_, i) => `resource "aws_ecs_service" "s${i}" {\n  task_definition = aws_ecs_task_definition.t.arn\n  network_configuration {\n    assign_public_ip = true\n    security_groups = [aws_security_group.shared.id]\n  }\n  load_balancer {\n    target_group_arn = aws_lb_target_group.tg.arn\n    container_port = 11434\n  }\n}\nresource "aws_lb_listener" "l${i}" {\n  load_balancer_arn = aws_lb.lb.arn\n  default_action {\n    target_group_arn = aws_lb_target_group.tg.arn\n  }\n}\n`).join("");
      const task = `resource "aws_ecs_task_definition" "t" {\n  container_definitions = jsonencode([{ name = "o", image = "ollama/ollama:0.12.3", portMappings = [{ containerPort = 11434 }] }])\n}\nresource "aws_lb" "lb" {}\nresource "aws_lb_target_group" "tg" {}\n`;
      return { "tf/sg.tf": `resource "aws_security_group" "shared" {\n${rules}}\n`, "tf/instances.tf": instances, "tf/services.tf": task + services };
    },
    expect: ["AIA104 tf/sg.tf", "AIA101 tf/services.tf"],
  },
];
