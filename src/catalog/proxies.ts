// How a proxy in front of a service says it authenticates: data about ingress controllers and
// Traefik, read by the readers that see the annotations and labels.

/**
 * Annotations that put an authenticating proxy in front of an Ingress: ingress-nginx external auth and
 * basic auth (https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#authentication),
 * AWS Load Balancer Controller OIDC/Cognito (https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#authentication),
 * and Traefik middlewares whose name says auth (https://doc.traefik.io/traefik/routing/providers/kubernetes-ingress/#annotations).
 */
export const INGRESS_AUTH_ANNOTATIONS: { key: RegExp; value?: RegExp }[] = [
  { key: /^nginx\.ingress\.kubernetes\.io\/(auth-url|auth-type|auth-signin|auth-tls-secret)$/ },
  { key: /^alb\.ingress\.kubernetes\.io\/auth-type$/, value: /^(oidc|cognito)$/i },
  { key: /^traefik\.ingress\.kubernetes\.io\/router\.middlewares$/, value: /(auth|oauth|sso|oidc)/i },
];

/**
 * Traefik middlewares that authenticate, by their label (basicAuth, digestAuth, forwardAuth to an SSO):
 * https://doc.traefik.io/traefik/middlewares/http/overview/
 */
export const TRAEFIK_AUTH_MIDDLEWARE_LABEL = /^traefik\.http\.middlewares\.([^.]+)\.(basicauth|digestauth|forwardauth)\./i;

/** A middleware defined elsewhere (a file provider, another stack) whose name says it authenticates. */
export const AUTH_MIDDLEWARE_NAME = /auth|sso|oidc|authelia|authentik/i;
