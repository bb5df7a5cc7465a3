import { RUNTIME_SOCKET } from "../catalog/host-paths.js";
import type { Rule } from "./types.js";

const rule: Rule = {
  meta: {
    id: "AIA202",
    name: "docker-socket-mount",
    title: "Container runtime socket mounted into a container",
    category: "docker-socket",
    defaultSeverity: "high",
    rationale: "Whoever can talk to the Docker socket can start a privileged container and own the host; `:ro` does not stop API calls.",
  },
  check({ model, report }) {
    for (const w of model.workloads) {
      for (const v of w.volumes) {
        if ((v.kind !== "bind" && v.kind !== "host-path") || v.source === undefined) continue;
        // `${DOCKER_SOCKET_LOCATION}:/var/run/docker.sock`: the host side is chosen at deploy time, the target says what it is.
        if (!RUNTIME_SOCKET.test(v.source) && !(v.source.includes("$") && /\.sock$/.test(v.target ?? "") && RUNTIME_SOCKET.test(v.target ?? ""))) continue;
        report({
          at: v.pos,
          title: `${w.name} mounts the container runtime socket`,
          message: `${w.name} mounts ${v.source}${v.source.includes("$") ? ` at ${v.target}` : ""}${v.readOnly ? " (read-only, which does not limit API calls)" : ""}: any code in it can start a privileged container and take over the host.`,
          fix: "Remove the socket mount; if the service must start containers, use a socket proxy that allows only the needed API calls, or rootless Docker/Podman in a separate VM.",
          subject: `${w.id}/volume/${v.source}`,
        });
      }
    }
  },
};
export default rule;
