// The exposure rules (AIA101 missing auth, AIA102 exposed with auth) on compose and Kubernetes:
// the ways a port gets published, and the traps where nothing is reachable.
import { describe, expect, it } from "vitest";
import { ollamaDeployment, ollamaIngress as ingress, ollamaService as service } from "./helpers/k8s.js";
import { findingsOf, makeTree, scanTree } from "./helpers/tree.js";

const deployment = ollamaDeployment();

const ollamaService = (ports: string, extra = "") => `services:\n  ollama:\n    image: ollama/ollama:0.12.3\n${extra}    ports:\n${ports}`;

describe("compose exposure", () => {
  it.each([
    ["short syntax", '      - "11434:11434"\n', 5],
    ["container port only (ephemeral host port on all interfaces)", '      - "11434"\n', 5],
    ["explicit 0.0.0.0", '      - "0.0.0.0:11434:11434"\n', 5],
    ["long syntax", "      - target: 11434\n        published: 11434\n", 5],
    ["host port from a variable", '      - "${OLLAMA_PORT:-11434}:11434"\n', 5],
  ])("reports Ollama published with %s as critical missing-auth", async (_name, ports, line) => {
    const result = await scanTree(makeTree({ "compose.yaml": ollamaService(ports) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "compose.yaml", line, category: "missing-auth", severity: "critical" }]);
  });

  it.each([
    ["bound to 127.0.0.1", '      - "127.0.0.1:11434:11434"\n'],
    ["bound to [::1]", '      - "[::1]:11434:11434"\n'],
    ["long syntax on loopback", "      - target: 11434\n        host_ip: 127.0.0.1\n"],
    ["host IP from a variable that defaults to loopback", '      - "${BIND:-127.0.0.1}:11434:11434"\n'],
  ])("does not report Ollama %s", async (_name, ports) => {
    const result = await scanTree(makeTree({ "compose.yaml": ollamaService(ports) }));
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
  });

  it("does not report expose: without ports:", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": "services:\n  ollama:\n    image: ollama/ollama:0.12.3\n    expose:\n      - 11434\n" }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });

  it("does not report a service attached only to internal networks", async () => {
    const text = ollamaService('      - "11434:11434"\n', "    networks: [backend]\n") + "networks:\n  backend:\n    internal: true\n";
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA101")).toEqual([]);
  });

  it("does not report Ollama told to listen on loopback inside the container", async () => {
    const text = ollamaService('      - "11434:11434"\n', "    environment:\n      OLLAMA_HOST: 127.0.0.1:11434\n");
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": text })), "AIA101")).toEqual([]);
  });

  it("reports network_mode: host at that line", async () => {
    const result = await scanTree(makeTree({ "compose.yaml": "services:\n  ollama:\n    image: ollama/ollama:0.12.3\n    network_mode: host\n" }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "compose.yaml", line: 4, category: "missing-auth", severity: "critical" }]);
  });

  it("reports a port published through a YAML anchor once, at the anchor", async () => {
    const text = `x-ollama: &ollama
  image: ollama/ollama:latest
  ports:
    - "11434:11434"
services:
  ollama-cpu:
    <<: *ollama
  ollama-gpu:
    <<: *ollama
    deploy: {}
`;
    const result = await scanTree(makeTree({ "docker-compose.yml": text }));
    const found = result.findings.filter((f) => f.ruleId === "AIA101");
    expect(found.map((f) => [f.line, f.severity])).toEqual([[4, "critical"]]);
    expect(found[0].message).toMatch(/services ollama-cpu, ollama-gpu/);
  });

  it("recognises Ollama by its command in an image the catalog does not know, which listens on loopback unless told otherwise", async () => {
    const served = (env: string) => `services:\n  llm:\n    image: ghcr.io/acme/llm-box:1.2.0\n    command: ["ollama", "serve"]\n${env}    ports:\n      - "11434:11434"\n`;
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": served("") })), "AIA101")).toEqual([]);
    const open = await scanTree(makeTree({ "compose.yaml": served("    environment:\n      - OLLAMA_HOST=0.0.0.0\n") }));
    expect(findingsOf(open, "AIA101")).toEqual([{ file: "compose.yaml", line: 8, category: "missing-auth", severity: "critical" }]);
  });

  it("follows build: to the Dockerfile whose CMD starts the service", async () => {
    const result = await scanTree(
      makeTree({
        "compose.yaml": 'services:\n  llm:\n    build: ./llm\n    image: llm-local:1\n    ports:\n      - "11434:11434"\n',
        "llm/Dockerfile": "FROM ubuntu:24.04\nRUN useradd -m app\nENV OLLAMA_HOST=0.0.0.0\nUSER app\nCMD [\"ollama\", \"serve\"]\n",
      }),
    );
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "compose.yaml", line: 6, category: "missing-auth", severity: "critical" }]);
  });
});



