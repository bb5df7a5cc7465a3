// Picks the renderer for an output format; every renderer is a pure function of the scan result.
import { renderJsonChunks } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";
import type { ScanResult } from "./types.js";

export const FORMATS = ["terminal", "json", "sarif", "markdown", "cyclonedx"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The report as pieces to write one after the other (a JSON report finding by finding). The CycloneDX
 * library is loaded only for that format: every other run starts without it.
 */
export async function render(result: ScanResult, format: Format, options: { color: boolean }): Promise<Iterable<string>> {
  switch (format) {
    case "json":
      return renderJsonChunks(result);
    case "sarif":
      return [renderSarif(result)];
    case "cyclonedx":
      return [(await import("./cyclonedx.js")).renderCycloneDx(result)];
    case "markdown":
      return [renderMarkdown(result)];
    default:
      return [renderTerminal(result, { color: options.color })];
  }
}
