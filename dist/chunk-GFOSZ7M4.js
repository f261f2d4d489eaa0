import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  readYamlFile,
  validateYamlAgainstSchema
} from "./chunk-PA5Q2WSG.js";
import {
  ConfigurationError,
  parseByteSize
} from "./chunk-AQLX4YLR.js";

// src/config/config.ts
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, basename, sep } from "node:path";

// schema/astro-ci.schema.json
var astro_ci_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/astro-ci/astro-ci/schema/astro-ci.schema.json",
  title: "astro-ci configuration (astro-ci.yaml)",
  description: "Optional configuration for astro-ci. Every setting has a default. Point your editor at this schema with the comment `# yaml-language-server: $schema=./schema/astro-ci.schema.json`.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: {
      description: "Version of this file's format.",
      const: 1
    },
    projects: {
      description: "The Astro projects in this repository. Defaults to one project at the repository root.",
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "path"
        ],
        properties: {
          path: {
            description: "Folder of the Astro project (the one holding the Dockerfile and dags/), relative to the repository root.",
            type: "string",
            minLength: 1
          },
          name: {
            description: "Name used in reports; defaults to the folder name.",
            type: "string",
            minLength: 1
          },
          validate: {
            $ref: "#/definitions/validate"
          },
          previews: {
            $ref: "#/definitions/previews"
          }
        }
      }
    },
    validate: {
      $ref: "#/definitions/validate"
    },
    deployments: {
      description: "Which branches deploy to which Astro Deployment (astro-ci deploy / the deploy action). The first entry naming a branch exactly wins, else the first matching glob.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "branch"
        ],
        properties: {
          branch: {
            description: "A branch name or glob (* within a path segment, ** across /), or a list of them.",
            oneOf: [
              {
                type: "string",
                minLength: 1
              },
              {
                type: "array",
                items: {
                  type: "string",
                  minLength: 1
                },
                minItems: 1
              }
            ]
          },
          "deployment-id": {
            description: "The Deployment's ID.",
            type: "string",
            minLength: 1
          },
          "deployment-name": {
            description: "The Deployment's name (unique within the workspace).",
            type: "string",
            minLength: 1
          },
          "workspace-id": {
            description: "The workspace holding deployment-name.",
            type: "string",
            minLength: 1
          },
          "deploy-type": {
            description: "infer (from the git diff), dags-only, image-and-dags or image-only.",
            enum: [
              "infer",
              "dags-only",
              "image-and-dags",
              "image-only"
            ]
          },
          wait: {
            description: "Wait until the Deployment is healthy and runs the new DAGs.",
            type: "boolean"
          },
          name: {
            description: "A short name for this target (e.g. staging), used by astro-ci drift --deployment, /astro deploy and in reports: letters, digits, '.', '_' and '-', and since /astro lock keeps it in a git ref name, no '..' and no trailing '.' or '.lock'. Default: deployment-name, else deployment-id.",
            type: "string",
            pattern: "^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$"
          },
          "deployment-file": {
            description: "Path (relative to the repository root) of an Astro Deployment file (the format of astro deployment inspect) declaring this Deployment's configuration, worker queues, environment variables, alert emails and hibernation schedules. astro-ci drift compares only what the file contains.",
            type: "string",
            minLength: 1
          },
          "airflow-settings": {
            description: "Path (relative to the project) of a file in the airflow_settings.yaml format whose connections, variables and pools this Deployment should have.",
            type: "string",
            minLength: 1
          },
          protected: {
            description: "A production-like target: PR comment commands (/astro deploy) refuse it unless commands.allow-protected is true.",
            type: "boolean"
          }
        },
        oneOf: [
          {
            required: [
              "deployment-id"
            ]
          },
          {
            required: [
              "deployment-name"
            ]
          }
        ]
      }
    },
    commands: {
      description: "PR comment commands (/astro help|status|validate|preview|teardown|deploy|lock|unlock) answered by astro-ci command / the comment-command action.",
      type: "object",
      additionalProperties: false,
      properties: {
        prefix: {
          description: "What a command's first line starts with (case-insensitive). Default: /astro.",
          type: "string",
          pattern: "^/[A-Za-z][A-Za-z0-9_-]{0,31}$"
        },
        permissions: {
          description: "Lowest repository permission that may run each command. Defaults: help and status none, everything else write.",
          type: "object",
          additionalProperties: false,
          properties: {
            help: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            status: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            validate: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            preview: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            teardown: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            deploy: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            lock: { enum: ["none", "read", "triage", "write", "maintain", "admin"] },
            unlock: { enum: ["none", "read", "triage", "write", "maintain", "admin"] }
          }
        },
        forks: {
          description: "Fork pull requests: off (default) refuses preview and deploy; dags-only allows DAG-only deploys (files shipped as data, never executed by astro-ci). Image deploys of forks are always refused.",
          enum: ["off", "dags-only"]
        },
        "allow-protected": {
          description: "Let /astro deploy target deployments: entries marked protected: true. Default: false.",
          type: "boolean"
        }
      }
    },
    previews: {
      $ref: "#/definitions/previews"
    }
  },
  definitions: {
    level: {
      enum: [
        "error",
        "warning",
        "notice",
        "off"
      ]
    },
    validate: {
      description: "Settings of validate-dags. Under a project they override the top-level ones.",
      type: "object",
      additionalProperties: false,
      properties: {
        "fail-on": {
          description: "Lowest severity that fails the check run and the CLI (exit code 1).",
          enum: [
            "error",
            "warning",
            "never"
          ]
        },
        "airflow3-readiness": {
          description: "Level of Airflow 3 migration findings (ruff AIR3xx) on an Airflow 2 project.",
          $ref: "#/definitions/level"
        },
        "airflow-version": {
          description: `Airflow version to assume when the Dockerfile's runtime image cannot tell (e.g. a custom base image), like "2.10" or "3.1".`,
          type: "string",
          pattern: "^[23]\\.\\d+(\\.\\d+)?$"
        },
        "python-version": {
          description: `Python version DAG files are checked against (syntax), like "3.12". Defaults to the runtime image's Python.`,
          type: "string",
          pattern: "^3\\.\\d+$"
        },
        exclude: {
          description: "Glob patterns (relative to the project folder) of DAG files to leave out of validation.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        checks: {
          description: "Per-check level (error, warning, notice, off), or an object with `level` and the check's options. Ruff codes (AIR301...) are accepted as check ids too.",
          type: "object",
          propertyNames: {
            pattern: "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$"
          },
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/level"
              },
              {
                type: "object",
                properties: {
                  level: {
                    $ref: "#/definitions/level"
                  },
                  allowed: {
                    description: "tags-required: the approved tags.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  },
                  min: {
                    description: "min-retries: the minimum retries.",
                    type: "integer",
                    minimum: 0
                  },
                  disallowed: {
                    description: "owner-required: owners that count as unset.",
                    type: "array",
                    items: {
                      type: "string"
                    }
                  }
                },
                additionalProperties: false
              }
            ]
          }
        },
        dynamic: {
          description: "Import every DAG file with the project's real Airflow too (like astro dev parse, one forked process per file): auto runs it when an Airflow can be had, required fails when none can, off skips it.",
          enum: [
            "auto",
            "required",
            "off"
          ]
        },
        airflow: {
          description: "Where the Airflow for the dynamic checks comes from: installed (the python3 on PATH), venv (installed from PyPI with Airflow's constraints, cached), image (the project's runtime image with docker run), auto (installed, else image, else venv).",
          enum: [
            "auto",
            "installed",
            "venv",
            "image"
          ]
        },
        "stub-lookups": {
          description: "Dynamic checks: stub Variable.get, connection lookups and os.getenv while importing DAG files, like astro dev parse, so DAGs parse without secrets (true by default). false imports them with the real lookups, which then need the metadata database or a secrets backend.",
          type: "boolean"
        },
        "import-timeout": {
          description: "Seconds one DAG file may take to import (Airflow's [core] dagbag_import_timeout, 30 by default).",
          type: "number",
          exclusiveMinimum: 0
        },
        "max-file-size": {
          description: 'DAG files larger than this are not parsed: they get a file-too-large finding instead (a huge generated file can take minutes and gigabytes). Bytes, or a size like "5MB", "500kB", "8MiB". Default 5MiB (5242880 bytes).',
          oneOf: [
            { type: "integer", exclusiveMinimum: 0 },
            { type: "string", pattern: "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$", description: "a size like 5MB, 500kB or 8MiB" }
          ]
        }
      }
    },
    previews: {
      description: "Preview Deployments per pull request (astro-ci branch-deploy / teardown). Previews are on when a template is named.",
      type: "object",
      additionalProperties: false,
      properties: {
        "template-deployment-id": {
          description: "The Deployment whose settings a preview copies.",
          type: "string",
          minLength: 1
        },
        "template-deployment-name": {
          description: "The Deployment whose settings a preview copies, by name (with workspace-id when names repeat).",
          type: "string",
          minLength: 1
        },
        "workspace-id": {
          description: "Workspace of template-deployment-name, and where previews are created.",
          type: "string",
          minLength: 1
        },
        name: {
          description: "Pattern of a preview's name; tokens {project}, {pr}, {branch}, {repo}; must contain {pr}. Sanitized to letters, digits, '-' and '_', at most 63 characters (a short hash of the full name when cut).",
          type: "string",
          minLength: 1,
          default: "{project}-pr-{pr}"
        },
        "development-mode": {
          description: "Create previews as development Deployments (they can hibernate).",
          type: "boolean",
          default: true
        },
        hibernation: {
          description: "When a preview sleeps and wakes (development mode only): 5-field cron expressions.",
          type: "object",
          additionalProperties: false,
          required: [
            "sleep",
            "wake"
          ],
          properties: {
            sleep: {
              type: "string",
              minLength: 9
            },
            wake: {
              type: "string",
              minLength: 9
            }
          }
        },
        "scheduler-size": {
          description: "Scheduler size of previews (default: the template's).",
          enum: [
            "SMALL",
            "MEDIUM",
            "LARGE",
            "EXTRA_LARGE"
          ]
        },
        executor: {
          description: "Executor of previews (default: the template's).",
          enum: [
            "CELERY",
            "KUBERNETES",
            "ASTRO"
          ]
        },
        "worker-queues": {
          description: "Worker queues of previews (default: the template's, with min workers 0).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "name"
            ],
            properties: {
              name: {
                type: "string",
                minLength: 1
              },
              "is-default": {
                type: "boolean"
              },
              "worker-type": {
                description: "an Astro machine (the Astro API's astroMachine): A5, A10, A20, A40, A60, A120 or A160",
                type: "string",
                pattern: "^[Aa](5|10|20|40|60|120|160)$"
              },
              "min-workers": {
                type: "integer",
                minimum: 0
              },
              "max-workers": {
                type: "integer",
                minimum: 1
              },
              concurrency: {
                type: "integer",
                minimum: 1
              }
            }
          }
        },
        ttl: {
          description: "A preview idle longer than this (no deploy) is removed by astro-ci teardown --stale: a duration like 72h or 7d.",
          type: "string",
          pattern: "^[1-9][0-9]*[mhdw]$",
          default: "7d"
        },
        max: {
          description: "At most this many previews for the repository at once.",
          type: "integer",
          minimum: 1,
          default: 10
        },
        forks: {
          description: "Previews for pull requests from forks (DAG files shipped as data only, never an image built from fork code).",
          type: "boolean",
          default: false
        },
        "airflow-settings": {
          description: "Path (relative to the project) of an airflow_settings.yaml-format file applied to every preview; ${NAME} values come from the job's environment.",
          type: "string",
          minLength: 1
        },
        "copy-from-template": {
          description: "Also copy the template's Deployment-scoped connections and variables (secret fields only when the API returns them) and non-secret environment variables.",
          type: "boolean",
          default: true
        }
      }
    }
  }
};