describe("Kubernetes exposure", () => {
  it.each([
    ["LoadBalancer", 7],
    ["NodePort", 7],
  ])("reports a %s Service in another file at its type line", async (type, line) => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(type) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/service.yaml", line, category: "missing-auth", severity: "critical" }]);
  });

  it("lists Services and Ingresses in the inventory with their reach", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service("NodePort") }));
    expect(result.inventory.networkRules).toEqual([{ kind: "service", name: "ollama", namespace: "ai", type: "NodePort", reach: "network", file: "k8s/service.yaml", line: 7 }]);
  });

  it("reports externalIPs on a ClusterIP Service", async () => {
    const result = await scanTree(makeTree({ "k8s/all.yaml": deployment + "---\n" + service("", { extra: "  externalIPs:\n    - 203.0.113.7\n" }) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/all.yaml", line: 33, category: "missing-auth", severity: "critical" }]);
  });

  it.each([
    ["no type (ClusterIP)", ""],
    ["ClusterIP", "ClusterIP"],
  ])("does not report a Service with %s and no Ingress", async (_name, type) => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(type) }));
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
  });

  it("does not report a LoadBalancer that selects other pods", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service("LoadBalancer").replace("app: ollama", "app: web") }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
  });


  it("reports an Ingress in front of a ClusterIP Service at the backend", async () => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(""), "k8s/ingress.yaml": ingress("") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/ingress.yaml", line: 15, category: "missing-auth", severity: "critical" }]);
  });

  it("reports an Ingress with an auth annotation as exposure only (medium)", async () => {
    const annotated = ingress("  annotations:\n    nginx.ingress.kubernetes.io/auth-url: https://auth.example.com/oauth2/auth\n");
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(""), "k8s/ingress.yaml": annotated }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "k8s/ingress.yaml", line: 17, category: "exposed-service", severity: "medium" }]);
  });

  it("reports a Gateway API HTTPRoute to the Service at the backend reference", async () => {
    const route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ollama\n  namespace: ai\nspec:\n  parentRefs: [{name: public-gw}]\n  rules:\n    - backendRefs:\n        - name: ollama\n          port: 80\n";
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(""), "k8s/route.yaml": route }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/route.yaml", line: 10, category: "missing-auth", severity: "critical" }]);
    expect(result.findings.find((f) => f.ruleId === "AIA101")?.message).toMatch(/HTTPRoute ollama routes to Service ollama/);
  });

  const annotated = (annotations: string, extra = "") =>
    service("LoadBalancer", { annotations: `  annotations:\n${annotations}`, extra });

  it.each([
    ["AWS in-tree, any value but false", '    service.beta.kubernetes.io/aws-load-balancer-internal: "0.0.0.0/0"\n'],
    ["AWS Load Balancer Controller scheme", "    service.beta.kubernetes.io/aws-load-balancer-scheme: internal\n"],
    ["GKE", "    networking.gke.io/load-balancer-type: Internal\n"],
    ["GKE, legacy key, lower case", '    cloud.google.com/load-balancer-type: "internal"\n'],
    ["Azure", '    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n'],
    ["DigitalOcean", '    service.beta.kubernetes.io/do-loadbalancer-network: "INTERNAL"\n'],
    ["Oracle", '    service.beta.kubernetes.io/oci-load-balancer-internal: "true"\n'],
    ["Oracle network load balancer", '    oci.oraclecloud.com/load-balancer-type: "nlb"\n    oci-network-load-balancer.oraclecloud.com/internal: "true"\n'],
    ["IBM Cloud", '    service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type: "private"\n'],
    ["Alibaba Cloud", "    service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: intranet\n"],
    ["OpenStack", '    service.beta.kubernetes.io/openstack-internal-load-balancer: "true"\n'],
  ])("keeps an internal LoadBalancer (%s) in the inventory at private reach, with no internet exposure", async (_name, annotations) => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": annotated(annotations) }));
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
    expect(result.inventory.networkRules.map((r) => r.reach)).toEqual(["private"]);
    expect(result.inventory.workloads.map((w) => w.reach)).toEqual(["private"]);
  });

  it("keeps a GKE internal LoadBalancer selected by loadBalancerClass at private reach", async () => {
    const text = service("LoadBalancer", { extra: "  loadBalancerClass: networking.gke.io/l4-regional-internal\n" });
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(result.inventory.networkRules.map((r) => r.reach)).toEqual(["private"]);
  });

  it.each([
    ["AWS in-tree set to false", '    service.beta.kubernetes.io/aws-load-balancer-internal: "false"\n'],
    ["AWS scheme internet-facing", "    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing\n"],
    ["Azure set to false", '    service.beta.kubernetes.io/azure-load-balancer-internal: "false"\n'],
    ["an unrelated annotation", "    example.com/team: ml\n"],
  ])("still reports a LoadBalancer with %s", async (_name, annotations) => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": annotated(annotations) }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/service.yaml", line: 9, category: "missing-auth", severity: "critical" }]);
  });

  it("does not lower the reach of an internal annotation on a NodePort Service", async () => {
    const text = service("NodePort").replace("  namespace: ai\n", '  namespace: ai\n  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n');
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": text }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/service.yaml", line: 9, category: "missing-auth", severity: "critical" }]);
  });

  it.each([
    ["AWS ALB scheme internal", "    alb.ingress.kubernetes.io/scheme: internal\n"],
    ["GKE gce-internal class", "    kubernetes.io/ingress.class: gce-internal\n"],
    ["Azure Application Gateway private IP", '    appgw.ingress.kubernetes.io/use-private-ip: "true"\n'],
  ])("keeps an internal Ingress (%s) at private reach, with no internet exposure", async (_name, annotations) => {
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(""), "k8s/ingress.yaml": ingress(`  annotations:\n${annotations}`) }));
    expect(result.findings.filter((f) => f.category === "missing-auth" || f.category === "exposed-service")).toEqual([]);
    expect(result.inventory.networkRules.find((r) => r.kind === "route")?.reach).toBe("private");
    expect(result.inventory.workloads.map((w) => w.reach)).toEqual(["private"]);
  });

  it("still reports an ALB Ingress that is internet-facing or says nothing about its scheme", async () => {
    for (const annotations of ["    alb.ingress.kubernetes.io/scheme: internet-facing\n", "    alb.ingress.kubernetes.io/target-type: ip\n"]) {
      const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/service.yaml": service(""), "k8s/ingress.yaml": ingress(`  annotations:\n${annotations}`) }));
      expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/ingress.yaml", line: 17, category: "missing-auth", severity: "critical" }]);
    }
  });

  it("reports a workload behind both an internal and a public LoadBalancer at network reach", async () => {
    const internal = annotated('    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n');
    const result = await scanTree(makeTree({ "k8s/deployment.yaml": deployment, "k8s/internal.yaml": internal, "k8s/public.yaml": service("LoadBalancer").replace("name: ollama\n  namespace", "name: ollama-public\n  namespace") }));
    expect(findingsOf(result, "AIA101")).toEqual([{ file: "k8s/public.yaml", line: 7, category: "missing-auth", severity: "critical" }]);
    expect(result.inventory.workloads.map((w) => w.reach)).toEqual(["network"]);
  });

  it("reports hostNetwork and hostPort", async () => {
    const hostNet = deployment.replace("      containers:", "      hostNetwork: true\n      containers:");
    expect(findingsOf(await scanTree(makeTree({ "d.yaml": hostNet })), "AIA101")).toEqual([{ file: "d.yaml", line: 14, category: "missing-auth", severity: "critical" }]);
    const hostPort = deployment.replace("              name: http", "              name: http\n              hostPort: 11434");
    expect(findingsOf(await scanTree(makeTree({ "d.yaml": hostPort })), "AIA101")).toEqual([{ file: "d.yaml", line: 20, category: "missing-auth", severity: "critical" }]);
  });
});

