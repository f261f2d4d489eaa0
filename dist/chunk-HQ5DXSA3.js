import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  MANAGED_MARKER
} from "./chunk-CZLCUKRJ.js";
import {
  MAX_PR_NUMBER,
  listRepositoryPreviews,
  previewSettingsByProject,
  previewStaleness
} from "./chunk-PYYT4Q4C.js";
import {
  createAstroClient
} from "./chunk-LMJRQ7AR.js";
import {
  loadConfig
} from "./chunk-34AAM5IP.js";
import {
  ConfigurationError
} from "./chunk-FKR53V2Z.js";

// src/commands/teardown.ts
async function runTeardown(options) {
  if (options.pr === void 0 && !options.stale) throw new ConfigurationError("teardown needs --pr N or --stale", { fix: "astro-ci teardown --pr 42, or astro-ci teardown --stale for a scheduled sweep" });
  if (options.pr !== void 0 && (!Number.isInteger(options.pr) || options.pr < 1 || options.pr > MAX_PR_NUMBER)) throw new ConfigurationError(`--pr must be a pull request number, not '${options.pr}'`, { fix: "e.g. --pr 42" });
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) throw new ConfigurationError(`the repository '${options.repository}' is not owner/name`, { fix: "set GITHUB_REPOSITORY or --repository owner/name (not a URL)" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  const settingsByProject = previewSettingsByProject(config);
  if (!settingsByProject.size) return { entries: [], message: "previews are not configured (no previews: template in astro-ci.yaml): nothing to remove" };
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace API token (Workspace Operator or above) as the ASTRO_API_TOKEN secret" });
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const now = options.now ?? Date.now;
  const previews = await listRepositoryPreviews(client, config, settingsByProject, options.repository);
  const entries = [];
  for (const { deployment, owner } of previews) {
    let reason;
    if (options.pr !== void 0) reason = owner.pr === options.pr ? `pull request #${owner.pr} is closed` : void 0;
    else if (options.hibernateInstead && deployment.status === "HIBERNATING") continue;
    else reason = await previewStaleness(client, deployment, owner, { ttlMs: options.stale?.ttlMs ?? settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.stale?.isPullRequestOpen, now });
    if (!reason) continue;
    entries.push(await remove(client, deployment, owner, reason, options));
  }
  const what = options.pr !== void 0 ? `pull request #${options.pr}` : "this repository";
  const message = entries.length ? `${entries.length} preview${entries.length === 1 ? "" : "s"} of ${what}: ${entries.map((e) => `${e.deploymentName} ${e.action}`).join(", ")}` : `no preview of ${what} to remove`;
  return { entries, message };
}
async function remove(client, deployment, owner, reason, options) {
  const base = { deploymentId: deployment.id, deploymentName: deployment.name, project: owner.project, pr: owner.pr, reason };
  if (options.hibernateInstead) {
    if (!deployment.isDevelopmentMode) return { ...base, action: "kept", reason: `${reason}; not hibernated: only development-mode Deployments can hibernate (delete it, or create previews with development-mode: true)` };
    if (options.dryRun) return { ...base, action: "would hibernate" };
    await client.setHibernationOverride(deployment.id, { isHibernating: true });
    return { ...base, action: "hibernated" };
  }
  if (options.dryRun) return { ...base, action: "would delete" };
  for (const object of await client.listEnvironmentObjects({ deploymentId: deployment.id })) {
    if (object.id && object.scope === "DEPLOYMENT" && object.scopeEntityId === deployment.id && (object.description ?? "").includes(MANAGED_MARKER)) await client.deleteEnvironmentObject(object.id);
  }
  await client.deleteDeployment(deployment.id);
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
  formatTeardownTable
};
