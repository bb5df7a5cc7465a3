// Host paths the container rules care about, shared so two rules never report the same mount. Data:
// the meaning of paths on a Linux host and its container runtimes.

/** Container runtime sockets, their directories (rootless ones under /run/user/<uid> too), and all of /run or /var/run. */
export const RUNTIME_SOCKET =
  /(^|\/)(docker|podman|containerd|cri-dockerd|crio)\.sock$|^\/(var\/)?run(\/(docker|containerd|crio|podman|user\/\d+|k3s\/containerd)(\/.*)?)?\/?$/;

/**
 * Host paths whose write access gives away the host: system directories and everything under them,
 * and a few roots that are only dangerous whole (`/var`, `/usr`, `/root`, `/run`: `/root/.cache/huggingface`
 * or `/usr/share/ollama` are model caches, `/run/<app>` an application's own socket directory).
 */
export const SENSITIVE_HOST_PATH =
  /^\/(etc|proc|sys|boot|(var\/)?run\/(systemd|dbus|cdi|containers|udev|lock|secrets)|var\/lib\/(docker|kubelet|containerd)|usr\/(bin|sbin|lib|lib64|local\/bin)|lib|lib64|bin|sbin|root\/\.ssh|dev\/(mem|kmem|port))(\/|$)|^\/(dev|var|var\/lib|(var\/)?run|usr|root|home)?\/?$/;

/** Commonly mounted, harmless or meant to be shared. */
export const HARMLESS_HOST_PATH = /^\/(etc\/(localtime|timezone|hosts|resolv\.conf)|dev\/(shm|null|dri|kfd|nvidia[^/]*|fuse)|run\/nvidia[^/]*)(\/|$)/;
