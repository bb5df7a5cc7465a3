import type { ProductDef } from "../types.js";
import { LOOPBACK_VALUE } from "../addresses.js";

export const mongodb: ProductDef = {
  id: "mongodb",
  name: "MongoDB",
  impact: "data-store",
  images: ["mongo"],
  commands: ["(^|/|\\s)mongod(\\s|$)"],
  ports: [{ port: 27017, purpose: "MongoDB wire protocol" }],
  listen: {
    // The entrypoint adds --bind_ip_all unless --bind_ip/--bind_ip_all is already given.
    default: "all",
    loopbackOnly: [{ flag: "--bind_ip", value: LOOPBACK_VALUE }],
  },
  auth: [
    {
      builtIn: "off",
      // With both MONGO_INITDB_ROOT_USERNAME and _PASSWORD the entrypoint adds --auth; one without
      // the other is an error.
      enabledBy: [{ env: "MONGO_INITDB_ROOT_USERNAME" }, { flag: "--auth", value: "" }],
      summary: "The official MongoDB image runs without access control unless MONGO_INITDB_ROOT_USERNAME/PASSWORD (or --auth) is set.",
    },
  ],
  defaultCredentials: [
    {
      knob: { env: "MONGO_INITDB_ROOT_PASSWORD" },
      values: ["example", "secret"],
      source: "https://github.com/docker-library/docs/blob/master/mongo/content.md (MONGO_INITDB_ROOT_PASSWORD: example in the compose example; =secret in the docker run example)",
    },
  ],
  sources: [
    "https://github.com/docker-library/mongo/blob/master/docker-entrypoint.sh (MONGO_INITDB_ROOT_USERNAME and _PASSWORD add --auth; --bind_ip_all unless --bind_ip given)",
  ],
};
