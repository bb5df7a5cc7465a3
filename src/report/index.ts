// Picks the renderer for an output format; every renderer is a pure function of the scan result.
import { renderJsonChunks } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderCycloneDx } from "./cyclonedx.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";
import type { ScanResult } from "./types.js";

export const FORMATS = ["terminal", "json", "sarif", "markdown", "cyclonedx"] as const;
export type Format = (typeof FORMATS)[number];

/** The report as pieces to write one after the other (a JSON report finding by finding). */
export function* render(result: ScanResult, format: Format, options: { color: boolean }): Generator<string> {
  switch (format) {
    case "json":
      yield* renderJsonChunks(result);
      return;
    case "sarif":
      yield renderSarif(result);
      return;
    case "cyclonedx":
      yield renderCycloneDx(result);
      return;
    case "markdown":
      yield renderMarkdown(result);
      return;
    default:
      yield renderTerminal(result, { color: options.color });
  }
}
