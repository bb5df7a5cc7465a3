// The HCL parser: values with positions, errors with lines, and linear time on hostile text.
import { describe, expect, it } from "vitest";
import { parseHcl, parseTemplateText, type HclBlock, type HclExpr } from "../src/parsers/hcl.js";

function attr(block: HclBlock | undefined, name: string): HclExpr | undefined {
  return block?.body.attributes.find((a) => a.name === name)?.value;
}

/** Parses and fails the test on a syntax error. */
function clean(text: string) {
  const parsed = parseHcl(text);
  expect(parsed.errors).toEqual([]);
  expect(parsed.limits).toEqual([]);
  return parsed;
}

describe("HCL values with positions", () => {
  const text = [
    'variable "cidr" {', //  1
    '  default = "0.0.0.0/0"', //  2
    "}", //  3
    "locals {", //  4
    "  ports = [11434, 8080] # comment", //  5
    '  name  = "x-${var.cidr}"', //  6
    "}", //  7
    'resource "aws_security_group" "ollama" {', //  8
    "  ingress {", //  9
    "    from_port   = 11434", // 10
    '    protocol    = "-1"', // 11
    "    cidr_blocks = [", // 12
    '      "0.0.0.0/0",', // 13
    "      var.cidr, local.ports[0],", // 14
    "    ]", // 15
    "  }", // 16
    '  tags = { Name = "a", "b" = true, c: null }', // 17
    '  x = jsonencode([{ image = "ollama/ollama" }])', // 18
    "  y = <<-EOT", // 19
    '    [{"image": "x"}]', // 20
    "  EOT", // 21
    "  z = var.a ? 1 : -2", // 22
    "  w = [for s in var.list : upper(s)]", // 23
    "  v = -1.5e3", // 24
    "  one { a = 1 }", // 25
    "  u = data.x.y[*].id", // 26
    '  s = "a\\"b\\u00e9 $${literal} %%{x}"', // 27
    "  i = aws_instance.web.0.id", // 28
    "}", // 29
  ].join("\n");
  const { body, comments } = clean(text);
  const [variable, locals, resource] = body.blocks;

  it("reads blocks with their labels and lines", () => {
    expect(body.blocks.map((b) => [b.type, b.labels, b.line, b.endLine])).toEqual([
      ["variable", ["cidr"], 1, 3],
      ["locals", [], 4, 7],
      ["resource", ["aws_security_group", "ollama"], 8, 29],
    ]);
    expect(attr(variable, "default")).toMatchObject({ kind: "literal", value: "0.0.0.0/0", line: 2, column: 13 });
  });

  it("keeps lists, references, templates and objects as written", () => {
    expect(attr(locals, "ports")).toMatchObject({ kind: "tuple", items: [{ value: 11434 }, { value: 8080 }] });
    expect(attr(locals, "name")).toMatchObject({ kind: "template", parts: ["x-", { kind: "traversal", root: "var", steps: ["cidr"] }] });
    const ingress = resource.body.blocks[0];
    expect(ingress).toMatchObject({ type: "ingress", line: 9, endLine: 16 });
    expect(attr(ingress, "protocol")).toMatchObject({ kind: "literal", value: "-1" });
    const cidrs = attr(ingress, "cidr_blocks");
    expect(cidrs).toMatchObject({
      kind: "tuple",
      line: 12,
      items: [
        { kind: "literal", value: "0.0.0.0/0", line: 13 },
        { kind: "traversal", root: "var", steps: ["cidr"], line: 14 },
        { kind: "traversal", root: "local", steps: ["ports", 0], line: 14 },
      ],
    });
    expect(attr(resource, "tags")).toMatchObject({
      kind: "object",
      items: [
        { key: { value: "Name" }, value: { value: "a" } },
        { key: { value: "b" }, value: { value: true } },
        { key: { value: "c" }, value: { value: null } },
      ],
    });
    expect(attr(resource, "x")).toMatchObject({ kind: "call", name: "jsonencode", args: [{ kind: "tuple" }] });
    expect(attr(resource, "y")).toMatchObject({ kind: "literal", value: '[{"image": "x"}]\n', line: 19, bodyLine: 20 });
    expect(attr(resource, "z")).toMatchObject({ kind: "other", line: 22 });
    expect(attr(resource, "w")).toMatchObject({ kind: "other" });
    expect(attr(resource, "v")).toMatchObject({ kind: "literal", value: -1500 });
    expect(resource.body.blocks[1]).toMatchObject({ type: "one", line: 25, body: { attributes: [{ name: "a" }] } });
    expect(attr(resource, "u")).toMatchObject({ kind: "other" });
    expect(attr(resource, "s")).toMatchObject({ kind: "literal", value: 'a"bé ${literal} %{x}' });
    expect(attr(resource, "i")).toMatchObject({ kind: "traversal", root: "aws_instance", steps: ["web", 0, "id"] });
  });

  it("lists comments for inline suppressions", () => {
    expect(comments).toEqual([{ line: 5, text: "# comment" }]);
  });

  it("reads heredocs with interpolations, directives and an indented marker", () => {
    const { body } = clean('a = <<EOT\nhello ${name}\n\n%{ if x ~}yes%{ endif }\n  EOT\nb = "${x}"\nc = "${ "in" }"\n');
    expect(body.attributes[0].value).toMatchObject({ kind: "template", directives: true, line: 1, endLine: 5 });
    expect(body.attributes[1].value).toMatchObject({ kind: "traversal", root: "x", line: 6 });
    expect(body.attributes[2].value).toMatchObject({ kind: "literal", value: "in" });
  });

  it("reads Terraform JSON strings as templates", () => {
    const at = { line: 3, column: 5, endLine: 3 };
    expect(parseTemplateText("${var.cidr}", at)).toMatchObject({ kind: "traversal", root: "var", steps: ["cidr"], line: 3 });
    expect(parseTemplateText("0.0.0.0/0", at)).toMatchObject({ kind: "literal", value: "0.0.0.0/0" });
    expect(parseTemplateText("${", at)).toMatchObject({ kind: "other" });
  });

  it("reads provider functions, splats, operators and multi-line calls", () => {
    clean('a = provider::aws::arn_parse(x).region\nb = merge(\n  var.a,\n  { x = 1 },\n)\nc = [for k, v in var.m : k => v if v != null]\nd = !x && (y || -z)\ne = { for k in x : k => 1... }\nf = a[*].b\ng = {\n  a = 1\n  b = 2\n}\n');
  });
});

