// Every rule, in id order. Adding a rule: one file here, one docs/rules/<id>.md, fixtures and a test.
import type { Rule } from "./types.js";
import parseError from "./parse-error.js";
import incompleteScan from "./incomplete-scan.js";
import aiServiceWithoutAuth from "./ai-service-without-auth.js";
import aiServiceExposed from "./ai-service-exposed.js";
import authSettingIgnored from "./auth-setting-ignored.js";
import openNetworkRule from "./open-network-rule.js";
import managedServiceWithoutAuth from "./managed-service-without-auth.js";
import controlPlanePublic from "./control-plane-public.js";
import privilegedContainer from "./privileged-container.js";
import dockerSocket from "./docker-socket.js";
import hostNamespace from "./host-namespace.js";
import dangerousCapability from "./dangerous-capability.js";
import writableHostMount from "./writable-host-mount.js";
import rootUser from "./root-user.js";
import privilegeEscalation from "./privilege-escalation.js";
import unconfinedProfile from "./unconfined-profile.js";
import unpinnedImage from "./unpinned-image.js";
import insecureDownload from "./insecure-download.js";
import defaultCredentials from "./default-credentials.js";
import hardcodedSecret from "./hardcoded-secret.js";
import vulnerableComponent from "./vulnerable-component.js";
import eolComponent from "./eol-component.js";
import outdatedComponent from "./outdated-component.js";

export const rules: Rule[] = [
  parseError,
  incompleteScan,
  aiServiceWithoutAuth,
  aiServiceExposed,
  authSettingIgnored,
  openNetworkRule,
  managedServiceWithoutAuth,
  controlPlanePublic,
  privilegedContainer,
  dockerSocket,
  hostNamespace,
  dangerousCapability,
  writableHostMount,
  rootUser,
  privilegeEscalation,
  unconfinedProfile,
  unpinnedImage,
  insecureDownload,
  defaultCredentials,
  hardcodedSecret,
  vulnerableComponent,
  eolComponent,
  outdatedComponent,
];
