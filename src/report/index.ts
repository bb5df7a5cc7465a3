// Picks the renderer for an output format; every renderer is a pure function of the scan result.
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";
import type { ScanResult } from "./types.js";

export const FORMATS = ["terminal", "json", "sarif", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export function render(result: ScanResult, format: Format, options: { color: boolean }): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result);
    case "markdown":
      return renderMarkdown(result);
    default:
      return renderTerminal(result, { color: options.color });
  }
}
