import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseDockerfile, type DockerfileInfo } from "../project/dockerfile.js";
import { readUserTextSync } from "../util/user-files.js";
import { looksLikeCredential } from "./command-runner.js";

/**
 * The `AIRFLOW__*` settings of the project's `.env` (which `astro dev` loads last); `{}` when there is none or it
 * cannot be read (also when it resolves outside `repoRoot`: the project model reports that).
 */
function dotenvAirflowSettings(projectRoot: string, repoRoot: string): Record<string, string> {
  const settings: Record<string, string> = {};
  try {
    const dotenv = join(projectRoot, ".env");
    if (existsSync(dotenv)) {
      for (const line of readUserTextSync(dotenv, { repoRoot }).split(/\r?\n/)) {
        const match = /^\s*(?:export\s+)?(AIRFLOW__[A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
        if (match) settings[match[1] as string] = (match[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
      }
    }
  } catch {
    // unreadable .env: the project model reports it
  }
  return settings;
}

/**
 * Names the Dockerfile may set that the import check cannot take from it: what locates the Python, its packages and
 * Airflow's own home on the machine the check runs on (the image's `PATH`, `PYTHONPATH` or `AIRFLOW_HOME` would point
 * into a filesystem that is not there), the dynamic loader's settings, and pip's and the CA settings. The runtime
 * image sets them for itself; here they stay the check's own.
 */
const RUNTIME_OWNED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^PWD$/, /^HOSTNAME$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^LD_[A-Z0-9_]*$/, /^PIP_[A-Z0-9_]*$/, /^SSL_CERT_(FILE|DIR)$/, /^REQUESTS_CA_BUNDLE$/, /^DOCKER_[A-Z0-9_]*$/];

/** The project's environment for its DAG imports, and the Dockerfile ENV names it leaves out (never their values). */
export interface ProjectImportEnvironment {
  env: Record<string, string>;
  /** Dockerfile ENV names that look like credentials (`looksLikeCredential`): not passed. */
  credentials: string[];
  /** Dockerfile ENV names the check's own Python and Airflow need as they are (PATH, PYTHONPATH, AIRFLOW_HOME...). */
  runtimeOwned: string[];
  /** Dockerfile ENV names whose value refers to a variable the Dockerfile does not set (`$SOME_VAR/data`). */
  unresolved: string[];
}

/**
 * What the project's runtime image has in its environment when the scheduler imports a DAG file, as far as the
 * project says: every `ENV` of the Dockerfile's final stage (as parseDockerfile expands them, from the stage's ARG
 * defaults and ENVs, and `AIRFLOW_HOME` as `airflowHome`, where the import runs),
 * then the `.env` `AIRFLOW__*` settings, which win (`astro dev` loads `.env` last). Left out, by name only: names that look
 * like credentials (`looksLikeCredential`: they are not in the repository's Dockerfile on purpose, and the check must
 * not hand them to project code), names the check's own Python needs (RUNTIME_OWNED), and values referring to a
 * variable the Dockerfile does not set. Nothing of the CI's own environment is read here. A Dockerfile or `.env` whose
 * real path is outside the repository `repoRoot` is not read (as the project model refuses it).
 */
export function projectImportEnvironment(projectRoot: string, airflowHome: string, repoRoot: string): ProjectImportEnvironment {
  const result: ProjectImportEnvironment = { env: {}, credentials: [], runtimeOwned: [], unresolved: [] };
  const withheld = (name: string): boolean => looksLikeCredential(name) || RUNTIME_OWNED.some((re) => re.test(name));
  let docker: Pick<DockerfileInfo, "env" | "unresolvedEnv"> = { env: {}, unresolvedEnv: {} };
  try {
    const dockerfile = join(projectRoot, "Dockerfile");
    // References are expanded as docker build does (parseDockerfile); `AIRFLOW_HOME` is where the import runs, and a
    // credential-looking or runtime-owned variable is never read into another value.
    if (existsSync(dockerfile)) docker = parseDockerfile(readUserTextSync(dockerfile, { repoRoot }), "Dockerfile", { fixed: { AIRFLOW_HOME: airflowHome }, opaque: withheld });
  } catch {
    // a Dockerfile without a runtime image, or that cannot be read: no ENV to take (the project model reports it)
  }
  for (const [name, value] of Object.entries(docker.env)) {
    if (looksLikeCredential(name)) {
      result.credentials.push(name);
      continue;
    }
    if (RUNTIME_OWNED.some((re) => re.test(name))) {
      result.runtimeOwned.push(name);
      continue;
    }
    if (name in docker.unresolvedEnv) result.unresolved.push(name);
    else result.env[name] = value;
  }
  // .env's Airflow settings over the Dockerfile's (the Dockerfile's were substituted above, and are not read again).
  Object.assign(result.env, dotenvAirflowSettings(projectRoot, repoRoot));
  // `.env` AIRFLOW__* names that look like credentials are not passed either (projectCodeEnvironment drops them too).
  for (const name of Object.keys(result.env)) if (looksLikeCredential(name)) delete result.env[name];
  return result;
}
