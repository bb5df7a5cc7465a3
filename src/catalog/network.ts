// Network facts the firewall rules are judged with: which sources mean "anyone", and which ports every web
// framework listens on by default (so the port alone does not say which product a rule is for).

/**
 * Sources that admit every address: the IPv4 and IPv6 default routes, and the words the providers use for
 * "any source" (Azure network security rules take `*`, `Internet` and `Any`; AWS and Google take CIDR ranges).
 * Compared in lower case.
 */
export const WORLD_SOURCES: { value: string; source: string }[] = [
  { value: "0.0.0.0/0", source: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (0.0.0.0/0: all IPv4 addresses)" },
  { value: "::/0", source: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (::/0: all IPv6 addresses)" },
  { value: "::0/0", source: "RFC 4291 §2.3 (the same prefix as ::/0, written with a zero group)" },
  { value: "*", source: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules (source: Any is written *)" },
  { value: "internet", source: "https://learn.microsoft.com/en-us/azure/virtual-network/service-tags-overview (service tag Internet: the IP address space outside the virtual network that the public internet reaches)" },
  { value: "any", source: "https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules (Any)" },
];

/**
 * Ports that web servers and application frameworks listen on by default: a rule that opens one to everyone
 * says nothing about which product runs behind it (an AI service's port only when the configuration names the
 * product, or, except for `web` ports, when the rule admits traffic to a GPU instance). `80` and `443` are the
 * web's own ports, where a public service is meant to be.
 */
export const FRAMEWORK_PORTS: { port: number; web?: boolean; source: string }[] = [
  { port: 80, web: true, source: "https://www.iana.org/assignments/service-names-port-numbers (http)" },
  { port: 443, web: true, source: "https://www.iana.org/assignments/service-names-port-numbers (https)" },
  { port: 3000, source: "https://guides.rubyonrails.org/command_line.html (bin/rails server listens on port 3000); https://expressjs.com/en/starter/hello-world.html (port 3000)" },
  { port: 5000, source: "https://flask.palletsprojects.com/en/stable/cli/ (flask run serves on 127.0.0.1:5000)" },
  { port: 8000, source: "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver (port 8000 by default); https://www.uvicorn.org/settings/ (--port default 8000)" },
  { port: 8080, source: "https://www.iana.org/assignments/service-names-port-numbers (http-alt)" },
  { port: 8443, source: "https://tomcat.apache.org/tomcat-10.1-doc/ssl-howto.html (the default TLS connector on port 8443)" },
];
