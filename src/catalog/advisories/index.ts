// The embedded advisory and end-of-life data, one file per group of products; dated, with a source on
// every entry. `npm run update-data` compares it with OSV and endoflife.date for a maintainer to update.
import type { AdvisoryData } from "../types.js";
import { eolProducts } from "../eol.js";
import { appsAdvisories } from "./apps.js";
import { chromaAdvisories } from "./chroma.js";
import { infraAdvisories } from "./infra.js";
import { libsAdvisories } from "./libs.js";

export const advisoryData: AdvisoryData = {
  generated: "2026-12-06",
  // The stored sources these entries were read from end here: later advisories come from OSV (--online).
  sourcesThrough: "2026-09-21",
  advisories: [...infraAdvisories, ...chromaAdvisories, ...appsAdvisories, ...libsAdvisories],
  eol: eolProducts,
};
