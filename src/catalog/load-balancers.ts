// How a cloud provider or an ingress controller is told to give a load balancer a private address only:
// data about platforms, read by the Kubernetes reader. A Service of type LoadBalancer, or an Ingress, is
// reachable from the internet unless one of these is written with its internal value. Nothing here is
// inferred from an absence: the AWS Load Balancer Controller makes NLBs and ALBs internal by default, but
// the same manifest reconciled by the in-tree AWS provider is internet-facing, and the file does not say
// which controller runs.

/** One setting that makes a load balancer internal. */
export interface InternalLoadBalancerSetting {
  provider: string;
  /** `annotation`: a metadata annotation; `loadBalancerClass`: `spec.loadBalancerClass` of a Service. */
  field: "annotation" | "loadBalancerClass";
  /** The annotation's key (for `annotation`). */
  key?: string;
  /** The value that makes it internal, matched whole and ignoring case. */
  value: RegExp;
  source: string;
}

/** Kubernetes' own list of internal load balancer annotations, one tab per provider. */
const K8S_SERVICE_DOCS = "https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer";

/** Settings on a Service of type LoadBalancer. */
export const INTERNAL_SERVICE_LOAD_BALANCER: InternalLoadBalancerSetting[] = [
  // The in-tree provider makes the ELB internal for every value but "false" (older examples write `0.0.0.0/0`).
  {
    provider: "AWS",
    field: "annotation",
    key: "service.beta.kubernetes.io/aws-load-balancer-internal",
    value: /^(?!false$).+$/i,
    source: "https://github.com/kubernetes/cloud-provider-aws/blob/master/docs/service_controller.md ; https://github.com/kubernetes/website/issues/15771",
  },
  {
    provider: "AWS",
    field: "annotation",
    key: "service.beta.kubernetes.io/aws-load-balancer-scheme",
    value: /^internal$/i,
    source: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/ ; " + K8S_SERVICE_DOCS,
  },
  { provider: "GKE", field: "annotation", key: "networking.gke.io/load-balancer-type", value: /^internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/concepts/service-load-balancer ; " + K8S_SERVICE_DOCS },
  // The key GKE documented before networking.gke.io; still honoured and still seen in manifests.
  { provider: "GKE", field: "annotation", key: "cloud.google.com/load-balancer-type", value: /^internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/how-to/internal-load-balancing" },
  {
    provider: "GKE",
    field: "loadBalancerClass",
    value: /^networking\.gke\.io\/l4-regional-internal$/i,
    source: "https://cloud.google.com/kubernetes-engine/docs/concepts/service-load-balancer-parameters",
  },
  { provider: "Azure", field: "annotation", key: "service.beta.kubernetes.io/azure-load-balancer-internal", value: /^true$/i, source: "https://learn.microsoft.com/azure/aks/internal-lb ; " + K8S_SERVICE_DOCS },
  {
    provider: "DigitalOcean",
    field: "annotation",
    key: "service.beta.kubernetes.io/do-loadbalancer-network",
    value: /^internal$/i,
    source: "https://docs.digitalocean.com/products/kubernetes/how-to/create-internal-load-balancer/",
  },
  {
    provider: "Oracle Cloud",
    field: "annotation",
    key: "service.beta.kubernetes.io/oci-load-balancer-internal",
    value: /^true$/i,
    source: "https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contengcreatingloadbalancer_topic-Summaryofannotations.htm ; " + K8S_SERVICE_DOCS,
  },
  // The same for an OCI network load balancer (`oci.oraclecloud.com/load-balancer-type: nlb`).
  {
    provider: "Oracle Cloud",
    field: "annotation",
    key: "oci-network-load-balancer.oraclecloud.com/internal",
    value: /^true$/i,
    source:
      "https://docs.oracle.com/iaas/Content/ContEng/Tasks/contengconfiguringloadbalancersnetworkloadbalancers-subtopic.htm ; https://github.com/oracle/oci-cloud-controller-manager/blob/master/pkg/cloudprovider/providers/oci/load_balancer_spec.go (ServiceAnnotationNetworkLoadBalancerInternal)",
  },
  {
    provider: "IBM Cloud",
    field: "annotation",
    key: "service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type",
    value: /^private$/i,
    source: "https://cloud.ibm.com/docs/containers?topic=containers-vpclb-about ; " + K8S_SERVICE_DOCS,
  },
  {
    provider: "Alibaba Cloud",
    field: "annotation",
    key: "service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type",
    value: /^intranet$/i,
    source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances ; " + K8S_SERVICE_DOCS,
  },
  // The older prefix, still accepted.
  {
    provider: "Alibaba Cloud",
    field: "annotation",
    key: "service.beta.kubernetes.io/alicloud-loadbalancer-address-type",
    value: /^intranet$/i,
    source: "https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/add-annotations-to-the-yaml-file-of-a-service-to-configure-clb-instances",
  },
  {
    provider: "OpenStack",
    field: "annotation",
    key: "service.beta.kubernetes.io/openstack-internal-load-balancer",
    value: /^true$/i,
    source: "https://github.com/kubernetes/cloud-provider-openstack/blob/master/docs/openstack-cloud-controller-manager/expose-applications-using-loadbalancer-type-service.md ; " + K8S_SERVICE_DOCS,
  },
  { provider: "Baidu Cloud", field: "annotation", key: "service.beta.kubernetes.io/cce-load-balancer-internal-vpc", value: /^true$/i, source: K8S_SERVICE_DOCS },
  // The subnet the internal load balancer takes its address from.
  { provider: "Tencent Cloud", field: "annotation", key: "service.kubernetes.io/qcloud-loadbalancer-internal-subnetid", value: /^.+$/, source: K8S_SERVICE_DOCS },
];

/** Settings on an Ingress. */
export const INTERNAL_INGRESS: InternalLoadBalancerSetting[] = [
  {
    provider: "AWS Load Balancer Controller",
    field: "annotation",
    key: "alb.ingress.kubernetes.io/scheme",
    value: /^internal$/i,
    source: "https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#scheme",
  },
  // GKE reads the class from the annotation only (ingressClassName is ignored when it is set).
  { provider: "GKE", field: "annotation", key: "kubernetes.io/ingress.class", value: /^gce-internal$/i, source: "https://cloud.google.com/kubernetes-engine/docs/concepts/ingress" },
  // Honoured only when the gateway has a private frontend IP; otherwise the Ingress is not served at all.
  {
    provider: "Azure Application Gateway",
    field: "annotation",
    key: "appgw.ingress.kubernetes.io/use-private-ip",
    value: /^true$/i,
    source: "https://learn.microsoft.com/azure/application-gateway/ingress-controller-annotations ; https://azure.github.io/application-gateway-kubernetes-ingress/features/private-ip",
  },
];
