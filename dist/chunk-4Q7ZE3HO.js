import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  listRepositoryPreviews,
  previewSettingsByProject,
  previewStaleness
} from "./chunk-CW4WT4S4.js";
import {
  createAirflowApiClient,
  hasEnvironmentReference,
  parseConnectionUri,
  unescapeReferences
} from "./chunk-SXO5J5YP.js";
import {
  deployedBundleIdentity,
  inferDeployType,
  newestFinalizedDeploy
} from "./chunk-BRHAODYH.js";
import {
  AstroApiAnswerError,
  AstroApiError,
  branchMatches,
  createAstroClient,
  parseDeploymentTargets,
  realHttpDeps
} from "./chunk-ZMYJGVFG.js";
import {
  parseDockerfile
} from "./chunk-WXL4IICE.js";
import {
  decodeAirflowSettings,
  parseAirflowSettings
} from "./chunk-O6EDDLIN.js";
import {
  loadConfig,
  require_ucs2length
} from "./chunk-GJ3TJRWF.js";
import {
  readYamlFile,
  require_dist,
  validateYamlAgainstSchema
} from "./chunk-Y3LO47RV.js";
import {
  outsideRepositoryWords,
  readUserTextSync,
  refuseSymlinkOutsideRepository
} from "./chunk-X6UGG6GR.js";
import {
  nearestName
} from "./chunk-TGOMF2GA.js";
import {
  escapeControlCharacters,
  escapeMarkdownTableCell,
  markdownCode,
  markdownLink,
  markdownTable
} from "./chunk-ZA6WYVD2.js";
import {
  makeDirectory
} from "./chunk-DW2KAGUK.js";
import {
  ConfigurationError,
  ServiceError,
  isInside
} from "./chunk-MOGDTFFA.js";
import {
  __toESM
} from "./chunk-YO2X36I4.js";

