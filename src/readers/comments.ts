// How each format writes comments, for inline suppressions: a suppression counts only in a comment,
// never in a value that merely contains the marker.
import { LineCounter, Parser } from "yaml";
import type { Comment, CommentSyntax } from "../findings/index.js";
import { parseDockerfile } from "../parsers/dockerfile.js";

/**
 * YAML comments as the YAML parser reads them: `#` at the start of a line or after white space, never
 * inside a quoted or block scalar (`command: "echo # x"`, `run: |` bodies).
 */
export const yamlComments: CommentSyntax = {
  where: "a YAML comment starts with # at the start of a line or after a space, outside quotes",
  comments(text) {
    const lineCounter = new LineCounter();
    const comments: Comment[] = [];
    for (const document of new Parser(lineCounter.addNewLine).parse(text)) {
      // The CST nests comments in several places (document start, map items, flow collections, scalar
      // ends); each is a token of type "comment". Walked with a stack: hostile nesting cannot overflow it.
      const stack: unknown[] = [document];
      while (stack.length > 0) {
        const node = stack.pop();
        // One push per child: spreading a flow sequence of a million items would overflow the call stack.
        if (Array.isArray(node)) for (const child of node) stack.push(child);
        else if (typeof node === "object" && node !== null) {
          const token = node as { type?: unknown; offset?: unknown; source?: unknown };
          if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
            comments.push({ line: lineCounter.linePos(token.offset).line, text: token.source });
          } else for (const child of Object.values(node)) stack.push(child);
        }
      }
    }
    return comments;
  },
};

/** Lines whose first non-blank character is `#`: the only comments of env files. */
function wholeLineComments(lines: string[]): Comment[] {
  return lines.flatMap((line, i) => (/^\s*#/.test(line) ? [{ line: i + 1, text: line.trimStart() }] : []));
}

export const envFileComments: CommentSyntax = {
  where: "in an env file a comment is a line that starts with #",
  comments: (_text, lines) => wholeLineComments(lines),
};

export const packageFileComments: CommentSyntax = {
  where: "in a requirements, TOML or lock file a comment is a line that starts with #",
  comments: (_text, lines) => wholeLineComments(lines),
};

/**
 * Dockerfile comments: lines whose first non-blank character is `#` (also between continued lines, which
 * BuildKit drops), except in heredoc bodies, which are the script's text. A `#` after an instruction is
 * not a Dockerfile comment (`RUN x # y` hands `# y` to the shell).
 */
export const dockerfileComments: CommentSyntax = {
  where: "in a Dockerfile a comment is a line that starts with #",
  comments(text, lines) {
    const inHeredoc = new Set<number>();
    for (const stage of parseDockerfile(text, "").stages) {
      for (const instruction of stage.instructions) {
        for (const heredoc of instruction.heredocs) {
          // The body's lines and the terminator after them.
          const count = heredoc.body.split("\n").length;
          for (let line = heredoc.line; line < heredoc.line + count; line++) inHeredoc.add(line);
        }
      }
    }
    return wholeLineComments(lines).filter((comment) => !inHeredoc.has(comment.line));
  },
};
