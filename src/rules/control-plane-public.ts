import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA106",
    name: "control-plane-public",
    title: "Kubernetes API server reachable from any address",
    category: "exposed-service",
    defaultSeverity: "medium",
    rationale: "A GPU cluster's API server open to the whole internet turns every leaked kubeconfig, token or API server vulnerability into control of the cluster and its workloads.",
  },
  check({ model, report }) {
    for (const endpoint of model.managedEndpoints) {
      if (endpoint.role !== "control-plane" || endpoint.reach !== "network") continue;
      report({
        at: endpoint.pos,
        title: `${endpoint.service} ${endpoint.id} is reachable from any address`,
        message: `${endpoint.service} ${endpoint.id} takes connections from the whole internet: ${endpoint.reason}. It still asks callers to authenticate, but a leaked credential or token, or a vulnerability in the API server, is then usable from anywhere.`,
        fix: endpoint.fix,
        subject: `${endpoint.id}/public-control-plane`,
      });
    }
  },
};

export default rule;