describe("HCL syntax errors", () => {
  it("reports the first error with its line and keeps the other top-level blocks", () => {
    const parsed = parseHcl('resource "a" "b" {\n  x = \n}\nresource "c" "d" {\n  y = 1\n}\n');
    expect(parsed.errors[0]).toMatchObject({ line: 2 });
    expect(parsed.body.blocks.map((b) => b.labels)).toEqual([["c", "d"]]);
  });

  it("reports an unterminated string, an unclosed block and an unclosed heredoc", () => {
    expect(parseHcl('a = "x\nb = 1\n').errors[0]).toMatchObject({ line: 1, message: expect.stringContaining("unterminated") });
    expect(parseHcl('a = "x\nb = 1\n').body.attributes.map((a) => a.name)).toEqual(["b"]);
    expect(parseHcl("x {\n  a = 1\n").errors[0].message).toContain("not closed");
    expect(parseHcl("x = <<EOT\nabc\n").errors[0]).toMatchObject({ line: 1, message: expect.stringContaining("not closed") });
  });

  it("stops at nesting deeper than the limit as a limit, not a syntax error", () => {
    const parsed = parseHcl("x = " + "[".repeat(500) + "]".repeat(500) + "\ny = 1\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.limits[0].message).toContain("nesting deeper");
    expect(parsed.body.attributes.map((a) => a.name)).toEqual(["y"]);
  });
});

describe("HCL on hostile text", () => {
  const N = 200_000;
  const cases: [string, string][] = [
    ["equals chains", "a = ".repeat(N / 4)],
    ["string labels", '"a" '.repeat(N / 4)],
    ["open comments", "/* x".repeat(N / 4)],
    ["open heredocs", "x = <<EOT\n".repeat(N / 10)],
    ["open heredocs with distinct markers", Array.from({ length: N / 12 }, (_, i) => `x = <<E${i}\n`).join("")],
    ["open interpolations", 'x = "' + "${".repeat(N / 2)],
    ["interpolations per line", 'x = "${a\n'.repeat(N / 9)],
    ["open blocks", "a {\n".repeat(N / 4)],
    ["open brackets", "x = " + "[".repeat(N)],
    ["unary chains", "x = " + "!".repeat(N)],
    ["operator chains", "x = " + "a + ".repeat(N / 4) + "b\n"],
    ["long identifier", "x".repeat(N) + " = 1\n"],
    ["long string", 'x = "' + "a".repeat(N) + '"\n'],
    ["string of escapes", 'x = "' + "\\n".repeat(N / 2) + '"\n'],
    ["unclosed objects", "x = {" + "a = ".repeat(N / 4)],
    ["binary", Array.from({ length: N }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("")],
    ["templates in templates", 'x = "' + '${"'.repeat(N / 3)],
    ["for without end", "x = [for a in b : " + "[for a in b : ".repeat(N / 14)],
    ["many one-line blocks", "a b c { d = 1 }\n".repeat(N / 16)],
  ];
  it.each(cases)("%s: parsed in linear time without throwing", (_name, text) => {
    const started = performance.now();
    const parsed = parseHcl(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(parsed.errors.length + parsed.limits.length + parsed.body.attributes.length + parsed.body.blocks.length).toBeGreaterThan(0);
  });
});
