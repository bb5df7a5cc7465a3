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

/**
 * The kubelet's plugin-API directories, exactly (not the rest of /var/lib/kubelet): device plugins create
 * their socket in /var/lib/kubelet/device-plugins and the kubelet deletes every socket there when it
 * restarts, so the plugin must write there; node-driver-registrar and DRA drivers create `<driver>-reg.sock`
 * in /var/lib/kubelet/plugins_registry; CSI and DRA drivers serve their socket from
 * /var/lib/kubelet/plugins/<driver> (often the whole /var/lib/kubelet/plugins); monitoring agents connect to
 * the PodResources socket in /var/lib/kubelet/pod-resources. A read-only mount breaks the plugin.
 * Sources: https://kubernetes.io/docs/concepts/extend-kubernetes/compute-storage-net/device-plugins/
 * ("Device plugin deployment", "Handling kubelet restarts", "Monitoring device plugin resources");
 * https://kubernetes-csi.github.io/docs/deploying.html ("Driver Volume Mounts");
 * kubernetes/website content/en/examples/dra/driver-install/daemonset.yaml (KUBELET_REGISTRAR_DIRECTORY_PATH,
 * KUBELET_PLUGINS_DIRECTORY_PATH).
 */
export const KUBELET_PLUGIN_API_PATH = /^\/var\/lib\/kubelet\/(device-plugins|plugins_registry|pod-resources|plugins(\/[^/]+)?)$/;

/**
 * The kubelet's pod volumes: CSI node plugins that publish volumes into pods must mount it (Bidirectional
 * propagation), and nothing else should: it holds every pod's volumes and projected service-account tokens.
 * Source: https://kubernetes-csi.github.io/docs/deploying.html ("Driver Volume Mounts").
 */
export const KUBELET_PODS_PATH = /^\/var\/lib\/kubelet\/pods$/;

/**
 * Single files that only describe the host: os-release(5) identifies the operating system to programs that
 * read it, machine-id(5) is the host's identifier. Drivers and agents mount them to learn what host they run
 * on; writing them grants no access (they hold no credentials, users, code or configuration the host
 * executes), so a writable mount is a hardening slip, not a way out.
 * Sources: https://www.freedesktop.org/software/systemd/man/latest/os-release.html ;
 * https://www.freedesktop.org/software/systemd/man/latest/machine-id.html ;
 * https://man7.org/linux/man-pages/man5/hostname.5.html
 */
export const INFORMATIONAL_HOST_FILE = /^\/(etc\/(os-release|lsb-release|machine-id|hostname|debian_version|redhat-release|system-release)|usr\/lib\/os-release)$/;
