/**
 * JSON Schemas of the Astro API answers the client relies on (see answers.ts, which checks them with validators
 * compiled ahead of time by scripts/generate-validators.mjs): ids are id-shaped, commit ids are 7-64 hex characters,
 * upload URLs are http(s) URLs, image references are docker references. Only what the toolkit reads is required; the
 * API may add fields. Source of the fields: Astro API v1 schemas (astronomer/astro-cli astro-client-v1/api.gen.go) and
 * the Platform v1beta1 OpenAPI document (astronomer/docs), vendored under __tests__/specs/astro/.
 */

/** Astro ids are 25-character cuids; anything URL-safe and short is accepted, nothing else. */
export const ASTRO_ID_PATTERN = "^[A-Za-z0-9_-]{1,100}$";
/**
 * A commit id in `git.commitSha`: hex, from an abbreviated id (7, git's default) to a full SHA-256 one (64). The astro
 * CLI and astro-ci record full SHA-1 ids (git rev-parse HEAD), other tooling may not; the vendored Astro spec sets no
 * pattern. Accepted as data only: whoever hands one to git checks first that it is a full id (drift: 40 or 64 hex;
 * the deploy core: requireCommitSha). Anything else (not hex, `--upload-pack=...`) is no commit id: refused here.
 */
export const COMMIT_SHA_PATTERN = "^[0-9a-fA-F]{7,64}$";
/** `host[:port][/path]`, optionally written as an http(s) URL: a docker repository, never an option. */
export const IMAGE_REPOSITORY_PATTERN = "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$";
/** A docker tag (distribution/reference grammar). */
export const IMAGE_TAG_PATTERN = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$";
const HTTP_URL_PATTERN = "^https?://[^\\s]+$";
const NO_SPACE_PATTERN = "^[^\\s]+$";

const id = { type: "string", pattern: ASTRO_ID_PATTERN };
const deployment = {
  type: "object",
  required: ["id", "name", "workspaceId", "status", "astroRuntimeVersion", "imageRepository", "isDagDeployEnabled", "webServerUrl"],
  properties: {
    id,
    name: { type: "string" },
    workspaceId: id,
    status: { type: "string" },
    astroRuntimeVersion: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string" },
    isDagDeployEnabled: { type: "boolean" },
    dagTarballVersion: { type: "string" },
    webServerUrl: { type: "string", pattern: NO_SPACE_PATTERN },
    // Read by branch-deploy (a preview copies its template's settings) and drift: typed as the Platform API's
    // Deployment schema types them, so an answer of another shape is an answer error (exit 2), not a crash.
    description: { type: "string" },
    statusReason: { type: "string" },
    createdAt: { type: "string" },
    type: { type: "string" },
    executor: { type: "string" },
    schedulerSize: { type: "string" },
    clusterId: { type: "string" },
    region: { type: "string" },
    cloudProvider: { type: "string" },
    resourceQuotaCpu: { type: "string" },
    resourceQuotaMemory: { type: "string" },
    defaultTaskPodCpu: { type: "string" },
    defaultTaskPodMemory: { type: "string" },
    isDevelopmentMode: { type: "boolean" },
    contactEmails: { type: "array", items: { type: "string" } },
    environmentVariables: {
      type: "array",
      items: { type: "object", required: ["key"], properties: { key: { type: "string", minLength: 1 }, value: { type: "string" }, isSecret: { type: "boolean" }, updatedAt: { type: "string" } } },
    },
    workerQueues: {
      type: "array",
      items: {
        type: "object",
        required: ["name"],
        properties: {
          id: { type: "string" },
          name: { type: "string", minLength: 1 },
          isDefault: { type: "boolean" },
          astroMachine: { type: "string" },
          nodePoolId: { type: "string" },
          podCpu: { type: "string" },
          podMemory: { type: "string" },
          minWorkerCount: { type: "integer" },
          maxWorkerCount: { type: "integer" },
          workerConcurrency: { type: "integer" },
        },
      },
    },
  },
};
const deploy = {
  type: "object",
  required: ["id", "status", "imageRepository", "imageTag"],
  properties: {
    id,
    status: { type: "string" },
    type: { type: "string" },
    createdAt: { type: "string" },
    description: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string", pattern: IMAGE_TAG_PATTERN },
    dagsUploadUrl: { type: "string", pattern: HTTP_URL_PATTERN },
    dagTarballVersion: { type: "string" },
    git: {
      type: "object",
      properties: { commitSha: { anyOf: [{ type: "string", pattern: COMMIT_SHA_PATTERN }, { const: "" }] }, branch: { type: "string" } },
    },
  },
};
const page = (key: string, item: object) => ({
  type: "object",
  required: [key, "totalCount"],
  properties: { [key]: { type: "array", items: item }, totalCount: { type: "integer", minimum: 0 } },
});
const named = { type: "object", required: ["id", "name"], properties: { id, name: { type: "string" } } };

export const ANSWER_SCHEMAS = {
  deployment,
  deploy,
  deploymentPage: page("deployments", deployment),
  deployPage: page("deploys", deploy),
  organizations: { type: "object", required: ["organizations"], properties: { organizations: { type: "array", items: named } } },
  workspacePage: page("workspaces", named),
  environmentObjectPage: page("environmentObjects", { type: "object", required: ["objectKey"], properties: { id, objectKey: { type: "string" } } }),
  created: { type: "object", required: ["id"], properties: { id } },
  /** A page of a Deployment's Airflow REST API `GET /pools` (Airflow 2.10 `/api/v1`, Airflow 3 `/api/v2`). */
  airflowPoolPage: {
    type: "object",
    required: ["pools"],
    properties: { pools: { type: "array", items: { type: "object", required: ["name", "slots"], properties: { name: { type: "string", minLength: 1 }, slots: { type: "integer" } } } }, total_entries: { type: "integer", minimum: 0 } },
  },
  deploymentOptions: {
    type: "object",
    required: ["runtimeReleases"],
    properties: { runtimeReleases: { type: "array", items: { type: "object", required: ["version"], properties: { version: { type: "string" } } } } },
  },
} as const;

export type AnswerShape = keyof typeof ANSWER_SCHEMAS;
