// The Terraform reader: files of one folder read as one module, syntax errors as notices with their line,
// inline suppressions in HCL comments, and values resolved only where the repository says what they are.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { completeScopes } from "../src/model/scopes.js";
import { read } from "../src/readers/terraform/index.js";
import { makeTree, scanTree } from "./helpers/tree.js";

const SG = (cidr: string, port = 11434) => `resource "aws_security_group" "s" {\n  ingress {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "tcp"\n    cidr_blocks = [${cidr}]\n  }\n}\n`;

async function findings(files: Record<string, string>) {
  const result = await scanTree(makeTree(files));
  return { result, rows: result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}${f.suppressed ? " suppressed" : ""}`) };
}

describe("Terraform files", () => {
  it("reports a syntax error with its line as a parse error, and still reads the rest of the file and the tree", async () => {
    const { rows, result } = await findings({
      "infra/broken.tf": `resource "aws_instance" "x" {\n  ami = "ami-1"\n  count =\n}\n\n${SG('"0.0.0.0/0"')}`,
      "infra/other.tf.json": '{"resource": {"aws_security_group": {"t": {"ingress": [{"from_port": 8265, "to_port": 8265, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}}}',
    });
    expect(rows).toContain("AIA001 infra/broken.tf:3 info");
    expect(rows).toContain("AIA104 infra/broken.tf:11 critical");
    expect(rows).toContain("AIA001 infra/other.tf.json:1 info");
    expect(result.findings.find((f) => f.file === "infra/broken.tf" && f.ruleId === "AIA001")?.message).toMatch(/^HCL: /);
  });

  it("resolves variables and locals across the files of one folder only", async () => {
    const { rows } = await findings({
      "a/variables.tf": 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\nlocals {\n  open = var.cidr\n}\n',
      "a/main.tf": SG("local.open"),
      // Another module: its var.cidr has no default here (nothing from folder a/ applies).
      "b/main.tf": 'variable "cidr" {}\n' + SG("var.cidr"),
    });
    expect(rows.filter((r) => r.startsWith("AIA104"))).toEqual(["AIA104 a/main.tf:6 critical"]);
  });

  it("takes *.auto.tfvars over terraform.tfvars over the default, and ignores other .tfvars files", async () => {
    const variables = 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n';
    const open = await findings({ "m/variables.tf": variables, "m/main.tf": SG("var.cidr"), "m/terraform.tfvars": 'cidr = "10.1.0.0/16"\n', "m/z.auto.tfvars.json": '{"cidr": "0.0.0.0/0"}' });
    expect(open.rows.filter((r) => r.startsWith("AIA104"))).toEqual(["AIA104 m/main.tf:6 critical"]);
    const closed = await findings({ "m/variables.tf": variables.replace("10.0.0.0/8", "0.0.0.0/0"), "m/main.tf": SG("var.cidr"), "m/terraform.tfvars": 'cidr = "10.1.0.0/16"\n' });
    expect(closed.rows.filter((r) => r.startsWith("AIA104"))).toEqual([]);
    const other = await findings({ "m/variables.tf": variables, "m/main.tf": SG("var.cidr"), "m/prod.tfvars": 'cidr = "0.0.0.0/0"\n' });
    expect(other.rows.filter((r) => r.startsWith("AIA104"))).toEqual([]);
  });

  it("applies an inline suppression written in an HCL comment (#, // or /* */), not one inside a string", async () => {
    const sg = (comment: string) => SG('"0.0.0.0/0"').replace("    cidr_blocks", `    ${comment}\n    cidr_blocks`);
    const { rows } = await findings({
      "a/main.tf": sg("# ai-infra-audit:ignore AIA104 lab account"),
      "b/main.tf": sg("// ai-infra-audit:ignore AIA104 lab account"),
      "c/main.tf": sg("/* ai-infra-audit:ignore AIA104 lab account */"),
      "d/main.tf": sg('description = "# ai-infra-audit:ignore AIA104 not a comment"'),
    });
    expect(rows.filter((r) => r.startsWith("AIA104"))).toEqual(["AIA104 a/main.tf:7 critical suppressed", "AIA104 b/main.tf:7 critical suppressed", "AIA104 c/main.tf:7 critical suppressed", "AIA104 d/main.tf:7 critical"]);
  });

  it("counts .tf files as scanned and leaves .terraform/ (downloaded modules) alone", async () => {
    const { result, rows } = await findings({ "main.tf": SG('"10.0.0.0/8"'), ".terraform/modules/x/main.tf": SG('"0.0.0.0/0"') });
    expect(result.summary.files).toBe(1);
    expect(rows).toEqual([]);
  });
});

describe("workloads declared in Terraform", () => {
  const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "terraform");
  const rows = async (folder: string) =>
    (await scanTree(join(FIXTURES, folder))).findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}`).sort();

  it("reads kubernetes_deployment and kubernetes_service like the same manifest: the same findings, at the HCL lines", async () => {
    expect(await rows("k8s")).toEqual(["AIA101 ollama.tf:58 critical", "AIA201 ollama.tf:36 high", "AIA206 ollama.tf:29 low", "AIA501 ollama.tf:31 critical"]);
    // The same objects as YAML give the same rules, severities and titles.
    const yaml = await scanTree(makeTree({ "ollama.yaml": readFileSync(join(FIXTURES, "k8s", "ollama.yaml.txt"), "utf8") }));
    const hcl = await scanTree(join(FIXTURES, "k8s"));
    const summary = (findings: { ruleId: string; severity: string; title: string }[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.title}`).sort();
    expect(summary(hcl.findings)).toEqual(summary(yaml.findings));
    expect(hcl.inventory.workloads).toMatchObject([{ kind: "k8s-container", name: "deployment/ollama/ollama", product: "ollama", gpu: true, reach: "network" }]);
  });

  it("reads ECS task definitions from jsonencode and heredoc JSON, at their lines, and exposes them only through a public IP behind an open security group or an internet-facing load balancer", async () => {
    expect(await rows("ecs")).toEqual(["AIA101 main.tf:39 high", "AIA104 main.tf:27 high", "AIA201 main.tf:10 high", "AIA501 main.tf:8 critical"]);
    expect(await rows("ecs-heredoc")).toEqual(["AIA201 main.tf:8 high", "AIA204 main.tf:10 high", "AIA301 main.tf:7 low"]);
    expect(await rows("ecs-alb")).toEqual(["AIA101 main.tf:38 critical", "AIA501 main.tf:5 critical"]);
    expect(await rows("ecs-internal")).toEqual(["AIA501 main.tf:5 critical"]);
  });

  it("exposes a Cloud Run service only when allUsers may invoke it, and a container group with a public IP", async () => {
    expect(await rows("cloudrun")).toEqual(["AIA101 main.tf:27 critical", "AIA501 main.tf:6 critical"]);
    expect(await rows("cloudrun-private")).toEqual(["AIA501 main.tf:6 critical"]);
    expect(await rows("aci")).toEqual(["AIA101 main.tf:6 critical"]);
  });

  it("leaves authentication unknown, not off, when the arguments come from a variable without a default", async () => {
    const tf = (args: string) =>
      `variable "args" {}\nresource "azurerm_container_group" "v" {\n  name = "v"\n  location = "x"\n  resource_group_name = "rg"\n  os_type = "Linux"\n  ip_address_type = "Public"\n  container {\n    name = "vllm"\n    image = "vllm/vllm-openai:v0.10.1"\n    cpu = 4\n    memory = 16\n    commands = ${args}\n    ports {\n      port = 8000\n    }\n  }\n}\n`;
    const known = await scanTree(makeTree({ "main.tf": tf('["vllm", "serve", "m"]') }));
    expect(known.findings.filter((f) => f.ruleId === "AIA101").map((f) => f.line)).toEqual([7]);
    const outside = await scanTree(makeTree({ "main.tf": tf("var.args") }));
    expect(outside.findings.filter((f) => f.ruleId === "AIA101")).toEqual([]);
    expect(outside.findings.find((f) => f.ruleId === "AIA102")?.message).toContain("var.args");
  });
});

describe("helm_release", () => {
  it("is recorded, not rendered: a notice says where its values publish a Service", async () => {
    const result = await scanTree(
      makeTree({
        "main.tf": [
          'resource "helm_release" "ollama" {',
          '  name       = "ollama"',
          '  repository = "https://otwld.github.io/ollama-helm/"',
          '  chart      = "ollama"',
          '  version    = "1.12.0"',
          "  set {",
          '    name  = "service.type"',
          '    value = "LoadBalancer"',
          "  }",
          "}",
          'resource "helm_release" "webui" {',
          '  name   = "open-webui"',
          '  chart  = "open-webui/open-webui"',
          "  values = [yamlencode({ service = { type = \"NodePort\" } }), file(\"values.yaml\")]",
          "}",
          'resource "helm_release" "internal" {',
          '  name  = "x"',
          '  chart = "x"',
          "  values = [<<-EOT",
          "    service:",
          "      type: ClusterIP",
          "  EOT",
          "  ]",
          "}",
        ].join("\n"),
      }),
    );
    expect(result.notices.filter((n) => n.kind === "warning").map((n) => `${n.file}:${n.line} ${n.message}`)).toEqual([
      "main.tf:8 helm_release.ollama installs chart ollama 1.12.0 with service.type = LoadBalancer: charts installed from Terraform are not rendered, so what this publishes was not checked",
      "main.tf:14 helm_release.webui installs chart open-webui/open-webui with service.type = NodePort: charts installed from Terraform are not rendered, so what this publishes was not checked",
    ]);
    expect(result.findings).toEqual([]);
  });

  it("records the chart and its values with their lines for a chart reader", () => {
    const text = 'resource "helm_release" "r" {\n  chart = "vllm"\n  version = "0.1.0"\n  values = [yamlencode({ servingEngineSpec = { modelSpec = [{ name = "llama" }] } })]\n  set {\n    name = "a\\\\.b.c"\n    value = 3\n  }\n}\n';
    const [part] = completeScopes([read({ path: "infra/helm.tf", text }).part], []);
    expect(part.helmReleases).toMatchObject([{ id: "helm_release.r", chart: "vllm", version: "0.1.0", namespace: "default", values: { "servingEngineSpec.modelSpec[0].name": { value: "llama", pos: { line: 4 } }, "a.b.c": { value: "3", pos: { line: 7 } } } }]);
  });
});

describe("modules are separate", () => {
  it("links a GPU instance only to the security group of its own folder, when another folder uses the same address", async () => {
    const sg = 'resource "aws_security_group" "s" {\n  ingress {\n    from_port   = 8080\n    to_port     = 8080\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
    const instance = (type: string) => `resource "aws_instance" "i" {\n  instance_type          = "${type}"\n  vpc_security_group_ids = [aws_security_group.s.id]\n}\n`;
    const result = await scanTree(makeTree({ "gpu/sg.tf": sg, "gpu/vm.tf": instance("g4dn.xlarge"), "web/sg.tf": sg, "web/vm.tf": instance("t3.micro") }));
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(["AIA104 gpu/sg.tf:6"]);
  });
});
