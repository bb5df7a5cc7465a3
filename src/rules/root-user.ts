import type { Workload } from "../model/types.js";
import type { Rule, RuleFinding } from "./types.js";

const ROOT = /^(root|0)(:.*)?$/;
/**
 * Base images whose own USER is non-root: `:nonroot` variants, Chainguard, Jupyter docker-stacks,
 * Bitnami, Elasticsearch, Grafana, Langflow, Gitpod workspaces.
 */
const NON_ROOT_BASE =
  /(^|[-_:])nonroot([-_@]|$)|^cgr\.dev\/chainguard\/|^((quay|docker)\.io\/)?(jupyter|bitnami)\/|^(docker\.elastic\.co\/elasticsearch\/)?elasticsearch([:@]|$)|^grafana\/grafana|^langflowai\/langflow|^gitpod\/workspace-/;
/**
 * Official images whose entrypoint hands their own server to an unprivileged user (gosu/su-exec):
 * only while the Dockerfile keeps their ENTRYPOINT and CMD.
 */
const DROPS_ROOT_BASE = /^(docker\.io\/)?(library\/)?(postgres|mysql|mariadb|redis|mongo|rabbitmq)([:@]|$)|^valkey\/valkey([:@]|$)/;

function rootFinding(w: Workload, severity: RuleFinding["severity"], line: number, endLine: number | undefined, message: string, fix: string): RuleFinding {
  return {
    category: "root-user",
    severity,
    title: `${w.kind === "dockerfile-stage" ? `final stage${w.name === "final stage" ? "" : ` "${w.name}"`}` : w.name} runs as root`,
    message,
    fix,
    file: w.file,
    line,
    endLine,
    logicalPath: `${w.id}/user`,
  };
}

const rule: Rule = {
  meta: {
    id: "AIA206",
    name: "root-user",
    title: "Container runs as root",
    category: "root-user",
    defaultSeverity: "low",
    rationale: "Code that runs as root in a container is one kernel bug or one mount away from root on the host.",
  },
  check({ model }) {
    return model.workloads.flatMap((w): RuleFinding[] => {
      const user = w.security.user;
      if (w.kind === "dockerfile-stage") {
        if (user && !ROOT.test(user.value)) return [];
        // No image means the chain starts FROM scratch: without USER the process still runs as uid 0,
        // unless nothing runs at all (no ENTRYPOINT/CMD: an image that only carries files).
        const base = w.image ? w.image.raw : "scratch";
        if (!user && (NON_ROOT_BASE.test(base) || (DROPS_ROOT_BASE.test(base) && w.argv.length === 0) || (!w.image && w.argv.length === 0))) return [];
        return [
          user
            ? rootFinding(w, "low", user.pos.line, undefined, `The final stage switches to USER ${user.value}, so the container's process runs as root.`, "End the final stage with `USER <non-root uid>` after the steps that need root.")
            : rootFinding(w, "low", w.pos.line, w.pos.endLine, `The final stage (FROM ${base}) never sets USER, so the container's process runs as root.`, "Create an unprivileged user and end the final stage with `USER <uid>`."),
        ];
      }
      if (w.kind === "compose-service") {
        // Without `user:` the image decides; only an explicit root is known.
        if (!user || !ROOT.test(user.value)) return [];
        return [rootFinding(w, "low", user.pos.line, undefined, `${w.name} sets user: ${user.value}.`, "Remove `user: root` or set a non-root uid:gid.")];
      }
      if (w.security.runAsNonRoot?.value) return [];
      if (user && !ROOT.test(user.value)) return [];
      if (user) {
        return [rootFinding(w, "medium", user.pos.line, undefined, `${w.name} sets runAsUser: ${user.value}: it runs as root explicitly.`, "Set runAsUser to a non-zero uid and runAsNonRoot: true.")];
      }
      if (w.partial) return [];
      return [rootFinding(w, "low", w.pos.line, w.pos.endLine, `${w.name} sets neither runAsNonRoot: true nor a non-zero runAsUser, so it runs as whatever user the image chooses, often root.`, "Set securityContext.runAsNonRoot: true and a non-zero runAsUser.")];
    });
  },
};
export default rule;
