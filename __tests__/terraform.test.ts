// The Terraform reader: files of one folder read as one module, syntax errors as notices with their line,
// inline suppressions in HCL comments, and values resolved only where the repository says what they are.
import { describe, expect, it } from "vitest";
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
