// A JSON tokenizer that walks the text once and builds nothing: a caller pulls tokens, reads the line of
// each, and decodes only the strings it needs. A lockfile of tens of megabytes is read this way instead
// of with JSON.parse, whose object tree costs several times the file in memory.
// Nesting is tracked with an explicit stack (no recursion) and capped, so hostile nesting costs neither
// the call stack nor memory in proportion to the file.

export type JsonToken = "{" | "}" | "[" | "]" | "key" | "string" | "number" | "true" | "false" | "null" | "end";

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Deeper than any lockfile nests (npm's v1 format nests two levels per node_modules level). */
export const MAX_JSON_DEPTH = 10_000;

/** What the tokenizer expects next. */
const VALUE = 0;
/** A value or `]`, just after `[`. */
const FIRST_VALUE = 1;
const KEY = 2;
/** A key or `}`, just after `{`. */
const FIRST_KEY = 3;
/** `,` or the close of the container. */
const AFTER_VALUE = 4;
/** Only white space until the end. */
const DONE = 5;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** JSON's number grammar, applied where a number starts (sticky): one pass, no nested quantifiers. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const SIMPLE_ESCAPE_CHARS = Object.keys(SIMPLE_ESCAPES).join("");

export class JsonTokenizer {
  /** 1-based line where the last token starts. */
  tokenLine = 1;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private state = VALUE;
  /** One entry per open container: true for an object. */
  private readonly open: boolean[] = [];
  /** The last string or key token: its text between the quotes, and whether it holds escapes. */
  private stringStart = 0;
  private stringEnd = 0;
  private stringEscaped = false;

  constructor(private readonly text: string) {}

  /** How many containers are open after the last token. */
  get depth(): number {
    return this.open.length;
  }

  /** The next token; throws JsonSyntaxError where the text stops being JSON. A key token includes its `:`. */
  next(): JsonToken {
    for (;;) {
      this.skipSpace();
      const { text, pos } = this;
      this.tokenLine = this.line;
      if (pos >= text.length) {
        if (this.state === DONE) return "end";
        throw this.error("unexpected end of file");
      }
      const c = text.charCodeAt(pos);
      switch (this.state) {
        case FIRST_KEY:
        case KEY:
          if (c === 0x7d && this.state === FIRST_KEY) return this.close(true);
          if (c !== QUOTE) throw this.error(this.state === FIRST_KEY ? "expected a string key or }" : "expected a string key");
          this.scanString();
          this.skipSpace();
          if (this.text.charCodeAt(this.pos) !== 0x3a) throw this.error("expected : after a key");
          this.pos++;
          this.state = VALUE;
          return "key";
        case FIRST_VALUE:
        case VALUE:
          if (c === 0x5d && this.state === FIRST_VALUE) return this.close(false);
          return this.startValue(c);
        case AFTER_VALUE: {
          const inObject = this.open[this.open.length - 1];
          if (c === 0x2c) {
            this.pos++;
            this.state = inObject ? KEY : VALUE;
            continue;
          }
          if (c === (inObject ? 0x7d : 0x5d)) return this.close(inObject);
          throw this.error(inObject ? "expected , or } after a value" : "expected , or ] after a value");
        }
        default:
          throw this.error("unexpected text after the end of the document");
      }
    }
  }

  /** The last key or string token, escapes decoded. */
  value(): string {
    const raw = this.text.slice(this.stringStart, this.stringEnd);
    return this.stringEscaped ? decodeEscapes(raw) : raw;
  }

  /**
   * Reads past the rest of a value whose first token is `first`: nothing more for a scalar, everything up
   * to the matching close for an object or array.
   */
  skipValue(first: JsonToken): void {
    if (first !== "{" && first !== "[") return;
    const depth = this.open.length - 1;
    while (this.open.length > depth) this.next();
  }

  private startValue(c: number): JsonToken {
    const { text } = this;
    this.state = AFTER_VALUE;
    if (c === 0x7b || c === 0x5b) {
      if (this.open.length >= MAX_JSON_DEPTH) throw this.error(`nested deeper than ${MAX_JSON_DEPTH} levels`);
      this.open.push(c === 0x7b);
      this.pos++;
      this.state = c === 0x7b ? FIRST_KEY : FIRST_VALUE;
      return c === 0x7b ? "{" : "[";
    }
    let token: JsonToken;
    if (c === QUOTE) {
      this.scanString();
      token = "string";
    } else if (text.startsWith("true", this.pos)) {
      this.pos += 4;
      token = "true";
    } else if (text.startsWith("false", this.pos)) {
      this.pos += 5;
      token = "false";
    } else if (text.startsWith("null", this.pos)) {
      this.pos += 4;
      token = "null";
    } else {
      NUMBER.lastIndex = this.pos;
      if (!NUMBER.test(text)) throw this.error(`unexpected character ${JSON.stringify(text[this.pos])}`);
      this.pos = NUMBER.lastIndex;
      token = "number";
    }
    if (this.open.length === 0) this.state = DONE;
    return token;
  }

  private close(object: boolean): JsonToken {
    this.open.pop();
    this.pos++;
    this.state = this.open.length ? AFTER_VALUE : DONE;
    return object ? "}" : "]";
  }

  /** From the opening quote at `pos` to past the closing one, checking escapes. */
  private scanString(): void {
    const { text } = this;
    let i = this.pos + 1;
    this.stringStart = i;
    this.stringEscaped = false;
    for (;;) {
      if (i >= text.length) {
        this.pos = i;
        throw this.error("unterminated string");
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        this.stringEscaped = true;
        const e = text[i + 1];
        if (e === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) {
            this.pos = i;
            throw this.error("invalid \\u escape in a string");
          }
          i += 6;
        } else if (e !== undefined && SIMPLE_ESCAPE_CHARS.includes(e)) {
          i += 2;
        } else {
          this.pos = i;
          throw this.error("invalid escape in a string");
        }
      } else if (c < 0x20) {
        // A raw line break in a string is not JSON, and would put every later line number off.
        this.pos = i;
        throw this.error("control character in a string");
      } else i++;
    }
    this.stringEnd = i;
    this.pos = i + 1;
  }

  private skipSpace(): void {
    const { text } = this;
    let i = this.pos;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = i + 1;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
    }
    this.pos = i;
  }

  private error(message: string): JsonSyntaxError {
    return new JsonSyntaxError(message, this.line, this.pos - this.lineStart + 1);
  }
}

/** The text of a string whose escapes were checked by the scan. */
function decodeEscapes(raw: string): string {
  let out = "";
  let from = 0;
  for (let i = raw.indexOf("\\"); i >= 0; i = raw.indexOf("\\", from)) {
    out += raw.slice(from, i);
    const e = raw[i + 1];
    if (e === "u") {
      out += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      from = i + 6;
    } else {
      out += SIMPLE_ESCAPES[e];
      from = i + 2;
    }
  }
  return out + raw.slice(from);
}
