// The analysis stage: annotates each workload once, from the catalog, before any rule runs: which
// product it runs (by image, else by command line), the files it mounts that hold product settings,
// whether it listens beyond loopback, its authentication, and the credentials it is given. Rules read
// these facts; none recomputes them.
import { basename } from "node:path";
import type { Catalog, ProductDef } from "../catalog/types.js";
import type { ConfigMapDecl, Model, ReferencedFiles, Workload } from "../model/types.js";
import { attachConfigFiles } from "./config-files.js";
import { credentialSettings, stackNames, type CredentialSetting, type WeakValueContext } from "./credentials.js";
import { findExposedProducts, type ExposedProduct } from "./exposure.js";
import { authState, identifyProduct, listensOnAllInterfaces, type AuthState } from "./match.js";
import { servedModels, type ServedModel } from "./models.js";
import { groupBy } from "../model/group.js";

export interface WorkloadFacts {
  product?: ProductDef;
  /** Listens on every interface inside its container or pod (so a published port reaches it). */
  listensBeyondLoopback: boolean;
  /** The product's authentication as configured here; undefined when the product is unknown. */
  auth?: AuthState;
  /** Settings that carry a credential, with where each is written. */
  credentials: CredentialSetting[];
  /** What its credential values are compared with to tell a weak value: its settings, image and the names of its project. */
  valueContext: WeakValueContext;
}

export interface Analysis {
  facts(workload: Workload): WorkloadFacts;
  /** Every AI product reachable from the network, grouped by the line that opens the door. */
  exposed: ExposedProduct[];
  /** The models the workloads serve, for the inventory and the AI-BOM. */
  models: ServedModel[];
}

export function analyze(model: Model, catalog: Catalog, referenced: ReferencedFiles): Analysis {
  const products = new Map(catalog.products.map((p) => [p.id, p]));
  const configMaps = new Map<string, ConfigMapDecl>(model.configMaps.map((c) => [`${c.namespace}/${c.name}`, c]));
  const facts = new Map<Workload, WorkloadFacts>();
  // The names a project's passwords are made of: its folder (the repository), its images and services, per file.
  const byFile = groupBy(model.workloads, (w) => w.file);
  const names = new Map<string, string[]>([...byFile].map(([file, workloads]) => [file, stackNames(workloads, basename(model.root))]));
  for (const workload of model.workloads) {
    workload.product = identifyProduct(catalog, workload);
    const product = workload.product ? products.get(workload.product.productId) : undefined;
    attachConfigFiles(workload, product?.configFiles ?? [], referenced, (namespace, name) => configMaps.get(`${namespace}/${name}`));
    facts.set(workload, {
      product,
      listensBeyondLoopback: product ? listensOnAllInterfaces(product, workload) : false,
      auth: product ? authState(product, workload) : undefined,
      credentials: credentialSettings(workload),
      valueContext: { env: workload.env, image: workload.image, names: names.get(workload.file) },
    });
  }
  const byId = new Map(model.workloads.map((w) => [`${w.file}\0${w.id}`, w]));
  // The image is the product only when the workload was recognised by it: a stage whose command starts
  // the product (`FROM pytorch/pytorch` running Stable Diffusion web UI) does not make its base image that product.
  for (const component of model.components) {
    if (component.type !== "image") continue;
    const product = byId.get(`${component.pos.file}\0${component.workloadId}`)?.product;
    component.productId = product?.by === "image" ? product.productId : undefined;
  }
  const of = (workload: Workload): WorkloadFacts => facts.get(workload) ?? { listensBeyondLoopback: false, credentials: [], valueContext: { env: workload.env, image: workload.image } };
  return { facts: of, exposed: findExposedProducts(model.workloads, of), models: servedModels(model.workloads, catalog, (w) => of(w).product) };
}
