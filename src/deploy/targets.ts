import { ASTRO_ID_PATTERN } from "../astro/answers.js";
import { ConfigurationError } from "../errors.js";
import type { YamlSource } from "../util/yaml-file.js";

/** One `deployments:` entry of astro-ci.yaml: which branches deploy where. */
export interface DeploymentTarget {
  branches: string[];
  deploymentId?: string;
  deploymentName?: string;
  workspaceId?: string;
  deployType?: "infer" | "dags-only" | "image-and-dags" | "image-only";
  wait?: boolean;
  line?: number;
  /** Short name of the target (`name:`), else the Deployment's name or id. */
  name: string;
  /** Repository-relative path of an Astro Deployment file declaring this Deployment (`deployment-file:`). */
  deploymentFile?: string;
  /** Project-relative path of an airflow_settings.yaml-format file (`airflow-settings:`). */
  airflowSettings?: string;
  /** Production-like (`protected: true`): PR comment commands never deploy it unless commands.allow-protected. */
  protected?: boolean;
}

interface RawTarget {
  branch: string | string[];
  "deployment-id"?: string;
  "deployment-name"?: string;
  "workspace-id"?: string;
  "deploy-type"?: DeploymentTarget["deployType"];
  wait?: boolean;
  name?: string;
  "deployment-file"?: string;
  "airflow-settings"?: string;
  protected?: boolean;
}

export function parseDeploymentTargets(source: YamlSource | undefined): DeploymentTarget[] {
  const raw = (source?.value as { deployments?: RawTarget[] } | null | undefined)?.deployments ?? [];
  return raw.map((entry, index) => {
    const line = source?.lineOf(["deployments", index]);
    if (entry["deployment-id"] && entry["deployment-name"]) {
      throw new ConfigurationError("a deployments entry names both deployment-id and deployment-name", { file: source?.file, line, fix: "keep one of them" });
    }
    requireConfiguredAstroId(entry["deployment-id"], "deployment-id", source, ["deployments", index, "deployment-id"]);
    requireConfiguredAstroId(entry["workspace-id"], "workspace-id", source, ["deployments", index, "workspace-id"]);
    return {
      branches: ([] as string[]).concat(entry.branch),
      deploymentId: entry["deployment-id"],
      deploymentName: entry["deployment-name"],
      workspaceId: entry["workspace-id"],
      deployType: entry["deploy-type"],
      wait: entry.wait,
      line,
      name: entry.name ?? entry["deployment-name"] ?? entry["deployment-id"] ?? `deployments[${index}]`,
      deploymentFile: entry["deployment-file"],
      airflowSettings: entry["airflow-settings"],
      protected: entry.protected,
    };
  });
}

/**
 * An Astro id written in astro-ci.yaml (`deployment-id`, `workspace-id`, `template-deployment-id`), checked where it is
 * written: an id goes into API paths, where `..` would reach another endpoint (the client refuses it too, without the
 * line). Undefined passes.
 * @throws ConfigurationError naming the file, the key's line and the fix.
 */
export function requireConfiguredAstroId(value: unknown, key: string, source: YamlSource | undefined, path: (string | number)[]): void {
  if (value === undefined || (typeof value === "string" && new RegExp(ASTRO_ID_PATTERN).test(value))) return;
  throw new ConfigurationError(`${key} ${JSON.stringify(value)} is not an Astro ID`, { file: source?.file, line: source?.lineOf(path), fix: `write the ID as Astro shows it (letters, digits, '_' and '-', e.g. clx1y2z3a000008l4b6c7d8e9), or use the name (deployment-name) instead` });
}

/** A glob over branch names: `*` within a segment, `**` across `/`; everything else literal (no regex injection). */
export function branchMatches(pattern: string, branch: string): boolean {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*" && pattern[i + 1] === "*") {
      regex += ".*";
      i++;
    } else if (ch === "*") regex += "[^/]*";
    else if (ch === "?") regex += "[^/]";
    else regex += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`${regex}$`).test(branch);
}

/** The first entry naming the branch exactly wins; else the first glob that matches. */
export function resolveDeploymentTarget(targets: DeploymentTarget[], branch: string, configFile?: string): { target?: DeploymentTarget; explanation: string } {
  if ([...branch].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) throw new ConfigurationError("the branch name contains control characters", { fix: "rename the branch" });
  const exact = targets.find((t) => t.branches.includes(branch));
  const target = exact ?? targets.find((t) => t.branches.some((b) => b.includes("*") || b.includes("?") ? branchMatches(b, branch) : false));
  if (!target) return { explanation: configFile ? `branch '${branch}' matches no entry of deployments: in ${configFile}: nothing to deploy` : `branch '${branch}' maps to no Deployment (there is no astro-ci.yaml with deployments:): nothing to deploy; give a deployment-id or deployment-name, or map the branch in astro-ci.yaml` };
  const where = `${configFile ?? "astro-ci.yaml"}${target.line ? `:${target.line}` : ""}`;
  return { target, explanation: `branch '${branch}' matches ${exact ? "exactly" : "the pattern"} ${target.branches.join(", ")} (${where}) → ${target.deploymentId ?? target.deploymentName}` };
}
