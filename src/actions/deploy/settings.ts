import { resolve } from "node:path";
import type { DeployTypeSetting } from "../../deploy/deploy.js";
import type { TestAirflowMode } from "../../testing/run-tests.js";
import { getBooleanInput, getDomainInput, getChoiceInput, getDurationInput, getOptionalInput, optionalPathInside, resolveInsideWorkspace, type InputReader } from "../inputs.js";

/** Everything the deploy action was asked to do, read and checked once. */
export interface DeploySettings {
  workspace: string;
  projectPath: string;
  configPath?: string;
  deploymentId?: string;
  deploymentName?: string;
  workspaceId?: string;
  /** Undefined: from astro-ci.yaml's deployments entry, else infer. */
  deployType?: DeployTypeSetting;
  wait: boolean;
  waitTimeoutSeconds: number;
  force: boolean;
  /** Run validate-dags first and stop on findings at the failure level (unless force). */
  validate: boolean;
  /** Run the project's tests first in this Airflow environment; undefined: no test gate. */
  test?: TestAirflowMode;
  /** Where the test gate keeps its venv and JUnit file. */
  workDir: string;
  githubToken?: string;
  /** The Astro API token, from the `astro-api-token` input or ASTRO_API_TOKEN. */
  astroApiToken?: string;
  astroApiUrl?: string;
  organizationId?: string;
  /** Ship the work tree as it is (input allow-dirty), recorded as dirty without a commit. */
  allowDirty: boolean;
  /** Registry hosts besides Astro's that may receive the Astro token (input allowed-registry, comma or space separated). */
  allowedRegistries: string[];
}

export function readDeploySettings(read: InputReader, env: NodeJS.ProcessEnv): DeploySettings {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const projectPath = resolveInsideWorkspace(workspace, getOptionalInput(read, "project-path") ?? ".", "project-path");
  const timeout = getDurationInput(read, "wait-timeout", "900") ?? 600;
  const domain = getDomainInput(read);
  return {
    workspace,
    projectPath,
    configPath: optionalPathInside(workspace, getOptionalInput(read, "config"), "config"),
    deploymentId: getOptionalInput(read, "deployment-id"),
    deploymentName: getOptionalInput(read, "deployment-name"),
    workspaceId: getOptionalInput(read, "workspace-id"),
    deployType: getChoiceInput(read, "deploy-type", ["infer", "dags-only", "image-and-dags", "image-only"] as const),
    wait: getBooleanInput(read, "wait", true),
    waitTimeoutSeconds: timeout,
    force: getBooleanInput(read, "force", false),
    validate: getBooleanInput(read, "validate", true),
    test: getBooleanInput(read, "test", false) ? (getChoiceInput(read, "airflow", ["auto", "installed", "venv", "image", "none"] as const) ?? "auto") : undefined,
    workDir: resolve(env.RUNNER_TEMP ?? workspace, "astro-ci"),
    githubToken: getOptionalInput(read, "github-token"),
    astroApiToken: getOptionalInput(read, "astro-api-token") ?? env.ASTRO_API_TOKEN,
    astroApiUrl: domain ? `https://api.${domain}/v1` : env.ASTRO_API_URL,
    organizationId: getOptionalInput(read, "organization-id") ?? env.ASTRO_ORGANIZATION_ID,
    allowDirty: getBooleanInput(read, "allow-dirty", false),
    allowedRegistries: (getOptionalInput(read, "allowed-registry") ?? "").split(/[\s,]+/).filter(Boolean),
  };
}