// src/config/config.ts
var DEFAULT_CONFIG_FILE = "astro-ci.yaml";
var CONFIG_SCHEMA_URL = "https://github.com/astro-ci/astro-ci/blob/main/schema/astro-ci.schema.json";
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var DEFAULT_VALIDATE = {
  failOn: "error",
  airflow3Readiness: "warning",
  exclude: [],
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  checks: {},
  checkLines: {}
};
async function loadConfig(options) {
  const repoRoot = resolve(options.repoRoot);
  let source;
  let displayPath;
  if (options.configPath) {
    const abs = resolve(repoRoot, options.configPath);
    displayPath = toPosix(relative(process.cwd(), abs)) || abs;
    if (!existsSync(abs)) {
      throw new ConfigurationError(`config file not found`, {
        file: displayPath,
        fix: "check the path given to --config / the `config` input, or remove it to use the defaults"
      });
    }
    source = await readYamlFile(abs, displayPath);
  } else if (existsSync(resolve(repoRoot, DEFAULT_CONFIG_FILE))) {
    displayPath = DEFAULT_CONFIG_FILE;
    source = await readYamlFile(resolve(repoRoot, DEFAULT_CONFIG_FILE), displayPath);
  }
  let raw = {};
  if (source) {
    if (source.value === null || source.value === void 0) raw = {};
    else {
      await validateYamlAgainstSchema(source, astro_ci_schema_default, `correct these settings; the allowed ones and their values are documented in ${CONFIG_SCHEMA_URL}`);
      raw = source.value;
    }
  }
  const topValidate = mergeValidate(DEFAULT_VALIDATE, raw.validate, source, ["validate"]);
  const entries = [];
  if (options.projectPath !== void 0) {
    const root = resolveInsideRepo(repoRoot, options.projectPath, void 0, void 0);
    const configured = raw.projects?.findIndex((p) => resolve(repoRoot, p.path) === root) ?? -1;
    const rawProject = configured >= 0 ? raw.projects?.[configured] : void 0;
    entries.push({
      root,
      relativePath: toPosix(relative(repoRoot, root)),
      name: rawProject?.name ?? (basename(root) || "project"),
      validate: mergeValidate(topValidate, rawProject?.validate, source, ["projects", configured, "validate"])
    });
  } else if (raw.projects?.length) {
    raw.projects.forEach((project, index) => {
      const root = resolveInsideRepo(repoRoot, project.path, source, ["projects", index, "path"]);
      entries.push({
        root,
        relativePath: toPosix(relative(repoRoot, root)),
        name: project.name ?? (basename(root) || "project"),
        validate: mergeValidate(topValidate, project.validate, source, ["projects", index, "validate"])
      });
    });
    const seen = /* @__PURE__ */ new Map();
    entries.forEach((entry, index) => {
      const before = seen.get(entry.root);
      if (before !== void 0) {
        throw new ConfigurationError(`projects[${index}] names the same folder as projects[${before}]`, {
          file: source?.file,
          line: source?.lineOf(["projects", index, "path"]),
          fix: "list each Astro project once"
        });
      }
      seen.set(entry.root, index);
    });
  } else {
    entries.push({ root: repoRoot, relativePath: "", name: basename(repoRoot) || "project", validate: topValidate });
  }
  return { file: displayPath, repoRoot, projects: entries, source };
}
function mergeValidate(base, raw, source, at) {
  if (!raw) return base;
  const checks = { ...base.checks };
  const checkLines = { ...base.checkLines };
  for (const [id, setting] of Object.entries(raw.checks ?? {})) {
    checks[id] = typeof setting === "string" ? { ...checks[id], level: setting } : { ...checks[id], ...setting };
    checkLines[id] = source?.lineOf([...at, "checks", id]);
  }
  return {
    failOn: raw["fail-on"] ?? base.failOn,
    airflow3Readiness: raw["airflow3-readiness"] ?? base.airflow3Readiness,
    airflowVersion: raw["airflow-version"] ?? base.airflowVersion,
    pythonVersion: raw["python-version"] ?? base.pythonVersion,
    exclude: [...base.exclude, ...raw.exclude ?? []],
    dynamic: raw.dynamic ?? base.dynamic,
    airflow: raw.airflow ?? base.airflow,
    importTimeout: raw["import-timeout"] ?? base.importTimeout,
    maxFileSize: raw["max-file-size"] === void 0 ? base.maxFileSize : maxFileSizeSetting(raw["max-file-size"], source, [...at, "max-file-size"]),
    stubLookups: raw["stub-lookups"] ?? base.stubLookups,
    checks,
    checkLines
  };
}
function maxFileSizeSetting(value, source, at) {
  try {
    return parseByteSize(value, "validate.max-file-size", { example: "max-file-size: 10MB" });
  } catch (error) {
    throw new ConfigurationError(error.message, { file: source?.file, line: source?.lineOf(at), fix: `e.g. max-file-size: 10MB (see ${CONFIG_SCHEMA_URL})` });
  }
}
function resolveInsideRepo(repoRoot, userPath, source, at) {
  const abs = resolve(repoRoot, userPath);
  const rel = relative(repoRoot, abs);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new ConfigurationError(`path '${userPath}' is outside the repository`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "use a path relative to the repository root that stays inside it"
    });
  }
  if (!existsSync(abs)) {
    throw new ConfigurationError(`project folder '${userPath}' does not exist`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "point it at the folder holding the Astro project's Dockerfile and dags/"
    });
  }
  return abs;
}
function toPosix(path) {
  return path.split(sep).join("/");
}

export {
  DEFAULT_CONFIG_FILE,
  CONFIG_SCHEMA_URL,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
};
