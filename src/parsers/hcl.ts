// HCL native syntax (Terraform's `.tf` and `.tfvars`) with positions, written for hostile input: one
// forward pass over the text (a token is lexed at most twice, for one token of lookahead after a bracket),
// nesting capped, no backtracking, and a syntax error abandons only the top-level block it stands in (the
// parser resumes at the next line that starts with a letter). The syntax follows the HCL native syntax
// specification: https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
//
// Why not tree-sitter (web-tree-sitter 0.27.2 with tree-sitter-terraform.wasm 1.2.0, measured on Node
// 20.20): its error recovery is super-linear on broken input (`a = ` repeated: 10 kB 0.16 s, 20 kB 0.88 s,
// 40 kB 4.8 s; `"a" ` repeated: 40 kB 3.4 s, 100 kB over 20 s), and 5 MB of random bytes abort the wasm
// module (`RuntimeError: Aborted()`), which leaves it unusable for every later file.
//
// Values are kept as written: templates with interpolations, references (`var.x`, `local.y[0]`) and
// function calls are nodes; operators, conditionals, `for` and splat expressions are `other` (their value
// is never guessed).

export interface HclRange {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  endLine: number;
}

export type HclExpr =
  | (HclRange & {
      kind: "literal";
      value: string | number | boolean | null;
      /** A heredoc: the line its first body line stands on (its value's line 1). */
      bodyLine?: number;
    })
  /** A string with interpolations (`"x-${var.y}"`) or directives (`%{ if }`): parts are text or expressions. */
  | (HclRange & { kind: "template"; parts: (string | HclExpr)[]; directives: boolean })
  | (HclRange & { kind: "tuple"; items: HclExpr[] })
  | (HclRange & { kind: "object"; items: { key: HclExpr; value: HclExpr }[] })
  /** `var.x`, `local.ports[0]`, `aws_security_group.web.id`, `each.value["port"]`: a name and its attribute and index steps. */
  | (HclRange & { kind: "traversal"; root: string; steps: (string | number)[] })
  | (HclRange & { kind: "call"; name: string; args: HclExpr[] })
  /** Anything whose value is not read here: operators, conditionals, `for`, splats, computed indexes. */
  | (HclRange & { kind: "other" });

export interface HclAttribute extends HclRange {
  name: string;
  value: HclExpr;
}

export interface HclBlock extends HclRange {
  type: string;
  labels: string[];
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedHcl {
  body: HclBody;
  /** Syntax errors, in order; the top-level block each stands in is left out of `body`. */
  errors: HclError[];
  /** Valid syntax that passes a limit (nesting): the top-level block is left out of `body` too. */
  limits: HclError[];
  comments: { line: number; text: string }[];
}

/** Nesting of blocks, brackets, templates and operators deeper than any real configuration. */
export const MAX_HCL_DEPTH = 128;

type TokenType = "ident" | "number" | "punct" | "quote" | "heredoc" | "newline" | "eof" | "invalid";

interface Token {
  type: TokenType;
  /** The text: punctuation as written, an identifier, a number; a heredoc's marker. */
  text: string;
  start: number;
  end: number;
  /** Heredoc: `<<-` (indented). */
  indent?: boolean;
}

class SyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
    readonly limit = false,
  ) {
    super(message);
  }
}

