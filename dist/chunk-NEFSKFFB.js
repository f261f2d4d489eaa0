import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/github/deployments.ts
async function recordGitHubDeployment(client, request) {
  const created = await client.rest.repos.createDeployment({
    owner: request.owner,
    repo: request.repo,
    ref: request.sha,
    environment: request.environment,
    description: request.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: request.transient,
    production_environment: request.production,
    ...request.task ? { task: request.task } : {},
    ...request.payload ? { payload: request.payload } : {}
  });
  if (!("id" in created.data)) throw new Error(`GitHub did not create the deployment: ${created.data.message ?? created.status}`);
  return created.data.id;
}
async function setGitHubDeploymentStatus(client, request) {
  await client.rest.repos.createDeploymentStatus({
    owner: request.owner,
    repo: request.repo,
    deployment_id: request.deploymentId,
    state: request.state,
    description: request.description.slice(0, 140),
    ...request.environmentUrl ? { environment_url: request.environmentUrl } : {},
    ...request.logUrl ? { log_url: request.logUrl } : {}
  });
}
async function listGitHubDeployments(client, request) {
  const out = [];
  for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, { owner: request.owner, repo: request.repo, task: request.task, per_page: 100 })) {
    for (const d of page.data) out.push({ id: d.id, environment: d.environment, payload: typeof d.payload === "object" && d.payload ? d.payload : {} });
  }
  return out;
}

export {
  recordGitHubDeployment,
  setGitHubDeploymentStatus,
  listGitHubDeployments
};
