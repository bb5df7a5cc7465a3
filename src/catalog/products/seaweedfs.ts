import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const seaweedfs: ProductDef = {
  id: "seaweedfs",
  name: "SeaweedFS",
  impact: "data-store",
  images: ["chrislusf/seaweedfs"],
  commands: ["(^|/|\\s)weed\\s+(server|master|volume|filer|s3|mini)\\b"],
  ports: [
    { port: 9333, purpose: "master HTTP API (file id assignment, volume lookup)" },
    { port: 19333, purpose: "master gRPC" },
    { port: 8080, purpose: "volume server HTTP (read and write file contents)" },
    { port: 18080, purpose: "volume server gRPC" },
    { port: 8888, purpose: "filer HTTP (directories and files)" },
    { port: 18888, purpose: "filer gRPC" },
    { port: 8333, purpose: "S3 API gateway" },
  ],
  listen: {
    // -ip defaults to the detected host address (the container's interface) and -ip.bind to -ip.
    default: "all",
    loopbackOnly: [{ flag: "-ip.bind", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "off",
      enabledBy: [
        // S3 identities and credentials (s3.json) for the S3 gateway.
        { flag: "-s3.config" },
        { flag: "-config", value: "\\S*\\.json" },
        // security.toml: JWT signing keys for volume/filer access, or an IP white list. The scaffold
        // ships every key empty; a non-empty one is taken to switch signing on. The [grpc.*] sections'
        // `key` names a TLS key file (.pem/.key), which authenticates components, not clients.
        { config: "^\\s*key\\s*=\\s*[\"'](?![^\"']*\\.(pem|key)[\"'])[^\"']+[\"']" },
        { config: "^\\s*white_list\\s*=\\s*[\"'][^\"']+[\"']" },
        // security.toml values can also come from WEED_<SECTION>_<KEY> variables.
        { env: "WEED_JWT_SIGNING_KEY" },
        { env: "WEED_JWT_FILER_SIGNING_KEY" },
        { env: "WEED_GUARD_WHITE_LIST" },
      ],
      summary:
        "SeaweedFS accepts every client unless security.toml (or WEED_* variables) sets JWT signing keys or a white list, or the S3 gateway is given identities (-s3.config).",
    },
  ],
  // security.toml is read from ./, $HOME/.seaweedfs/ and /etc/seaweedfs/.
  configFiles: ["/etc/seaweedfs/*"],
  sources: [
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/docker/Dockerfile.go_build (EXPOSE 9333 19333 8080 18080 8888 18888 8333; ENTRYPOINT /entrypoint.sh, CMD mini)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/docker/entrypoint.sh (master, volume, server, filer, s3, mini sub-commands run weed)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/master.go (-port 9333, -ip default util.DetectedHostAddress(), -ip.bind defaults to -ip)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/volume.go (-port 8080)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/filer.go (-port 8888, -s3.config)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/s3.go (-port 8333, -config path to the S3 identities file)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/command/scaffold/security.toml (jwt.signing, jwt.filer_signing keys empty by default; read from ./, ~/.seaweedfs, /etc/seaweedfs)",
    "https://github.com/seaweedfs/seaweedfs/blob/cc8364a03ebf5cf9f8eab3315ded2000cd07fff6/weed/util/config.go (viper AutomaticEnv with prefix WEED, . replaced by _)",
    "https://github.com/seaweedfs/seaweedfs/wiki/Security-Configuration (JWT signing key read by master and volume server; filer UI open without read JWT)",
  ],
};
