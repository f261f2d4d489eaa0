import type { Finding } from "../core/findings.js";
import type { Logger } from "../util/logger.js";
import type { GitHubClient } from "./octokit.js";

/** GitHub's limits on check runs (REST docs and the OpenAPI description). */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
export const MAX_OUTPUT_TEXT = 65535;
const MAX_TITLE = 255;
const MAX_MESSAGE_BYTES = 64 * 1024;

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export type Conclusion = "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required";

export interface CheckRunRequest {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  title: string;
  summary: string;
  text?: string;
  annotations: Annotation[];
  conclusion: Conclusion;
  detailsUrl?: string;
  externalId?: string;
}

export type CheckRunResult = { status: "published"; id: number; htmlUrl: string } | { status: "forbidden"; message: string };

const LEVEL = { error: "failure", warning: "warning", notice: "notice" } as const;

function cutBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  return Buffer.from(text).subarray(0, maxBytes - 3).toString("utf8").replace(/\uFFFD+$/, "") + "...";
}

/** Findings as check-run annotations, errors first (the PR's files view shows the first ones). */
export function toAnnotations(findings: Finding[]): Annotation[] {
  const order = { error: 0, warning: 1, notice: 2 } as const;
  return [...findings]
    .sort((a, b) => order[a.severity] - order[b.severity])
    .map((f) => {
      const endLine = Math.max(f.endLine ?? f.line, f.line);
      const annotation: Annotation = {
        path: f.file,
        start_line: f.line,
        end_line: endLine,
        annotation_level: LEVEL[f.severity],
        message: cutBytes(f.fix ? `${f.message}\nFix: ${f.fix}` : f.message, MAX_MESSAGE_BYTES),
        title: f.checkId.slice(0, MAX_TITLE),
      };
      // Columns are only allowed when the annotation is on one line.
      if (endLine === f.line && f.column !== undefined) {
        annotation.start_column = f.column;
        annotation.end_column = f.endColumn !== undefined && f.endColumn >= f.column ? f.endColumn : f.column;
      }
      return annotation;
    });
}

/** Cut on a line boundary to fit `limit` characters, ending with `pointer`. */
export function truncateForGitHub(text: string, limit: number, pointer: string): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - pointer.length));
  const newline = cut.lastIndexOf("\n");
  if (newline > 0) cut = cut.slice(0, newline);
  return cut + pointer;
}

function isForbidden(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}

/**
 * Create the check run in progress with the first batch of annotations, append the rest 50 at a time, and set the
 * conclusion in the last request, as GitHub requires. A token without `checks: write` (fork PRs) is not an error.
 */
export async function publishCheckRun(client: GitHubClient, request: CheckRunRequest, logger: Logger): Promise<CheckRunResult> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < request.annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
  }
  const output = (annotations: Annotation[] | undefined) => ({
    title: request.title.slice(0, MAX_TITLE),
    summary: truncateForGitHub(request.summary, MAX_OUTPUT_TEXT, "\n\n… truncated"),
    ...(request.text ? { text: truncateForGitHub(request.text, MAX_OUTPUT_TEXT, "\n\n… truncated") } : {}),
    ...(annotations?.length ? { annotations } : {}),
  });
  let created;
  try {
    created = await client.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: "in_progress",
      started_at: new Date().toISOString(),
      ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      ...(request.externalId ? { external_id: request.externalId } : {}),
      output: output(batches[0]),
    });
  } catch (error) {
    if (isForbidden(error)) return { status: "forbidden", message: error.message };
    throw error;
  }
  const id = created.data.id;
  for (let i = 1; i < batches.length; i++) {
    logger.debug(`check run ${id}: annotation batch ${i + 1}/${batches.length}`);
    await client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: id, output: output(batches[i]) });
  }
  await client.rest.checks.update({
    owner: request.owner,
    repo: request.repo,
    check_run_id: id,
    status: "completed",
    conclusion: request.conclusion,
    completed_at: new Date().toISOString(),
    output: output(undefined),
  });
  return { status: "published", id, htmlUrl: created.data.html_url ?? "" };
}
