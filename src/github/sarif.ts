import { createHash } from "node:crypto";
import type { Finding, Level } from "../core/findings.js";

export interface SarifRule {
  id: string;
  shortDescription: string;
  helpUri?: string;
  defaultLevel: Level;
}

const SARIF_LEVEL = { error: "error", warning: "warning", notice: "note", off: "none" } as const;

/** SARIF 2.1.0 for GitHub code scanning. Fingerprints ignore line numbers so moved findings keep their identity. */
export function toSarif(findings: Finding[], tool: { toolName: string; toolVersion: string; rules: SarifRule[] }): object {
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.toolName,
            version: tool.toolVersion,
            informationUri: "https://github.com/astro-ci/astro-ci",
            rules: tool.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.shortDescription },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.checkId,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toRelativeUri(f.file), uriBaseId: "%SRCROOT%" },
                region: sarifRegion(f),
              },
            },
          ],
          partialFingerprints: {
            "astroCiFinding/v1": createHash("sha256").update(`${f.checkId}\0${f.file}\0${f.message}`).digest("hex").slice(0, 32),
          },
        })),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

/** A positive integer (SARIF's lines and columns count from 1), or undefined when `value` is not a number. */
function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(1, Math.floor(value)) : undefined;
}

/**
 * A finding's region as SARIF 2.1.0 requires it (§3.30: startLine, startColumn, endLine and endColumn are at least 1,
 * an end never before its start): code scanning rejects the whole upload for one line 0. Every producer should give
 * lines from 1 (the dynamic tier clamps Python's line-0 syntax errors); this is the last guard.
 */
export function sarifRegion(f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">): { startLine: number; startColumn?: number; endLine?: number; endColumn?: number } {
  const startLine = positive(f.line) ?? 1;
  const startColumn = positive(f.column);
  const endLine = f.endLine !== undefined ? Math.max(startLine, positive(f.endLine) ?? startLine) : undefined;
  let endColumn = positive(f.endColumn);
  // On the start line, an end column before the start column is no region: keep the start only.
  if (endColumn !== undefined && startColumn !== undefined && (endLine ?? startLine) === startLine && endColumn < startColumn) endColumn = undefined;
  return {
    startLine,
    ...(startColumn !== undefined ? { startColumn } : {}),
    ...(endLine !== undefined ? { endLine } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
  };
}

/**
 * A repository-relative POSIX path as the relative URI reference SARIF 2.1.0 requires (§3.4.3, RFC 3986): each
 * segment percent-encoded as UTF-8, so spaces, `#`, `?`, `%`, non-ASCII letters and even newlines survive.
 */
export function toRelativeUri(path: string): string {
  // encodeURIComponent also encodes ':', so a first segment can never read as a scheme (RFC 3986 §4.2).
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