const PUNCT3 = new Set(["..."]);
const PUNCT2 = new Set(["==", "!=", "<=", ">=", "&&", "||", "=>", "::"]);
const PUNCT1 = new Set(["{", "}", "[", "]", "(", ")", "=", ":", ",", ".", "?", "!", "+", "-", "*", "/", "%", "<", ">"]);
const BINARY = new Set(["||", "&&", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"]);

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function parseHcl(text: string): ParsedHcl {
  return new HclParser(text).parseFile();
}

/**
 * A template given as text, as Terraform's JSON syntax writes every string (`"${var.cidr}"`): its parts.
 * `at` is where the string stands; every part is reported there.
 */
export function parseTemplateText(text: string, at: HclRange): HclExpr {
  const parser = new HclParser(text);
  try {
    const expr = parser.templateBody(0, { kind: "string-only" });
    return relocate(expr, at);
  } catch {
    return { kind: "other", ...at };
  }
}

function relocate(expr: HclExpr, at: HclRange): HclExpr {
  const where = { line: at.line, column: at.column, endLine: at.endLine };
  switch (expr.kind) {
    case "template":
      return { ...expr, ...where, parts: expr.parts.map((p) => (typeof p === "string" ? p : relocate(p, at))) };
    case "tuple":
      return { ...expr, ...where, items: expr.items.map((i) => relocate(i, at)) };
    case "object":
      return { ...expr, ...where, items: expr.items.map((i) => ({ key: relocate(i.key, at), value: relocate(i.value, at) })) };
    case "call":
      return { ...expr, ...where, args: expr.args.map((a) => relocate(a, at)) };
    default:
      return { ...expr, ...where };
  }
}

class HclParser {
  /** Offsets where each line starts. */
  private readonly lineStarts: number[] = [0];
  private pos = 0;
  private current: Token | undefined;
  /** > 0 inside brackets and parentheses of an expression, where newlines do not end anything. */
  private newlinesIgnored = 0;
  private depth = 0;
  readonly comments: { line: number; text: string }[] = [];
  /** Comments are recorded once, the first time the lexer passes them. */
  private commentsUpTo = 0;
  /** The furthest offset examined: after an error, parsing resumes beyond it, so no text is read twice over. */
  private furthest = 0;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  parseFile(): ParsedHcl {
    const body: HclBody = { attributes: [], blocks: [] };
    const errors: HclError[] = [];
    const limits: HclError[] = [];
    for (;;) {
      const itemStart = this.pos;
      try {
        this.skipNewlines();
        if (this.peek().type === "eof") break;
        this.item(body);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        const at = this.location(error.at);
        (error.limit ? limits : errors).push({ line: at.line, column: at.column, message: error.message });
        this.resync(Math.max(error.at, itemStart, this.furthest - 1));
      }
    }
    return { body, errors, limits, comments: this.comments };
  }

  /** After an error: on at the next line, after `from`, that starts with a letter (the next top-level item). */
  private resync(from: number): void {
    this.current = undefined;
    this.newlinesIgnored = 0;
    this.depth = 0;
    let line = this.lineOf(from) + 1;
    while (line < this.lineStarts.length) {
      const start = this.lineStarts[line];
      if (start < this.text.length && isIdentStart(this.text.charCodeAt(start))) {
        this.pos = start;
        // Comments between the error and here were skipped with the text.
        this.commentsUpTo = Math.max(this.commentsUpTo, start);
        return;
      }
      line++;
    }
    this.pos = this.text.length;
  }

  // Positions.

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  location(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }

  private range(start: number, end: number): HclRange {
    const from = this.location(start);
    return { line: from.line, column: from.column, endLine: this.lineOf(Math.max(start, end - 1)) + 1 };
  }

  // Tokens.

  /** The token at `at`, skipping blanks and comments (and newlines when asked). */
  private lex(at: number, skipNewlines: boolean): Token {
    const text = this.text;
    let i = at;
    for (;;) {
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 13 || c === 0xfeff) i++;
        else break;
      }
      if (i >= text.length) return { type: "eof", text: "", start: i, end: i };
      const c = text.charCodeAt(i);
      if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
        let end = text.indexOf("\n", i);
        if (end < 0) end = text.length;
        this.comment(i, end);
        i = end;
        continue;
      }
      if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const close = text.indexOf("*/", i + 2);
        if (close < 0) {
          // The rest of the file is the comment.
          this.reached(text.length);
          throw new SyntaxError(i, "unterminated /* comment");
        }
        this.comment(i, close + 2);
        i = close + 2;
        continue;
      }
      if (c === 10) {
        if (skipNewlines) {
          i++;
          continue;
        }
        return { type: "newline", text: "\n", start: i, end: i + 1 };
      }
      break;
    }
    const start = i;
    const c = text.charCodeAt(i);
    if (isIdentStart(c)) {
      i++;
      while (i < text.length && isIdentPart(text.charCodeAt(i))) i++;
      return { type: "ident", text: text.slice(start, i), start, end: i };
    }
    if (isDigit(c)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if (e === 101 || e === 69) {
        let j = i + 1;
        if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) j++;
        if (isDigit(text.charCodeAt(j))) {
          i = j;
          while (i < text.length && isDigit(text.charCodeAt(i))) i++;
        }
      }
      return { type: "number", text: text.slice(start, i), start, end: i };
    }
    if (c === 34) return { type: "quote", text: '"', start, end: i + 1 };
    if (c === 60 && text.charCodeAt(i + 1) === 60) {
      let j = i + 2;
      const indent = text.charCodeAt(j) === 45;
      if (indent) j++;
      const markerStart = j;
      while (j < text.length && isIdentPart(text.charCodeAt(j))) j++;
      if (j > markerStart && isIdentStart(text.charCodeAt(markerStart))) {
        let k = j;
        while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13) k++;
        if (text.charCodeAt(k) === 10) return { type: "heredoc", text: text.slice(markerStart, j), start, end: k + 1, indent };
      }
    }
    const three = text.slice(i, i + 3);
    if (PUNCT3.has(three)) return { type: "punct", text: three, start, end: i + 3 };
    const two = text.slice(i, i + 2);
    if (PUNCT2.has(two)) return { type: "punct", text: two, start, end: i + 2 };
    const one = text[i];
    if (PUNCT1.has(one)) return { type: "punct", text: one, start, end: i + 1 };
    return { type: "invalid", text: one, start, end: i + 1 };
  }

  private reached(offset: number): void {
    if (offset > this.furthest) this.furthest = offset;
  }

  private comment(start: number, end: number): void {
    if (start < this.commentsUpTo) return;
    this.commentsUpTo = end;
    this.comments.push({ line: this.location(start).line, text: this.text.slice(start, end) });
  }

  private peek(): Token {
    if (!this.current) {
      this.current = this.lex(this.pos, this.newlinesIgnored > 0);
      this.reached(this.current.end);
    }
    return this.current;
  }

  /** The token after the current one. */
  private peekSecond(): Token {
    const token = this.lex(this.peek().end, this.newlinesIgnored > 0);
    this.reached(token.end);
    return token;
  }

  private next(): Token {
    const token = this.peek();
    this.pos = token.end;
    this.current = undefined;
    return token;
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.type === "punct" && token.text === text;
  }

  private expect(text: string): Token {
    const token = this.peek();
    if (token.type !== "punct" || token.text !== text) throw new SyntaxError(token.start, `expected "${text}", found ${describe(token)}`);
    return this.next();
  }

  private skipNewlines(): void {
    while (this.peek().type === "newline") this.next();
  }

  private enter(at: number): void {
    if (++this.depth > MAX_HCL_DEPTH) throw new SyntaxError(at, `nesting deeper than ${MAX_HCL_DEPTH} levels`, true);
  }

  private leave(): void {
    this.depth--;
  }

  /** Runs `inner` with newlines ignored (inside brackets) or significant again (a block body inside an expression cannot occur). */
  private bracketed<T>(inner: () => T): T {
    this.newlinesIgnored++;
    this.current = undefined;
    try {
      return inner();
    } finally {
      this.newlinesIgnored--;
      this.current = undefined;
    }
  }

  // Bodies.

  private item(body: HclBody): void {
    const name = this.next();
    if (name.type !== "ident") throw new SyntaxError(name.start, `expected an attribute or block name, found ${describe(name)}`);
    if (this.isPunct("=")) {
      this.next();
      const value = this.expression();
      const end = this.peek();
      if (end.type !== "newline" && end.type !== "eof" && !(end.type === "punct" && end.text === "}")) {
        throw new SyntaxError(end.start, `expected a new line after the value of ${name.text}, found ${describe(end)}`);
      }
      body.attributes.push({ name: name.text, value, ...this.range(name.start, this.pos) });
      return;
    }
    const labels: string[] = [];
    for (;;) {
      const token = this.peek();
      if (token.type === "ident") {
        labels.push(this.next().text);
        continue;
      }
      if (token.type === "quote") {
        this.next();
        const label = this.templateBody(token.end, { kind: "quoted" });
        if (label.kind !== "literal" || typeof label.value !== "string") throw new SyntaxError(token.start, "a block label cannot hold an interpolation");
        labels.push(label.value);
        continue;
      }
      break;
    }
    const open = this.expect("{");
    this.enter(open.start);
    const inner: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.type === "punct" && token.text === "}") break;
      if (token.type === "eof") throw new SyntaxError(token.start, `block ${name.text} (line ${this.location(name.start).line}) is not closed`);
      this.item(inner);
    }
    const close = this.next();
    this.leave();
    const after = this.peek();
    if (after.type !== "newline" && after.type !== "eof" && !(after.type === "punct" && after.text === "}")) {
      throw new SyntaxError(after.start, `expected a new line after the block, found ${describe(after)}`);
    }
    body.blocks.push({ type: name.text, labels, body: inner, ...this.range(name.start, close.end) });
  }

  // Expressions.

  private expression(): HclExpr {
    const start = this.peek().start;
    this.enter(start);
    const condition = this.binary(0);
    let result = condition;
    if (this.isPunct("?")) {
      this.next();
      this.bracketed(() => {
        this.expression();
        this.expect(":");
      });
      this.expression();
      result = { kind: "other", ...this.range(start, this.pos) };
    }
    this.leave();
    return result;
  }

  private static readonly PRECEDENCE: Record<string, number> = { "||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6 };

  /** Operators by precedence climbing: a loop per level, so a long chain `a + b + c …` does not nest. */
  private binary(minLevel: number): HclExpr {
    const start = this.peek().start;
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      if (token.type !== "punct" || !BINARY.has(token.text)) break;
      const level = HclParser.PRECEDENCE[token.text];
      if (level <= minLevel) break;
      this.next();
      this.enter(token.start);
      this.binary(level);
      this.leave();
      left = { kind: "other", ...this.range(start, this.pos) };
    }
    return left;
  }

  private unary(): HclExpr {
    const token = this.peek();
    if (token.type === "punct" && (token.text === "-" || token.text === "!")) {
      this.next();
      this.enter(token.start);
      const operand = this.unary();
      this.leave();
      // `-1` is a number as written (a port, `protocol = -1`).
      if (token.text === "-" && operand.kind === "literal" && typeof operand.value === "number") return { ...operand, value: -operand.value, ...this.range(token.start, this.pos) };
      return { kind: "other", ...this.range(token.start, this.pos) };
    }
    return this.postfix(this.primary());
  }

  private postfix(base: HclExpr): HclExpr {
    let expr = base;
    const start = this.startOf(base);
    for (;;) {
      if (this.isPunct(".")) {
        this.next();
        const step = this.next();
        if (step.type === "ident") expr = this.step(expr, step.text, start);
        // `.0` and the legacy `.0.1` (lexed as one number) are indexes.
        else if (step.type === "number" && /^\d+(\.\d+)?$/.test(step.text)) for (const index of step.text.split(".")) expr = this.step(expr, Number(index), start);
        else if (step.type === "punct" && step.text === "*") expr = { kind: "other", ...this.range(start, this.pos) };
        else throw new SyntaxError(step.start, `expected an attribute name after ".", found ${describe(step)}`);
        continue;
      }
      if (this.isPunct("[")) {
        const open = this.next();
        this.enter(open.start);
        const index = this.bracketed(() => {
          if (this.isPunct("*")) {
            this.next();
            this.expect("]");
            return undefined;
          }
          const key = this.expression();
          this.expect("]");
          return key;
        });
        this.leave();
        if (index?.kind === "literal" && (typeof index.value === "string" || (typeof index.value === "number" && Number.isInteger(index.value)))) expr = this.step(expr, index.value, start);
        else expr = { kind: "other", ...this.range(start, this.pos) };
        continue;
      }
      return expr;
    }
  }

  private startOf(expr: HclExpr): number {
    return this.lineStarts[expr.line - 1] + expr.column - 1;
  }

  private step(expr: HclExpr, step: string | number, start: number): HclExpr {
    // The steps array is the traversal's own (built here): extended in place, so `a.b.c…` stays linear.
    if (expr.kind === "traversal") {
      expr.steps.push(step);
      return { ...expr, ...this.range(start, this.pos) };
    }
    return { kind: "other", ...this.range(start, this.pos) };
  }

  private primary(): HclExpr {
    const token = this.next();
    const at = (): HclRange => this.range(token.start, this.pos);
    switch (token.type) {
      case "number":
        return { kind: "literal", value: Number(token.text), ...at() };
      case "quote":
        return this.templateBody(token.end, { kind: "quoted" }, token.start);
      case "heredoc":
        return this.heredoc(token);
      case "ident": {
        if (token.text === "true" || token.text === "false") return { kind: "literal", value: token.text === "true", ...at() };
        if (token.text === "null") return { kind: "literal", value: null, ...at() };
        if (this.isPunct("(") || this.isPunct("::")) return this.call(token);
        return { kind: "traversal", root: token.text, steps: [], ...at() };
      }
      case "punct":
        if (token.text === "[") return this.tuple(token);
        if (token.text === "{") return this.object(token);
        if (token.text === "(") {
          this.enter(token.start);
          this.bracketed(() => {
            this.expression();
            this.expect(")");
          });
          this.leave();
          return { kind: "other", ...at() };
        }
        break;
    }
    throw new SyntaxError(token.start, `expected a value, found ${describe(token)}`);
  }

  private call(name: Token): HclExpr {
    let fn = name.text;
    // Provider-defined functions: `provider::aws::arn_parse(…)`.
    while (this.isPunct("::")) {
      this.next();
      const part = this.next();
      if (part.type !== "ident") throw new SyntaxError(part.start, `expected a function name after "::", found ${describe(part)}`);
      fn += `::${part.text}`;
    }
    const open = this.expect("(");
    this.enter(open.start);
    const args = this.bracketed(() => {
      const list: HclExpr[] = [];
      while (!this.isPunct(")")) {
        list.push(this.expression());
        if (this.isPunct("...")) this.next();
        if (this.isPunct(",")) this.next();
        else if (!this.isPunct(")")) throw new SyntaxError(this.peek().start, `expected "," or ")" in the arguments of ${fn}, found ${describe(this.peek())}`);
      }
      this.next();
      return list;
    });
    this.leave();
    return { kind: "call", name: fn, args, ...this.range(name.start, this.pos) };
  }

  /** `for` after an opening bracket starts a `for` expression when a name follows it. */
  private startsFor(): boolean {
    const token = this.peek();
    if (token.type !== "ident" || token.text !== "for") return false;
    return this.peekSecond().type === "ident";
  }

  private forExpression(open: Token, close: string): HclExpr {
    // for KEY[, VALUE] in COLLECTION : RESULT [=> VALUE_RESULT] [...] [if CONDITION]
    this.next();
    this.next();
    if (this.isPunct(",")) {
      this.next();
      const value = this.next();
      if (value.type !== "ident") throw new SyntaxError(value.start, `expected a name in the for expression, found ${describe(value)}`);
    }
    const keyword = this.next();
    if (keyword.type !== "ident" || keyword.text !== "in") throw new SyntaxError(keyword.start, `expected "in" in the for expression, found ${describe(keyword)}`);
    this.expression();
    this.expect(":");
    this.expression();
    if (this.isPunct("=>")) {
      this.next();
      this.expression();
    }
    if (this.isPunct("...")) this.next();
    const tail = this.peek();
    if (tail.type === "ident" && tail.text === "if") {
      this.next();
      this.expression();
    }
    this.expect(close);
    return { kind: "other", ...this.range(open.start, this.pos) };
  }

  private tuple(open: Token): HclExpr {
    this.enter(open.start);
    const result = this.bracketed((): HclExpr => {
      if (this.startsFor()) return this.forExpression(open, "]");
      const items: HclExpr[] = [];
      while (!this.isPunct("]")) {
        items.push(this.expression());
        if (this.isPunct(",")) this.next();
        else if (!this.isPunct("]")) throw new SyntaxError(this.peek().start, `expected "," or "]" in a list, found ${describe(this.peek())}`);
      }
      this.next();
      return { kind: "tuple", items, ...this.range(open.start, this.pos) };
    });
    this.leave();
    return result;
  }

  private object(open: Token): HclExpr {
    this.enter(open.start);
    const result = this.bracketed((): HclExpr => {
      if (this.startsFor()) return this.forExpression(open, "}");
      const items: { key: HclExpr; value: HclExpr }[] = [];
      while (!this.isPunct("}")) {
        const keyToken = this.peek();
        let key: HclExpr;
        // A bare name before `=` or `:` is the key itself, not a reference.
        const second = keyToken.type === "ident" ? this.peekSecond() : undefined;
        if (keyToken.type === "ident" && second?.type === "punct" && (second.text === "=" || second.text === ":")) {
          this.next();
          key = { kind: "literal", value: keyToken.text, ...this.range(keyToken.start, keyToken.end) };
        } else key = this.expression();
        const sep = this.next();
        if (sep.type !== "punct" || (sep.text !== "=" && sep.text !== ":")) throw new SyntaxError(sep.start, `expected "=" or ":" after an object key, found ${describe(sep)}`);
        const value = this.expression();
        items.push({ key, value });
        // Elements are separated by commas or new lines; newlines are skipped here, so a comma is optional.
        if (this.isPunct(",")) this.next();
      }
      this.next();
      return { kind: "object", items, ...this.range(open.start, this.pos) };
    });
    this.leave();
    return result;
  }

  private heredoc(token: Token): HclExpr {
    // The body starts on the line after the marker; it ends at a line holding only the marker.
    return this.templateBody(token.end, { kind: "heredoc", marker: token.text, indent: token.indent === true }, token.start);
  }

  /**
   * A template's text from `from`: a quoted string up to its closing quote, a heredoc up to its marker line,
   * or a whole string (`string-only`, Terraform JSON). Leaves the parser after it.
   */
  templateBody(from: number, mode: { kind: "quoted" } | { kind: "string-only" } | { kind: "heredoc"; marker: string; indent: boolean }, start = from): HclExpr {
    const text = this.text;
    const parts: (string | HclExpr)[] = [];
    let literal: string[] = [];
    let directives = false;
    let i = from;
    const flush = () => {
      if (literal.length) parts.push(literal.join(""));
      literal = [];
    };
    const heredoc = mode.kind === "heredoc" ? mode : undefined;
    let atLineStart = heredoc !== undefined;
    for (;;) {
      this.reached(i);
      if (heredoc && atLineStart) {
        atLineStart = false;
        // Does this line hold only the marker (indented or not)?
        let j = i;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
        if (text.startsWith(heredoc.marker, j)) {
          let k = j + heredoc.marker.length;
          while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13) k++;
          if (k >= text.length || text.charCodeAt(k) === 10) {
            i = j + heredoc.marker.length;
            break;
          }
        }
      }
      if (i >= text.length) {
        if (mode.kind === "string-only") break;
        throw new SyntaxError(start, heredoc ? `heredoc <<${heredoc.marker} is not closed` : "unterminated string");
      }
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (mode.kind === "quoted") throw new SyntaxError(start, "unterminated string (a quoted string ends on its line)");
        literal.push("\n");
        i++;
        atLineStart = heredoc !== undefined;
        continue;
      }
      if (mode.kind === "quoted" && c === 34) {
        i++;
        break;
      }
      if (mode.kind === "quoted" && c === 92) {
        const [value, length] = this.escape(i);
        literal.push(value);
        i += length;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        // `${` interpolation, `%{` directive; `~` strip markers on either side.
        i += 2;
        if (text.charCodeAt(i) === 126) i++;
        flush();
        this.pos = i;
        this.current = undefined;
        this.enter(i);
        const inner = this.bracketed(() => {
          const expr = c === 36 ? this.expression() : this.directive();
          const strip = this.peek();
          if (strip.type === "invalid" && strip.text === "~") this.next();
          this.expect("}");
          return expr;
        });
        this.leave();
        if (c === 36) parts.push(inner);
        else directives = true;
        i = this.pos;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        // `$${` and `%%{` are the literal `${` and `%{`.
        literal.push(text[i] + "{");
        i += 3;
        continue;
      }
      // A run of plain text at once, up to the next character that may mean something.
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 36 || d === 37 || d === 10 || (mode.kind === "quoted" && (d === 34 || d === 92))) break;
        j++;
      }
      literal.push(text.slice(i, j));
      i = j;
    }
    flush();
    this.reached(i);
    this.pos = i;
    this.current = undefined;
    const where = this.range(start, i);
    if (heredoc?.indent) stripIndent(parts);
    const bodyLine = heredoc ? this.location(from).line : undefined;
    if (!directives && parts.every((p) => typeof p === "string")) return { kind: "literal", value: parts.join(""), ...where, ...(bodyLine !== undefined && { bodyLine }) };
    // `"${x}"` alone is x itself.
    if (!directives && parts.length === 1 && typeof parts[0] !== "string") return { ...parts[0], ...where };
    return { kind: "template", parts, directives, ...where };
  }

  /** A template directive's inside: `if COND`, `for K[, V] in EXPR`, `else`, `endif`, `endfor`. */
  private directive(): HclExpr {
    const keyword = this.next();
    if (keyword.type !== "ident") throw new SyntaxError(keyword.start, `expected a template directive, found ${describe(keyword)}`);
    if (keyword.text === "if") this.expression();
    else if (keyword.text === "for") {
      this.next();
      if (this.isPunct(",")) {
        this.next();
        this.next();
      }
      const inWord = this.next();
      if (inWord.type !== "ident" || inWord.text !== "in") throw new SyntaxError(inWord.start, `expected "in" in the template directive, found ${describe(inWord)}`);
      this.expression();
    } else if (keyword.text !== "else" && keyword.text !== "endif" && keyword.text !== "endfor") {
      throw new SyntaxError(keyword.start, `unknown template directive ${keyword.text}`);
    }
    return { kind: "other", ...this.range(keyword.start, this.pos) };
  }

  private escape(at: number): [string, number] {
    const next = this.text[at + 1];
    switch (next) {
      case "n":
        return ["\n", 2];
      case "r":
        return ["\r", 2];
      case "t":
        return ["\t", 2];
      case '"':
        return ['"', 2];
      case "\\":
        return ["\\", 2];
      case "u":
      case "U": {
        const length = next === "u" ? 4 : 8;
        const hex = this.text.slice(at + 2, at + 2 + length);
        if (hex.length === length && /^[0-9a-fA-F]+$/.test(hex)) {
          const code = parseInt(hex, 16);
          if (code <= 0x10ffff) return [String.fromCodePoint(code), 2 + length];
        }
        throw new SyntaxError(at, "invalid unicode escape");
      }
      default:
        throw new SyntaxError(at, `invalid escape \\${next ?? ""}`);
    }
  }
}

/** `<<-` heredocs: the smallest indentation of their lines is removed from every line. */
function stripIndent(parts: (string | HclExpr)[]): void {
  if (!parts.every((p) => typeof p === "string")) return;
  const text = parts.join("");
  const lines = text.split("\n");
  let least = Infinity;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = line.length - line.trimStart().length;
    if (indent < least) least = indent;
  }
  if (!Number.isFinite(least) || least === 0) return;
  parts.length = 0;
  parts.push(lines.map((l) => l.slice(Math.min(least, l.length - l.trimStart().length))).join("\n"));
}

function describe(token: Token): string {
  switch (token.type) {
    case "eof":
      return "the end of the file";
    case "newline":
      return "a new line";
    case "quote":
      return "a string";
    case "heredoc":
      return "a heredoc";
    default:
      return `"${token.text.length > 20 ? token.text.slice(0, 20) + "…" : token.text}"`;
  }
}
