/** The parts of the Astro API v1 schemas the toolkit reads (../shared/specs/astro/v1-schemas.txt). */
export interface Deployment {
  id: string;
  name: string;
  organizationId: string;
  workspaceId: string;
  status: "CREATING" | "DEPLOYING" | "HEALTHY" | "HIBERNATING" | "UNHEALTHY" | "UNKNOWN";
  astroRuntimeVersion: string;
  airflowVersion: string;
  imageRepository: string;
  imageTag: string;
  isDagDeployEnabled: boolean;
  dagTarballVersion?: string;
  desiredDagTarballVersion?: string;
  webServerUrl: string;
  isDevelopmentMode?: boolean;
  type?: "STANDARD" | "DEDICATED" | "HYBRID";
  executor?: "ASTRO" | "CELERY" | "KUBERNETES";
  isCicdEnforced?: boolean;
  isHighAvailability?: boolean;
  schedulerSize?: string;
  defaultTaskPodCpu?: string;
  defaultTaskPodMemory?: string;
  resourceQuotaCpu?: string;
  resourceQuotaMemory?: string;
  workerQueues?: Record<string, unknown>[];
  /** Secret values are never returned. */
  environmentVariables?: { key: string; value?: string; isSecret: boolean }[];
}

/** What an update may change; everything else is carried over from the current Deployment. */
export interface DeploymentPatch {
  name?: string;
  isDagDeployEnabled?: boolean;
  /** Variables to set (added or replaced by key); secrets keep their values unless a new value is given. */
  setEnvironmentVariables?: { key: string; value: string; isSecret: boolean }[];
  /** Keys to remove. */
  removeEnvironmentVariables?: string[];
}

export interface DeployGit {
  provider: "GITHUB" | "GENERIC";
  commitSha: string;
  branch?: string;
  account?: string;
  repo?: string;
  commitUrl?: string;
  remoteUrl?: string;
  authorName?: string;
}

export type DeployType = "IMAGE_AND_DAG" | "IMAGE_ONLY" | "DAG_ONLY";

export interface Deploy {
  id: string;
  deploymentId: string;
  type: DeployType;
  status: "INITIALIZED" | "DEPLOYED" | "FAILED";
  description?: string;
  git?: DeployGit;
  imageRepository: string;
  imageTag: string;
  dagsUploadUrl?: string;
  dagTarballVersion?: string;
  createdAt: string;
}

export interface Paginated {
  limit: number;
  offset: number;
  totalCount: number;
}
