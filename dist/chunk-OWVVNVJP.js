import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError,
  readYamlFile,
  validateYamlAgainstSchema
} from "./chunk-JH6PXI3S.js";

// src/util/git.ts
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function run(cwd, args, options = {}) {
  return new Promise((resolve2, reject) => {
    execFile("git", args, { cwd, maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
      else resolve2(stdout);
    });
  });
}
function createGit(repoRoot) {
  return {
    async hasCommit(rev) {
      try {
        await run(repoRoot, ["cat-file", "-e", `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
    async fetchCommit(sha) {
      try {
        await run(repoRoot, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", sha]);
        return true;
      } catch {
        return false;
      }
    },
    async revParse(rev) {
      return (await run(repoRoot, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`])).trim();
    },
    async diffNames(from, to) {
      const out = await run(repoRoot, ["diff", "--name-only", "--no-renames", "-z", from, to, "--"]);
      return out.split("\0").filter(Boolean);
    },
    async isAncestor(ancestor, descendant) {
      try {
        await run(repoRoot, ["merge-base", "--is-ancestor", ancestor, descendant]);
        return true;
      } catch {
        return false;
      }
    },
    async currentBranch() {
      const name = (await run(repoRoot, ["rev-parse", "--abbrev-ref", "HEAD"]).catch(() => "")).trim();
      return name && name !== "HEAD" ? name : void 0;
    },
    async remoteUrl() {
      const url = (await run(repoRoot, ["remote", "get-url", "origin"]).catch(() => "")).trim();
      return url || void 0;
    },
    async exportTree(rev, path) {
      const dir = await mkdtemp(join(tmpdir(), "astro-ci-base-"));
      const cleanup = () => rm(dir, { recursive: true, force: true });
      try {
        await new Promise((resolve2, reject) => {
          const archive = spawn("git", ["archive", "--format=tar", rev, "--", ...path ? [path] : ["."]], { cwd: repoRoot });
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
}

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
        "import-timeout": {
          description: "Seconds one DAG file may take to import (Airflow's [core] dagbag_import_timeout, 30 by default).",
          type: "number",
          exclusiveMinimum: 0
        }
      }
    }
  }
};

// src/config/config.ts
var DEFAULT_CONFIG_FILE = "astro-ci.yaml";
var DEFAULT_VALIDATE = {
  failOn: "error",
  airflow3Readiness: "warning",
  exclude: [],
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
      validateYamlAgainstSchema(source, astro_ci_schema_default, "see schema/astro-ci.schema.json for the allowed settings");
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
    checks,
    checkLines
  };
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
  loadConfig,
  createGit
};
