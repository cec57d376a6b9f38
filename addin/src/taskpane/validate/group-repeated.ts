import type { Finding } from "../../../../shared/findings";

/**
 * A sheet's findings with the same problem in the same column on several rows gathered into one group,
 * errors before warnings, each group where its first finding stood.
 */
export function groupRepeated(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    // Findings without a column or a cell stand alone: their messages differ by what they name.
    const key =
      finding.field !== null && finding.cell !== null
        ? `${finding.severity}|${finding.code}|${finding.field}|${JSON.stringify(finding.params)}`
        : `${groups.size}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g[0]?.severity === "error"), ...all.filter((g) => g[0]?.severity !== "error")];
}