describe("reverse proxies", () => {
  const stack = (middleware: string, extraLabels = "") => `services:
  traefik:
    image: traefik:v3.3.5
    command: ["--providers.docker=true", "--entrypoints.websecure.address=:443"]
    ports:
      - "443:443"
  ollama:
    image: ollama/ollama:0.12.6
    labels:
      - traefik.enable=true
      - traefik.http.routers.llm.rule=Host(\`llm.example.com\`)
${middleware}${extraLabels}`;

  it("reports an AI service routed by a published Traefik without an authenticating middleware", async () => {
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": stack("") })), "AIA101")).toEqual([{ file: "compose.yaml", line: 11, category: "missing-auth", severity: "critical" }]);
  });

  it("counts a basicAuth or forwardAuth middleware as authentication", async () => {
    const auth = "      - traefik.http.routers.llm.middlewares=llm-login\n      - traefik.http.middlewares.llm-login.basicauth.usersfile=/auth/users\n";
    const result = await scanTree(makeTree({ "compose.yaml": stack(auth) }));
    expect(findingsOf(result, "AIA101")).toEqual([]);
    expect(findingsOf(result, "AIA102")).toEqual([{ file: "compose.yaml", line: 11, category: "exposed-service", severity: "medium" }]);
  });

  it("does not report routes when Traefik itself is not published", async () => {
    expect(findingsOf(await scanTree(makeTree({ "compose.yaml": stack("").replace('    ports:\n      - "443:443"\n', "") })), "AIA101")).toEqual([]);
  });
});
