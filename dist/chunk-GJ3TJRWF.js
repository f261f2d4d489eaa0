import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  readNonRepositoryYamlFile,
  readYamlFile,
  validateYamlAgainstSchema
} from "./chunk-Y3LO47RV.js";
import {
  outsideRepositoryWords
} from "./chunk-X6UGG6GR.js";
import {
  MAX_FILE_SIZE_CEILING
} from "./chunk-TTRFRLDY.js";
import {
  parseByteSize
} from "./chunk-ADQZYKCI.js";
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";
import {
  __commonJS,
  __toESM
} from "./chunk-YO2X36I4.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/config.ts
import { lstatSync, statSync } from "node:fs";
import { relative, resolve, basename, sep } from "node:path";

// src/config/config-validator.generated.ts
var func2_module = __toESM(require_ucs2length(), 1);
var runtimeExport = (module, name) => {
  const found = name === "default" ? typeof module.default === "function" ? module.default : module.default?.default : module[name] ?? module.default?.[name];
  if (typeof found !== "function") throw new Error(`Ajv's runtime helper ${name} is missing`);
  return found;
};
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/astro-ci/astro-ci/schema/astro-ci.schema.json", "title": "astro-ci configuration (astro-ci.yaml)", "description": "Optional configuration for astro-ci. Every setting has a default. Point your editor at this schema with the comment `# yaml-language-server: $schema=./schema/astro-ci.schema.json`.", "type": "object", "additionalProperties": false, "properties": { "version": { "description": "Version of this file's format.", "const": 1 }, "projects": { "description": "The Astro projects in this repository. Defaults to one project at the repository root.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "Folder of the Astro project (the one holding the Dockerfile and dags/), relative to the repository root.", "type": "string", "minLength": 1 }, "name": { "description": "Name used in reports; defaults to the folder name.", "type": "string", "minLength": 1 }, "validate": { "$ref": "#/definitions/validate" }, "previews": { "$ref": "#/definitions/previews" } } } }, "validate": { "$ref": "#/definitions/validate" }, "deployments": { "description": "Which branches deploy to which Astro Deployment (astro-ci deploy / the deploy action). The first entry naming a branch exactly wins, else the first matching glob.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["branch"], "properties": { "branch": { "description": "A branch name or glob (* within a path segment, ** across /), or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "deployment-id": { "description": "The Deployment's ID.", "type": "string", "minLength": 1 }, "deployment-name": { "description": "The Deployment's name (unique within the workspace).", "type": "string", "minLength": 1 }, "workspace-id": { "description": "The workspace holding deployment-name.", "type": "string", "minLength": 1 }, "deploy-type": { "description": "infer (from the git diff), dags-only, image-and-dags or image-only.", "enum": ["infer", "dags-only", "image-and-dags", "image-only"] }, "wait": { "description": "Wait until the Deployment is healthy and runs the new DAGs.", "type": "boolean" }, "name": { "description": "A short name for this target (e.g. staging), used by astro-ci drift --deployment, /astro deploy and in reports: letters, digits, '.', '_' and '-', and since /astro lock keeps it in a git ref name, no '..' and no trailing '.' or '.lock'. Default: deployment-name, else deployment-id.", "type": "string", "pattern": "^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$" }, "deployment-file": { "description": "Path (relative to the repository root) of an Astro Deployment file (the format of astro deployment inspect) declaring this Deployment's configuration, worker queues, environment variables, alert emails and hibernation schedules. astro-ci drift compares only what the file contains.", "type": "string", "minLength": 1 }, "airflow-settings": { "description": "Path (relative to the project) of a file in the airflow_settings.yaml format whose connections, variables and pools this Deployment should have.", "type": "string", "minLength": 1 }, "protected": { "description": "A production-like target: PR comment commands (/astro deploy) refuse it unless commands.allow-protected is true.", "type": "boolean" } }, "oneOf": [{ "required": ["deployment-id"] }, { "required": ["deployment-name"] }] } }, "commands": { "description": "PR comment commands (/astro help|status|validate|preview|teardown|deploy|lock|unlock) answered by astro-ci command / the comment-command action.", "type": "object", "additionalProperties": false, "properties": { "prefix": { "description": "What a command's first line starts with (case-insensitive). Default: /astro.", "type": "string", "pattern": "^/[A-Za-z][A-Za-z0-9_-]{0,31}$" }, "permissions": { "description": "Lowest repository permission that may run each command. Defaults: help and status none, everything else write.", "type": "object", "additionalProperties": false, "properties": { "help": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "status": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "validate": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "preview": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "teardown": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "deploy": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "lock": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] }, "unlock": { "enum": ["none", "read", "triage", "write", "maintain", "admin"] } } }, "forks": { "description": "Fork pull requests: off (default) refuses preview and deploy; dags-only allows DAG-only deploys (astro-ci never runs the files, but Airflow parses them in the Deployment they land in, with its connections and environment: a fork's preview gets no secret value, but a fork's /astro deploy to a mapped Deployment runs with that Deployment's secrets). Image deploys of forks are always refused.", "enum": ["off", "dags-only"] }, "allow-protected": { "description": "Let /astro deploy target deployments: entries marked protected: true. Default: false.", "type": "boolean" } } }, "previews": { "$ref": "#/definitions/previews" } }, "definitions": { "level": { "enum": ["error", "warning", "notice", "off"] }, "validate": { "description": "Settings of validate-dags. Under a project they override the top-level ones.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "description": "Lowest severity that fails the check run and the CLI (exit code 1).", "enum": ["error", "warning", "never"] }, "airflow3-readiness": { "description": "Level of Airflow 3 migration findings (ruff AIR3xx) on an Airflow 2 project.", "$ref": "#/definitions/level" }, "airflow-version": { "description": `Airflow version to assume when the Dockerfile's runtime image cannot tell (e.g. a custom base image), like "2.10" or "3.1".`, "type": "string", "pattern": "^[23]\\.\\d+(\\.\\d+)?$" }, "python-version": { "description": `Python version DAG files are checked against (syntax), like "3.12". Defaults to the runtime image's Python.`, "type": "string", "pattern": "^3\\.\\d+$" }, "exclude": { "description": "Glob patterns (relative to the project folder) of DAG files to leave out of validation.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "checks": { "description": "Per-check level (error, warning, notice, off), or an object with `level` and the check's options. Ruff codes (AIR301...) are accepted as check ids too.", "type": "object", "propertyNames": { "pattern": "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$" }, "additionalProperties": { "oneOf": [{ "$ref": "#/definitions/level" }, { "type": "object", "properties": { "level": { "$ref": "#/definitions/level" }, "allowed": { "description": "tags-required: the approved tags.", "type": "array", "items": { "type": "string" } }, "min": { "description": "min-retries: the minimum retries, 0 to 100.", "type": "integer", "minimum": 0, "maximum": 100 }, "disallowed": { "description": "owner-required: owners that count as unset.", "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }] } }, "dynamic": { "description": "Import every DAG file with the project's real Airflow too (like astro dev parse, one forked process per file): auto runs it when an Airflow can be had, required fails when none can, off skips it.", "enum": ["auto", "required", "off"] }, "airflow": { "description": "Where the Airflow for the dynamic checks comes from: installed (the python3 on PATH), venv (installed from PyPI with Airflow's constraints, cached), image (the project's runtime image with docker run), auto (installed, else image, else venv).", "enum": ["auto", "installed", "venv", "image"] }, "stub-lookups": { "description": "Dynamic checks: stub Variable.get, connection lookups and os.getenv while importing DAG files, like astro dev parse, so DAGs parse without secrets (true by default). false imports them with the real lookups, which then need the metadata database or a secrets backend.", "type": "boolean" }, "import-timeout": { "description": "Seconds one DAG file may take to import (Airflow's [core] dagbag_import_timeout, 30 by default): above 0, at most 3600, as --import-timeout.", "type": "number", "exclusiveMinimum": 0, "maximum": 3600 }, "max-file-size": { "description": 'DAG files larger than this are not parsed: they get a file-too-large finding instead (a huge generated file can take minutes and gigabytes). Bytes, or a size like "5MB", "500kB", "8MiB", at most 1GiB (1073741824 bytes), as --max-file-size. Default 5MiB (5242880 bytes).', "oneOf": [{ "type": "integer", "exclusiveMinimum": 0, "maximum": 1073741824 }, { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$", "description": "a size like 5MB, 500kB or 8MiB" }] } } }, "previews": { "description": "Preview Deployments per pull request (astro-ci branch-deploy / teardown). Previews are on when a template is named.", "type": "object", "additionalProperties": false, "properties": { "template-deployment-id": { "description": "The Deployment whose settings a preview copies.", "type": "string", "minLength": 1 }, "template-deployment-name": { "description": "The Deployment whose settings a preview copies, by name (with workspace-id when names repeat).", "type": "string", "minLength": 1 }, "workspace-id": { "description": "Workspace of template-deployment-name, and where previews are created.", "type": "string", "minLength": 1 }, "name": { "description": "Pattern of a preview's name; tokens {project}, {pr}, {branch}, {repo}; must contain {pr}. Sanitized to letters, digits, '-' and '_', at most 63 characters (a short hash of the full name when cut).", "type": "string", "minLength": 1, "default": "{project}-pr-{pr}" }, "development-mode": { "description": "Create previews as development Deployments (they can hibernate).", "type": "boolean", "default": true }, "hibernation": { "description": "When a preview sleeps and wakes (development mode only): 5-field cron expressions.", "type": "object", "additionalProperties": false, "required": ["sleep", "wake"], "properties": { "sleep": { "type": "string", "minLength": 9 }, "wake": { "type": "string", "minLength": 9 } } }, "scheduler-size": { "description": "Scheduler size of previews (default: the template's).", "enum": ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"] }, "executor": { "description": "Executor of previews (default: the template's).", "enum": ["CELERY", "KUBERNETES", "ASTRO"] }, "worker-queues": { "description": "Worker queues of previews (default: the template's, with min workers 0).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "is-default": { "type": "boolean" }, "worker-type": { "description": "an Astro machine (the Astro API's astroMachine): A5, A10, A20, A40, A60, A120 or A160", "type": "string", "pattern": "^[Aa](5|10|20|40|60|120|160)$" }, "min-workers": { "type": "integer", "minimum": 0 }, "max-workers": { "type": "integer", "minimum": 1 }, "concurrency": { "type": "integer", "minimum": 1 } } } }, "ttl": { "description": "A preview idle longer than this (no deploy) is removed by astro-ci teardown --stale: a duration like 72h or 7d (a whole number of at most 6 digits, then m, h, d or w).", "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhdw]$", "default": "7d" }, "max": { "description": "At most this many previews for the repository at once.", "type": "integer", "minimum": 1, "default": 10 }, "forks": { "description": "Previews for pull requests from forks: DAG files only, never an image built from fork code, and no secret value (no connection with a password or ${NAME}, no template objects), as Airflow runs the files when it parses them.", "type": "boolean", "default": false }, "airflow-settings": { "description": "Path (relative to the project) of an airflow_settings.yaml-format file applied to every preview; ${NAME} values come from the job's environment.", "type": "string", "minLength": 1 }, "copy-from-template": { "description": "Also copy the template's Deployment-scoped connections and variables (secret fields only when the API returns them) and non-secret environment variables.", "type": "boolean", "default": true } } } } };
var schema16 = { "description": "Preview Deployments per pull request (astro-ci branch-deploy / teardown). Previews are on when a template is named.", "type": "object", "additionalProperties": false, "properties": { "template-deployment-id": { "description": "The Deployment whose settings a preview copies.", "type": "string", "minLength": 1 }, "template-deployment-name": { "description": "The Deployment whose settings a preview copies, by name (with workspace-id when names repeat).", "type": "string", "minLength": 1 }, "workspace-id": { "description": "Workspace of template-deployment-name, and where previews are created.", "type": "string", "minLength": 1 }, "name": { "description": "Pattern of a preview's name; tokens {project}, {pr}, {branch}, {repo}; must contain {pr}. Sanitized to letters, digits, '-' and '_', at most 63 characters (a short hash of the full name when cut).", "type": "string", "minLength": 1, "default": "{project}-pr-{pr}" }, "development-mode": { "description": "Create previews as development Deployments (they can hibernate).", "type": "boolean", "default": true }, "hibernation": { "description": "When a preview sleeps and wakes (development mode only): 5-field cron expressions.", "type": "object", "additionalProperties": false, "required": ["sleep", "wake"], "properties": { "sleep": { "type": "string", "minLength": 9 }, "wake": { "type": "string", "minLength": 9 } } }, "scheduler-size": { "description": "Scheduler size of previews (default: the template's).", "enum": ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"] }, "executor": { "description": "Executor of previews (default: the template's).", "enum": ["CELERY", "KUBERNETES", "ASTRO"] }, "worker-queues": { "description": "Worker queues of previews (default: the template's, with min workers 0).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "is-default": { "type": "boolean" }, "worker-type": { "description": "an Astro machine (the Astro API's astroMachine): A5, A10, A20, A40, A60, A120 or A160", "type": "string", "pattern": "^[Aa](5|10|20|40|60|120|160)$" }, "min-workers": { "type": "integer", "minimum": 0 }, "max-workers": { "type": "integer", "minimum": 1 }, "concurrency": { "type": "integer", "minimum": 1 } } } }, "ttl": { "description": "A preview idle longer than this (no deploy) is removed by astro-ci teardown --stale: a duration like 72h or 7d (a whole number of at most 6 digits, then m, h, d or w).", "type": "string", "pattern": "^[1-9][0-9]{0,5}[mhdw]$", "default": "7d" }, "max": { "description": "At most this many previews for the repository at once.", "type": "integer", "minimum": 1, "default": 10 }, "forks": { "description": "Previews for pull requests from forks: DAG files only, never an image built from fork code, and no secret value (no connection with a password or ${NAME}, no template objects), as Airflow runs the files when it parses them.", "type": "boolean", "default": false }, "airflow-settings": { "description": "Path (relative to the project) of an airflow_settings.yaml-format file applied to every preview; ${NAME} values come from the job's environment.", "type": "string", "minLength": 1 }, "copy-from-template": { "description": "Also copy the template's Deployment-scoped connections and variables (secret fields only when the API returns them) and non-secret environment variables.", "type": "boolean", "default": true } } };
var func2 = runtimeExport(func2_module, "default");
var func4 = Object.prototype.hasOwnProperty;
var schema12 = { "description": "Settings of validate-dags. Under a project they override the top-level ones.", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "description": "Lowest severity that fails the check run and the CLI (exit code 1).", "enum": ["error", "warning", "never"] }, "airflow3-readiness": { "description": "Level of Airflow 3 migration findings (ruff AIR3xx) on an Airflow 2 project.", "$ref": "#/definitions/level" }, "airflow-version": { "description": `Airflow version to assume when the Dockerfile's runtime image cannot tell (e.g. a custom base image), like "2.10" or "3.1".`, "type": "string", "pattern": "^[23]\\.\\d+(\\.\\d+)?$" }, "python-version": { "description": `Python version DAG files are checked against (syntax), like "3.12". Defaults to the runtime image's Python.`, "type": "string", "pattern": "^3\\.\\d+$" }, "exclude": { "description": "Glob patterns (relative to the project folder) of DAG files to leave out of validation.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "checks": { "description": "Per-check level (error, warning, notice, off), or an object with `level` and the check's options. Ruff codes (AIR301...) are accepted as check ids too.", "type": "object", "propertyNames": { "pattern": "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$" }, "additionalProperties": { "oneOf": [{ "$ref": "#/definitions/level" }, { "type": "object", "properties": { "level": { "$ref": "#/definitions/level" }, "allowed": { "description": "tags-required: the approved tags.", "type": "array", "items": { "type": "string" } }, "min": { "description": "min-retries: the minimum retries, 0 to 100.", "type": "integer", "minimum": 0, "maximum": 100 }, "disallowed": { "description": "owner-required: owners that count as unset.", "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }] } }, "dynamic": { "description": "Import every DAG file with the project's real Airflow too (like astro dev parse, one forked process per file): auto runs it when an Airflow can be had, required fails when none can, off skips it.", "enum": ["auto", "required", "off"] }, "airflow": { "description": "Where the Airflow for the dynamic checks comes from: installed (the python3 on PATH), venv (installed from PyPI with Airflow's constraints, cached), image (the project's runtime image with docker run), auto (installed, else image, else venv).", "enum": ["auto", "installed", "venv", "image"] }, "stub-lookups": { "description": "Dynamic checks: stub Variable.get, connection lookups and os.getenv while importing DAG files, like astro dev parse, so DAGs parse without secrets (true by default). false imports them with the real lookups, which then need the metadata database or a secrets backend.", "type": "boolean" }, "import-timeout": { "description": "Seconds one DAG file may take to import (Airflow's [core] dagbag_import_timeout, 30 by default): above 0, at most 3600, as --import-timeout.", "type": "number", "exclusiveMinimum": 0, "maximum": 3600 }, "max-file-size": { "description": 'DAG files larger than this are not parsed: they get a file-too-large finding instead (a huge generated file can take minutes and gigabytes). Bytes, or a size like "5MB", "500kB", "8MiB", at most 1GiB (1073741824 bytes), as --max-file-size. Default 5MiB (5242880 bytes).', "oneOf": [{ "type": "integer", "exclusiveMinimum": 0, "maximum": 1073741824 }, { "type": "string", "pattern": "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$", "description": "a size like 5MB, 500kB or 8MiB" }] } } };
var schema13 = { "enum": ["error", "warning", "notice", "off"] };
var pattern0 = new RegExp("^[23]\\.\\d+(\\.\\d+)?$", "u");
var pattern1 = new RegExp("^3\\.\\d+$", "u");
var pattern2 = new RegExp("^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$", "u");
var pattern3 = new RegExp("^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func4.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data0 = data["fail-on"];
      if (!(data0 === "error" || data0 === "warning" || data0 === "never")) {
        const err1 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema12.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema12.properties["fail-on"].enum, parentSchema: schema12.properties["fail-on"], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["airflow3-readiness"] !== void 0) {
      let data1 = data["airflow3-readiness"];
      if (!(data1 === "error" || data1 === "warning" || data1 === "notice" || data1 === "off")) {
        const err2 = { instancePath: instancePath + "/airflow3-readiness", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["airflow-version"] !== void 0) {
      let data2 = data["airflow-version"];
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err3 = { instancePath: instancePath + "/airflow-version", schemaPath: "#/properties/airflow-version/pattern", keyword: "pattern", params: { pattern: "^[23]\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^[23]\\.\\d+(\\.\\d+)?$"', schema: "^[23]\\.\\d+(\\.\\d+)?$", parentSchema: schema12.properties["airflow-version"], data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/airflow-version", schemaPath: "#/properties/airflow-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["airflow-version"].type, parentSchema: schema12.properties["airflow-version"], data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["python-version"] !== void 0) {
      let data3 = data["python-version"];
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err5 = { instancePath: instancePath + "/python-version", schemaPath: "#/properties/python-version/pattern", keyword: "pattern", params: { pattern: "^3\\.\\d+$" }, message: 'must match pattern "^3\\.\\d+$"', schema: "^3\\.\\d+$", parentSchema: schema12.properties["python-version"], data: data3 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/python-version", schemaPath: "#/properties/python-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["python-version"].type, parentSchema: schema12.properties["python-version"], data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data4 = data.exclude;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err7 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.exclude.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/exclude/" + i0, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.exclude.items.type, parentSchema: schema12.properties.exclude.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.exclude.type, parentSchema: schema12.properties.exclude, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data6 = data.checks;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          const _errs15 = errors;
          if (typeof key1 === "string") {
            if (!pattern2.test(key1)) {
              const err10 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/propertyNames/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$" }, message: 'must match pattern "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$"', schema: "^([a-z0-9]+(-[a-z0-9]+)*|AIR\\d{3})$", parentSchema: schema12.properties.checks.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var valid4 = _errs15 === errors;
          if (!valid4) {
            const err11 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.checks.propertyNames, parentSchema: schema12.properties.checks, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          const _errs18 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs19 = errors;
          if (!(data7 === "error" || data7 === "warning" || data7 === "notice" || data7 === "off")) {
            const err12 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs19 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs21 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              if (!(key3 === "level" || key3 === "allowed" || key3 === "min" || key3 === "disallowed")) {
                const err13 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data7.level !== void 0) {
              let data8 = data7.level;
              if (!(data8 === "error" || data8 === "warning" || data8 === "notice" || data8 === "off")) {
                const err14 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/level", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data8 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data7.allowed !== void 0) {
              let data9 = data7.allowed;
              if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data10 = data9[i1];
                  if (typeof data10 !== "string") {
                    const err15 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed/" + i1, schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/allowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.checks.additionalProperties.oneOf[1].properties.allowed.items.type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.allowed.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/allowed", schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.checks.additionalProperties.oneOf[1].properties.allowed.type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.allowed, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.min !== void 0) {
              let data11 = data7.min;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err17 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.checks.additionalProperties.oneOf[1].properties.min.type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.min, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 > 100 || isNaN(data11)) {
                  const err18 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.min, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data11 < 0 || isNaN(data11)) {
                  const err19 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.min, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            }
            if (data7.disallowed !== void 0) {
              let data12 = data7.disallowed;
              if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 !== "string") {
                    const err20 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/disallowed/" + i2, schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/disallowed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.checks.additionalProperties.oneOf[1].properties.disallowed.items.type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.disallowed.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/disallowed", schemaPath: "#/properties/checks/additionalProperties/oneOf/1/properties/disallowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.checks.additionalProperties.oneOf[1].properties.disallowed.type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1].properties.disallowed, data: data12 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.checks.additionalProperties.oneOf[1].type, parentSchema: schema12.properties.checks.additionalProperties.oneOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          var _valid0 = _errs21 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err23 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/checks/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema12.properties.checks.additionalProperties.oneOf, parentSchema: schema12.properties.checks.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.checks.type, parentSchema: schema12.properties.checks, data: data6 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.dynamic !== void 0) {
      let data14 = data.dynamic;
      if (!(data14 === "auto" || data14 === "required" || data14 === "off")) {
        const err25 = { instancePath: instancePath + "/dynamic", schemaPath: "#/properties/dynamic/enum", keyword: "enum", params: { allowedValues: schema12.properties.dynamic.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.dynamic.enum, parentSchema: schema12.properties.dynamic, data: data14 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.airflow !== void 0) {
      let data15 = data.airflow;
      if (!(data15 === "auto" || data15 === "installed" || data15 === "venv" || data15 === "image")) {
        const err26 = { instancePath: instancePath + "/airflow", schemaPath: "#/properties/airflow/enum", keyword: "enum", params: { allowedValues: schema12.properties.airflow.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.airflow.enum, parentSchema: schema12.properties.airflow, data: data15 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["stub-lookups"] !== void 0) {
      let data16 = data["stub-lookups"];
      if (typeof data16 !== "boolean") {
        const err27 = { instancePath: instancePath + "/stub-lookups", schemaPath: "#/properties/stub-lookups/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties["stub-lookups"].type, parentSchema: schema12.properties["stub-lookups"], data: data16 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["import-timeout"] !== void 0) {
      let data17 = data["import-timeout"];
      if (typeof data17 == "number") {
        if (data17 > 3600 || isNaN(data17)) {
          const err28 = { instancePath: instancePath + "/import-timeout", schemaPath: "#/properties/import-timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema12.properties["import-timeout"], data: data17 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data17 <= 0 || isNaN(data17)) {
          const err29 = { instancePath: instancePath + "/import-timeout", schemaPath: "#/properties/import-timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties["import-timeout"], data: data17 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/import-timeout", schemaPath: "#/properties/import-timeout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties["import-timeout"].type, parentSchema: schema12.properties["import-timeout"], data: data17 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["max-file-size"] !== void 0) {
      let data18 = data["max-file-size"];
      const _errs43 = errors;
      let valid14 = false;
      let passing1 = null;
      const _errs44 = errors;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err31 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties["max-file-size"].oneOf[0].type, parentSchema: schema12.properties["max-file-size"].oneOf[0], data: data18 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 > 1073741824 || isNaN(data18)) {
          const err32 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824", schema: 1073741824, parentSchema: schema12.properties["max-file-size"].oneOf[0], data: data18 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data18 <= 0 || isNaN(data18)) {
          const err33 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties["max-file-size"].oneOf[0], data: data18 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      var _valid1 = _errs44 === errors;
      if (_valid1) {
        valid14 = true;
        passing1 = 0;
      }
      const _errs46 = errors;
      if (typeof data18 === "string") {
        if (!pattern3.test(data18)) {
          const err34 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$"', schema: "^\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?$", parentSchema: schema12.properties["max-file-size"].oneOf[1], data: data18 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties["max-file-size"].oneOf[1].type, parentSchema: schema12.properties["max-file-size"].oneOf[1], data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid1 = _errs46 === errors;
      if (_valid1 && valid14) {
        valid14 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid14 = true;
          passing1 = 1;
        }
      }
      if (!valid14) {
        const err36 = { instancePath: instancePath + "/max-file-size", schemaPath: "#/properties/max-file-size/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema12.properties["max-file-size"].oneOf, parentSchema: schema12.properties["max-file-size"], data: data18 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs43;
        if (vErrors !== null) {
          if (_errs43) {
            vErrors.length = _errs43;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^[Aa](5|10|20|40|60|120|160)$", "u");
var pattern5 = new RegExp("^[1-9][0-9]{0,5}[mhdw]$", "u");
var pattern6 = new RegExp("^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$", "u");
var pattern7 = new RegExp("^/[A-Za-z][A-Za-z0-9_-]{0,31}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "projects" || key0 === "validate" || key0 === "deployments" || key0 === "commands" || key0 === "previews")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.projects !== void 0) {
      let data1 = data.projects;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err2 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.projects, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.path === void 0) {
              const err3 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/properties/projects/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.projects.items.required, parentSchema: schema11.properties.projects.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "path" || key1 === "name" || key1 === "validate" || key1 === "previews")) {
                const err4 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/properties/projects/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.projects.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.path !== void 0) {
              let data3 = data2.path;
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err5 = { instancePath: instancePath + "/projects/" + i0 + "/path", schemaPath: "#/properties/projects/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.projects.items.properties.path, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/projects/" + i0 + "/path", schemaPath: "#/properties/projects/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.projects.items.properties.path.type, parentSchema: schema11.properties.projects.items.properties.path, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data4 = data2.name;
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err7 = { instancePath: instancePath + "/projects/" + i0 + "/name", schemaPath: "#/properties/projects/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.projects.items.properties.name, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/projects/" + i0 + "/name", schemaPath: "#/properties/projects/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.projects.items.properties.name.type, parentSchema: schema11.properties.projects.items.properties.name, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.validate !== void 0) {
              if (!validate11(data2.validate, { instancePath: instancePath + "/projects/" + i0 + "/validate", parentData: data2, parentDataProperty: "validate", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
            if (data2.previews !== void 0) {
              let data6 = data2.previews;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key2 in data6) {
                  if (!func4.call(schema16.properties, key2)) {
                    const err9 = { instancePath: instancePath + "/projects/" + i0 + "/previews", schemaPath: "#/definitions/previews/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data6["template-deployment-id"] !== void 0) {
                  let data7 = data6["template-deployment-id"];
                  if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                      const err10 = { instancePath: instancePath + "/projects/" + i0 + "/previews/template-deployment-id", schemaPath: "#/definitions/previews/properties/template-deployment-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["template-deployment-id"], data: data7 };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/projects/" + i0 + "/previews/template-deployment-id", schemaPath: "#/definitions/previews/properties/template-deployment-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["template-deployment-id"].type, parentSchema: schema16.properties["template-deployment-id"], data: data7 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data6["template-deployment-name"] !== void 0) {
                  let data8 = data6["template-deployment-name"];
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err12 = { instancePath: instancePath + "/projects/" + i0 + "/previews/template-deployment-name", schemaPath: "#/definitions/previews/properties/template-deployment-name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["template-deployment-name"], data: data8 };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  } else {
                    const err13 = { instancePath: instancePath + "/projects/" + i0 + "/previews/template-deployment-name", schemaPath: "#/definitions/previews/properties/template-deployment-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["template-deployment-name"].type, parentSchema: schema16.properties["template-deployment-name"], data: data8 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data6["workspace-id"] !== void 0) {
                  let data9 = data6["workspace-id"];
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err14 = { instancePath: instancePath + "/projects/" + i0 + "/previews/workspace-id", schemaPath: "#/definitions/previews/properties/workspace-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["workspace-id"], data: data9 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/projects/" + i0 + "/previews/workspace-id", schemaPath: "#/definitions/previews/properties/workspace-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["workspace-id"].type, parentSchema: schema16.properties["workspace-id"], data: data9 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data6.name !== void 0) {
                  let data10 = data6.name;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err16 = { instancePath: instancePath + "/projects/" + i0 + "/previews/name", schemaPath: "#/definitions/previews/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.name, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  } else {
                    const err17 = { instancePath: instancePath + "/projects/" + i0 + "/previews/name", schemaPath: "#/definitions/previews/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data6["development-mode"] !== void 0) {
                  let data11 = data6["development-mode"];
                  if (typeof data11 !== "boolean") {
                    const err18 = { instancePath: instancePath + "/projects/" + i0 + "/previews/development-mode", schemaPath: "#/definitions/previews/properties/development-mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["development-mode"].type, parentSchema: schema16.properties["development-mode"], data: data11 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data6.hibernation !== void 0) {
                  let data12 = data6.hibernation;
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.sleep === void 0) {
                      const err19 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/required", keyword: "required", params: { missingProperty: "sleep" }, message: "must have required property 'sleep'", schema: schema16.properties.hibernation.required, parentSchema: schema16.properties.hibernation, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (data12.wake === void 0) {
                      const err20 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/required", keyword: "required", params: { missingProperty: "wake" }, message: "must have required property 'wake'", schema: schema16.properties.hibernation.required, parentSchema: schema16.properties.hibernation, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    for (const key3 in data12) {
                      if (!(key3 === "sleep" || key3 === "wake")) {
                        const err21 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.hibernation, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data12.sleep !== void 0) {
                      let data13 = data12.sleep;
                      if (typeof data13 === "string") {
                        if (func2(data13) < 9) {
                          const err22 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation/sleep", schemaPath: "#/definitions/previews/properties/hibernation/properties/sleep/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema16.properties.hibernation.properties.sleep, data: data13 };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                      } else {
                        const err23 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation/sleep", schemaPath: "#/definitions/previews/properties/hibernation/properties/sleep/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.hibernation.properties.sleep.type, parentSchema: schema16.properties.hibernation.properties.sleep, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                    if (data12.wake !== void 0) {
                      let data14 = data12.wake;
                      if (typeof data14 === "string") {
                        if (func2(data14) < 9) {
                          const err24 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation/wake", schemaPath: "#/definitions/previews/properties/hibernation/properties/wake/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema16.properties.hibernation.properties.wake, data: data14 };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      } else {
                        const err25 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation/wake", schemaPath: "#/definitions/previews/properties/hibernation/properties/wake/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.hibernation.properties.wake.type, parentSchema: schema16.properties.hibernation.properties.wake, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/projects/" + i0 + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.hibernation.type, parentSchema: schema16.properties.hibernation, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data6["scheduler-size"] !== void 0) {
                  let data15 = data6["scheduler-size"];
                  if (!(data15 === "SMALL" || data15 === "MEDIUM" || data15 === "LARGE" || data15 === "EXTRA_LARGE")) {
                    const err27 = { instancePath: instancePath + "/projects/" + i0 + "/previews/scheduler-size", schemaPath: "#/definitions/previews/properties/scheduler-size/enum", keyword: "enum", params: { allowedValues: schema16.properties["scheduler-size"].enum }, message: "must be equal to one of the allowed values", schema: schema16.properties["scheduler-size"].enum, parentSchema: schema16.properties["scheduler-size"], data: data15 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data6.executor !== void 0) {
                  let data16 = data6.executor;
                  if (!(data16 === "CELERY" || data16 === "KUBERNETES" || data16 === "ASTRO")) {
                    const err28 = { instancePath: instancePath + "/projects/" + i0 + "/previews/executor", schemaPath: "#/definitions/previews/properties/executor/enum", keyword: "enum", params: { allowedValues: schema16.properties.executor.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.executor.enum, parentSchema: schema16.properties.executor, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data6["worker-queues"] !== void 0) {
                  let data17 = data6["worker-queues"];
                  if (Array.isArray(data17)) {
                    const len1 = data17.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data18 = data17[i1];
                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                        if (data18.name === void 0) {
                          const err29 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1, schemaPath: "#/definitions/previews/properties/worker-queues/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties["worker-queues"].items.required, parentSchema: schema16.properties["worker-queues"].items, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                        for (const key4 in data18) {
                          if (!(key4 === "name" || key4 === "is-default" || key4 === "worker-type" || key4 === "min-workers" || key4 === "max-workers" || key4 === "concurrency")) {
                            const err30 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1, schemaPath: "#/definitions/previews/properties/worker-queues/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties["worker-queues"].items, data: data18 };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                        if (data18.name !== void 0) {
                          let data19 = data18.name;
                          if (typeof data19 === "string") {
                            if (func2(data19) < 1) {
                              const err31 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/name", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties.name, data: data19 };
                              if (vErrors === null) {
                                vErrors = [err31];
                              } else {
                                vErrors.push(err31);
                              }
                              errors++;
                            }
                          } else {
                            const err32 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/name", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["worker-queues"].items.properties.name.type, parentSchema: schema16.properties["worker-queues"].items.properties.name, data: data19 };
                            if (vErrors === null) {
                              vErrors = [err32];
                            } else {
                              vErrors.push(err32);
                            }
                            errors++;
                          }
                        }
                        if (data18["is-default"] !== void 0) {
                          let data20 = data18["is-default"];
                          if (typeof data20 !== "boolean") {
                            const err33 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/is-default", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/is-default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["worker-queues"].items.properties["is-default"].type, parentSchema: schema16.properties["worker-queues"].items.properties["is-default"], data: data20 };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                        if (data18["worker-type"] !== void 0) {
                          let data21 = data18["worker-type"];
                          if (typeof data21 === "string") {
                            if (!pattern4.test(data21)) {
                              const err34 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/worker-type", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/worker-type/pattern", keyword: "pattern", params: { pattern: "^[Aa](5|10|20|40|60|120|160)$" }, message: 'must match pattern "^[Aa](5|10|20|40|60|120|160)$"', schema: "^[Aa](5|10|20|40|60|120|160)$", parentSchema: schema16.properties["worker-queues"].items.properties["worker-type"], data: data21 };
                              if (vErrors === null) {
                                vErrors = [err34];
                              } else {
                                vErrors.push(err34);
                              }
                              errors++;
                            }
                          } else {
                            const err35 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/worker-type", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/worker-type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["worker-queues"].items.properties["worker-type"].type, parentSchema: schema16.properties["worker-queues"].items.properties["worker-type"], data: data21 };
                            if (vErrors === null) {
                              vErrors = [err35];
                            } else {
                              vErrors.push(err35);
                            }
                            errors++;
                          }
                        }
                        if (data18["min-workers"] !== void 0) {
                          let data22 = data18["min-workers"];
                          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                            const err36 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/min-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/min-workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties["min-workers"].type, parentSchema: schema16.properties["worker-queues"].items.properties["min-workers"], data: data22 };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                          if (typeof data22 == "number") {
                            if (data22 < 0 || isNaN(data22)) {
                              const err37 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/min-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/min-workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties["worker-queues"].items.properties["min-workers"], data: data22 };
                              if (vErrors === null) {
                                vErrors = [err37];
                              } else {
                                vErrors.push(err37);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data18["max-workers"] !== void 0) {
                          let data23 = data18["max-workers"];
                          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                            const err38 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/max-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/max-workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties["max-workers"].type, parentSchema: schema16.properties["worker-queues"].items.properties["max-workers"], data: data23 };
                            if (vErrors === null) {
                              vErrors = [err38];
                            } else {
                              vErrors.push(err38);
                            }
                            errors++;
                          }
                          if (typeof data23 == "number") {
                            if (data23 < 1 || isNaN(data23)) {
                              const err39 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/max-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/max-workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties["max-workers"], data: data23 };
                              if (vErrors === null) {
                                vErrors = [err39];
                              } else {
                                vErrors.push(err39);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data18.concurrency !== void 0) {
                          let data24 = data18.concurrency;
                          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                            const err40 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/concurrency", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties.concurrency.type, parentSchema: schema16.properties["worker-queues"].items.properties.concurrency, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                          if (typeof data24 == "number") {
                            if (data24 < 1 || isNaN(data24)) {
                              const err41 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1 + "/concurrency", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties.concurrency, data: data24 };
                              if (vErrors === null) {
                                vErrors = [err41];
                              } else {
                                vErrors.push(err41);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues/" + i1, schemaPath: "#/definitions/previews/properties/worker-queues/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties["worker-queues"].items.type, parentSchema: schema16.properties["worker-queues"].items, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/projects/" + i0 + "/previews/worker-queues", schemaPath: "#/definitions/previews/properties/worker-queues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties["worker-queues"].type, parentSchema: schema16.properties["worker-queues"], data: data17 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data6.ttl !== void 0) {
                  let data25 = data6.ttl;
                  if (typeof data25 === "string") {
                    if (!pattern5.test(data25)) {
                      const err44 = { instancePath: instancePath + "/projects/" + i0 + "/previews/ttl", schemaPath: "#/definitions/previews/properties/ttl/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhdw]$"', schema: "^[1-9][0-9]{0,5}[mhdw]$", parentSchema: schema16.properties.ttl, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/projects/" + i0 + "/previews/ttl", schemaPath: "#/definitions/previews/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.ttl.type, parentSchema: schema16.properties.ttl, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data6.max !== void 0) {
                  let data26 = data6.max;
                  if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                    const err46 = { instancePath: instancePath + "/projects/" + i0 + "/previews/max", schemaPath: "#/definitions/previews/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.max.type, parentSchema: schema16.properties.max, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  if (typeof data26 == "number") {
                    if (data26 < 1 || isNaN(data26)) {
                      const err47 = { instancePath: instancePath + "/projects/" + i0 + "/previews/max", schemaPath: "#/definitions/previews/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties.max, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                }
                if (data6.forks !== void 0) {
                  let data27 = data6.forks;
                  if (typeof data27 !== "boolean") {
                    const err48 = { instancePath: instancePath + "/projects/" + i0 + "/previews/forks", schemaPath: "#/definitions/previews/properties/forks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.forks.type, parentSchema: schema16.properties.forks, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data6["airflow-settings"] !== void 0) {
                  let data28 = data6["airflow-settings"];
                  if (typeof data28 === "string") {
                    if (func2(data28) < 1) {
                      const err49 = { instancePath: instancePath + "/projects/" + i0 + "/previews/airflow-settings", schemaPath: "#/definitions/previews/properties/airflow-settings/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["airflow-settings"], data: data28 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/projects/" + i0 + "/previews/airflow-settings", schemaPath: "#/definitions/previews/properties/airflow-settings/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["airflow-settings"].type, parentSchema: schema16.properties["airflow-settings"], data: data28 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data6["copy-from-template"] !== void 0) {
                  let data29 = data6["copy-from-template"];
                  if (typeof data29 !== "boolean") {
                    const err51 = { instancePath: instancePath + "/projects/" + i0 + "/previews/copy-from-template", schemaPath: "#/definitions/previews/properties/copy-from-template/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["copy-from-template"].type, parentSchema: schema16.properties["copy-from-template"], data: data29 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/projects/" + i0 + "/previews", schemaPath: "#/definitions/previews/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data6 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/projects/" + i0, schemaPath: "#/properties/projects/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.projects.items.type, parentSchema: schema11.properties.projects.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/projects", schemaPath: "#/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.projects.type, parentSchema: schema11.properties.projects, data: data1 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.validate !== void 0) {
      if (!validate11(data.validate, { instancePath: instancePath + "/validate", parentData: data, parentDataProperty: "validate", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployments !== void 0) {
      let data31 = data.deployments;
      if (Array.isArray(data31)) {
        const len2 = data31.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data32 = data31[i2];
          const _errs68 = errors;
          let valid12 = false;
          let passing0 = null;
          const _errs69 = errors;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32["deployment-id"] === void 0) {
              const err55 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/oneOf/0/required", keyword: "required", params: { missingProperty: "deployment-id" }, message: "must have required property 'deployment-id'", schema: schema11.properties.deployments.items.oneOf[0].required, parentSchema: schema11.properties.deployments.items.oneOf[0], data: data32 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          var _valid0 = _errs69 === errors;
          if (_valid0) {
            valid12 = true;
            passing0 = 0;
          }
          const _errs70 = errors;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32["deployment-name"] === void 0) {
              const err56 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/oneOf/1/required", keyword: "required", params: { missingProperty: "deployment-name" }, message: "must have required property 'deployment-name'", schema: schema11.properties.deployments.items.oneOf[1].required, parentSchema: schema11.properties.deployments.items.oneOf[1], data: data32 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          var _valid0 = _errs70 === errors;
          if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid12 = true;
              passing0 = 1;
            }
          }
          if (!valid12) {
            const err57 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.deployments.items.oneOf, parentSchema: schema11.properties.deployments.items, data: data32 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.branch === void 0) {
              const err58 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "branch" }, message: "must have required property 'branch'", schema: schema11.properties.deployments.items.required, parentSchema: schema11.properties.deployments.items, data: data32 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            for (const key5 in data32) {
              if (!func4.call(schema11.properties.deployments.items.properties, key5)) {
                const err59 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployments.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data32.branch !== void 0) {
              let data33 = data32.branch;
              const _errs73 = errors;
              let valid14 = false;
              let passing1 = null;
              const _errs74 = errors;
              if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                  const err60 = { instancePath: instancePath + "/deployments/" + i2 + "/branch", schemaPath: "#/properties/deployments/items/properties/branch/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[0], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/deployments/" + i2 + "/branch", schemaPath: "#/properties/deployments/items/properties/branch/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.branch.oneOf[0].type, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[0], data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              var _valid1 = _errs74 === errors;
              if (_valid1) {
                valid14 = true;
                passing1 = 0;
              }
              const _errs76 = errors;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err62 = { instancePath: instancePath + "/deployments/" + i2 + "/branch", schemaPath: "#/properties/deployments/items/properties/branch/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                const len3 = data33.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data34 = data33[i3];
                  if (typeof data34 === "string") {
                    if (func2(data34) < 1) {
                      const err63 = { instancePath: instancePath + "/deployments/" + i2 + "/branch/" + i3, schemaPath: "#/properties/deployments/items/properties/branch/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[1].items, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/deployments/" + i2 + "/branch/" + i3, schemaPath: "#/properties/deployments/items/properties/branch/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.branch.oneOf[1].items.type, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[1].items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/deployments/" + i2 + "/branch", schemaPath: "#/properties/deployments/items/properties/branch/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployments.items.properties.branch.oneOf[1].type, parentSchema: schema11.properties.deployments.items.properties.branch.oneOf[1], data: data33 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              var _valid1 = _errs76 === errors;
              if (_valid1 && valid14) {
                valid14 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid14 = true;
                  passing1 = 1;
                }
              }
              if (!valid14) {
                const err66 = { instancePath: instancePath + "/deployments/" + i2 + "/branch", schemaPath: "#/properties/deployments/items/properties/branch/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.deployments.items.properties.branch.oneOf, parentSchema: schema11.properties.deployments.items.properties.branch, data: data33 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              } else {
                errors = _errs73;
                if (vErrors !== null) {
                  if (_errs73) {
                    vErrors.length = _errs73;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data32["deployment-id"] !== void 0) {
              let data35 = data32["deployment-id"];
              if (typeof data35 === "string") {
                if (func2(data35) < 1) {
                  const err67 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-id", schemaPath: "#/properties/deployments/items/properties/deployment-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["deployment-id"], data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-id", schemaPath: "#/properties/deployments/items/properties/deployment-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["deployment-id"].type, parentSchema: schema11.properties.deployments.items.properties["deployment-id"], data: data35 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data32["deployment-name"] !== void 0) {
              let data36 = data32["deployment-name"];
              if (typeof data36 === "string") {
                if (func2(data36) < 1) {
                  const err69 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-name", schemaPath: "#/properties/deployments/items/properties/deployment-name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["deployment-name"], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-name", schemaPath: "#/properties/deployments/items/properties/deployment-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["deployment-name"].type, parentSchema: schema11.properties.deployments.items.properties["deployment-name"], data: data36 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data32["workspace-id"] !== void 0) {
              let data37 = data32["workspace-id"];
              if (typeof data37 === "string") {
                if (func2(data37) < 1) {
                  const err71 = { instancePath: instancePath + "/deployments/" + i2 + "/workspace-id", schemaPath: "#/properties/deployments/items/properties/workspace-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["workspace-id"], data: data37 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/deployments/" + i2 + "/workspace-id", schemaPath: "#/properties/deployments/items/properties/workspace-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["workspace-id"].type, parentSchema: schema11.properties.deployments.items.properties["workspace-id"], data: data37 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data32["deploy-type"] !== void 0) {
              let data38 = data32["deploy-type"];
              if (!(data38 === "infer" || data38 === "dags-only" || data38 === "image-and-dags" || data38 === "image-only")) {
                const err73 = { instancePath: instancePath + "/deployments/" + i2 + "/deploy-type", schemaPath: "#/properties/deployments/items/properties/deploy-type/enum", keyword: "enum", params: { allowedValues: schema11.properties.deployments.items.properties["deploy-type"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.deployments.items.properties["deploy-type"].enum, parentSchema: schema11.properties.deployments.items.properties["deploy-type"], data: data38 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data32.wait !== void 0) {
              let data39 = data32.wait;
              if (typeof data39 !== "boolean") {
                const err74 = { instancePath: instancePath + "/deployments/" + i2 + "/wait", schemaPath: "#/properties/deployments/items/properties/wait/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployments.items.properties.wait.type, parentSchema: schema11.properties.deployments.items.properties.wait, data: data39 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data32.name !== void 0) {
              let data40 = data32.name;
              if (typeof data40 === "string") {
                if (!pattern6.test(data40)) {
                  const err75 = { instancePath: instancePath + "/deployments/" + i2 + "/name", schemaPath: "#/properties/deployments/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$" }, message: 'must match pattern "^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$"', schema: "^(?!.*\\.\\.)(?!.*\\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\\.)$", parentSchema: schema11.properties.deployments.items.properties.name, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/deployments/" + i2 + "/name", schemaPath: "#/properties/deployments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties.name.type, parentSchema: schema11.properties.deployments.items.properties.name, data: data40 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data32["deployment-file"] !== void 0) {
              let data41 = data32["deployment-file"];
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err77 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-file", schemaPath: "#/properties/deployments/items/properties/deployment-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["deployment-file"], data: data41 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/deployments/" + i2 + "/deployment-file", schemaPath: "#/properties/deployments/items/properties/deployment-file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["deployment-file"].type, parentSchema: schema11.properties.deployments.items.properties["deployment-file"], data: data41 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data32["airflow-settings"] !== void 0) {
              let data42 = data32["airflow-settings"];
              if (typeof data42 === "string") {
                if (func2(data42) < 1) {
                  const err79 = { instancePath: instancePath + "/deployments/" + i2 + "/airflow-settings", schemaPath: "#/properties/deployments/items/properties/airflow-settings/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployments.items.properties["airflow-settings"], data: data42 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/deployments/" + i2 + "/airflow-settings", schemaPath: "#/properties/deployments/items/properties/airflow-settings/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployments.items.properties["airflow-settings"].type, parentSchema: schema11.properties.deployments.items.properties["airflow-settings"], data: data42 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data32.protected !== void 0) {
              let data43 = data32.protected;
              if (typeof data43 !== "boolean") {
                const err81 = { instancePath: instancePath + "/deployments/" + i2 + "/protected", schemaPath: "#/properties/deployments/items/properties/protected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployments.items.properties.protected.type, parentSchema: schema11.properties.deployments.items.properties.protected, data: data43 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/deployments/" + i2, schemaPath: "#/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployments.items.type, parentSchema: schema11.properties.deployments.items, data: data32 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployments.type, parentSchema: schema11.properties.deployments, data: data31 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.commands !== void 0) {
      let data44 = data.commands;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key6 in data44) {
          if (!(key6 === "prefix" || key6 === "permissions" || key6 === "forks" || key6 === "allow-protected")) {
            const err84 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.commands, data: data44 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data44.prefix !== void 0) {
          let data45 = data44.prefix;
          if (typeof data45 === "string") {
            if (!pattern7.test(data45)) {
              const err85 = { instancePath: instancePath + "/commands/prefix", schemaPath: "#/properties/commands/properties/prefix/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z][A-Za-z0-9_-]{0,31}$" }, message: 'must match pattern "^/[A-Za-z][A-Za-z0-9_-]{0,31}$"', schema: "^/[A-Za-z][A-Za-z0-9_-]{0,31}$", parentSchema: schema11.properties.commands.properties.prefix, data: data45 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          } else {
            const err86 = { instancePath: instancePath + "/commands/prefix", schemaPath: "#/properties/commands/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.commands.properties.prefix.type, parentSchema: schema11.properties.commands.properties.prefix, data: data45 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data44.permissions !== void 0) {
          let data46 = data44.permissions;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key7 in data46) {
              if (!(key7 === "help" || key7 === "status" || key7 === "validate" || key7 === "preview" || key7 === "teardown" || key7 === "deploy" || key7 === "lock" || key7 === "unlock")) {
                const err87 = { instancePath: instancePath + "/commands/permissions", schemaPath: "#/properties/commands/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.commands.properties.permissions, data: data46 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data46.help !== void 0) {
              let data47 = data46.help;
              if (!(data47 === "none" || data47 === "read" || data47 === "triage" || data47 === "write" || data47 === "maintain" || data47 === "admin")) {
                const err88 = { instancePath: instancePath + "/commands/permissions/help", schemaPath: "#/properties/commands/properties/permissions/properties/help/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.help.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.help.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.help, data: data47 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data46.status !== void 0) {
              let data48 = data46.status;
              if (!(data48 === "none" || data48 === "read" || data48 === "triage" || data48 === "write" || data48 === "maintain" || data48 === "admin")) {
                const err89 = { instancePath: instancePath + "/commands/permissions/status", schemaPath: "#/properties/commands/properties/permissions/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.status.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.status, data: data48 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data46.validate !== void 0) {
              let data49 = data46.validate;
              if (!(data49 === "none" || data49 === "read" || data49 === "triage" || data49 === "write" || data49 === "maintain" || data49 === "admin")) {
                const err90 = { instancePath: instancePath + "/commands/permissions/validate", schemaPath: "#/properties/commands/properties/permissions/properties/validate/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.validate.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.validate.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.validate, data: data49 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data46.preview !== void 0) {
              let data50 = data46.preview;
              if (!(data50 === "none" || data50 === "read" || data50 === "triage" || data50 === "write" || data50 === "maintain" || data50 === "admin")) {
                const err91 = { instancePath: instancePath + "/commands/permissions/preview", schemaPath: "#/properties/commands/properties/permissions/properties/preview/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.preview.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.preview.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.preview, data: data50 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data46.teardown !== void 0) {
              let data51 = data46.teardown;
              if (!(data51 === "none" || data51 === "read" || data51 === "triage" || data51 === "write" || data51 === "maintain" || data51 === "admin")) {
                const err92 = { instancePath: instancePath + "/commands/permissions/teardown", schemaPath: "#/properties/commands/properties/permissions/properties/teardown/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.teardown.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.teardown.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.teardown, data: data51 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data46.deploy !== void 0) {
              let data52 = data46.deploy;
              if (!(data52 === "none" || data52 === "read" || data52 === "triage" || data52 === "write" || data52 === "maintain" || data52 === "admin")) {
                const err93 = { instancePath: instancePath + "/commands/permissions/deploy", schemaPath: "#/properties/commands/properties/permissions/properties/deploy/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.deploy.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.deploy.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.deploy, data: data52 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data46.lock !== void 0) {
              let data53 = data46.lock;
              if (!(data53 === "none" || data53 === "read" || data53 === "triage" || data53 === "write" || data53 === "maintain" || data53 === "admin")) {
                const err94 = { instancePath: instancePath + "/commands/permissions/lock", schemaPath: "#/properties/commands/properties/permissions/properties/lock/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.lock.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.lock.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.lock, data: data53 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data46.unlock !== void 0) {
              let data54 = data46.unlock;
              if (!(data54 === "none" || data54 === "read" || data54 === "triage" || data54 === "write" || data54 === "maintain" || data54 === "admin")) {
                const err95 = { instancePath: instancePath + "/commands/permissions/unlock", schemaPath: "#/properties/commands/properties/permissions/properties/unlock/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.permissions.properties.unlock.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.permissions.properties.unlock.enum, parentSchema: schema11.properties.commands.properties.permissions.properties.unlock, data: data54 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/commands/permissions", schemaPath: "#/properties/commands/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.commands.properties.permissions.type, parentSchema: schema11.properties.commands.properties.permissions, data: data46 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data44.forks !== void 0) {
          let data55 = data44.forks;
          if (!(data55 === "off" || data55 === "dags-only")) {
            const err97 = { instancePath: instancePath + "/commands/forks", schemaPath: "#/properties/commands/properties/forks/enum", keyword: "enum", params: { allowedValues: schema11.properties.commands.properties.forks.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.commands.properties.forks.enum, parentSchema: schema11.properties.commands.properties.forks, data: data55 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data44["allow-protected"] !== void 0) {
          let data56 = data44["allow-protected"];
          if (typeof data56 !== "boolean") {
            const err98 = { instancePath: instancePath + "/commands/allow-protected", schemaPath: "#/properties/commands/properties/allow-protected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.commands.properties["allow-protected"].type, parentSchema: schema11.properties.commands.properties["allow-protected"], data: data56 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/commands", schemaPath: "#/properties/commands/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.commands.type, parentSchema: schema11.properties.commands, data: data44 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.previews !== void 0) {
      let data57 = data.previews;
      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
        for (const key8 in data57) {
          if (!func4.call(schema16.properties, key8)) {
            const err100 = { instancePath: instancePath + "/previews", schemaPath: "#/definitions/previews/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data57 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data57["template-deployment-id"] !== void 0) {
          let data58 = data57["template-deployment-id"];
          if (typeof data58 === "string") {
            if (func2(data58) < 1) {
              const err101 = { instancePath: instancePath + "/previews/template-deployment-id", schemaPath: "#/definitions/previews/properties/template-deployment-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["template-deployment-id"], data: data58 };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
          } else {
            const err102 = { instancePath: instancePath + "/previews/template-deployment-id", schemaPath: "#/definitions/previews/properties/template-deployment-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["template-deployment-id"].type, parentSchema: schema16.properties["template-deployment-id"], data: data58 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data57["template-deployment-name"] !== void 0) {
          let data59 = data57["template-deployment-name"];
          if (typeof data59 === "string") {
            if (func2(data59) < 1) {
              const err103 = { instancePath: instancePath + "/previews/template-deployment-name", schemaPath: "#/definitions/previews/properties/template-deployment-name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["template-deployment-name"], data: data59 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/previews/template-deployment-name", schemaPath: "#/definitions/previews/properties/template-deployment-name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["template-deployment-name"].type, parentSchema: schema16.properties["template-deployment-name"], data: data59 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data57["workspace-id"] !== void 0) {
          let data60 = data57["workspace-id"];
          if (typeof data60 === "string") {
            if (func2(data60) < 1) {
              const err105 = { instancePath: instancePath + "/previews/workspace-id", schemaPath: "#/definitions/previews/properties/workspace-id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["workspace-id"], data: data60 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          } else {
            const err106 = { instancePath: instancePath + "/previews/workspace-id", schemaPath: "#/definitions/previews/properties/workspace-id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["workspace-id"].type, parentSchema: schema16.properties["workspace-id"], data: data60 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data57.name !== void 0) {
          let data61 = data57.name;
          if (typeof data61 === "string") {
            if (func2(data61) < 1) {
              const err107 = { instancePath: instancePath + "/previews/name", schemaPath: "#/definitions/previews/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.name, data: data61 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          } else {
            const err108 = { instancePath: instancePath + "/previews/name", schemaPath: "#/definitions/previews/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.name.type, parentSchema: schema16.properties.name, data: data61 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data57["development-mode"] !== void 0) {
          let data62 = data57["development-mode"];
          if (typeof data62 !== "boolean") {
            const err109 = { instancePath: instancePath + "/previews/development-mode", schemaPath: "#/definitions/previews/properties/development-mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["development-mode"].type, parentSchema: schema16.properties["development-mode"], data: data62 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data57.hibernation !== void 0) {
          let data63 = data57.hibernation;
          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
            if (data63.sleep === void 0) {
              const err110 = { instancePath: instancePath + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/required", keyword: "required", params: { missingProperty: "sleep" }, message: "must have required property 'sleep'", schema: schema16.properties.hibernation.required, parentSchema: schema16.properties.hibernation, data: data63 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data63.wake === void 0) {
              const err111 = { instancePath: instancePath + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/required", keyword: "required", params: { missingProperty: "wake" }, message: "must have required property 'wake'", schema: schema16.properties.hibernation.required, parentSchema: schema16.properties.hibernation, data: data63 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            for (const key9 in data63) {
              if (!(key9 === "sleep" || key9 === "wake")) {
                const err112 = { instancePath: instancePath + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.hibernation, data: data63 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data63.sleep !== void 0) {
              let data64 = data63.sleep;
              if (typeof data64 === "string") {
                if (func2(data64) < 9) {
                  const err113 = { instancePath: instancePath + "/previews/hibernation/sleep", schemaPath: "#/definitions/previews/properties/hibernation/properties/sleep/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema16.properties.hibernation.properties.sleep, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              } else {
                const err114 = { instancePath: instancePath + "/previews/hibernation/sleep", schemaPath: "#/definitions/previews/properties/hibernation/properties/sleep/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.hibernation.properties.sleep.type, parentSchema: schema16.properties.hibernation.properties.sleep, data: data64 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data63.wake !== void 0) {
              let data65 = data63.wake;
              if (typeof data65 === "string") {
                if (func2(data65) < 9) {
                  const err115 = { instancePath: instancePath + "/previews/hibernation/wake", schemaPath: "#/definitions/previews/properties/hibernation/properties/wake/minLength", keyword: "minLength", params: { limit: 9 }, message: "must NOT have fewer than 9 characters", schema: 9, parentSchema: schema16.properties.hibernation.properties.wake, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/previews/hibernation/wake", schemaPath: "#/definitions/previews/properties/hibernation/properties/wake/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.hibernation.properties.wake.type, parentSchema: schema16.properties.hibernation.properties.wake, data: data65 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/previews/hibernation", schemaPath: "#/definitions/previews/properties/hibernation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.hibernation.type, parentSchema: schema16.properties.hibernation, data: data63 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data57["scheduler-size"] !== void 0) {
          let data66 = data57["scheduler-size"];
          if (!(data66 === "SMALL" || data66 === "MEDIUM" || data66 === "LARGE" || data66 === "EXTRA_LARGE")) {
            const err118 = { instancePath: instancePath + "/previews/scheduler-size", schemaPath: "#/definitions/previews/properties/scheduler-size/enum", keyword: "enum", params: { allowedValues: schema16.properties["scheduler-size"].enum }, message: "must be equal to one of the allowed values", schema: schema16.properties["scheduler-size"].enum, parentSchema: schema16.properties["scheduler-size"], data: data66 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data57.executor !== void 0) {
          let data67 = data57.executor;
          if (!(data67 === "CELERY" || data67 === "KUBERNETES" || data67 === "ASTRO")) {
            const err119 = { instancePath: instancePath + "/previews/executor", schemaPath: "#/definitions/previews/properties/executor/enum", keyword: "enum", params: { allowedValues: schema16.properties.executor.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.executor.enum, parentSchema: schema16.properties.executor, data: data67 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data57["worker-queues"] !== void 0) {
          let data68 = data57["worker-queues"];
          if (Array.isArray(data68)) {
            const len4 = data68.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data69 = data68[i4];
              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (data69.name === void 0) {
                  const err120 = { instancePath: instancePath + "/previews/worker-queues/" + i4, schemaPath: "#/definitions/previews/properties/worker-queues/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties["worker-queues"].items.required, parentSchema: schema16.properties["worker-queues"].items, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                for (const key10 in data69) {
                  if (!(key10 === "name" || key10 === "is-default" || key10 === "worker-type" || key10 === "min-workers" || key10 === "max-workers" || key10 === "concurrency")) {
                    const err121 = { instancePath: instancePath + "/previews/worker-queues/" + i4, schemaPath: "#/definitions/previews/properties/worker-queues/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties["worker-queues"].items, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data69.name !== void 0) {
                  let data70 = data69.name;
                  if (typeof data70 === "string") {
                    if (func2(data70) < 1) {
                      const err122 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/name", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties.name, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/name", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["worker-queues"].items.properties.name.type, parentSchema: schema16.properties["worker-queues"].items.properties.name, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data69["is-default"] !== void 0) {
                  let data71 = data69["is-default"];
                  if (typeof data71 !== "boolean") {
                    const err124 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/is-default", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/is-default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["worker-queues"].items.properties["is-default"].type, parentSchema: schema16.properties["worker-queues"].items.properties["is-default"], data: data71 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data69["worker-type"] !== void 0) {
                  let data72 = data69["worker-type"];
                  if (typeof data72 === "string") {
                    if (!pattern4.test(data72)) {
                      const err125 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/worker-type", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/worker-type/pattern", keyword: "pattern", params: { pattern: "^[Aa](5|10|20|40|60|120|160)$" }, message: 'must match pattern "^[Aa](5|10|20|40|60|120|160)$"', schema: "^[Aa](5|10|20|40|60|120|160)$", parentSchema: schema16.properties["worker-queues"].items.properties["worker-type"], data: data72 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/worker-type", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/worker-type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["worker-queues"].items.properties["worker-type"].type, parentSchema: schema16.properties["worker-queues"].items.properties["worker-type"], data: data72 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data69["min-workers"] !== void 0) {
                  let data73 = data69["min-workers"];
                  if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                    const err127 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/min-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/min-workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties["min-workers"].type, parentSchema: schema16.properties["worker-queues"].items.properties["min-workers"], data: data73 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                  if (typeof data73 == "number") {
                    if (data73 < 0 || isNaN(data73)) {
                      const err128 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/min-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/min-workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties["worker-queues"].items.properties["min-workers"], data: data73 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  }
                }
                if (data69["max-workers"] !== void 0) {
                  let data74 = data69["max-workers"];
                  if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)))) {
                    const err129 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/max-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/max-workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties["max-workers"].type, parentSchema: schema16.properties["worker-queues"].items.properties["max-workers"], data: data74 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                  if (typeof data74 == "number") {
                    if (data74 < 1 || isNaN(data74)) {
                      const err130 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/max-workers", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/max-workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties["max-workers"], data: data74 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  }
                }
                if (data69.concurrency !== void 0) {
                  let data75 = data69.concurrency;
                  if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)))) {
                    const err131 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/concurrency", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["worker-queues"].items.properties.concurrency.type, parentSchema: schema16.properties["worker-queues"].items.properties.concurrency, data: data75 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                  if (typeof data75 == "number") {
                    if (data75 < 1 || isNaN(data75)) {
                      const err132 = { instancePath: instancePath + "/previews/worker-queues/" + i4 + "/concurrency", schemaPath: "#/definitions/previews/properties/worker-queues/items/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties["worker-queues"].items.properties.concurrency, data: data75 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/previews/worker-queues/" + i4, schemaPath: "#/definitions/previews/properties/worker-queues/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties["worker-queues"].items.type, parentSchema: schema16.properties["worker-queues"].items, data: data69 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
          } else {
            const err134 = { instancePath: instancePath + "/previews/worker-queues", schemaPath: "#/definitions/previews/properties/worker-queues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties["worker-queues"].type, parentSchema: schema16.properties["worker-queues"], data: data68 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data57.ttl !== void 0) {
          let data76 = data57.ttl;
          if (typeof data76 === "string") {
            if (!pattern5.test(data76)) {
              const err135 = { instancePath: instancePath + "/previews/ttl", schemaPath: "#/definitions/previews/properties/ttl/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[mhdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[mhdw]$"', schema: "^[1-9][0-9]{0,5}[mhdw]$", parentSchema: schema16.properties.ttl, data: data76 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          } else {
            const err136 = { instancePath: instancePath + "/previews/ttl", schemaPath: "#/definitions/previews/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.ttl.type, parentSchema: schema16.properties.ttl, data: data76 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        if (data57.max !== void 0) {
          let data77 = data57.max;
          if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
            const err137 = { instancePath: instancePath + "/previews/max", schemaPath: "#/definitions/previews/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.max.type, parentSchema: schema16.properties.max, data: data77 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          if (typeof data77 == "number") {
            if (data77 < 1 || isNaN(data77)) {
              const err138 = { instancePath: instancePath + "/previews/max", schemaPath: "#/definitions/previews/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties.max, data: data77 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          }
        }
        if (data57.forks !== void 0) {
          let data78 = data57.forks;
          if (typeof data78 !== "boolean") {
            const err139 = { instancePath: instancePath + "/previews/forks", schemaPath: "#/definitions/previews/properties/forks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.forks.type, parentSchema: schema16.properties.forks, data: data78 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data57["airflow-settings"] !== void 0) {
          let data79 = data57["airflow-settings"];
          if (typeof data79 === "string") {
            if (func2(data79) < 1) {
              const err140 = { instancePath: instancePath + "/previews/airflow-settings", schemaPath: "#/definitions/previews/properties/airflow-settings/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties["airflow-settings"], data: data79 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          } else {
            const err141 = { instancePath: instancePath + "/previews/airflow-settings", schemaPath: "#/definitions/previews/properties/airflow-settings/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["airflow-settings"].type, parentSchema: schema16.properties["airflow-settings"], data: data79 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data57["copy-from-template"] !== void 0) {
          let data80 = data57["copy-from-template"];
          if (typeof data80 !== "boolean") {
            const err142 = { instancePath: instancePath + "/previews/copy-from-template", schemaPath: "#/definitions/previews/properties/copy-from-template/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties["copy-from-template"].type, parentSchema: schema16.properties["copy-from-template"], data: data80 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/previews", schemaPath: "#/definitions/previews/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data57 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
  } else {
    const err144 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err144];
    } else {
      vErrors.push(err144);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

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
    if (isMissing(abs)) {
      throw new ConfigurationError(`config file not found`, {
        file: displayPath,
        fix: "check the path given to --config / the `config` input, or remove it to use the defaults"
      });
    }
    source = await readNonRepositoryYamlFile(abs, displayPath, { refuseMergeKeys: true });
  } else if (hasEntry(resolve(repoRoot, DEFAULT_CONFIG_FILE))) {
    displayPath = DEFAULT_CONFIG_FILE;
    source = await readYamlFile(resolve(repoRoot, DEFAULT_CONFIG_FILE), displayPath, { refuseMergeKeys: true, repoRoot });
  }
  let raw = {};
  if (source) {
    if (source.value === null || source.value === void 0) raw = {};
    else {
      validateYamlAgainstSchema(source, validateConfig, `correct these settings; the allowed ones and their values are documented in ${CONFIG_SCHEMA_URL}`);
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
    checkLines[id] = source?.lineOf([...at, "checks", id], { key: true });
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
    return parseByteSize(value, "validate.max-file-size", { example: "max-file-size: 10MB", max: MAX_FILE_SIZE_CEILING });
  } catch (error) {
    throw new ConfigurationError(error.message, { file: source?.file, line: source?.lineOf(at), fix: `e.g. max-file-size: 10MB (see ${CONFIG_SCHEMA_URL})` });
  }
}
function resolveInsideRepo(repoRoot, userPath, source, at) {
  const abs = resolve(repoRoot, userPath);
  if (!isInside(repoRoot, abs)) {
    throw new ConfigurationError(outsideRepositoryWords(`path '${userPath}'`), {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "use a path relative to the repository root that stays inside it"
    });
  }
  if (isMissing(abs)) {
    throw new ConfigurationError(`project folder '${userPath}' does not exist`, {
      file: source?.file,
      line: at && source ? source.lineOf(at) : void 0,
      fix: "point it at the folder holding the Astro project's Dockerfile and dags/"
    });
  }
  return abs;
}
function isMissing(path) {
  try {
    statSync(path);
    return false;
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return true;
    throw error;
  }
}
function hasEntry(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function toPosix(path) {
  return path.split(sep).join("/");
}

export {
  require_ucs2length,
  DEFAULT_CONFIG_FILE,
  CONFIG_SCHEMA_URL,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  resolveInsideRepo,
  toPosix
};
