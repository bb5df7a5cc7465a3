import type { ProductDef } from "../types.js";

export const minio: ProductDef = {
  id: "minio",
  name: "MinIO",
  impact: "data-store",
  // Tags are RELEASE.<date> stamps with no semver version.
  images: ["minio/minio", "quay.io/minio/minio"],
  commands: ["\\bminio\\s+server\\b"],
  ports: [
    { port: 9000, purpose: "S3 API" },
    // The console port is random unless --console-address is given; :9001 is the documented choice.
    { port: 9001, purpose: "web console (with --console-address \":9001\")" },
  ],
  listen: {
    default: "all",
  },
  auth: [
    {
      builtIn: "on",
      summary: "MinIO always requires credentials; without MINIO_ROOT_USER/MINIO_ROOT_PASSWORD the root account is minioadmin:minioadmin.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "MINIO_ROOT_USER" },
      values: ["minioadmin"],
      source: "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD default to minioadmin if unset)",
    },
    {
      knob: { env: "MINIO_ROOT_PASSWORD" },
      values: ["minioadmin"],
      source: "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD default to minioadmin if unset)",
      whenUnset: true,
    },
    {
      // Legacy names, still in Milvus' reference compose file.
      knob: { env: "MINIO_ACCESS_KEY" },
      values: ["minioadmin"],
      source: "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (MINIO_ACCESS_KEY: minioadmin)",
    },
    {
      knob: { env: "MINIO_SECRET_KEY" },
      values: ["minioadmin"],
      source: "https://github.com/milvus-io/milvus/blob/master/deployments/docker/standalone/docker-compose.yml (MINIO_SECRET_KEY: minioadmin)",
    },
  ],
  versionScheme: "timestamp",
  sources: [
    "https://docs.min.io/minio/baremetal/reference/minio-server/minio-server.html#environment-variables (minio server, --console-address, root credentials default minioadmin)",
    "https://www.cve.org/CVERecord?id=CVE-2024-24747 (versions are release tags: fixed in RELEASE.2024-01-31T20-20-33Z)",
    "https://www.cve.org/CVERecord?id=CVE-2026-40344 (fixes of 2026 ship in MinIO AIStor; users of the open-source minio/minio are told to upgrade to AIStor)",
  ],
};
