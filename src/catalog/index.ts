// The embedded catalog: one file per product under products/.
import type { Catalog } from "./types.js";
import { ollama } from "./products/ollama.js";

export const catalog: Catalog = {
  products: [ollama],
};
