import { RUNTIME_SOCKET } from "./host-paths.js";
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
  check({ model }) {
    return model.workloads.flatMap((w) =>
      w.volumes
        // `${DOCKER_SOCKET_LOCATION}:/var/run/docker.sock`: the host side is chosen at deploy time, the target says what it is.
        .filter((v) => (v.kind === "bind" || v.kind === "host-path") && v.source !== undefined && (RUNTIME_SOCKET.test(v.source) || (v.source.includes("$") && /\.sock$/.test(v.target ?? "") && RUNTIME_SOCKET.test(v.target ?? ""))))
        .map((v) => ({
          category: "docker-socket" as const,
          severity: "high" as const,
          title: `${w.name} mounts the container runtime socket`,
          message: `${w.name} mounts ${v.source}${v.source?.includes("$") ? ` at ${v.target}` : ""}${v.readOnly ? " (read-only, which does not limit API calls)" : ""}: any code in it can start a privileged container and take over the host.`,
          fix: "Remove the socket mount; if the service must start containers, use a socket proxy that allows only the needed API calls, or rootless Docker/Podman in a separate VM.",
          file: v.pos.file,
          line: v.pos.line,
          column: v.pos.column,
          logicalPath: `${w.id}/volume/${v.source}`,
        })),
    );
  },
};
export default rule;
