import type { FailOn } from "../config/config.js";
import type { Finding } from "../core/findings.js";
import type { DagDiff } from "../dags/dag-diff.js";
import type { ProjectValidation } from "../dags/validate.js";
import type { DynamicTierResult } from "../dynamic/dynamic-tier.js";

/** The document every validate-dags reporter renders (text, Markdown, SARIF, JSON, check runs). */
export interface ValidationReport {
  tool: { name: string; version: string };
  configFile?: string;
  projects: (ProjectValidation & { failOn: FailOn; failed: boolean; dagDiff?: DagDiffResult; dynamic: DynamicSummary })[];
  findings: Finding[];
  counts: { errors: number; warnings: number; notices: number; dags: number; files: number };
  failed: boolean;
}

/** What the dynamic tier did for a project, for the summary. */
export interface DynamicSummary {
  status: DynamicTierResult["status"];
  message: string;
  environment?: string;
  airflowVersion?: string;
}

/** The DAG diff against the PR's (or `--base`) commit; `skipped` says why, and `fix` how to have it next time. */
export type DagDiffResult = { status: "computed"; base: string; diff: DagDiff } | { status: "skipped"; reason: string; fix?: string };

