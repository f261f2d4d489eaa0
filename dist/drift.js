import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  formatDeploymentDriftMarkdown,
  formatDriftMarkdown,
  runDrift
} from "./chunk-4Q7ZE3HO.js";
import "./chunk-CW4WT4S4.js";
import "./chunk-SXO5J5YP.js";
import {
  MAX_COMMENT_LENGTH,
  isOurs,
  resolveTokenIdentity,
  writeFirstOurs
} from "./chunk-2PWEFSMI.js";
import "./chunk-BRHAODYH.js";
import "./chunk-ZMYJGVFG.js";
import {
  createActionsRuntime,
  createEnvInputReader,
  getBooleanInput,
  getDomainInput,
  getOptionalInput,
  optionalPathInside,
  resolveInsideWorkspace,
  runWrapper
} from "./chunk-CKTWIHMS.js";
import {
  createOctokit,
  readGitHubContext
} from "./chunk-KW7AZT75.js";
import "./chunk-ZAV54HOF.js";
import "./chunk-WXL4IICE.js";
import "./chunk-O6EDDLIN.js";
import "./chunk-GJ3TJRWF.js";
import "./chunk-Y3LO47RV.js";
import {
  createGit
} from "./chunk-AD4PL26L.js";
import "./chunk-X6UGG6GR.js";
import "./chunk-TGOMF2GA.js";
import "./chunk-EPGAPL45.js";
import "./chunk-DTAHUBLS.js";
import "./chunk-ZA6WYVD2.js";
import "./chunk-TTRFRLDY.js";
import "./chunk-FWDNUJ5Q.js";
import "./chunk-DW2KAGUK.js";
import "./chunk-ADQZYKCI.js";
import "./chunk-SDJHYQXA.js";
import "./chunk-OYQGNGHQ.js";
import "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/actions/drift/run.ts
import { writeFile } from "node:fs/promises";

// src/github/drift-issues.ts
var DRIFT_LABEL = "astro-ci:drift";
var markerOf = (key) => `<!-- astro-ci:drift ${key.replace(/--/g, "- -")} -->`;
async function syncDriftIssue(client, request) {
  const marker = markerOf(request.key);
  const identity = await resolveTokenIdentity(client, request.botLogin);
  const title = `Drift: Astro Deployment ${request.name} differs from the repository`;
  let body;
  if (request.body !== void 0) {
    body = `${marker}
${request.body}

_Kept up to date by \`astro-ci drift\`; closed automatically when the drift is gone._`;
    if (body.length > MAX_COMMENT_LENGTH) body = body.slice(0, MAX_COMMENT_LENGTH - 200).replace(/\n[^\n]*$/, "") + "\n\n\u2026 truncated; see the workflow's job summary.";
  }
  const keep = async (existing) => {
    const where = { owner: request.owner, repo: request.repo, issue_number: existing.number };
    if (body === void 0) {
      if (existing.state === "closed") return { action: "none", number: existing.number };
      await client.rest.issues.update({ ...where, state: "closed", state_reason: "completed" });
      await client.rest.issues.createComment({ ...where, body: `${marker}
No drift any more: the live Deployment matches the repository. Closing.` });
      return { action: "closed", number: existing.number, url: existing.html_url };
    }
    if (existing.state === "open" && existing.body === body) return { action: "unchanged", number: existing.number, url: existing.html_url };
    await client.rest.issues.update({ ...where, title, body, state: "open" });
    return { action: existing.state === "closed" ? "reopened" : "updated", number: existing.number, url: existing.html_url };
  };
  async function* ours() {
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { owner: request.owner, repo: request.repo, labels: DRIFT_LABEL, state: "all", per_page: 100, sort: "updated", direction: "desc" })) {
      for (const issue of page.data) if (!issue.pull_request && isOurs(issue, identity) && (issue.body ?? "").includes(marker)) yield issue;
    }
  }
  const kept = await writeFirstOurs(ours(), identity, keep);
  if (kept) return kept;
  if (body === void 0) return { action: "none" };
  await ensureLabel(client, request.owner, request.repo);
  const created = await client.rest.issues.create({ owner: request.owner, repo: request.repo, title, body, labels: [DRIFT_LABEL] });
  return { action: "created", number: created.data.number, url: created.data.html_url };
}
async function ensureLabel(client, owner, repo) {
  try {
    await client.rest.issues.getLabel({ owner, repo, name: DRIFT_LABEL });
  } catch (error) {
    if (error.status !== 404) throw error;
    await client.rest.issues.createLabel({ owner, repo, name: DRIFT_LABEL, color: "d93f0b", description: "A live Astro Deployment differs from the repository (astro-ci drift)" });
  }
}

