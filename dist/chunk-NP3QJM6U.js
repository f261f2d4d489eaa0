import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  publishCheckRun,
  toAnnotations,
  truncateForGitHub
} from "./chunk-5NPCJNUG.js";
import {
  createOctokit
} from "./chunk-KW7AZT75.js";
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";

// src/actions/run-secrets.ts
function createRunSecrets(runtime) {
  const secrets = createSecretMask();
  return {
    mask(value) {
      if (!value) return;
      runtime.setSecret(value);
      secrets.mask(value);
    },
    scrub: (text) => secrets.scrub(text)
  };
}

// src/github/commit-status.ts
async function setCommitStatus(client, request) {
  await client.rest.repos.createCommitStatus({
    owner: request.owner,
    repo: request.repo,
    sha: request.sha,
    state: request.state,
    context: request.context,
    description: request.description.length > 140 ? `${request.description.slice(0, 139)}\u2026` : request.description,
    ...request.targetUrl ? { target_url: request.targetUrl } : {}
  });
}

// src/github/workflow-annotations.ts
function emitWorkflowAnnotations(findings, sink) {
  const order = { error: 0, warning: 1, notice: 2 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const f of sorted) {
    const props = { title: f.checkId, file: f.file, startLine: f.line, endLine: f.endLine ?? f.line };
    if (f.column !== void 0 && (f.endLine ?? f.line) === f.line) {
      props.startColumn = f.column;
      if (f.endColumn !== void 0) props.endColumn = f.endColumn;
    }
    const message = f.fix ? `${f.message}
Fix: ${f.fix}` : f.message;
    sink[f.severity](message, props);
  }
  return sorted.length;
}

// src/actions/check-run-report.ts
var MAX_TITLE_CHARS = 200;
async function reportFindingsAsCheckRun(request, runtime) {
  if (request.token) {
    const scrub = request.scrub;
    const findings = request.findings.map((finding) => ({ ...finding, message: scrub(finding.message), ...finding.fix === void 0 ? {} : { fix: scrub(finding.fix) } }));
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
        summary: truncateForGitHub(scrub(request.summary), 65535, `

\u2026 truncated; see the job summary: ${request.summaryUrl}`),
        annotations: toAnnotations(findings),
        conclusion: request.conclusion,
        detailsUrl: request.summaryUrl
      },
      runtime
    );
    if (result.status === "published") return result.htmlUrl;
    if (request.statusFallback) {
      try {
        await setCommitStatus(client, { owner: request.context.owner, repo: request.context.repo, sha: request.context.headSha, context: request.name, targetUrl: request.summaryUrl, state: request.statusFallback.state, description: scrub(request.statusFallback.description) });
        runtime.info(`checks are not writable here; recorded a '${request.name}' commit status instead`);
        emitWorkflowAnnotations(request.findings, runtime);
        return void 0;
      } catch {
      }
    }
    runtime.notice(
      `astro-ci could not create the '${request.name}' check run (${result.message}); this is expected on pull requests from forks or without 'checks: write'. Findings are shown as annotations and in the job summary instead.`
    );
  }
  emitWorkflowAnnotations(request.findings, runtime);
  return void 0;
}

export {
  createRunSecrets,
  reportFindingsAsCheckRun
};
