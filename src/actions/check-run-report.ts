import { publishCheckRun, toAnnotations, truncateForGitHub, type Conclusion } from "../github/check-run.js";
import type { GitHubContext } from "../github/context.js";
import { createOctokit } from "../github/octokit.js";
import { setCommitStatus } from "../github/commit-status.js";
import { emitWorkflowAnnotations, type AnnotationSink } from "../github/workflow-annotations.js";
import type { Finding } from "../core/findings.js";
import type { Logger } from "../util/logger.js";

/** The longest check-run title astro-ci sends, in characters (the rest of the text is in the summary). */
const MAX_TITLE_CHARS = 200;

/** What reporting needs from the Actions runtime. */
export type ReportRuntime = AnnotationSink & Omit<Logger, "error" | "warning">;

/**
 * Findings as a check run on the PR head; without the right to write checks (fork PRs, no `checks: write`), one
 * notice and workflow annotations instead. Shared by every action that reports findings. Returns the run's URL.
 */
export async function reportFindingsAsCheckRun(
  request: {
    name: string;
    title: string;
    summary: string;
    findings: Finding[];
    conclusion: Conclusion;
    token: string | undefined;
    context: GitHubContext;
    summaryUrl: string;
    /**
     * The run's secret masking (RunSecrets.scrub). The runner masks what it prints, but a check run's title, summary
     * and annotations go to GitHub's API straight from here, which the runner never sees: each is scrubbed first.
     */
    scrub: (text: string) => string;
    /** Where checks cannot be written, record this commit status instead (needs `statuses: write`). */
    statusFallback?: { state: "success" | "failure" | "error" | "pending"; description: string };
  },
  runtime: ReportRuntime,
): Promise<string | undefined> {
  if (request.token) {
    const scrub = request.scrub;
    const findings = request.findings.map((finding) => ({ ...finding, message: scrub(finding.message), ...(finding.fix === undefined ? {} : { fix: scrub(finding.fix) }) }));
    const client = createOctokit({ token: request.token, baseUrl: request.context.apiUrl, logger: runtime });
    const result = await publishCheckRun(
      client,
      {
        owner: request.context.owner,
        repo: request.context.repo,
        name: request.name,
        headSha: request.context.headSha,
        // Scrubbed whole, then cut: a secret across the cut would otherwise survive in part, which no mask matches.
        title: scrub(request.title).slice(0, MAX_TITLE_CHARS),
        summary: truncateForGitHub(scrub(request.summary), 65535, `\n\n… truncated; see the job summary: ${request.summaryUrl}`),
        annotations: toAnnotations(findings),
        conclusion: request.conclusion,
        detailsUrl: request.summaryUrl,
      },
      runtime,
    );
    if (result.status === "published") return result.htmlUrl;
    if (request.statusFallback) {
      try {
        await setCommitStatus(client, { owner: request.context.owner, repo: request.context.repo, sha: request.context.headSha, context: request.name, targetUrl: request.summaryUrl, state: request.statusFallback.state, description: scrub(request.statusFallback.description) });
        runtime.info(`checks are not writable here; recorded a '${request.name}' commit status instead`);
        emitWorkflowAnnotations(request.findings, runtime);
        return undefined;
      } catch {
        // No statuses: write either: fall through to the notice.
      }
    }
    runtime.notice(
      `astro-ci could not create the '${request.name}' check run (${result.message}); this is expected on pull requests from forks or without 'checks: write'. Findings are shown as annotations and in the job summary instead.`,
    );
  }
  emitWorkflowAnnotations(request.findings, runtime);
  return undefined;
}
