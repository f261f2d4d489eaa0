import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  isManagedDescription
} from "./chunk-LPAZ2WWR.js";
import {
  MAX_PR_NUMBER,
  listRepositoryPreviews,
  nameCarriesPr,
  previewName,
  previewProjectName,
  previewSettingsByProject,
  previewStaleness,
  readPreviewBranch
} from "./chunk-CW4WT4S4.js";
import {
  AstroApiError,
  createAstroClient
} from "./chunk-ZMYJGVFG.js";
import {
  isRepositoryName
} from "./chunk-KW7AZT75.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-MOGDTFFA.js";

// src/commands/teardown.ts
async function runTeardown(options) {
  if (options.pr === void 0 && !options.stale) throw new ConfigurationError("teardown needs --pr N or --stale", { fix: "astro-ci teardown --pr 42, or astro-ci teardown --stale for a scheduled sweep" });
  if (options.pr !== void 0 && (!Number.isInteger(options.pr) || options.pr < 1 || options.pr > MAX_PR_NUMBER)) throw new ConfigurationError(`--pr must be a pull request number, not '${options.pr}'`, { fix: "e.g. --pr 42" });
  if (!isRepositoryName(options.repository)) throw new ConfigurationError(`the repository '${options.repository}' is not owner/name`, { fix: "set GITHUB_REPOSITORY or --repository owner/name (not a URL)" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  const settingsByProject = previewSettingsByProject(config);
  if (!settingsByProject.size) return { entries: [], message: "previews are not configured (no previews: template in astro-ci.yaml): nothing to remove" };
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace API token (Workspace Operator or above) as the ASTRO_API_TOKEN secret" });
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const now = options.now ?? Date.now;
  const previews = await listRepositoryPreviews(client, config, settingsByProject, options.repository, { templateMayBeGone: true, notice: (message2) => options.logger.warning(message2) });
  const expectedName = (deployment, owner) => {
    const settings = settingsByProject.get(owner.project);
    const project = config.projects.find((p) => (p.relativePath || ".") === owner.project);
    const branch = readPreviewBranch(deployment);
    if (!settings || !project || branch === void 0) return void 0;
    return previewName(settings.name, { project: previewProjectName(project, options.repository), pr: owner.pr, branch, repo: options.repository.split("/")[1] });
  };
  const entries = [];
  for (const { deployment, owner } of previews) {
    if (options.pr !== void 0 && owner.pr !== options.pr) continue;
    if (!nameCarriesPr(deployment.name, owner.pr, expectedName(deployment, owner))) {
      entries.push({ deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, action: "kept", reason: `its description carries the preview marker of pull request #${owner.pr}, but its name does not carry that number, as every preview name astro-ci makes does (nor is it the cut name previews.name gives that pull request): the description was copied or edited, so it is not removed; delete it in the Astro UI if it is a preview, or remove the marker from its description` });
      continue;
    }
    let reason;
    try {
      if (options.pr !== void 0) reason = `pull request #${owner.pr} is closed`;
      else if (options.hibernateInstead && deployment.status === "HIBERNATING") continue;
      else reason = await previewStaleness(client, deployment, owner, { ttlMs: options.stale?.ttlMs ?? settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.stale?.isPullRequestOpen, now });
      if (!reason) continue;
      entries.push(await remove(client, deployment, owner, reason, options));
    } catch (error) {
      if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
      entries.push({ deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, action: "failed", reason: `${reason ? `${reason}; ` : ""}not removed: ${error.message}` });
    }
  }
  const what = options.pr !== void 0 ? `pull request #${options.pr}` : "this repository";
  const message = entries.length ? `${entries.length} preview${entries.length === 1 ? "" : "s"} of ${what}: ${entries.map((e) => `${e.deploymentName} ${e.action}`).join(", ")}` : `no preview of ${what} to remove`;
  return { entries, message };
}
function teardownFailure(entries) {
  const failed = entries.filter((e) => e.action === "failed");
  if (!failed.length) return void 0;
  const done = entries.filter((e) => e.action === "deleted" || e.action === "hibernated").map((e) => e.deploymentName);
  return new ServiceError(
    0,
    `${failed.length} preview${failed.length === 1 ? "" : "s"} could not be removed: ${failed.map((e) => `${e.deploymentName} (${e.deploymentId}, PR #${e.pr}): ${e.reason}`).join("; ")}${done.length ? `; removed: ${done.join(", ")}` : ""}`,
    "run the teardown again once the Astro API answers (https://status.astronomer.io): it removes what is left, and what was removed stays removed"
  );
}
function isGone(error) {
  return error instanceof AstroApiError && error.status === 404;
}
async function confirmGone(client, deployment, error) {
  const listed = await client.listDeployments({ deploymentIds: [deployment.id] });
  if (listed.some((d) => d.id === deployment.id)) {
    throw new ServiceError(404, `the Astro API answered 404 (${error.message}) but the Deployment is still listed`, "check that ASTRO_API_TOKEN may delete Deployments in the preview's workspace, then run the teardown again");
  }
}
async function remove(client, deployment, owner, reason, options) {
  const base = { deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, reason };
  const gone = { ...base, action: "deleted", reason: `${reason}; it was already deleted (by hand, or by another run at the same time)` };
  if (options.hibernateInstead) {
    if (!deployment.isDevelopmentMode) return { ...base, action: "kept", reason: `${reason}; not hibernated: only development-mode Deployments can hibernate (delete it, or create previews with development-mode: true)` };
    if (options.dryRun) return { ...base, action: "would hibernate" };
    try {
      await client.setHibernationOverride(deployment.id, { isHibernating: true });
    } catch (error) {
      if (!isGone(error)) throw error;
      await confirmGone(client, deployment, error);
      return gone;
    }
    return { ...base, action: "hibernated" };
  }
  if (options.dryRun) return { ...base, action: "would delete" };
  const objects = await client.listEnvironmentObjects({ deploymentId: deployment.id }).catch((error) => {
    if (isGone(error)) return [];
    throw error;
  });
  for (const object of objects) {
    if (object.id && object.scope === "DEPLOYMENT" && object.scopeEntityId === deployment.id && isManagedDescription(object.description)) {
      await client.deleteEnvironmentObject(object.id).catch((error) => {
        if (!isGone(error)) throw error;
      });
    }
  }
  try {
    await client.deleteDeployment(deployment.id);
  } catch (error) {
    if (!isGone(error)) throw error;
    await confirmGone(client, deployment, error);
    options.logger.info(`preview ${deployment.name} (${deployment.id}) was already deleted`);
    return gone;
  }
  options.logger.info(`deleted preview ${deployment.name} (${deployment.id}): ${reason}`);
  return { ...base, action: "deleted" };
}
function formatTeardownTable(entries) {
  if (!entries.length) return "";
  const rows = [["preview", "pr", "project", "action", "why"], ...entries.map((e) => [e.deploymentName, `#${e.pr}`, e.project, e.action, e.reason])];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows.map((r) => r.map((c, col) => c.padEnd(widths[col])).join("  ").trimEnd()).join("\n") + "\n";
}

export {
  runTeardown,
  teardownFailure,
  formatTeardownTable
};
