// Kubernetes objects of one Ollama in namespace `ai`, shared by the exposure tests: a Deployment, a Service
// of a given type, an Ingress to it.

/** The Deployment, at an image tag of the caller's choice. */
export const ollamaDeployment = (tag = "0.12.3") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ollama
  namespace: ai
spec:
  selector:
    matchLabels: {app: ollama}
  template:
    metadata:
      labels:
        app: ollama
    spec:
      containers:
        - name: ollama
          image: ollama/ollama:${tag}
          ports:
            - containerPort: 11434
              name: http
`;

/** A Service selecting it; `type` empty leaves the default (ClusterIP); `annotations` are metadata lines, `extra` spec lines. */
export const ollamaService = (type: string, options: { annotations?: string; extra?: string } = {}) => `apiVersion: v1
kind: Service
metadata:
  name: ollama
  namespace: ai
${options.annotations ?? ""}spec:
${type ? `  type: ${type}\n` : ""}  selector:
    app: ollama
  ports:
    - port: 80
      targetPort: http
${options.extra ?? ""}`;

/** An Ingress to the Service; `annotations` are metadata lines. */
export const ollamaIngress = (annotations: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ollama
  namespace: ai
${annotations}spec:
  rules:
    - host: ollama.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ollama
                port:
                  number: 80
`;
