import type { ProductImpact } from "../catalog/types.js";
import type { Severity } from "../findings/types.js";
import type { Rule } from "./types.js";

/** Whoever reaches it gets what the service holds: the same grading as an unauthenticated AI service (AIA101). */
const SEVERITY: Record<ProductImpact, Severity> = { "code-execution": "critical", "model-control": "critical", "data-store": "high", inference: "high", "web-app": "high" };

const rule: Rule = {
  meta: {
    id: "AIA105",
    name: "managed-service-without-auth",
    title: "Managed data service reachable from the internet without authentication",
    category: "missing-auth",
    defaultSeverity: "high",
    rationale: "A managed search or data service with a public endpoint and a policy that lets anyone in (an OpenSearch domain allowing Principal *) hands its indexes, embeddings and logs to whoever finds it.",
  },
  check({ model, catalog, report }) {
    for (const endpoint of model.managedEndpoints) {
      if (endpoint.role !== "data" || endpoint.reach !== "network" || endpoint.authentication !== "none") continue;
      const product = catalog.products.find((p) => p.id === endpoint.productId);
      report({
        at: endpoint.pos,
        severity: product ? SEVERITY[product.impact] : "high",
        title: `${endpoint.service} ${endpoint.id} lets anyone in from the internet`,
        message: `${endpoint.service} ${endpoint.id} is reachable from the internet without authentication: ${endpoint.reason}. Anyone can read, change and delete what it stores.`,
        fix: endpoint.fix,
        component: product ? { name: product.id } : undefined,
        subject: `${endpoint.id}/open-without-auth`,
      });
    }
  },
};

export default rule;