// src/actions/drift/settings.ts
import { resolve } from "node:path";
function readDriftSettings(read, env) {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath: resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path"),
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    deployment: getOptionalInput(read, "deployment"),
    issues: getBooleanInput(read, "issues", true),
    failOnDrift: getBooleanInput(read, "fail-on-drift", false),
    reportPath: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci-drift.json"),
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID
  };
}

// src/actions/drift/run.ts
async function runDriftAction(env, runtime, deps = {}) {
  const settings = readDriftSettings(createEnvInputReader(env), env);
  for (const secret of [settings.githubToken, settings.astroApiToken]) if (secret) runtime.setSecret(secret);
  const context = readGitHubContext(env);
  const github = settings.githubToken ? createOctokit({ token: settings.githubToken, baseUrl: context.apiUrl, logger: runtime }) : void 0;
  const report = await runDrift({
    repoRoot: settings.workspace,
    projectRoot: settings.projectPath,
    configPath: settings.configPath,
    deployment: settings.deployment,
    env: { ASTRO_API_TOKEN: settings.astroApiToken, ASTRO_API_URL: settings.astroApiUrl, ASTRO_ORGANIZATION_ID: settings.organizationId },
    git: createGit(settings.workspace),
    http: deps.http,
    repository: `${context.owner}/${context.repo}`,
    isPullRequestOpen: github ? async (pr) => github.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: pr }).then((r) => r.data.state === "open").catch(() => void 0) : void 0,
    logger: runtime
  });
  await writeFile(settings.reportPath, JSON.stringify(report, null, 2) + "\n", "utf8");
  runtime.setOutput("report-path", settings.reportPath);
  runtime.setOutput("drifted", String(report.drifted));
  for (const d of report.deployments) runtime.info(`${d.name}: ${d.drift.length ? `${d.drift.length} difference(s)` : d.unreadable ? "not fully read (no drift in what could be read)" : "no drift"}`);
  const issues = [];
  if (settings.issues && github) {
    for (const d of report.deployments) {
      if (d.unreadable && !d.drift.length) {
        issues.push({ name: d.name, action: "none" });
        runtime.info(`${d.name}: drift issue left as it is (the Deployment could not be fully read)`);
        continue;
      }
      try {
        const result = await syncDriftIssue(github, { owner: context.owner, repo: context.repo, key: d.id ?? d.name, name: d.name, body: d.drift.length ? formatDeploymentDriftMarkdown(d) : void 0 });
        issues.push({ name: d.name, action: result.action, number: result.number });
        if (result.action !== "none" && result.action !== "unchanged") runtime.info(`${d.name}: drift issue #${result.number} ${result.action}`);
      } catch (error) {
        const status = error.status;
        if (status === 403 || status === 404) {
          runtime.warning(`astro-ci could not keep the drift issue for ${d.name} (${error.message}); give the job 'issues: write'.`);
          break;
        }
        throw error;
      }
    }
  }
  await runtime.appendSummary(formatDriftMarkdown(report));
  const failures = [];
  if (report.drifted && settings.failOnDrift) failures.push(`drift found in ${report.deployments.filter((d) => d.drift.length).map((d) => d.name).join(", ")}`);
  failures.push(...report.deployments.filter((d) => d.unreadable).map(unreadableMessage));
  return { report, issues, failureMessage: failures.length ? failures.join("; ") : void 0 };
}
function unreadableMessage(d) {
  const why = d.notes.filter((n) => n.includes("could not be read"));
  return `could not check ${d.name} for drift: ${(why.length ? why : d.notes).join("; ") || "part of it could not be read"}`;
}

// src/entries/drift.ts
await runWrapper(() => runDriftAction(process.env, createActionsRuntime()));
