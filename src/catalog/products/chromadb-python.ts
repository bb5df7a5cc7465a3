import type { ProductDef } from "../types.js";
import { chromadb } from "./chromadb.js";

// `uvicorn chromadb.app:app` is always the Python FastAPI server, never the 1.x Rust one: chromadb/app.py
// exists at every tag from 0.3.0 to 1.x, and its config still reads the auth providers. The command names
// no version, so both generations of provider settings count.
export const chromadbPython: ProductDef = {
  ...chromadb,
  id: "chromadb-python",
  name: "Chroma (Python server)",
  images: [],
  commands: ["\\bchromadb\\.app:app\\b"],
  auth: [
    {
      builtIn: "off",
      enabledBy: [{ env: "CHROMA_SERVER_AUTHN_PROVIDER" }, { env: "CHROMA_SERVER_AUTH_PROVIDER" }],
      summary: "The Python Chroma server has no authentication unless CHROMA_SERVER_AUTHN_PROVIDER (0.5+) or CHROMA_SERVER_AUTH_PROVIDER (0.4) names a provider.",
    },
  ],
  sources: [
    "https://github.com/chroma-core/chroma/blob/main/chromadb/app.py (the FastAPI app, present from 0.3.0 to 1.x)",
    "https://github.com/chroma-core/chroma/blob/main/chromadb/server/fastapi/__init__.py (reads chroma_server_authn_provider)",
    ...chromadb.sources,
  ],
};
