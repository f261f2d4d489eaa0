import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError,
  parseByteSize,
  readYamlFile,
  validateYamlAgainstSchema
} from "./chunk-NWX4MZ2A.js";

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
            description: "A short name for this target (e.g. staging), used by astro-ci drift --deployment and in reports. Default: deployment-name, else deployment-id.",
            type: "string",
            pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"
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
                type: "string",
                minLength: 1
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

// src/util/git.ts
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var COMMIT_SHA = /^[0-9a-f]{40}$/i;
function isCommitSha(value) {
  return typeof value === "string" && COMMIT_SHA.test(value);
}
function hasControlCharacters(value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}
function previewValue(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const escaped = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
  return escaped;
}
function requireCommitSha(value, source) {
  if (!isCommitSha(value)) {
    throw new ConfigurationError(`${source} is not a commit SHA (40 hexadecimal characters): ${previewValue(value)}`, {
      fix: "pass the full commit SHA; astro-ci never hands a value of another shape to git"
    });
  }
  return value.toLowerCase();
}
function requireRevision(value, source) {
  if (typeof value !== "string" || value === "" || value.startsWith("-") || /\s/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a git revision: ${previewValue(value)}`, { fix: "give a commit SHA or a branch name (no leading '-', no spaces)" });
  }
  return value;
}
function requireBranchName(value, source) {
  if (value === "" || value.startsWith("-") || value.startsWith("/") || value.endsWith("/") || value.endsWith(".lock") || /[\s~^:?*[\\]|\.\.|@\{/.test(value) || hasControlCharacters(value) || value.length > 255) {
    throw new ConfigurationError(`${source} is not a valid branch name: ${previewValue(value)}`, { fix: "give the branch name as git shows it (e.g. main or release/2.1)" });
  }
  return value;
}
function stripUrlCredentials(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
  }
}
function run(cwd, args, options = {}) {
  return new Promise((resolve2, reject) => {
    execFile("git", args, { cwd, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve2(stdout);
    });
  });
}
var BYTE_COMPILED = /(^|\/)__pycache__\/|\.pyc$|(^|\/)\.astro-ci-cache\//;
function pathspec(path) {
  if (hasControlCharacters(path)) throw new ConfigurationError(`the path ${previewValue(path)} contains control characters`, { fix: "rename the folder" });
  return path === "" ? "." : path;
}
var ByteReader = class {
  chunks = [];
  length = 0;
  ended = false;
  iterator;
  constructor(stream) {
    this.iterator = stream[Symbol.asyncIterator]();
  }
  async fill() {
    if (this.ended) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.chunks.push(next.value);
    this.length += next.value.length;
    return true;
  }
  flatten() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  async line() {
    for (; ; ) {
      const flat = this.flatten();
      const newline = flat.indexOf(10);
      if (newline !== -1) return this.take(newline + 1).subarray(0, newline).toString("utf8");
      if (!await this.fill()) return void 0;
    }
  }
  async bytes(count) {
    while (this.length < count) if (!await this.fill()) throw new Error(`git cat-file ended ${count - this.length} bytes early`);
    return this.take(count);
  }
  take(count) {
    const flat = this.flatten();
    const out = flat.subarray(0, count);
    this.chunks = flat.length > count ? [flat.subarray(count)] : [];
    this.length -= count;
    return out;
  }
};
function createGit(repoRoot) {
  const git = {
    async hasCommit(rev) {
      requireRevision(rev, "the revision");
      try {
        await run(repoRoot, ["cat-file", "-e", "--end-of-options", `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
    async fetchCommit(sha) {
      requireRevision(sha, "the commit to fetch");
      try {
        await run(repoRoot, ["fetch", "--no-tags", "--quiet", "--depth=1", "--end-of-options", "origin", sha]);
        return true;
      } catch {
        return false;
      }
    },
    async revParse(rev) {
      requireRevision(rev, "the revision");
      return (await run(repoRoot, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    },
    async diffNames(from, to) {
      requireRevision(from, "the base revision");
      requireRevision(to, "the head revision");
      const out = await run(repoRoot, ["diff", "--name-only", "--no-renames", "-z", "--end-of-options", from, to, "--"]);
      return out.split("\0").filter(Boolean);
    },
    async isAncestor(ancestor, descendant) {
      requireRevision(ancestor, "the ancestor revision");
      requireRevision(descendant, "the descendant revision");
      try {
        await run(repoRoot, ["merge-base", "--is-ancestor", "--end-of-options", ancestor, descendant]);
        return true;
      } catch {
        return false;
      }
    },
    async cleanTreeId(path) {
      try {
        const status = await run(repoRoot, ["status", "--porcelain", "--untracked-files=all", "--ignored=matching", "-z", "--", pathspec(path)]);
        const dirty = status.split("\0").filter(Boolean).filter((line) => !BYTE_COMPILED.test(line.slice(3)));
        if (dirty.length) return void 0;
        return await git.treeId("HEAD", path);
      } catch {
        return void 0;
      }
    },
    async cloneKind() {
      const out = await run(repoRoot, ["rev-parse", "--is-shallow-repository"]).catch(() => void 0);
      return out === void 0 ? "none" : out.trim() === "true" ? "shallow" : "complete";
    },
    async currentBranch() {
      const state = await git.headState();
      return state.kind === "branch" ? state.branch : void 0;
    },
    async headState() {
      const sha = (await run(repoRoot, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => "")).trim();
      const branch = (await run(repoRoot, ["symbolic-ref", "--quiet", "--short", "HEAD"]).catch(() => "")).trim() || void 0;
      if (!sha) return { kind: "unborn", branch };
      return branch ? { kind: "branch", branch, sha } : { kind: "detached", sha };
    },
    async remoteUrl() {
      const url = (await run(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url ? stripUrlCredentials(url) : void 0;
    },
    async treeId(rev, path) {
      requireRevision(rev, "the revision");
      const object = path ? `${rev}:${path}` : `${rev}^{tree}`;
      const id = (await run(repoRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", object]).catch(() => "")).trim();
      if (!id) return void 0;
      const type = (await run(repoRoot, ["cat-file", "-t", "--end-of-options", id]).catch(() => "")).trim();
      return type === "tree" ? id : void 0;
    },
    async listTree(rev, path) {
      requireRevision(rev, "the revision");
      const out = await run(repoRoot, ["ls-tree", "-r", "-l", "-z", "--full-tree", "--end-of-options", rev, "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      const entries = [];
      for (const record of out.split("\0")) {
        if (!record) continue;
        const match = /^(\d{6}) (blob|commit|tree) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(record);
        if (!match) throw new Error(`git ls-tree printed an unexpected line: ${previewValue(record)}`);
        entries.push({ mode: match[1], type: match[2], objectId: match[3], size: match[4] === "-" ? 0 : Number(match[4]), path: match[5] });
      }
      return entries;
    },
    async *readBlobs(objectIds) {
      if (objectIds.length === 0) return;
      for (const id of objectIds) if (!/^[0-9a-f]{40,64}$/.test(id)) throw new Error(`not a git object id: ${previewValue(id)}`);
      const child = spawn("git", ["cat-file", "--batch"], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk) => stderr += chunk.toString());
      const exited = new Promise((resolve2, reject) => {
        child.on("error", reject);
        child.on("close", resolve2);
      });
      child.stdin.on("error", () => void 0);
      child.stdin.end(objectIds.join("\n") + "\n");
      const reader = new ByteReader(child.stdout);
      try {
        for (const id of objectIds) {
          const header = await reader.line();
          const match = header ? /^([0-9a-f]+) (\w+) (\d+)$/.exec(header) : null;
          if (!match || match[1] !== id) throw new Error(`git cat-file could not read ${id}: ${header ?? stderr.trim()}`);
          const body = await reader.bytes(Number(match[3]) + 1);
          yield body.subarray(0, body.length - 1);
        }
      } finally {
        if (child.exitCode === null) child.kill();
        await exited.catch(() => void 0);
      }
    },
    async uncommittedChanges(path) {
      const status = await run(repoRoot, ["status", "--porcelain", "--untracked-files=all", "-z", "--", pathspec(path)]);
      const records = status.split("\0");
      const changed = [];
      for (let i = 0; i < records.length; i++) {
        const record = records[i];
        if (!record) continue;
        if (record[0] === "R" || record[0] === "C") i++;
        const file = record.slice(3);
        if (!BYTE_COMPILED.test(file)) changed.push(file);
      }
      return changed;
    },
    async workTreeFiles(path) {
      const out = await run(repoRoot, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      return [...new Set(out.split("\0").filter(Boolean))];
    },
    async trackedFiles(path) {
      const out = await run(repoRoot, ["ls-files", "-z", "--cached", "--full-name", "--", pathspec(path)], { maxBuffer: 1024 * 1024 * 1024 });
      return [...new Set(out.split("\0").filter(Boolean))];
    },
    async commitsBetween(from, to, pathspecs) {
      requireRevision(from, "the range start");
      requireRevision(to, "the range end");
      const out = await run(repoRoot, ["rev-list", "--end-of-options", `${from}..${to}`, "--", ...pathspecs]);
      return out.split("\n").filter((line) => /^[0-9a-f]{40}$/.test(line));
    },
    async exportTree(rev, path) {
      requireRevision(rev, "the revision");
      const dir = await mkdtemp(join(tmpdir(), "astro-ci-base-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        await new Promise((resolve2, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", "--end-of-options", rev, pathspec(path)], { cwd: repoRoot });
          const extract = spawn("tar", ["-x", "-f", "-", "-C", dir]);
          let stderr = "";
          archive.stderr.on("data", (chunk) => stderr += chunk.toString());
          extract.stderr.on("data", (chunk) => stderr += chunk.toString());
          archive.stdout.pipe(extract.stdin);
          let pending = 2;
          let failed = false;
          const done = (name) => (code) => {
            if (code !== 0 && !failed) {
              failed = true;
              reject(new Error(`${name} failed: ${stderr.trim()}`));
            }
            if (--pending === 0 && !failed) resolve2();
          };
          archive.on("error", reject);
          extract.on("error", reject);
          archive.on("close", done("git archive"));
          extract.on("close", done("tar -x"));
        });
        return { dir, cleanup };
      } catch (error) {
        await cleanup();
        throw error;
      }
    }
  };
  return git;
}

export {
  loadConfig,
  previewValue,
  requireCommitSha,
  requireRevision,
  requireBranchName,
  stripUrlCredentials,
  createGit
};
