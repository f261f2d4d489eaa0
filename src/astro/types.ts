/** The parts of the Astro API v1 schemas the toolkit reads (Astro API v1 schemas from astronomer/astro-cli astro-client-v1/api.gen.go, vendored as __tests__/specs/astro/v1-schemas.txt). */
export interface Deployment {
  id: string;
  name: string;
  organizationId: string;
  workspaceId: string;
  status: "CREATING" | "DEPLOYING" | "HEALTHY" | "HIBERNATING" | "UNHEALTHY" | "UNKNOWN";
  statusReason?: string;
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
  description?: string;
  contactEmails?: string[];
  schedulerAu?: number;
  schedulerReplicas?: number;
  clusterName?: string;
  workspaceName?: string;
  cloudProvider?: string;
  region?: string;
  effectiveWorkloadIdentity?: string;
  /** Scheme-less `<host>/<path>/api/v1` (`/api/v2` on Airflow 3): the Deployment's Airflow REST API. */
  webServerAirflowApiUrl?: string;
  createdAt?: string;
  clusterId?: string;
  scalingSpec?: { hibernationSpec?: { schedules?: { hibernateAtCron: string; wakeAtCron: string; isEnabled: boolean; description?: string }[] } };
}

/** A worker queue as create and update requests take it (`id` keeps an existing queue). */
export interface WorkerQueueRequest {
  id?: string;
  name: string;
  isDefault: boolean;
  astroMachine: string;
  minWorkerCount: number;
  maxWorkerCount: number;
  workerConcurrency: number;
}

/** What an update may change; everything else is carried over from the current Deployment. */
export interface DeploymentPatch {
  name?: string;
  description?: string;
  isDevelopmentMode?: boolean;
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

export type EnvironmentObjectType = "AIRFLOW_VARIABLE" | "CONNECTION" | "ENVIRONMENT_VARIABLE" | "METRICS_EXPORT";

/** A connection or variable stored in Astro; secret fields come back masked, `setFields` tells which hold values. */
export interface EnvironmentObject {
  id?: string;
  objectKey: string;
  objectType: EnvironmentObjectType;
  scope: "DEPLOYMENT" | "WORKSPACE";
  scopeEntityId: string;
  setFields: string[];
  description?: string;
  connection?: { type?: string; host?: string; login?: string; port?: number; schema?: string; extra?: Record<string, unknown> };
  airflowVariable?: { value?: string; isSecret?: boolean };
}

export interface CreateEnvironmentObjectRequest {
  objectKey: string;
  objectType: EnvironmentObjectType;
  scope: "DEPLOYMENT" | "WORKSPACE";
  scopeEntityId: string;
  description?: string;
  connection?: { type: string; host?: string; login?: string; password?: string; port?: number; schema?: string; extra?: Record<string, unknown> };
  airflowVariable?: { value?: string; isSecret?: boolean };
}

/** New value fields of an environment object (`POST /environment-objects/{id}`). */
export interface UpdateEnvironmentObjectRequest {
  description?: string;
  connection?: CreateEnvironmentObjectRequest["connection"];
  airflowVariable?: { value?: string; isSecret?: boolean };
}

/** A new STANDARD Deployment. v1 needs only name and workspaceId; the rest has the Astro UI's defaults. */
export interface CreateDeploymentRequest {
  name: string;
  workspaceId: string;
  astroRuntimeVersion: string;
  description?: string;
  executor?: "CELERY" | "KUBERNETES" | "ASTRO";
  cloudProvider?: "AWS" | "AZURE" | "GCP";
  region?: string;
  schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
  isDevelopmentMode?: boolean;
  isDagDeployEnabled?: boolean;
  environmentVariables?: { key: string; value?: string; isSecret: boolean }[];
  type?: "STANDARD" | "DEDICATED";
  clusterId?: string;
  isHighAvailability?: boolean;
  isCicdEnforced?: boolean;
  contactEmails?: string[];
  workerQueues?: WorkerQueueRequest[];
  scalingSpec?: { hibernationSpec?: { schedules?: { hibernateAtCron: string; wakeAtCron: string; isEnabled: boolean; description?: string }[] } };
  defaultTaskPodCpu?: string;
  defaultTaskPodMemory?: string;
  resourceQuotaCpu?: string;
  resourceQuotaMemory?: string;
}