// src/commands/drift.ts
import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/drift/deployment-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/drift/deployment-file-validator.generated.ts
var func3_module = __toESM(require_ucs2length(), 1);
var runtimeExport = (module, name) => {
  const found = name === "default" ? typeof module.default === "function" ? module.default : module.default?.default : module[name] ?? module.default?.[name];
  if (typeof found !== "function") throw new Error(`Ajv's runtime helper ${name} is missing`);
  return found;
};
var validateDeploymentFile = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/astro-ci/astro-ci/blob/main/schema/deployment-file.schema.json", "title": "Astro Deployment file (the format of `astro deployment inspect` and `astro deployment create/update --deployment-file`)", "description": "Field names as the Astro CLI writes them (astronomer/astro-cli cloud/deployment/inspect/inspect.go). astro-ci drift declares only what a file contains: an absent field is not drift.", "type": "object", "additionalProperties": false, "required": ["deployment"], "properties": { "deployment": { "type": "object", "additionalProperties": false, "properties": { "configuration": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": ["string", "null"] }, "runtime_version": { "type": "string", "minLength": 1 }, "dag_deploy_enabled": { "type": "boolean" }, "ci_cd_enforcement": { "type": "boolean" }, "scheduler_size": { "type": "string", "minLength": 1 }, "is_high_availability": { "type": "boolean" }, "is_development_mode": { "type": "boolean" }, "executor": { "type": "string", "minLength": 1 }, "scheduler_au": { "type": "integer", "minimum": 0 }, "scheduler_count": { "type": "integer", "minimum": 0 }, "cluster_name": { "type": ["string", "null"] }, "workspace_name": { "type": ["string", "null"] }, "deployment_type": { "type": "string", "minLength": 1 }, "cloud_provider": { "type": ["string", "null"] }, "region": { "type": ["string", "null"] }, "default_task_pod_cpu": { "type": ["string", "number"] }, "default_task_pod_memory": { "type": "string" }, "resource_quota_cpu": { "type": ["string", "number"] }, "resource_quota_memory": { "type": "string" }, "default_worker_type": { "type": "string" }, "workload_identity": { "type": "string" } } }, "worker_queues": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "is_default": { "type": "boolean" }, "max_worker_count": { "type": "integer", "minimum": 0 }, "min_worker_count": { "type": "integer", "minimum": 0 }, "worker_concurrency": { "type": "integer", "minimum": 1 }, "worker_type": { "type": "string", "minLength": 1 }, "pod_cpu": { "type": ["string", "number"] }, "pod_ram": { "type": "string" } } } }, "environment_variables": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string", "minLength": 1 }, "value": { "type": ["string", "number", "boolean", "null"] }, "is_secret": { "type": "boolean" }, "updated_at": { "type": "string" } } } }, "alert_emails": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "hibernation_schedules": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["hibernate_at", "wake_at"], "properties": { "hibernate_at": { "type": "string", "minLength": 1 }, "wake_at": { "type": "string", "minLength": 1 }, "enabled": { "type": "boolean" }, "description": { "type": ["string", "null"] } } } }, "metadata": { "description": "Output only (astro deployment inspect); ignored.", "type": "object" } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtimeExport(func3_module, "default");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deployment === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployment" }, message: "must have required property 'deployment'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "deployment")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.deployment !== void 0) {
      let data0 = data.deployment;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "configuration" || key1 === "worker_queues" || key1 === "environment_variables" || key1 === "alert_emails" || key1 === "hibernation_schedules" || key1 === "metadata")) {
            const err2 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployment, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.configuration !== void 0) {
          let data1 = data0.configuration;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key2 in data1) {
              if (!func2.call(schema11.properties.deployment.properties.configuration.properties, key2)) {
                const err3 = { instancePath: instancePath + "/deployment/configuration", schemaPath: "#/properties/deployment/properties/configuration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployment.properties.configuration, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              let data2 = data1.name;
              if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                  const err4 = { instancePath: instancePath + "/deployment/configuration/name", schemaPath: "#/properties/deployment/properties/configuration/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.configuration.properties.name, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/deployment/configuration/name", schemaPath: "#/properties/deployment/properties/configuration/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.name.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.name, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.description !== void 0) {
              let data3 = data1.description;
              if (typeof data3 !== "string" && data3 !== null) {
                const err6 = { instancePath: instancePath + "/deployment/configuration/description", schemaPath: "#/properties/deployment/properties/configuration/properties/description/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.description.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.configuration.properties.description.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.description, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.runtime_version !== void 0) {
              let data4 = data1.runtime_version;
              if (typeof data4 === "string") {
                if (func3(data4) < 1) {
                  const err7 = { instancePath: instancePath + "/deployment/configuration/runtime_version", schemaPath: "#/properties/deployment/properties/configuration/properties/runtime_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.configuration.properties.runtime_version, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/deployment/configuration/runtime_version", schemaPath: "#/properties/deployment/properties/configuration/properties/runtime_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.runtime_version.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.runtime_version, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.dag_deploy_enabled !== void 0) {
              let data5 = data1.dag_deploy_enabled;
              if (typeof data5 !== "boolean") {
                const err9 = { instancePath: instancePath + "/deployment/configuration/dag_deploy_enabled", schemaPath: "#/properties/deployment/properties/configuration/properties/dag_deploy_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.configuration.properties.dag_deploy_enabled.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.dag_deploy_enabled, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.ci_cd_enforcement !== void 0) {
              let data6 = data1.ci_cd_enforcement;
              if (typeof data6 !== "boolean") {
                const err10 = { instancePath: instancePath + "/deployment/configuration/ci_cd_enforcement", schemaPath: "#/properties/deployment/properties/configuration/properties/ci_cd_enforcement/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.configuration.properties.ci_cd_enforcement.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.ci_cd_enforcement, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.scheduler_size !== void 0) {
              let data7 = data1.scheduler_size;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err11 = { instancePath: instancePath + "/deployment/configuration/scheduler_size", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_size/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_size, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/deployment/configuration/scheduler_size", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_size/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.scheduler_size.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_size, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.is_high_availability !== void 0) {
              let data8 = data1.is_high_availability;
              if (typeof data8 !== "boolean") {
                const err13 = { instancePath: instancePath + "/deployment/configuration/is_high_availability", schemaPath: "#/properties/deployment/properties/configuration/properties/is_high_availability/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.configuration.properties.is_high_availability.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.is_high_availability, data: data8 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.is_development_mode !== void 0) {
              let data9 = data1.is_development_mode;
              if (typeof data9 !== "boolean") {
                const err14 = { instancePath: instancePath + "/deployment/configuration/is_development_mode", schemaPath: "#/properties/deployment/properties/configuration/properties/is_development_mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.configuration.properties.is_development_mode.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.is_development_mode, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.executor !== void 0) {
              let data10 = data1.executor;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err15 = { instancePath: instancePath + "/deployment/configuration/executor", schemaPath: "#/properties/deployment/properties/configuration/properties/executor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.configuration.properties.executor, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/deployment/configuration/executor", schemaPath: "#/properties/deployment/properties/configuration/properties/executor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.executor.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.executor, data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.scheduler_au !== void 0) {
              let data11 = data1.scheduler_au;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
                const err17 = { instancePath: instancePath + "/deployment/configuration/scheduler_au", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_au/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployment.properties.configuration.properties.scheduler_au.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_au, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data11 == "number") {
                if (data11 < 0 || isNaN(data11)) {
                  const err18 = { instancePath: instancePath + "/deployment/configuration/scheduler_au", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_au/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_au, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
            if (data1.scheduler_count !== void 0) {
              let data12 = data1.scheduler_count;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err19 = { instancePath: instancePath + "/deployment/configuration/scheduler_count", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployment.properties.configuration.properties.scheduler_count.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_count, data: data12 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err20 = { instancePath: instancePath + "/deployment/configuration/scheduler_count", schemaPath: "#/properties/deployment/properties/configuration/properties/scheduler_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.deployment.properties.configuration.properties.scheduler_count, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
            if (data1.cluster_name !== void 0) {
              let data13 = data1.cluster_name;
              if (typeof data13 !== "string" && data13 !== null) {
                const err21 = { instancePath: instancePath + "/deployment/configuration/cluster_name", schemaPath: "#/properties/deployment/properties/configuration/properties/cluster_name/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.cluster_name.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.configuration.properties.cluster_name.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.cluster_name, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.workspace_name !== void 0) {
              let data14 = data1.workspace_name;
              if (typeof data14 !== "string" && data14 !== null) {
                const err22 = { instancePath: instancePath + "/deployment/configuration/workspace_name", schemaPath: "#/properties/deployment/properties/configuration/properties/workspace_name/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.workspace_name.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.configuration.properties.workspace_name.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.workspace_name, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data1.deployment_type !== void 0) {
              let data15 = data1.deployment_type;
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err23 = { instancePath: instancePath + "/deployment/configuration/deployment_type", schemaPath: "#/properties/deployment/properties/configuration/properties/deployment_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.configuration.properties.deployment_type, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/deployment/configuration/deployment_type", schemaPath: "#/properties/deployment/properties/configuration/properties/deployment_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.deployment_type.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.deployment_type, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data1.cloud_provider !== void 0) {
              let data16 = data1.cloud_provider;
              if (typeof data16 !== "string" && data16 !== null) {
                const err25 = { instancePath: instancePath + "/deployment/configuration/cloud_provider", schemaPath: "#/properties/deployment/properties/configuration/properties/cloud_provider/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.cloud_provider.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.configuration.properties.cloud_provider.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.cloud_provider, data: data16 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data1.region !== void 0) {
              let data17 = data1.region;
              if (typeof data17 !== "string" && data17 !== null) {
                const err26 = { instancePath: instancePath + "/deployment/configuration/region", schemaPath: "#/properties/deployment/properties/configuration/properties/region/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.region.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.configuration.properties.region.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.region, data: data17 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data1.default_task_pod_cpu !== void 0) {
              let data18 = data1.default_task_pod_cpu;
              if (typeof data18 !== "string" && !(typeof data18 == "number")) {
                const err27 = { instancePath: instancePath + "/deployment/configuration/default_task_pod_cpu", schemaPath: "#/properties/deployment/properties/configuration/properties/default_task_pod_cpu/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.default_task_pod_cpu.type }, message: "must be string,number", schema: schema11.properties.deployment.properties.configuration.properties.default_task_pod_cpu.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.default_task_pod_cpu, data: data18 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data1.default_task_pod_memory !== void 0) {
              let data19 = data1.default_task_pod_memory;
              if (typeof data19 !== "string") {
                const err28 = { instancePath: instancePath + "/deployment/configuration/default_task_pod_memory", schemaPath: "#/properties/deployment/properties/configuration/properties/default_task_pod_memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.default_task_pod_memory.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.default_task_pod_memory, data: data19 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data1.resource_quota_cpu !== void 0) {
              let data20 = data1.resource_quota_cpu;
              if (typeof data20 !== "string" && !(typeof data20 == "number")) {
                const err29 = { instancePath: instancePath + "/deployment/configuration/resource_quota_cpu", schemaPath: "#/properties/deployment/properties/configuration/properties/resource_quota_cpu/type", keyword: "type", params: { type: schema11.properties.deployment.properties.configuration.properties.resource_quota_cpu.type }, message: "must be string,number", schema: schema11.properties.deployment.properties.configuration.properties.resource_quota_cpu.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.resource_quota_cpu, data: data20 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data1.resource_quota_memory !== void 0) {
              let data21 = data1.resource_quota_memory;
              if (typeof data21 !== "string") {
                const err30 = { instancePath: instancePath + "/deployment/configuration/resource_quota_memory", schemaPath: "#/properties/deployment/properties/configuration/properties/resource_quota_memory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.resource_quota_memory.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.resource_quota_memory, data: data21 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data1.default_worker_type !== void 0) {
              let data22 = data1.default_worker_type;
              if (typeof data22 !== "string") {
                const err31 = { instancePath: instancePath + "/deployment/configuration/default_worker_type", schemaPath: "#/properties/deployment/properties/configuration/properties/default_worker_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.default_worker_type.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.default_worker_type, data: data22 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data1.workload_identity !== void 0) {
              let data23 = data1.workload_identity;
              if (typeof data23 !== "string") {
                const err32 = { instancePath: instancePath + "/deployment/configuration/workload_identity", schemaPath: "#/properties/deployment/properties/configuration/properties/workload_identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.configuration.properties.workload_identity.type, parentSchema: schema11.properties.deployment.properties.configuration.properties.workload_identity, data: data23 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/deployment/configuration", schemaPath: "#/properties/deployment/properties/configuration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.properties.configuration.type, parentSchema: schema11.properties.deployment.properties.configuration, data: data1 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data0.worker_queues !== void 0) {
          let data24 = data0.worker_queues;
          if (Array.isArray(data24)) {
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data25 = data24[i0];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.name === void 0) {
                  const err34 = { instancePath: instancePath + "/deployment/worker_queues/" + i0, schemaPath: "#/properties/deployment/properties/worker_queues/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.deployment.properties.worker_queues.items.required, parentSchema: schema11.properties.deployment.properties.worker_queues.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                for (const key3 in data25) {
                  if (!(key3 === "name" || key3 === "is_default" || key3 === "max_worker_count" || key3 === "min_worker_count" || key3 === "worker_concurrency" || key3 === "worker_type" || key3 === "pod_cpu" || key3 === "pod_ram")) {
                    const err35 = { instancePath: instancePath + "/deployment/worker_queues/" + i0, schemaPath: "#/properties/deployment/properties/worker_queues/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployment.properties.worker_queues.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data25.name !== void 0) {
                  let data26 = data25.name;
                  if (typeof data26 === "string") {
                    if (func3(data26) < 1) {
                      const err36 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/name", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/name", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.worker_queues.items.properties.name.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.name, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data25.is_default !== void 0) {
                  let data27 = data25.is_default;
                  if (typeof data27 !== "boolean") {
                    const err38 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/is_default", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/is_default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.worker_queues.items.properties.is_default.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.is_default, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data25.max_worker_count !== void 0) {
                  let data28 = data25.max_worker_count;
                  if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                    const err39 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/max_worker_count", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/max_worker_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployment.properties.worker_queues.items.properties.max_worker_count.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.max_worker_count, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                  if (typeof data28 == "number") {
                    if (data28 < 0 || isNaN(data28)) {
                      const err40 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/max_worker_count", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/max_worker_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.max_worker_count, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                }
                if (data25.min_worker_count !== void 0) {
                  let data29 = data25.min_worker_count;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                    const err41 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/min_worker_count", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/min_worker_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployment.properties.worker_queues.items.properties.min_worker_count.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.min_worker_count, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number") {
                    if (data29 < 0 || isNaN(data29)) {
                      const err42 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/min_worker_count", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/min_worker_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.min_worker_count, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                }
                if (data25.worker_concurrency !== void 0) {
                  let data30 = data25.worker_concurrency;
                  if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                    const err43 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/worker_concurrency", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/worker_concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_concurrency.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_concurrency, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (typeof data30 == "number") {
                    if (data30 < 1 || isNaN(data30)) {
                      const err44 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/worker_concurrency", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/worker_concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_concurrency, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                }
                if (data25.worker_type !== void 0) {
                  let data31 = data25.worker_type;
                  if (typeof data31 === "string") {
                    if (func3(data31) < 1) {
                      const err45 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/worker_type", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/worker_type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_type, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/worker_type", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/worker_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_type.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.worker_type, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data25.pod_cpu !== void 0) {
                  let data32 = data25.pod_cpu;
                  if (typeof data32 !== "string" && !(typeof data32 == "number")) {
                    const err47 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/pod_cpu", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/pod_cpu/type", keyword: "type", params: { type: schema11.properties.deployment.properties.worker_queues.items.properties.pod_cpu.type }, message: "must be string,number", schema: schema11.properties.deployment.properties.worker_queues.items.properties.pod_cpu.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.pod_cpu, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data25.pod_ram !== void 0) {
                  let data33 = data25.pod_ram;
                  if (typeof data33 !== "string") {
                    const err48 = { instancePath: instancePath + "/deployment/worker_queues/" + i0 + "/pod_ram", schemaPath: "#/properties/deployment/properties/worker_queues/items/properties/pod_ram/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.worker_queues.items.properties.pod_ram.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items.properties.pod_ram, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/deployment/worker_queues/" + i0, schemaPath: "#/properties/deployment/properties/worker_queues/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.properties.worker_queues.items.type, parentSchema: schema11.properties.deployment.properties.worker_queues.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/deployment/worker_queues", schemaPath: "#/properties/deployment/properties/worker_queues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployment.properties.worker_queues.type, parentSchema: schema11.properties.deployment.properties.worker_queues, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data0.environment_variables !== void 0) {
          let data34 = data0.environment_variables;
          if (Array.isArray(data34)) {
            const len1 = data34.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data35 = data34[i1];
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.key === void 0) {
                  const err51 = { instancePath: instancePath + "/deployment/environment_variables/" + i1, schemaPath: "#/properties/deployment/properties/environment_variables/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.deployment.properties.environment_variables.items.required, parentSchema: schema11.properties.deployment.properties.environment_variables.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                for (const key4 in data35) {
                  if (!(key4 === "key" || key4 === "value" || key4 === "is_secret" || key4 === "updated_at")) {
                    const err52 = { instancePath: instancePath + "/deployment/environment_variables/" + i1, schemaPath: "#/properties/deployment/properties/environment_variables/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployment.properties.environment_variables.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data35.key !== void 0) {
                  let data36 = data35.key;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err53 = { instancePath: instancePath + "/deployment/environment_variables/" + i1 + "/key", schemaPath: "#/properties/deployment/properties/environment_variables/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.environment_variables.items.properties.key, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/deployment/environment_variables/" + i1 + "/key", schemaPath: "#/properties/deployment/properties/environment_variables/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.environment_variables.items.properties.key.type, parentSchema: schema11.properties.deployment.properties.environment_variables.items.properties.key, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data35.value !== void 0) {
                  let data37 = data35.value;
                  if (typeof data37 !== "string" && !(typeof data37 == "number") && typeof data37 !== "boolean" && data37 !== null) {
                    const err55 = { instancePath: instancePath + "/deployment/environment_variables/" + i1 + "/value", schemaPath: "#/properties/deployment/properties/environment_variables/items/properties/value/type", keyword: "type", params: { type: schema11.properties.deployment.properties.environment_variables.items.properties.value.type }, message: "must be string,number,boolean,null", schema: schema11.properties.deployment.properties.environment_variables.items.properties.value.type, parentSchema: schema11.properties.deployment.properties.environment_variables.items.properties.value, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data35.is_secret !== void 0) {
                  let data38 = data35.is_secret;
                  if (typeof data38 !== "boolean") {
                    const err56 = { instancePath: instancePath + "/deployment/environment_variables/" + i1 + "/is_secret", schemaPath: "#/properties/deployment/properties/environment_variables/items/properties/is_secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.environment_variables.items.properties.is_secret.type, parentSchema: schema11.properties.deployment.properties.environment_variables.items.properties.is_secret, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data35.updated_at !== void 0) {
                  let data39 = data35.updated_at;
                  if (typeof data39 !== "string") {
                    const err57 = { instancePath: instancePath + "/deployment/environment_variables/" + i1 + "/updated_at", schemaPath: "#/properties/deployment/properties/environment_variables/items/properties/updated_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.environment_variables.items.properties.updated_at.type, parentSchema: schema11.properties.deployment.properties.environment_variables.items.properties.updated_at, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/deployment/environment_variables/" + i1, schemaPath: "#/properties/deployment/properties/environment_variables/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.properties.environment_variables.items.type, parentSchema: schema11.properties.deployment.properties.environment_variables.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/deployment/environment_variables", schemaPath: "#/properties/deployment/properties/environment_variables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployment.properties.environment_variables.type, parentSchema: schema11.properties.deployment.properties.environment_variables, data: data34 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data0.alert_emails !== void 0) {
          let data40 = data0.alert_emails;
          if (Array.isArray(data40)) {
            const len2 = data40.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data41 = data40[i2];
              if (typeof data41 === "string") {
                if (func3(data41) < 1) {
                  const err60 = { instancePath: instancePath + "/deployment/alert_emails/" + i2, schemaPath: "#/properties/deployment/properties/alert_emails/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.alert_emails.items, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/deployment/alert_emails/" + i2, schemaPath: "#/properties/deployment/properties/alert_emails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.alert_emails.items.type, parentSchema: schema11.properties.deployment.properties.alert_emails.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/deployment/alert_emails", schemaPath: "#/properties/deployment/properties/alert_emails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployment.properties.alert_emails.type, parentSchema: schema11.properties.deployment.properties.alert_emails, data: data40 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data0.hibernation_schedules !== void 0) {
          let data42 = data0.hibernation_schedules;
          if (Array.isArray(data42)) {
            const len3 = data42.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data43 = data42[i3];
              if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                if (data43.hibernate_at === void 0) {
                  const err63 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3, schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/required", keyword: "required", params: { missingProperty: "hibernate_at" }, message: "must have required property 'hibernate_at'", schema: schema11.properties.deployment.properties.hibernation_schedules.items.required, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data43.wake_at === void 0) {
                  const err64 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3, schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/required", keyword: "required", params: { missingProperty: "wake_at" }, message: "must have required property 'wake_at'", schema: schema11.properties.deployment.properties.hibernation_schedules.items.required, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                for (const key5 in data43) {
                  if (!(key5 === "hibernate_at" || key5 === "wake_at" || key5 === "enabled" || key5 === "description")) {
                    const err65 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3, schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data43.hibernate_at !== void 0) {
                  let data44 = data43.hibernate_at;
                  if (typeof data44 === "string") {
                    if (func3(data44) < 1) {
                      const err66 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/hibernate_at", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/hibernate_at/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.hibernate_at, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/hibernate_at", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/hibernate_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.hibernate_at.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.hibernate_at, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data43.wake_at !== void 0) {
                  let data45 = data43.wake_at;
                  if (typeof data45 === "string") {
                    if (func3(data45) < 1) {
                      const err68 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/wake_at", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/wake_at/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.wake_at, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/wake_at", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/wake_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.wake_at.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.wake_at, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data43.enabled !== void 0) {
                  let data46 = data43.enabled;
                  if (typeof data46 !== "boolean") {
                    const err70 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/enabled", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.enabled.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.enabled, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data43.description !== void 0) {
                  let data47 = data43.description;
                  if (typeof data47 !== "string" && data47 !== null) {
                    const err71 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3 + "/description", schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/properties/description/type", keyword: "type", params: { type: schema11.properties.deployment.properties.hibernation_schedules.items.properties.description.type }, message: "must be string,null", schema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.description.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items.properties.description, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/deployment/hibernation_schedules/" + i3, schemaPath: "#/properties/deployment/properties/hibernation_schedules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.properties.hibernation_schedules.items.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/deployment/hibernation_schedules", schemaPath: "#/properties/deployment/properties/hibernation_schedules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.deployment.properties.hibernation_schedules.type, parentSchema: schema11.properties.deployment.properties.hibernation_schedules, data: data42 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data0.metadata !== void 0) {
          let data48 = data0.metadata;
          if (!(data48 && typeof data48 == "object" && !Array.isArray(data48))) {
            const err74 = { instancePath: instancePath + "/deployment/metadata", schemaPath: "#/properties/deployment/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.properties.metadata.type, parentSchema: schema11.properties.deployment.properties.metadata, data: data48 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/deployment", schemaPath: "#/properties/deployment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.deployment.type, parentSchema: schema11.properties.deployment, data: data0 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
  } else {
    const err76 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err76];
    } else {
      vErrors.push(err76);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/drift/deployment-file.ts
async function readDeploymentFile(absPath, displayPath, repoRoot) {
  const source = await readYamlFile(absPath, displayPath, { repoRoot });
  validateYamlAgainstSchema(source, validateDeploymentFile, "use the field names `astro deployment inspect --template` writes (see schema/deployment-file.schema.json)");
  const document = source.value;
  (document.deployment?.environment_variables ?? []).forEach((variable, index) => {
    if (typeof variable.value !== "number" && typeof variable.value !== "boolean") return;
    variable.value = source.plainScalarText(["deployment", "environment_variables", index, "value"]) ?? String(variable.value);
  });
  refuseDuplicates(source, "worker_queues", "name", (document.deployment?.worker_queues ?? []).map((q) => String(q.name)));
  refuseDuplicates(source, "environment_variables", "key", (document.deployment?.environment_variables ?? []).map((v) => v.key));
  return { file: displayPath, document, lineOf: source.lineOf };
}
function refuseDuplicates(source, list, key, values) {
  const first = /* @__PURE__ */ new Map();
  values.forEach((value, index) => {
    const before = first.get(value);
    if (before === void 0) return void first.set(value, index);
    const line = (i) => source.lineOf(["deployment", list, i, key]);
    throw new ConfigurationError(`\`${list}\` declares ${key} \`${value}\` twice (lines ${line(before) ?? "?"} and ${line(index) ?? "?"})`, {
      file: source.file,
      line: line(index),
      fix: `keep one entry per ${key}: the list declares the whole set the Deployment should have`
    });
  });
}
var CONFIGURATION_FIELDS = {
  name: (d) => d.name,
  description: (d) => d.description ?? "",
  runtime_version: (d) => d.astroRuntimeVersion,
  dag_deploy_enabled: (d) => d.isDagDeployEnabled,
  ci_cd_enforcement: (d) => d.isCicdEnforced ?? false,
  scheduler_size: (d) => d.schedulerSize,
  is_high_availability: (d) => d.isHighAvailability ?? false,
  is_development_mode: (d) => d.isDevelopmentMode ?? false,
  executor: (d) => d.executor,
  scheduler_au: (d) => d.schedulerAu,
  scheduler_count: (d) => d.schedulerReplicas,
  cluster_name: (d) => d.clusterName ?? "",
  workspace_name: (d) => d.workspaceName ?? "",
  deployment_type: (d) => d.type,
  cloud_provider: (d) => d.cloudProvider ?? "",
  region: (d) => d.region ?? "",
  default_task_pod_cpu: (d) => d.defaultTaskPodCpu,
  default_task_pod_memory: (d) => d.defaultTaskPodMemory,
  resource_quota_cpu: (d) => d.resourceQuotaCpu,
  resource_quota_memory: (d) => d.resourceQuotaMemory,
  workload_identity: (d) => d.effectiveWorkloadIdentity
};
var WORKER_QUEUE_FIELDS = {
  is_default: "isDefault",
  max_worker_count: "maxWorkerCount",
  min_worker_count: "minWorkerCount",
  worker_concurrency: "workerConcurrency",
  worker_type: "astroMachine",
  pod_cpu: "podCpu",
  pod_ram: "podMemory"
};
function normalizeValue(field, value) {
  if (value === null || value === void 0 || value === "") return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = String(value).trim();
  if (field === "executor") text = text.replace(/executor$/i, "");
  if (["executor", "scheduler_size", "deployment_type", "cloud_provider", "worker_type"].includes(field)) return text.toUpperCase();
  if (/^-?\d+(\.\d+)?$/.test(text)) return String(Number(text));
  return text;
}
function liveHibernationSchedules(d) {
  return (d.scalingSpec?.hibernationSpec?.schedules ?? []).map((s) => ({ hibernate_at: s.hibernateAtCron, wake_at: s.wakeAtCron, enabled: s.isEnabled, ...s.description ? { description: s.description } : {} }));
}
function deploymentToFile(d) {
  const configuration = {};
  for (const [field, read] of Object.entries(CONFIGURATION_FIELDS)) {
    if (field === "name") continue;
    const value = read(d);
    if (value === void 0 || value === null || value === "") continue;
    configuration[field] = value;
  }
  const queues = (d.workerQueues ?? []).map((q) => {
    const out = { name: String(q.name) };
    for (const [field, apiField] of Object.entries(WORKER_QUEUE_FIELDS)) {
      const value = q[apiField];
      if (value !== void 0 && value !== null && value !== "") out[field] = value;
    }
    return out;
  });
  const doc = { deployment: { configuration } };
  if (queues.length) doc.deployment.worker_queues = queues;
  doc.deployment.environment_variables = (d.environmentVariables ?? []).map((v) => v.isSecret ? { key: v.key, is_secret: true } : { key: v.key, value: v.value ?? "", is_secret: false });
  if (d.contactEmails?.length) doc.deployment.alert_emails = [...d.contactEmails];
  const schedules = liveHibernationSchedules(d);
  if (schedules.length) doc.deployment.hibernation_schedules = schedules;
  return doc;
}
function formatDeploymentFile(doc, origin) {
  return `# Exported by astro-ci drift --write-file from ${origin}.
# Secret environment variables are listed by key only: their values cannot be read back from Astro.
${(0, import_yaml.stringify)(doc, { lineWidth: 0 })}`;
}

// src/drift/compare.ts
var display = (value) => value === void 0 || value === "" ? null : typeof value === "object" ? JSON.stringify(value) : value;
var LIVE_NOT_SHOWN = "(not shown)";
var DIFFERS = "differs on the Deployment";
var hidden = (value) => display(value) === null ? null : LIVE_NOT_SHOWN;
function compareRuntime(declared, live) {
  if (!declared || declared.version === live.astroRuntimeVersion) return [];
  return [{ kind: "runtime", field: "astroRuntimeVersion", declared: declared.version, live: hidden(live.astroRuntimeVersion), detail: "the Dockerfile's runtime is not the one the Deployment runs (an image deploy is due, or the Deployment was changed elsewhere)", source: { file: declared.file, line: declared.line } }];
}
function compareDeploymentFile(file, live) {
  const items = [];
  const doc = file.document.deployment ?? {};
  const at = (path) => ({ file: file.file, line: file.lineOf(["deployment", ...path]) });
  for (const [field, value] of Object.entries(doc.configuration ?? {})) {
    const read = CONFIGURATION_FIELDS[field];
    if (!read) continue;
    const liveValue = read(live);
    if (normalizeValue(field, value) !== normalizeValue(field, liveValue)) {
      items.push({ kind: "configuration", field, declared: display(value), live: hidden(liveValue), detail: DIFFERS, source: at(["configuration", field]) });
    }
  }
  if (doc.worker_queues) {
    const liveQueues = new Map((live.workerQueues ?? []).map((q) => [String(q.name), q]));
    doc.worker_queues.forEach((queue, index) => {
      const name = String(queue.name);
      const liveQueue = liveQueues.get(name);
      liveQueues.delete(name);
      if (!liveQueue) {
        items.push({ kind: "worker-queue", field: name, declared: name, live: null, detail: "missing", source: at(["worker_queues", index]) });
        return;
      }
      for (const [field, value] of Object.entries(queue)) {
        const apiField = WORKER_QUEUE_FIELDS[field];
        if (!apiField) continue;
        if (normalizeValue(field, value) !== normalizeValue(field, liveQueue[apiField])) {
          items.push({ kind: "worker-queue", field: `${name}.${field}`, declared: display(value), live: hidden(liveQueue[apiField]), detail: DIFFERS, source: at(["worker_queues", index, field]) });
        }
      }
    });
    for (const name of liveQueues.keys()) items.push({ kind: "worker-queue", field: name, declared: null, live: LIVE_NOT_SHOWN, detail: "unexpected", source: at(["worker_queues"]) });
  }
  if (doc.environment_variables) {
    const liveVars = new Map((live.environmentVariables ?? []).map((v) => [v.key, v]));
    doc.environment_variables.forEach((variable, index) => {
      const declaredSecret = variable.is_secret === true;
      const liveVar = liveVars.get(variable.key);
      liveVars.delete(variable.key);
      const source = at(["environment_variables", index]);
      if (!liveVar) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "(secret)" : display(variable.value ?? ""), live: null, detail: "missing", source });
        return;
      }
      if (declaredSecret !== liveVar.isSecret) {
        items.push({ kind: "environment-variable", field: variable.key, declared: declaredSecret ? "secret" : "not secret", live: liveVar.isSecret ? "secret" : "not secret", detail: "secret-ness differs", source });
        return;
      }
      if (!declaredSecret && variable.value !== void 0 && String(variable.value ?? "") !== (liveVar.value ?? "")) {
        items.push({ kind: "environment-variable", field: variable.key, declared: display(String(variable.value ?? "")), live: hidden(liveVar.value), detail: DIFFERS, source });
      }
    });
    for (const key of liveVars.keys()) items.push({ kind: "environment-variable", field: key, declared: null, live: LIVE_NOT_SHOWN, detail: "unexpected", source: at(["environment_variables"]) });
  }
  if (doc.alert_emails) {
    const declared = [...new Set(doc.alert_emails.map((e) => e.toLowerCase()))].sort();
    const liveEmails = [...new Set((live.contactEmails ?? []).map((e) => e.toLowerCase()))].sort();
    if (declared.join(",") !== liveEmails.join(",")) items.push({ kind: "configuration", field: "alert_emails", declared: declared.join(", ") || null, live: hidden(liveEmails.join(", ")), detail: DIFFERS, source: at(["alert_emails"]) });
  }
  if (doc.hibernation_schedules) {
    const key = (s) => `${s.hibernate_at.trim()} \u2192 ${s.wake_at.trim()}${s.enabled === false ? " (disabled)" : ""}`;
    const declared = doc.hibernation_schedules.map(key).sort();
    const liveSchedules = liveHibernationSchedules(live).map(key).sort();
    if (declared.join("; ") !== liveSchedules.join("; ")) items.push({ kind: "configuration", field: "hibernation_schedules", declared: declared.join("; ") || null, live: hidden(liveSchedules.join("; ")), detail: DIFFERS, source: at(["hibernation_schedules"]) });
  }
  return items;
}
function uriDeclaration(uri, file, line) {
  const placeholder = (index) => `astrociref${index}x`;
  let count = 0;
  const text = uri.replace(/\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, escape, name) => escape ? `\${${name}}` : placeholder(count++));
  let parts;
  try {
    parts = parseConnectionUri(text, file, line);
  } catch (error) {
    if (count) return { hasPassword: false, fromEnvironment: [], unknown: true };
    throw error;
  }
  const fromEnvironment = [];
  const read = (field, value) => {
    if (typeof value === "string" && /astrociref\d+x/.test(value)) {
      fromEnvironment.push(field);
      return void 0;
    }
    return value;
  };
  const type = read("conn_type", parts.type);
  const login = read("login", parts.login);
  const host = read("host", parts.host);
  const schema = read("schema", parts.schema);
  return { type, login, host, schema, port: parts.port, hasPassword: Boolean(parts.password), fromEnvironment };
}
function compareAirflowSettings(settings, objects, pools, notes = []) {
  const items = [];
  const fromEnvironment = [];
  const source = (line) => ({ file: settings.file, line });
  const connections = new Map(objects.filter((o) => o.objectType === "CONNECTION").map((o) => [o.objectKey, o]));
  for (const c of settings.connections) {
    const live = connections.get(c.connId);
    if (!live) {
      items.push({ kind: "connection", field: c.connId, declared: c.connId, live: null, detail: "missing", source: source(c.line) });
      continue;
    }
    const uri = c.fromUri;
    if (uri?.unknown) {
      fromEnvironment.push(`${c.connId}.conn_uri`);
      continue;
    }
    for (const field of uri?.fromEnvironment ?? []) fromEnvironment.push(`${c.connId}.${field}`);
    const pairs = [
      ["conn_type", uri ? uri.type : c.connType, live.connection?.type],
      ["host", uri ? uri.host : c.host, live.connection?.host],
      ["login", uri ? uri.login : c.login, live.connection?.login],
      ["schema", uri ? uri.schema : c.schema, live.connection?.schema],
      ["port", uri ? uri.port : c.port, live.connection?.port]
    ];
    for (const [field, declared, liveValue] of pairs) {
      if (uri?.fromEnvironment.includes(field)) continue;
      if (!uri && c.uri && declared === void 0) continue;
      if (typeof declared === "string" && hasEnvironmentReference(declared)) {
        fromEnvironment.push(`${c.connId}.${field}`);
        continue;
      }
      const written = typeof declared === "string" ? unescapeReferences(declared) : declared;
      if (normalizeValue(field, written) !== normalizeValue(field, liveValue)) {
        items.push({ kind: "connection", field: `${c.connId}.${field}`, declared: display(written), live: hidden(liveValue), detail: DIFFERS, source: source(c.line) });
      }
    }
    const liveHasPassword = (live.setFields ?? []).some((f) => f === "password" || f === "connection.password");
    const hasPassword = uri ? uri.hasPassword : c.hasPassword;
    if (hasPassword !== liveHasPassword) items.push({ kind: "connection", field: `${c.connId}.password`, declared: hasPassword ? "set" : "not set", live: liveHasPassword ? "set" : "not set", detail: "secret-ness differs", source: source(c.line) });
  }
  if (fromEnvironment.length) notes.push(`not compared: ${fromEnvironment.join(", ")} in ${settings.file} (written as \${NAME}, a value of the environment of the job that applies the file)`);
  const variables = new Set(objects.filter((o) => o.objectType === "AIRFLOW_VARIABLE").map((o) => o.objectKey));
  for (const v of settings.variables) {
    if (!variables.has(v.name)) items.push({ kind: "variable", field: v.name, declared: v.name, live: null, detail: "missing", source: source(v.line) });
  }
  if (pools) {
    const livePools = new Map(pools.map((p) => [p.name, p]));
    for (const p of settings.pools) {
      const live = livePools.get(p.name);
      if (!live) {
        items.push({ kind: "pool", field: p.name, declared: p.slots, live: null, detail: "missing", source: source(p.line) });
        continue;
      }
      if (live.slots !== p.slots) items.push({ kind: "pool", field: `${p.name}.slots`, declared: p.slots, live: hidden(live.slots), detail: DIFFERS, source: source(p.line) });
      const liveDescription = (live.description ?? "").replace(/ ?\(managed by astro-ci\)$/, "");
      if (p.description !== void 0 && (p.description ?? "") !== liveDescription) {
        items.push({ kind: "pool", field: `${p.name}.description`, declared: display(p.description), live: hidden(live.description), detail: DIFFERS, source: source(p.line) });
      }
    }
  }
  return items;
}

// src/commands/drift.ts
var FULL_COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function driftExitCode(report) {
  if (report.drifted) return 1;
  return report.deployments.some((d) => d.unreadable) ? 2 : 0;
}
async function runDrift(options) {
  const token = options.env.ASTRO_API_TOKEN;
  if (!token) throw new ConfigurationError("ASTRO_API_TOKEN is not set", { fix: "pass a Workspace or Organization API token (read access is enough) as the ASTRO_API_TOKEN secret" });
  const config = await loadConfig({ repoRoot: options.repoRoot, configPath: options.configPath });
  let targets = parseDeploymentTargets(config.source);
  if (options.deployment) {
    const names = [...new Set(targets.flatMap((t) => [t.name, t.deploymentName, t.deploymentId]).filter((n) => typeof n === "string"))];
    targets = targets.filter((t) => [t.name, t.deploymentName, t.deploymentId].includes(options.deployment));
    if (!targets.length) {
      const nearest = nearestName(options.deployment, names);
      throw new ConfigurationError(`no deployments entry is named '${options.deployment}'${nearest ? `: did you mean '${nearest}'?` : ""}`, {
        file: config.file,
        fix: `use an entry's name:, deployment-name or deployment-id${names.length ? ` (${names.join(", ")})` : ""}`
      });
    }
  }
  if (!targets.length) {
    throw config.file ? new ConfigurationError(`${config.file} declares no deployments: nothing to compare`, { file: config.file, fix: "add a deployments: section (see the README's drift recipe)" }) : new ConfigurationError(`there is no astro-ci.yaml at the repository root (${options.repoRoot}): no deployments to compare`, { fix: "create astro-ci.yaml with a deployments: section (see the README's drift recipe), or pass --config FILE" });
  }
  const declarations = await Promise.all(targets.map((t) => readDeclarations(t, options, config.file)));
  const client = createAstroClient({ token, baseUrl: options.env.ASTRO_API_URL, organizationId: options.env.ASTRO_ORGANIZATION_ID, logger: options.logger, deps: options.http });
  const runtime = readRuntime(options.projectRoot, options.repoRoot);
  const projectPath = relative(options.repoRoot, options.projectRoot).split(sep).join("/");
  const state = await options.git.headState();
  if (state.kind === "unborn") {
    throw new ConfigurationError(`the repository has no commit yet${state.branch ? ` (branch ${state.branch} is unborn)` : ""}: drift compares live Deployments with what a commit holds`, { fix: "commit the project (git add, git commit), then check for drift" });
  }
  const head = state.sha;
  const currentBranch = await options.git.currentBranch();
  const deployments = [];
  for (const [index, target] of targets.entries()) {
    const declared = declarations[index];
    const result = { name: target.name, drift: [], notes: [] };
    deployments.push(result);
    const live = await findDeployment(client, target, config.file);
    if (!live) {
      result.drift.push({ kind: "missing-deployment", field: target.deploymentId ?? target.deploymentName ?? target.name, declared: target.deploymentId ?? target.deploymentName ?? null, live: null, detail: "no such Deployment is visible to this token", source: { file: config.file ?? "astro-ci.yaml", line: target.line } });
      continue;
    }
    result.id = live.id;
    result.url = live.webServerUrl ? live.webServerUrl.startsWith("http") ? live.webServerUrl : `https://${live.webServerUrl}` : void 0;
    result.drift.push(...compareRuntime(runtime, live));
    await compareCommits(result, { target, live, client, git: options.git, head, currentBranch, projectPath });
    if (declared.deploymentFile) result.drift.push(...compareDeploymentFile(declared.deploymentFile, live));
    if (declared.settings) {
      const objects = await client.listEnvironmentObjects({ deploymentId: live.id });
      const pools = await readPools(live, token, options, result);
      result.drift.push(...compareAirflowSettings(declared.settings, objects, pools, result.notes));
    }
    if (options.writeFileDir) await writeDeploymentFile(options.writeFileDir, target, live, options.logger);
  }
  const stalePreviews = options.repository ? await findStalePreviews(client, config, options) : [];
  return { reportVersion: 1, deployments, stalePreviews, drifted: deployments.some((d) => d.drift.length > 0) || stalePreviews.length > 0 };
}
async function findStalePreviews(client, config, options) {
  const settingsByProject = previewSettingsByProject(config);
  const stale = [];
  for (const { deployment, owner } of await listRepositoryPreviews(client, config, settingsByProject, options.repository, { templateMayBeGone: true, notice: (message) => options.logger.warning(message) })) {
    const reason = await previewStaleness(client, deployment, owner, { ttlMs: settingsByProject.get(owner.project)?.ttlMs, isPullRequestOpen: options.isPullRequestOpen, now: options.now ?? Date.now });
    if (reason) stale.push({ name: deployment.name, id: deployment.id, pr: owner.pr, project: owner.project, reason });
  }
  return stale;
}
async function readDeclarations(target, options, configFile) {
  const inside = (base, path, what) => {
    const abs = resolve(base, path);
    const rel = relative(options.repoRoot, abs);
    if (isAbsolute(path) || !isInside(options.repoRoot, abs)) throw new ConfigurationError(outsideRepositoryWords(`${what} '${path}'`), { file: configFile, line: target.line, fix: "use a path inside the repository" });
    refuseSymlinkOutsideRepository(options.repoRoot, abs, `${what} '${path}'`, { file: configFile, line: target.line });
    return { abs, display: rel.split(sep).join("/") };
  };
  const missing = (what, path) => new ConfigurationError(`${what} '${path}' does not exist`, { file: configFile, line: target.line, fix: `create it (astro-ci drift --write-file DIR exports the live Deployment) or correct the path` });
  let file = target.deploymentFile ? inside(options.repoRoot, target.deploymentFile, "deployment-file") : void 0;
  if (file && !existsSync(file.abs)) {
    if (!options.writeFileDir) throw missing("deployment-file", target.deploymentFile);
    file = void 0;
  }
  const settings = target.airflowSettings ? inside(options.projectRoot, target.airflowSettings, "airflow-settings") : void 0;
  if (settings && !existsSync(settings.abs)) throw missing("airflow-settings", target.airflowSettings);
  return {
    deploymentFile: file ? await readDeploymentFile(file.abs, file.display, options.repoRoot) : void 0,
    settings: settings ? await declaredSettings(settings.abs, settings.display, options.repoRoot) : void 0
  };
}
async function declaredSettings(abs, display2, repoRoot) {
  const read = await parseAirflowSettings(abs, display2, repoRoot);
  const problem = read.problems.find((p) => p.severity === "warning");
  if (problem) throw new ConfigurationError(problem.message, { file: problem.file, line: problem.line, fix: problem.fix });
  const settings = read.settings;
  if (!settings.connections.some((c) => c.uri)) return settings;
  const uris = new Map((await decodeAirflowSettings(abs, display2, repoRoot)).connections.map((c) => [c.connId, c]));
  return {
    ...settings,
    connections: settings.connections.map((c) => {
      const decoded = uris.get(c.connId);
      const alone = decoded && !c.connType && !c.host && !c.schema && !c.login && !c.port && !c.hasPassword;
      return decoded?.uri && alone ? { ...c, fromUri: uriDeclaration(decoded.uri, display2, decoded.keyLines.conn_uri ?? c.line) } : c;
    })
  };
}
async function findDeployment(client, target, configFile) {
  if (target.deploymentId) {
    try {
      return await client.getDeployment(target.deploymentId);
    } catch (error) {
      if (error instanceof AstroApiError && error.status === 404) return void 0;
      throw error;
    }
  }
  const name = target.deploymentName;
  const found = (await client.listDeployments({ names: [name], workspaceIds: target.workspaceId ? [target.workspaceId] : void 0 })).filter((d) => d.name === name);
  if (found.length > 1) throw new ConfigurationError(`${found.length} Deployments are named '${name}'`, { file: configFile, line: target.line, fix: "add workspace-id to the entry, or use deployment-id" });
  return found[0];
}
function readRuntime(projectRoot, repoRoot) {
  const path = join(projectRoot, "Dockerfile");
  if (!existsSync(path)) return void 0;
  const display2 = relative(repoRoot, path).split(sep).join("/");
  try {
    const parsed = parseDockerfile(readUserTextSync(path, { repoRoot }), display2);
    return parsed.runtime ? { version: parsed.runtime.info.runtimeVersion, file: display2, line: parsed.runtime.line } : void 0;
  } catch (error) {
    if (error instanceof ConfigurationError) return void 0;
    throw error;
  }
}
async function compareCommits(result, ctx) {
  const { target, git } = ctx;
  const branch = target.branches.find((b) => ctx.currentBranch !== void 0 && (b === ctx.currentBranch || branchMatches(b, ctx.currentBranch)));
  let branchHead;
  let branchName;
  if (branch && ctx.currentBranch) {
    branchHead = ctx.head;
    branchName = ctx.currentBranch;
  } else {
    for (const b of target.branches.filter((name) => !/[*?]/.test(name))) {
      const sha = await git.revParse(`refs/remotes/origin/${b}`).catch(() => void 0);
      if (sha) {
        branchHead = sha;
        branchName = b;
        break;
      }
    }
  }
  if (!branchHead || !branchName) {
    result.notes.push(`commits not compared: none of ${target.branches.join(", ")} is checked out or fetched in this clone (actions/checkout with fetch-depth: 0 fetches every branch)`);
    return;
  }
  const deploys = await ctx.client.listDeploys(ctx.live.id);
  const latest = newestFinalizedDeploy(deploys);
  if (!latest) {
    result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: null, detail: "the Deployment has no finalized deploy" });
    return;
  }
  if (latest.type === "DAG_ONLY") await compareImage(deploys, branchHead, branchName, ctx, git, result);
  const recorded = latest.git?.commitSha ? latest.git.commitSha.toLowerCase() : void 0;
  const deployedSha = recorded !== void 0 && !FULL_COMMIT_ID.test(recorded) && recorded.length >= 7 && branchHead.startsWith(recorded) ? branchHead : recorded;
  if (deployedSha === void 0) {
    result.notes.push(`commits not compared: the live deploy ${latest.id} records no git commit (deployed without git metadata)`);
  } else if (!FULL_COMMIT_ID.test(deployedSha)) {
    result.notes.push(`commits not compared: the live deploy ${latest.id} records the commit ${JSON.stringify(deployedSha)}, not a full commit id (40 or 64 hex characters): its commit is unknown`);
  } else if (deployedSha !== branchHead) {
    if (!await git.hasCommit(deployedSha)) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: "the deployed commit is not in this clone's history (deployed from elsewhere, or a shallow clone: use fetch-depth: 0)" });
    } else if (await git.isAncestor(branchHead, deployedSha)) {
      result.drift.push({ kind: "undeployed-commits", field: branchName, declared: branchHead, live: deployedSha, detail: `the Deployment runs ${deployedSha.slice(0, 12)}, which is ahead of ${branchName}` });
    } else {
      const inferred = await inferDeployType({ git, projectPath: ctx.projectPath, from: deployedSha, to: branchHead });
      if (inferred.type !== "none") {
        const project = ctx.projectPath || ".";
        const commits = await git.commitsBetween(deployedSha, branchHead, [project, `:(exclude)${ctx.projectPath ? `${ctx.projectPath}/` : ""}tests`]);
        const onBranch = await git.isAncestor(deployedSha, branchHead);
        result.drift.push({
          kind: "undeployed-commits",
          field: branchName,
          declared: branchHead,
          live: deployedSha,
          detail: `${commits.length} commit${commits.length === 1 ? "" : "s"} not deployed (${inferred.type}${commits.length ? `; first ${commits[commits.length - 1]?.slice(0, 12)}, last ${commits[0]?.slice(0, 12)}` : ""})${onBranch ? "" : `; the deployed commit is not on ${branchName}`}`
        });
      }
    }
  }
  const bundle = deployedBundleIdentity(latest.description);
  if (bundle?.startsWith("sha256-")) {
    result.drift.push({ kind: "undeployed-commits", field: "dags-bundle", declared: null, live: bundle, detail: "the live DAGs were deployed from a work tree that no commit holds" });
  } else if (bundle?.startsWith("tree-") && deployedSha === branchHead) {
    const tree = await git.treeId(branchHead, ctx.projectPath ? `${ctx.projectPath}/dags` : "dags");
    if (tree && `tree-${tree}` !== bundle) result.drift.push({ kind: "undeployed-commits", field: "dags-bundle", declared: `tree-${tree}`, live: bundle, detail: "the live DAG bundle is not the one this commit holds" });
  }
}
async function compareImage(deploys, branchHead, branchName, ctx, git, result) {
  const image = newestFinalizedDeploy(deploys, (d) => d.type !== "DAG_ONLY");
  if (!image) {
    result.drift.push({ kind: "undeployed-commits", field: "image", declared: branchHead, live: null, detail: "no deploy built the project's image: the Deployment runs its runtime's image without the project's requirements.txt, packages.txt, include/ and plugins/ (deploy with an image)" });
    return;
  }
  const imageSha = image.git?.commitSha?.toLowerCase();
  if (imageSha === void 0 || !FULL_COMMIT_ID.test(imageSha) || imageSha === branchHead || !await git.hasCommit(imageSha)) return;
  const inferred = await inferDeployType({ git, projectPath: ctx.projectPath, from: branchHead, imageFrom: imageSha, to: branchHead });
  if (inferred.type === "image-and-dags") {
    result.drift.push({ kind: "undeployed-commits", field: "image", declared: branchHead, live: imageSha, detail: `the image was built from ${imageSha.slice(0, 12)} and ${branchName} changed it since: ${inferred.reason}` });
  }
}
async function readPools(live, token, options, result) {
  if (live.status === "HIBERNATING") {
    result.notes.push("pools not compared: the Deployment is hibernating (its Airflow API does not answer)");
    return void 0;
  }
  let where2 = live.webServerAirflowApiUrl ?? "(none)";
  try {
    const api = createAirflowApiClient({ deployment: live, token, logger: options.logger, deps: { ...realHttpDeps, ...options.http } });
    where2 = api.baseUrl;
    return await api.listPools();
  } catch (error) {
    if (!(error instanceof ServiceError || error instanceof ConfigurationError)) throw error;
    const why = error instanceof AstroApiAnswerError ? `HTTP ${error.status} and ${error.problem.replace(/the Astro API's|the API's/g, "the Airflow API's")}; the answer begins ${error.firstBytes}` : error instanceof ServiceError && error.status === 0 ? `no answer (${error.message})` : error instanceof ServiceError ? `HTTP ${error.status} (${error.message})` : error.message;
    result.unreadable = true;
    result.notes.push(
      `pools not compared: the Deployment's Airflow API (${where2}) could not be read: ${why}. Fix: check the Deployment's health in the Astro UI (one that is updating, scaling or unhealthy answers 503; a hibernating one is skipped) and that this runner reaches ${hostOf(where2)} (proxy, firewall, the Deployment's IP allowlist), then run drift again`
    );
    options.logger.warning(`${live.name}: its Airflow API (${where2}) could not be read (${why}): pools not compared`);
    return void 0;
  }
}
function hostOf(url) {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).host;
  } catch {
    return url;
  }
}
async function writeDeploymentFile(dir, target, live, logger) {
  await makeDirectory(dir);
  const safe = target.name.replace(/[^A-Za-z0-9._-]/g, "-");
  const path = join(dir, `${safe}.yaml`);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, formatDeploymentFile(deploymentToFile(live), `Deployment '${live.name}' (${live.id})`), "utf8");
  await rename(temp, path);
  logger.info(`wrote ${path}`);
}

// src/reports/drift-report.ts
var shown = (value) => value === null ? "\u2014" : String(value);
var where = (item) => item.source ? `${item.source.file}${item.source.line ? `:${item.source.line}` : ""}` : "";
function formatDriftText(report) {
  const out = [];
  for (const d of report.deployments) {
    out.push(escapeControlCharacters(`${d.name}${d.id ? ` (${d.id})` : ""}: ${d.drift.length ? `${d.drift.length} difference${d.drift.length === 1 ? "" : "s"}` : d.unreadable ? "not fully read (see the note)" : "no drift"}`));
    if (d.drift.length) {
      const rows = d.drift.map((i) => [i.kind, i.field, shown(i.declared), shown(i.live), i.detail ?? "", where(i)].map((c) => escapeControlCharacters(c.replace(/[\r\n\t]+/g, " "))));
      const headers = ["kind", "field", "declared", "live", "detail", "declared at"];
      const widths = headers.map((h, col) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[col].length))));
      const line = (cells) => "  " + cells.map((c, col) => c.padEnd(widths[col])).join("  ").trimEnd();
      out.push(line(headers), ...rows.map(line));
    }
    for (const note of d.notes) out.push(`  note: ${escapeControlCharacters(note)}`);
  }
  for (const p of report.stalePreviews) out.push(escapeControlCharacters(`stale preview ${p.name} (${p.id}, PR #${p.pr}): ${p.reason}`));
  out.push(overall(report));
  return out.join("\n") + "\n";
}
function overall(report) {
  if (report.drifted) return "drift found";
  return report.deployments.some((d) => d.unreadable) ? "no drift in what could be read; a Deployment could not be read" : "no drift";
}
function formatDeploymentDriftMarkdown(d) {
  const cell = (text) => escapeMarkdownTableCell(text);
  const value = (v) => v === null ? "\u2014" : markdownCode(String(v));
  const title = `### ${cell(d.name)}${markdownLink("Airflow UI", d.url) ? ` \u2014 ${markdownLink("Airflow UI", d.url)}` : ""}`;
  const body = d.drift.length ? markdownTable(["Kind", "Field", "Declared", "Live", "Detail", "Declared at"], d.drift.map((i) => [i.kind, markdownCode(i.field), value(i.declared), value(i.live), cell(i.detail ?? ""), cell(where(i))])) : d.unreadable ? "Not fully read: what could be read matches the repository (see the note)." : "No drift: the live Deployment matches the repository.";
  const notes = d.notes.map((n) => `- ${cell(n)}`).join("\n");
  return [title, "", body, notes ? `
${notes}` : ""].join("\n").trimEnd() + "\n";
}
function formatDriftMarkdown(report) {
  const cell = (text) => escapeMarkdownTableCell(text);
  const head = `## astro-ci / drift ${report.drifted ? "\u26A0\uFE0F drift found" : report.deployments.some((d) => d.unreadable) ? "\u2753 a Deployment could not be read" : "\u2705 no drift"}

`;
  const stale = report.stalePreviews.length ? `
### Stale preview Deployments

${markdownTable(["Preview", "PR", "Project", "Why"], report.stalePreviews.map((p) => [cell(p.name), `#${p.pr}`, `\`${cell(p.project)}\``, cell(p.reason)]))}

Remove them with the teardown workflow's sweep, or \`astro-ci teardown --stale\`.
` : "";
  return head + report.deployments.map(formatDeploymentDriftMarkdown).join("\n") + stale;
}

export {
  driftExitCode,
  runDrift,
  formatDriftText,
  formatDeploymentDriftMarkdown,
  formatDriftMarkdown
};
