// Files that look like infrastructure but are not scanned as such.

/**
 * Helm chart templates are Go templates, not YAML: they are read through their chart, rendered
 * (src/readers/helm), never on their own. A template is a file under the `templates/` folder of a chart
 * (discovery finds the chart by its `Chart.yaml`) that holds template actions; `{{` elsewhere is a value like
 * any other.
 */
export function isHelmTemplate(candidate: { helmChart?: string }, text: string): boolean {
  return candidate.helmChart !== undefined && text.includes("{{");
}
