import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  requireApiUrl
} from "./chunk-ZAV54HOF.js";
import {
  require_ucs2length
} from "./chunk-GJ3TJRWF.js";
import {
  stripUrlCredentials
} from "./chunk-AD4PL26L.js";
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-MOGDTFFA.js";
import {
  __export,
  __toESM
} from "./chunk-YO2X36I4.js";

// src/astro/answer-validators.generated.ts
var answer_validators_generated_exports = {};
__export(answer_validators_generated_exports, {
  airflowPoolPage: () => airflowPoolPage,
  created: () => created,
  deploy: () => deploy,
  deployPage: () => deployPage,
  deployment: () => deployment,
  deploymentOptions: () => deploymentOptions,
  deploymentPage: () => deploymentPage,
  environmentObjectPage: () => environmentObjectPage,
  organizations: () => organizations,
  workspacePage: () => workspacePage
});
var func2_module = __toESM(require_ucs2length(), 1);
var runtimeExport = (module, name) => {
  const found = name === "default" ? typeof module.default === "function" ? module.default : module.default?.default : module[name] ?? module.default?.[name];
  if (typeof found !== "function") throw new Error(`Ajv's runtime helper ${name} is missing`);
  return found;
};
var deployment = validate10;
var pattern0 = new RegExp("^[A-Za-z0-9_-]{1,100}$", "u");
var pattern2 = new RegExp("^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$", "u");
var pattern3 = new RegExp("^[^\\s]+$", "u");
var func2 = runtimeExport(func2_module, "default");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.workspaceId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workspaceId" }, message: "must have required property 'workspaceId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.astroRuntimeVersion === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "astroRuntimeVersion" }, message: "must have required property 'astroRuntimeVersion'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.imageRepository === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageRepository" }, message: "must have required property 'imageRepository'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.isDagDeployEnabled === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "isDagDeployEnabled" }, message: "must have required property 'isDagDeployEnabled'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.webServerUrl === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "webServerUrl" }, message: "must have required property 'webServerUrl'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.workspaceId !== void 0) {
      let data2 = data.workspaceId;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err11 = { instancePath: instancePath + "/workspaceId", schemaPath: "#/properties/workspaceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/workspaceId", schemaPath: "#/properties/workspaceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.astroRuntimeVersion !== void 0) {
      if (typeof data.astroRuntimeVersion !== "string") {
        const err14 = { instancePath: instancePath + "/astroRuntimeVersion", schemaPath: "#/properties/astroRuntimeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.imageRepository !== void 0) {
      let data5 = data.imageRepository;
      if (typeof data5 === "string") {
        if (!pattern2.test(data5)) {
          const err15 = { instancePath: instancePath + "/imageRepository", schemaPath: "#/properties/imageRepository/pattern", keyword: "pattern", params: { pattern: "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$" }, message: 'must match pattern "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/imageRepository", schemaPath: "#/properties/imageRepository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.imageTag !== void 0) {
      if (typeof data.imageTag !== "string") {
        const err17 = { instancePath: instancePath + "/imageTag", schemaPath: "#/properties/imageTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.isDagDeployEnabled !== void 0) {
      if (typeof data.isDagDeployEnabled !== "boolean") {
        const err18 = { instancePath: instancePath + "/isDagDeployEnabled", schemaPath: "#/properties/isDagDeployEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.dagTarballVersion !== void 0) {
      if (typeof data.dagTarballVersion !== "string") {
        const err19 = { instancePath: instancePath + "/dagTarballVersion", schemaPath: "#/properties/dagTarballVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.webServerUrl !== void 0) {
      let data9 = data.webServerUrl;
      if (typeof data9 === "string") {
        if (!pattern3.test(data9)) {
          const err20 = { instancePath: instancePath + "/webServerUrl", schemaPath: "#/properties/webServerUrl/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/webServerUrl", schemaPath: "#/properties/webServerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err22 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.statusReason !== void 0) {
      if (typeof data.statusReason !== "string") {
        const err23 = { instancePath: instancePath + "/statusReason", schemaPath: "#/properties/statusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      if (typeof data.createdAt !== "string") {
        const err24 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err25 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.executor !== void 0) {
      if (typeof data.executor !== "string") {
        const err26 = { instancePath: instancePath + "/executor", schemaPath: "#/properties/executor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.schedulerSize !== void 0) {
      if (typeof data.schedulerSize !== "string") {
        const err27 = { instancePath: instancePath + "/schedulerSize", schemaPath: "#/properties/schedulerSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.clusterId !== void 0) {
      if (typeof data.clusterId !== "string") {
        const err28 = { instancePath: instancePath + "/clusterId", schemaPath: "#/properties/clusterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      if (typeof data.region !== "string") {
        const err29 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.cloudProvider !== void 0) {
      if (typeof data.cloudProvider !== "string") {
        const err30 = { instancePath: instancePath + "/cloudProvider", schemaPath: "#/properties/cloudProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.resourceQuotaCpu !== void 0) {
      if (typeof data.resourceQuotaCpu !== "string") {
        const err31 = { instancePath: instancePath + "/resourceQuotaCpu", schemaPath: "#/properties/resourceQuotaCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.resourceQuotaMemory !== void 0) {
      if (typeof data.resourceQuotaMemory !== "string") {
        const err32 = { instancePath: instancePath + "/resourceQuotaMemory", schemaPath: "#/properties/resourceQuotaMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.defaultTaskPodCpu !== void 0) {
      if (typeof data.defaultTaskPodCpu !== "string") {
        const err33 = { instancePath: instancePath + "/defaultTaskPodCpu", schemaPath: "#/properties/defaultTaskPodCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.defaultTaskPodMemory !== void 0) {
      if (typeof data.defaultTaskPodMemory !== "string") {
        const err34 = { instancePath: instancePath + "/defaultTaskPodMemory", schemaPath: "#/properties/defaultTaskPodMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.isDevelopmentMode !== void 0) {
      if (typeof data.isDevelopmentMode !== "boolean") {
        const err35 = { instancePath: instancePath + "/isDevelopmentMode", schemaPath: "#/properties/isDevelopmentMode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.contactEmails !== void 0) {
      let data24 = data.contactEmails;
      if (Array.isArray(data24)) {
        const len0 = data24.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data24[i0] !== "string") {
            const err36 = { instancePath: instancePath + "/contactEmails/" + i0, schemaPath: "#/properties/contactEmails/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/contactEmails", schemaPath: "#/properties/contactEmails/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.environmentVariables !== void 0) {
      let data26 = data.environmentVariables;
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.key === void 0) {
              const err38 = { instancePath: instancePath + "/environmentVariables/" + i1, schemaPath: "#/properties/environmentVariables/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data27.key !== void 0) {
              let data28 = data27.key;
              if (typeof data28 === "string") {
                if (func2(data28) < 1) {
                  const err39 = { instancePath: instancePath + "/environmentVariables/" + i1 + "/key", schemaPath: "#/properties/environmentVariables/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/environmentVariables/" + i1 + "/key", schemaPath: "#/properties/environmentVariables/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data27.value !== void 0) {
              if (typeof data27.value !== "string") {
                const err41 = { instancePath: instancePath + "/environmentVariables/" + i1 + "/value", schemaPath: "#/properties/environmentVariables/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data27.isSecret !== void 0) {
              if (typeof data27.isSecret !== "boolean") {
                const err42 = { instancePath: instancePath + "/environmentVariables/" + i1 + "/isSecret", schemaPath: "#/properties/environmentVariables/items/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data27.updatedAt !== void 0) {
              if (typeof data27.updatedAt !== "string") {
                const err43 = { instancePath: instancePath + "/environmentVariables/" + i1 + "/updatedAt", schemaPath: "#/properties/environmentVariables/items/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/environmentVariables/" + i1, schemaPath: "#/properties/environmentVariables/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/environmentVariables", schemaPath: "#/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.workerQueues !== void 0) {
      let data32 = data.workerQueues;
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.name === void 0) {
              const err46 = { instancePath: instancePath + "/workerQueues/" + i2, schemaPath: "#/properties/workerQueues/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data33.id !== void 0) {
              if (typeof data33.id !== "string") {
                const err47 = { instancePath: instancePath + "/workerQueues/" + i2 + "/id", schemaPath: "#/properties/workerQueues/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data33.name !== void 0) {
              let data35 = data33.name;
              if (typeof data35 === "string") {
                if (func2(data35) < 1) {
                  const err48 = { instancePath: instancePath + "/workerQueues/" + i2 + "/name", schemaPath: "#/properties/workerQueues/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/workerQueues/" + i2 + "/name", schemaPath: "#/properties/workerQueues/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data33.isDefault !== void 0) {
              if (typeof data33.isDefault !== "boolean") {
                const err50 = { instancePath: instancePath + "/workerQueues/" + i2 + "/isDefault", schemaPath: "#/properties/workerQueues/items/properties/isDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data33.astroMachine !== void 0) {
              if (typeof data33.astroMachine !== "string") {
                const err51 = { instancePath: instancePath + "/workerQueues/" + i2 + "/astroMachine", schemaPath: "#/properties/workerQueues/items/properties/astroMachine/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data33.nodePoolId !== void 0) {
              if (typeof data33.nodePoolId !== "string") {
                const err52 = { instancePath: instancePath + "/workerQueues/" + i2 + "/nodePoolId", schemaPath: "#/properties/workerQueues/items/properties/nodePoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data33.podCpu !== void 0) {
              if (typeof data33.podCpu !== "string") {
                const err53 = { instancePath: instancePath + "/workerQueues/" + i2 + "/podCpu", schemaPath: "#/properties/workerQueues/items/properties/podCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data33.podMemory !== void 0) {
              if (typeof data33.podMemory !== "string") {
                const err54 = { instancePath: instancePath + "/workerQueues/" + i2 + "/podMemory", schemaPath: "#/properties/workerQueues/items/properties/podMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data33.minWorkerCount !== void 0) {
              let data41 = data33.minWorkerCount;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                const err55 = { instancePath: instancePath + "/workerQueues/" + i2 + "/minWorkerCount", schemaPath: "#/properties/workerQueues/items/properties/minWorkerCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data33.maxWorkerCount !== void 0) {
              let data42 = data33.maxWorkerCount;
              if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                const err56 = { instancePath: instancePath + "/workerQueues/" + i2 + "/maxWorkerCount", schemaPath: "#/properties/workerQueues/items/properties/maxWorkerCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data33.workerConcurrency !== void 0) {
              let data43 = data33.workerConcurrency;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                const err57 = { instancePath: instancePath + "/workerQueues/" + i2 + "/workerConcurrency", schemaPath: "#/properties/workerQueues/items/properties/workerConcurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/workerQueues/" + i2, schemaPath: "#/properties/workerQueues/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/workerQueues", schemaPath: "#/properties/workerQueues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var deploy = validate11;
var pattern6 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", "u");
var pattern7 = new RegExp("^https?://[^\\s]+$", "u");
var pattern8 = new RegExp("^[0-9a-fA-F]{7,64}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.imageRepository === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageRepository" }, message: "must have required property 'imageRepository'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.imageTag === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "imageTag" }, message: "must have required property 'imageTag'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      if (typeof data.status !== "string") {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      if (typeof data.createdAt !== "string") {
        const err8 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.imageRepository !== void 0) {
      let data5 = data.imageRepository;
      if (typeof data5 === "string") {
        if (!pattern2.test(data5)) {
          const err10 = { instancePath: instancePath + "/imageRepository", schemaPath: "#/properties/imageRepository/pattern", keyword: "pattern", params: { pattern: "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$" }, message: 'must match pattern "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/imageRepository", schemaPath: "#/properties/imageRepository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.imageTag !== void 0) {
      let data6 = data.imageTag;
      if (typeof data6 === "string") {
        if (!pattern6.test(data6)) {
          const err12 = { instancePath: instancePath + "/imageTag", schemaPath: "#/properties/imageTag/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/imageTag", schemaPath: "#/properties/imageTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.dagsUploadUrl !== void 0) {
      let data7 = data.dagsUploadUrl;
      if (typeof data7 === "string") {
        if (!pattern7.test(data7)) {
          const err14 = { instancePath: instancePath + "/dagsUploadUrl", schemaPath: "#/properties/dagsUploadUrl/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/dagsUploadUrl", schemaPath: "#/properties/dagsUploadUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.dagTarballVersion !== void 0) {
      if (typeof data.dagTarballVersion !== "string") {
        const err16 = { instancePath: instancePath + "/dagTarballVersion", schemaPath: "#/properties/dagTarballVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.git !== void 0) {
      let data9 = data.git;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.commitSha !== void 0) {
          let data10 = data9.commitSha;
          const _errs22 = errors;
          let valid2 = false;
          const _errs23 = errors;
          if (typeof data10 === "string") {
            if (!pattern8.test(data10)) {
              const err17 = { instancePath: instancePath + "/git/commitSha", schemaPath: "#/properties/git/properties/commitSha/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{7,64}$" }, message: 'must match pattern "^[0-9a-fA-F]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/git/commitSha", schemaPath: "#/properties/git/properties/commitSha/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid0 = _errs23 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs25 = errors;
            if ("" !== data10) {
              const err19 = { instancePath: instancePath + "/git/commitSha", schemaPath: "#/properties/git/properties/commitSha/anyOf/1/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            var _valid0 = _errs25 === errors;
            valid2 = valid2 || _valid0;
          }
          if (!valid2) {
            const err20 = { instancePath: instancePath + "/git/commitSha", schemaPath: "#/properties/git/properties/commitSha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.branch !== void 0) {
          if (typeof data9.branch !== "string") {
            const err21 = { instancePath: instancePath + "/git/branch", schemaPath: "#/properties/git/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var deploymentPage = validate12;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deployments === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.totalCount === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totalCount" }, message: "must have required property 'totalCount'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deployments !== void 0) {
      let data0 = data.deployments;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === void 0) {
              const err2 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err3 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.workspaceId === void 0) {
              const err4 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "workspaceId" }, message: "must have required property 'workspaceId'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.status === void 0) {
              const err5 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.astroRuntimeVersion === void 0) {
              const err6 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "astroRuntimeVersion" }, message: "must have required property 'astroRuntimeVersion'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.imageRepository === void 0) {
              const err7 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "imageRepository" }, message: "must have required property 'imageRepository'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data1.isDagDeployEnabled === void 0) {
              const err8 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "isDagDeployEnabled" }, message: "must have required property 'isDagDeployEnabled'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data1.webServerUrl === void 0) {
              const err9 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "webServerUrl" }, message: "must have required property 'webServerUrl'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err10 = { instancePath: instancePath + "/deployments/" + i0 + "/id", schemaPath: "#/properties/deployments/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/deployments/" + i0 + "/id", schemaPath: "#/properties/deployments/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err12 = { instancePath: instancePath + "/deployments/" + i0 + "/name", schemaPath: "#/properties/deployments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data1.workspaceId !== void 0) {
              let data4 = data1.workspaceId;
              if (typeof data4 === "string") {
                if (!pattern0.test(data4)) {
                  const err13 = { instancePath: instancePath + "/deployments/" + i0 + "/workspaceId", schemaPath: "#/properties/deployments/items/properties/workspaceId/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/deployments/" + i0 + "/workspaceId", schemaPath: "#/properties/deployments/items/properties/workspaceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.status !== void 0) {
              if (typeof data1.status !== "string") {
                const err15 = { instancePath: instancePath + "/deployments/" + i0 + "/status", schemaPath: "#/properties/deployments/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.astroRuntimeVersion !== void 0) {
              if (typeof data1.astroRuntimeVersion !== "string") {
                const err16 = { instancePath: instancePath + "/deployments/" + i0 + "/astroRuntimeVersion", schemaPath: "#/properties/deployments/items/properties/astroRuntimeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.imageRepository !== void 0) {
              let data7 = data1.imageRepository;
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err17 = { instancePath: instancePath + "/deployments/" + i0 + "/imageRepository", schemaPath: "#/properties/deployments/items/properties/imageRepository/pattern", keyword: "pattern", params: { pattern: "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$" }, message: 'must match pattern "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$"' };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/deployments/" + i0 + "/imageRepository", schemaPath: "#/properties/deployments/items/properties/imageRepository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.imageTag !== void 0) {
              if (typeof data1.imageTag !== "string") {
                const err19 = { instancePath: instancePath + "/deployments/" + i0 + "/imageTag", schemaPath: "#/properties/deployments/items/properties/imageTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data1.isDagDeployEnabled !== void 0) {
              if (typeof data1.isDagDeployEnabled !== "boolean") {
                const err20 = { instancePath: instancePath + "/deployments/" + i0 + "/isDagDeployEnabled", schemaPath: "#/properties/deployments/items/properties/isDagDeployEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data1.dagTarballVersion !== void 0) {
              if (typeof data1.dagTarballVersion !== "string") {
                const err21 = { instancePath: instancePath + "/deployments/" + i0 + "/dagTarballVersion", schemaPath: "#/properties/deployments/items/properties/dagTarballVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data1.webServerUrl !== void 0) {
              let data11 = data1.webServerUrl;
              if (typeof data11 === "string") {
                if (!pattern3.test(data11)) {
                  const err22 = { instancePath: instancePath + "/deployments/" + i0 + "/webServerUrl", schemaPath: "#/properties/deployments/items/properties/webServerUrl/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/deployments/" + i0 + "/webServerUrl", schemaPath: "#/properties/deployments/items/properties/webServerUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data1.description !== void 0) {
              if (typeof data1.description !== "string") {
                const err24 = { instancePath: instancePath + "/deployments/" + i0 + "/description", schemaPath: "#/properties/deployments/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data1.statusReason !== void 0) {
              if (typeof data1.statusReason !== "string") {
                const err25 = { instancePath: instancePath + "/deployments/" + i0 + "/statusReason", schemaPath: "#/properties/deployments/items/properties/statusReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data1.createdAt !== void 0) {
              if (typeof data1.createdAt !== "string") {
                const err26 = { instancePath: instancePath + "/deployments/" + i0 + "/createdAt", schemaPath: "#/properties/deployments/items/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data1.type !== void 0) {
              if (typeof data1.type !== "string") {
                const err27 = { instancePath: instancePath + "/deployments/" + i0 + "/type", schemaPath: "#/properties/deployments/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data1.executor !== void 0) {
              if (typeof data1.executor !== "string") {
                const err28 = { instancePath: instancePath + "/deployments/" + i0 + "/executor", schemaPath: "#/properties/deployments/items/properties/executor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data1.schedulerSize !== void 0) {
              if (typeof data1.schedulerSize !== "string") {
                const err29 = { instancePath: instancePath + "/deployments/" + i0 + "/schedulerSize", schemaPath: "#/properties/deployments/items/properties/schedulerSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data1.clusterId !== void 0) {
              if (typeof data1.clusterId !== "string") {
                const err30 = { instancePath: instancePath + "/deployments/" + i0 + "/clusterId", schemaPath: "#/properties/deployments/items/properties/clusterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data1.region !== void 0) {
              if (typeof data1.region !== "string") {
                const err31 = { instancePath: instancePath + "/deployments/" + i0 + "/region", schemaPath: "#/properties/deployments/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data1.cloudProvider !== void 0) {
              if (typeof data1.cloudProvider !== "string") {
                const err32 = { instancePath: instancePath + "/deployments/" + i0 + "/cloudProvider", schemaPath: "#/properties/deployments/items/properties/cloudProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data1.resourceQuotaCpu !== void 0) {
              if (typeof data1.resourceQuotaCpu !== "string") {
                const err33 = { instancePath: instancePath + "/deployments/" + i0 + "/resourceQuotaCpu", schemaPath: "#/properties/deployments/items/properties/resourceQuotaCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data1.resourceQuotaMemory !== void 0) {
              if (typeof data1.resourceQuotaMemory !== "string") {
                const err34 = { instancePath: instancePath + "/deployments/" + i0 + "/resourceQuotaMemory", schemaPath: "#/properties/deployments/items/properties/resourceQuotaMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data1.defaultTaskPodCpu !== void 0) {
              if (typeof data1.defaultTaskPodCpu !== "string") {
                const err35 = { instancePath: instancePath + "/deployments/" + i0 + "/defaultTaskPodCpu", schemaPath: "#/properties/deployments/items/properties/defaultTaskPodCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data1.defaultTaskPodMemory !== void 0) {
              if (typeof data1.defaultTaskPodMemory !== "string") {
                const err36 = { instancePath: instancePath + "/deployments/" + i0 + "/defaultTaskPodMemory", schemaPath: "#/properties/deployments/items/properties/defaultTaskPodMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data1.isDevelopmentMode !== void 0) {
              if (typeof data1.isDevelopmentMode !== "boolean") {
                const err37 = { instancePath: instancePath + "/deployments/" + i0 + "/isDevelopmentMode", schemaPath: "#/properties/deployments/items/properties/isDevelopmentMode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data1.contactEmails !== void 0) {
              let data26 = data1.contactEmails;
              if (Array.isArray(data26)) {
                const len1 = data26.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data26[i1] !== "string") {
                    const err38 = { instancePath: instancePath + "/deployments/" + i0 + "/contactEmails/" + i1, schemaPath: "#/properties/deployments/items/properties/contactEmails/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/deployments/" + i0 + "/contactEmails", schemaPath: "#/properties/deployments/items/properties/contactEmails/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data1.environmentVariables !== void 0) {
              let data28 = data1.environmentVariables;
              if (Array.isArray(data28)) {
                const len2 = data28.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data29 = data28[i2];
                  if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                    if (data29.key === void 0) {
                      const err40 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2, schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data29.key !== void 0) {
                      let data30 = data29.key;
                      if (typeof data30 === "string") {
                        if (func2(data30) < 1) {
                          const err41 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2 + "/key", schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                      } else {
                        const err42 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2 + "/key", schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data29.value !== void 0) {
                      if (typeof data29.value !== "string") {
                        const err43 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2 + "/value", schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data29.isSecret !== void 0) {
                      if (typeof data29.isSecret !== "boolean") {
                        const err44 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2 + "/isSecret", schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                    if (data29.updatedAt !== void 0) {
                      if (typeof data29.updatedAt !== "string") {
                        const err45 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2 + "/updatedAt", schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables/" + i2, schemaPath: "#/properties/deployments/items/properties/environmentVariables/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/deployments/" + i0 + "/environmentVariables", schemaPath: "#/properties/deployments/items/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data1.workerQueues !== void 0) {
              let data34 = data1.workerQueues;
              if (Array.isArray(data34)) {
                const len3 = data34.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data35 = data34[i3];
                  if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                    if (data35.name === void 0) {
                      const err48 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3, schemaPath: "#/properties/deployments/items/properties/workerQueues/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (data35.id !== void 0) {
                      if (typeof data35.id !== "string") {
                        const err49 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/id", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                    if (data35.name !== void 0) {
                      let data37 = data35.name;
                      if (typeof data37 === "string") {
                        if (func2(data37) < 1) {
                          const err50 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/name", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      } else {
                        const err51 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/name", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data35.isDefault !== void 0) {
                      if (typeof data35.isDefault !== "boolean") {
                        const err52 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/isDefault", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/isDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (data35.astroMachine !== void 0) {
                      if (typeof data35.astroMachine !== "string") {
                        const err53 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/astroMachine", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/astroMachine/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                    if (data35.nodePoolId !== void 0) {
                      if (typeof data35.nodePoolId !== "string") {
                        const err54 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/nodePoolId", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/nodePoolId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                    if (data35.podCpu !== void 0) {
                      if (typeof data35.podCpu !== "string") {
                        const err55 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/podCpu", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/podCpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err55];
                        } else {
                          vErrors.push(err55);
                        }
                        errors++;
                      }
                    }
                    if (data35.podMemory !== void 0) {
                      if (typeof data35.podMemory !== "string") {
                        const err56 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/podMemory", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/podMemory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                    if (data35.minWorkerCount !== void 0) {
                      let data43 = data35.minWorkerCount;
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                        const err57 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/minWorkerCount", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/minWorkerCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data35.maxWorkerCount !== void 0) {
                      let data44 = data35.maxWorkerCount;
                      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                        const err58 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/maxWorkerCount", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/maxWorkerCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data35.workerConcurrency !== void 0) {
                      let data45 = data35.workerConcurrency;
                      if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                        const err59 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3 + "/workerConcurrency", schemaPath: "#/properties/deployments/items/properties/workerQueues/items/properties/workerConcurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues/" + i3, schemaPath: "#/properties/deployments/items/properties/workerQueues/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/deployments/" + i0 + "/workerQueues", schemaPath: "#/properties/deployments/items/properties/workerQueues/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.totalCount !== void 0) {
      let data46 = data.totalCount;
      if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
        const err64 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (typeof data46 == "number") {
        if (data46 < 0 || isNaN(data46)) {
          const err65 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var deployPage = validate13;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.deploys === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deploys" }, message: "must have required property 'deploys'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.totalCount === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totalCount" }, message: "must have required property 'totalCount'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deploys !== void 0) {
      let data0 = data.deploys;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === void 0) {
              const err2 = { instancePath: instancePath + "/deploys/" + i0, schemaPath: "#/properties/deploys/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.status === void 0) {
              const err3 = { instancePath: instancePath + "/deploys/" + i0, schemaPath: "#/properties/deploys/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.imageRepository === void 0) {
              const err4 = { instancePath: instancePath + "/deploys/" + i0, schemaPath: "#/properties/deploys/items/required", keyword: "required", params: { missingProperty: "imageRepository" }, message: "must have required property 'imageRepository'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.imageTag === void 0) {
              const err5 = { instancePath: instancePath + "/deploys/" + i0, schemaPath: "#/properties/deploys/items/required", keyword: "required", params: { missingProperty: "imageTag" }, message: "must have required property 'imageTag'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err6 = { instancePath: instancePath + "/deploys/" + i0 + "/id", schemaPath: "#/properties/deploys/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/deploys/" + i0 + "/id", schemaPath: "#/properties/deploys/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.status !== void 0) {
              if (typeof data1.status !== "string") {
                const err8 = { instancePath: instancePath + "/deploys/" + i0 + "/status", schemaPath: "#/properties/deploys/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.type !== void 0) {
              if (typeof data1.type !== "string") {
                const err9 = { instancePath: instancePath + "/deploys/" + i0 + "/type", schemaPath: "#/properties/deploys/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.createdAt !== void 0) {
              if (typeof data1.createdAt !== "string") {
                const err10 = { instancePath: instancePath + "/deploys/" + i0 + "/createdAt", schemaPath: "#/properties/deploys/items/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.description !== void 0) {
              if (typeof data1.description !== "string") {
                const err11 = { instancePath: instancePath + "/deploys/" + i0 + "/description", schemaPath: "#/properties/deploys/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.imageRepository !== void 0) {
              let data7 = data1.imageRepository;
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err12 = { instancePath: instancePath + "/deploys/" + i0 + "/imageRepository", schemaPath: "#/properties/deploys/items/properties/imageRepository/pattern", keyword: "pattern", params: { pattern: "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$" }, message: 'must match pattern "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$"' };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/deploys/" + i0 + "/imageRepository", schemaPath: "#/properties/deploys/items/properties/imageRepository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.imageTag !== void 0) {
              let data8 = data1.imageTag;
              if (typeof data8 === "string") {
                if (!pattern6.test(data8)) {
                  const err14 = { instancePath: instancePath + "/deploys/" + i0 + "/imageTag", schemaPath: "#/properties/deploys/items/properties/imageTag/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"' };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/deploys/" + i0 + "/imageTag", schemaPath: "#/properties/deploys/items/properties/imageTag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.dagsUploadUrl !== void 0) {
              let data9 = data1.dagsUploadUrl;
              if (typeof data9 === "string") {
                if (!pattern7.test(data9)) {
                  const err16 = { instancePath: instancePath + "/deploys/" + i0 + "/dagsUploadUrl", schemaPath: "#/properties/deploys/items/properties/dagsUploadUrl/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/deploys/" + i0 + "/dagsUploadUrl", schemaPath: "#/properties/deploys/items/properties/dagsUploadUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.dagTarballVersion !== void 0) {
              if (typeof data1.dagTarballVersion !== "string") {
                const err18 = { instancePath: instancePath + "/deploys/" + i0 + "/dagTarballVersion", schemaPath: "#/properties/deploys/items/properties/dagTarballVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.git !== void 0) {
              let data11 = data1.git;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.commitSha !== void 0) {
                  let data12 = data11.commitSha;
                  const _errs26 = errors;
                  let valid5 = false;
                  const _errs27 = errors;
                  if (typeof data12 === "string") {
                    if (!pattern8.test(data12)) {
                      const err19 = { instancePath: instancePath + "/deploys/" + i0 + "/git/commitSha", schemaPath: "#/properties/deploys/items/properties/git/properties/commitSha/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{7,64}$" }, message: 'must match pattern "^[0-9a-fA-F]{7,64}$"' };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/deploys/" + i0 + "/git/commitSha", schemaPath: "#/properties/deploys/items/properties/git/properties/commitSha/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                  var _valid0 = _errs27 === errors;
                  valid5 = valid5 || _valid0;
                  if (!valid5) {
                    const _errs29 = errors;
                    if ("" !== data12) {
                      const err21 = { instancePath: instancePath + "/deploys/" + i0 + "/git/commitSha", schemaPath: "#/properties/deploys/items/properties/git/properties/commitSha/anyOf/1/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    var _valid0 = _errs29 === errors;
                    valid5 = valid5 || _valid0;
                  }
                  if (!valid5) {
                    const err22 = { instancePath: instancePath + "/deploys/" + i0 + "/git/commitSha", schemaPath: "#/properties/deploys/items/properties/git/properties/commitSha/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  } else {
                    errors = _errs26;
                    if (vErrors !== null) {
                      if (_errs26) {
                        vErrors.length = _errs26;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data11.branch !== void 0) {
                  if (typeof data11.branch !== "string") {
                    const err23 = { instancePath: instancePath + "/deploys/" + i0 + "/git/branch", schemaPath: "#/properties/deploys/items/properties/git/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/deploys/" + i0 + "/git", schemaPath: "#/properties/deploys/items/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/deploys/" + i0, schemaPath: "#/properties/deploys/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/deploys", schemaPath: "#/properties/deploys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.totalCount !== void 0) {
      let data14 = data.totalCount;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
        const err27 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data14 == "number") {
        if (data14 < 0 || isNaN(data14)) {
          const err28 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var organizations = validate14;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.organizations === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "organizations" }, message: "must have required property 'organizations'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.organizations !== void 0) {
      let data0 = data.organizations;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === void 0) {
              const err1 = { instancePath: instancePath + "/organizations/" + i0, schemaPath: "#/properties/organizations/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err2 = { instancePath: instancePath + "/organizations/" + i0, schemaPath: "#/properties/organizations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err3 = { instancePath: instancePath + "/organizations/" + i0 + "/id", schemaPath: "#/properties/organizations/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/organizations/" + i0 + "/id", schemaPath: "#/properties/organizations/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err5 = { instancePath: instancePath + "/organizations/" + i0 + "/name", schemaPath: "#/properties/organizations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/organizations/" + i0, schemaPath: "#/properties/organizations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/organizations", schemaPath: "#/properties/organizations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var workspacePage = validate15;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.workspaces === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "workspaces" }, message: "must have required property 'workspaces'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.totalCount === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totalCount" }, message: "must have required property 'totalCount'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.workspaces !== void 0) {
      let data0 = data.workspaces;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === void 0) {
              const err2 = { instancePath: instancePath + "/workspaces/" + i0, schemaPath: "#/properties/workspaces/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.name === void 0) {
              const err3 = { instancePath: instancePath + "/workspaces/" + i0, schemaPath: "#/properties/workspaces/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err4 = { instancePath: instancePath + "/workspaces/" + i0 + "/id", schemaPath: "#/properties/workspaces/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/workspaces/" + i0 + "/id", schemaPath: "#/properties/workspaces/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err6 = { instancePath: instancePath + "/workspaces/" + i0 + "/name", schemaPath: "#/properties/workspaces/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/workspaces/" + i0, schemaPath: "#/properties/workspaces/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/workspaces", schemaPath: "#/properties/workspaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.totalCount !== void 0) {
      let data4 = data.totalCount;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err9 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var environmentObjectPage = validate16;
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.environmentObjects === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environmentObjects" }, message: "must have required property 'environmentObjects'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.totalCount === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totalCount" }, message: "must have required property 'totalCount'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environmentObjects !== void 0) {
      let data0 = data.environmentObjects;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.objectKey === void 0) {
              const err2 = { instancePath: instancePath + "/environmentObjects/" + i0, schemaPath: "#/properties/environmentObjects/items/required", keyword: "required", params: { missingProperty: "objectKey" }, message: "must have required property 'objectKey'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.id !== void 0) {
              let data2 = data1.id;
              if (typeof data2 === "string") {
                if (!pattern0.test(data2)) {
                  const err3 = { instancePath: instancePath + "/environmentObjects/" + i0 + "/id", schemaPath: "#/properties/environmentObjects/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/environmentObjects/" + i0 + "/id", schemaPath: "#/properties/environmentObjects/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.objectKey !== void 0) {
              if (typeof data1.objectKey !== "string") {
                const err5 = { instancePath: instancePath + "/environmentObjects/" + i0 + "/objectKey", schemaPath: "#/properties/environmentObjects/items/properties/objectKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/environmentObjects/" + i0, schemaPath: "#/properties/environmentObjects/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/environmentObjects", schemaPath: "#/properties/environmentObjects/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.totalCount !== void 0) {
      let data4 = data.totalCount;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err8 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/totalCount", schemaPath: "#/properties/totalCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var created = validate17;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err1 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,100}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,100}$"' };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var airflowPoolPage = validate18;
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pools === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pools" }, message: "must have required property 'pools'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pools !== void 0) {
      let data0 = data.pools;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err1 = { instancePath: instancePath + "/pools/" + i0, schemaPath: "#/properties/pools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.slots === void 0) {
              const err2 = { instancePath: instancePath + "/pools/" + i0, schemaPath: "#/properties/pools/items/required", keyword: "required", params: { missingProperty: "slots" }, message: "must have required property 'slots'" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.name !== void 0) {
              let data2 = data1.name;
              if (typeof data2 === "string") {
                if (func2(data2) < 1) {
                  const err3 = { instancePath: instancePath + "/pools/" + i0 + "/name", schemaPath: "#/properties/pools/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/pools/" + i0 + "/name", schemaPath: "#/properties/pools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.slots !== void 0) {
              let data3 = data1.slots;
              if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
                const err5 = { instancePath: instancePath + "/pools/" + i0 + "/slots", schemaPath: "#/properties/pools/items/properties/slots/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/pools/" + i0, schemaPath: "#/properties/pools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/pools", schemaPath: "#/properties/pools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.total_entries !== void 0) {
      let data4 = data.total_entries;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err8 = { instancePath: instancePath + "/total_entries", schemaPath: "#/properties/total_entries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/total_entries", schemaPath: "#/properties/total_entries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var deploymentOptions = validate19;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.runtimeReleases === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runtimeReleases" }, message: "must have required property 'runtimeReleases'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.runtimeReleases !== void 0) {
      let data0 = data.runtimeReleases;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.version === void 0) {
              const err1 = { instancePath: instancePath + "/runtimeReleases/" + i0, schemaPath: "#/properties/runtimeReleases/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.version !== void 0) {
              if (typeof data1.version !== "string") {
                const err2 = { instancePath: instancePath + "/runtimeReleases/" + i0 + "/version", schemaPath: "#/properties/runtimeReleases/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/runtimeReleases/" + i0, schemaPath: "#/properties/runtimeReleases/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/runtimeReleases", schemaPath: "#/properties/runtimeReleases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}

// src/astro/answer-schemas.ts
var ASTRO_ID_PATTERN = "^[A-Za-z0-9_-]{1,100}$";
var COMMIT_SHA_PATTERN = "^[0-9a-fA-F]{7,64}$";
var IMAGE_REPOSITORY_PATTERN = "^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*(:[0-9]{1,5})?(/[A-Za-z0-9._-]+)*/?$";
var IMAGE_TAG_PATTERN = "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$";
var HTTP_URL_PATTERN = "^https?://[^\\s]+$";
var NO_SPACE_PATTERN = "^[^\\s]+$";
var id = { type: "string", pattern: ASTRO_ID_PATTERN };
var deployment2 = {
  type: "object",
  required: ["id", "name", "workspaceId", "status", "astroRuntimeVersion", "imageRepository", "isDagDeployEnabled", "webServerUrl"],
  properties: {
    id,
    name: { type: "string" },
    workspaceId: id,
    status: { type: "string" },
    astroRuntimeVersion: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string" },
    isDagDeployEnabled: { type: "boolean" },
    dagTarballVersion: { type: "string" },
    webServerUrl: { type: "string", pattern: NO_SPACE_PATTERN },
    // Read by branch-deploy (a preview copies its template's settings) and drift: typed as the Platform API's
    // Deployment schema types them, so an answer of another shape is an answer error (exit 2), not a crash.
    description: { type: "string" },
    statusReason: { type: "string" },
    createdAt: { type: "string" },
    type: { type: "string" },
    executor: { type: "string" },
    schedulerSize: { type: "string" },
    clusterId: { type: "string" },
    region: { type: "string" },
    cloudProvider: { type: "string" },
    resourceQuotaCpu: { type: "string" },
    resourceQuotaMemory: { type: "string" },
    defaultTaskPodCpu: { type: "string" },
    defaultTaskPodMemory: { type: "string" },
    isDevelopmentMode: { type: "boolean" },
    contactEmails: { type: "array", items: { type: "string" } },
    environmentVariables: {
      type: "array",
      items: { type: "object", required: ["key"], properties: { key: { type: "string", minLength: 1 }, value: { type: "string" }, isSecret: { type: "boolean" }, updatedAt: { type: "string" } } }
    },
    workerQueues: {
      type: "array",
      items: {
        type: "object",
        required: ["name"],
        properties: {
          id: { type: "string" },
          name: { type: "string", minLength: 1 },
          isDefault: { type: "boolean" },
          astroMachine: { type: "string" },
          nodePoolId: { type: "string" },
          podCpu: { type: "string" },
          podMemory: { type: "string" },
          minWorkerCount: { type: "integer" },
          maxWorkerCount: { type: "integer" },
          workerConcurrency: { type: "integer" }
        }
      }
    }
  }
};
var deploy2 = {
  type: "object",
  required: ["id", "status", "imageRepository", "imageTag"],
  properties: {
    id,
    status: { type: "string" },
    type: { type: "string" },
    createdAt: { type: "string" },
    description: { type: "string" },
    imageRepository: { type: "string", pattern: IMAGE_REPOSITORY_PATTERN },
    imageTag: { type: "string", pattern: IMAGE_TAG_PATTERN },
    dagsUploadUrl: { type: "string", pattern: HTTP_URL_PATTERN },
    dagTarballVersion: { type: "string" },
    git: {
      type: "object",
      properties: { commitSha: { anyOf: [{ type: "string", pattern: COMMIT_SHA_PATTERN }, { const: "" }] }, branch: { type: "string" } }
    }
  }
};
var page = (key, item) => ({
  type: "object",
  required: [key, "totalCount"],
  properties: { [key]: { type: "array", items: item }, totalCount: { type: "integer", minimum: 0 } }
});
var named = { type: "object", required: ["id", "name"], properties: { id, name: { type: "string" } } };
var ANSWER_SCHEMAS = {
  deployment: deployment2,
  deploy: deploy2,
  deploymentPage: page("deployments", deployment2),
  deployPage: page("deploys", deploy2),
  organizations: { type: "object", required: ["organizations"], properties: { organizations: { type: "array", items: named } } },
  workspacePage: page("workspaces", named),
  environmentObjectPage: page("environmentObjects", { type: "object", required: ["objectKey"], properties: { id, objectKey: { type: "string" } } }),
  created: { type: "object", required: ["id"], properties: { id } },
  /** A page of a Deployment's Airflow REST API `GET /pools` (Airflow 2.10 `/api/v1`, Airflow 3 `/api/v2`). */
  airflowPoolPage: {
    type: "object",
    required: ["pools"],
    properties: { pools: { type: "array", items: { type: "object", required: ["name", "slots"], properties: { name: { type: "string", minLength: 1 }, slots: { type: "integer" } } } }, total_entries: { type: "integer", minimum: 0 } }
  },
  deploymentOptions: {
    type: "object",
    required: ["runtimeReleases"],
    properties: { runtimeReleases: { type: "array", items: { type: "object", required: ["version"], properties: { version: { type: "string" } } } } }
  }
};

// src/astro/answers.ts
function answerShapeProblem(shape, body) {
  const validate = answer_validators_generated_exports[shape];
  if (validate(body)) return void 0;
  return (validate.errors ?? []).filter((e) => e.keyword !== "anyOf" && e.keyword !== "const").slice(0, 3).map((e) => {
    const value = e.instancePath ? valueAt(body, e.instancePath) : void 0;
    return `${e.instancePath || "the answer"} ${e.message ?? "is invalid"}${typeof value === "string" ? ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}\u2026` : value)})` : ""}`;
  }).join("; ");
}
function valueAt(body, pointer) {
  let node = body;
  for (const key of pointer.split("/").slice(1)) node = node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}

// src/astro/http.ts
var AstroApiError = class extends ServiceError {
  constructor(status, message, method, path, requestId, fieldErrors) {
    super(status, message);
    this.method = method;
    this.path = path;
    this.requestId = requestId;
    this.fieldErrors = fieldErrors;
  }
  method;
  path;
  requestId;
  fieldErrors;
  name = "AstroApiError";
};
var AstroApiAnswerError = class extends ConfigurationError {
  constructor(url, status, problem, firstBytes2) {
    super(`the Astro API answered ${url} with HTTP ${status} and ${problem}; the answer begins ${firstBytes2}`, {
      fix: "check that ASTRO_API_URL (or the domain input) points at the Astro API (default https://api.astronomer.io/v1) and that no proxy rewrites the answers; if it does, the Astro API is at fault: retry later"
    });
    this.url = url;
    this.status = status;
    this.problem = problem;
    this.firstBytes = firstBytes2;
  }
  url;
  status;
  problem;
  firstBytes;
};
function firstBytes(text, count = 120) {
  return JSON.stringify(text.length > count ? `${text.slice(0, count)}\u2026` : text);
}
var realHttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random
};
var MAX_ANSWER_BYTES = 32 * 1024 * 1024;
var MAX_ERROR_ANSWER_BYTES = 64 * 1024;
var AnswerTooLong = class extends Error {
  constructor(message, head) {
    super(message);
    this.head = head;
  }
  head;
};
var HEAD_BYTES = 120;
async function readAnswer(response, limit, truncate) {
  const declared = Number(response.headers.get("content-length"));
  const reader = response.body?.getReader();
  if (!truncate && Number.isFinite(declared) && declared > limit) {
    const first = reader ? await reader.read().catch(() => ({ value: void 0 })) : { value: void 0 };
    await reader?.cancel().catch(() => void 0);
    throw new AnswerTooLong(`${declared} bytes`, first.value ? Buffer.from(first.value).subarray(0, HEAD_BYTES).toString("utf8") : "");
  }
  if (!reader) return "";
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => void 0);
      if (!truncate) throw new AnswerTooLong(`more than ${limit} bytes`, Buffer.concat(chunks.slice(0, 1)).subarray(0, HEAD_BYTES).toString("utf8"));
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}
var MAX_RETRY_WAIT_MS = 12e4;
function retryAfterMs(value, now) {
  if (!value) return void 0;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function connectionRefused(error) {
  const cause = error.cause;
  return cause?.code === "ECONNREFUSED";
}
function createAstroHttp(options) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const maxBodyBytes = options.maxBodyBytes ?? MAX_ANSWER_BYTES;
  const tokenMask = createSecretMask();
  tokenMask.mask(options.token);
  const scrub = (error) => {
    if (error instanceof Error) error.message = tokenMask.scrub(error.message);
    return error;
  };
  return {
    async request(request) {
      try {
        return await send(request);
      } catch (error) {
        throw scrub(error);
      }
    }
  };
  async function send(request) {
    const url = new URL(base + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value === void 0) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await options.deps.fetch(url, {
          method: request.method,
          headers: { authorization: `Bearer ${options.token}`, accept: "application/json", ...request.body !== void 0 ? { "content-type": "application/json" } : {}, "x-astro-client-identifier": "astro-ci" },
          body: request.body === void 0 ? void 0 : JSON.stringify(request.body),
          signal: AbortSignal.timeout(options.timeoutMs),
          redirect: "manual"
        });
      } catch (error) {
        const retryable2 = request.idempotent || connectionRefused(error);
        if (retryable2 && attempt < options.retry.attempts) {
          const delay = backoff(attempt, options.retry, options.deps.random);
          options.logger.debug(`${request.method} ${request.path}: ${error.message}; retry ${attempt} in ${delay} ms`);
          await options.deps.sleep(delay);
          continue;
        }
        const reason = error.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1e3} s` : error.cause?.message ?? error.message;
        throw new AstroApiError(0, `${request.method} ${request.path} failed: ${reason}`, request.method, request.path);
      }
      const shownUrl = stripUrlCredentials(url.toString());
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel().catch(() => void 0);
        const location = response.headers.get("location") ?? "";
        let target = "no Location";
        try {
          const to = new URL(location, url);
          target = `${to.origin}${to.pathname}`;
        } catch {
          target = firstBytes(location, 80);
        }
        throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a redirect to ${target}, which astro-ci does not follow (the Astro API does not redirect; the request, its token and its body go to the URL configured only)`, firstBytes(location, 80));
      }
      if (response.ok) {
        let text2;
        try {
          text2 = await readAnswer(response, maxBodyBytes, false);
        } catch (error) {
          if (error instanceof AnswerTooLong) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a body of ${error.message}, more than an Astro API answer can be (${maxBodyBytes} bytes at most)`, firstBytes(error.head));
          throw new AstroApiError(response.status, `${request.method} ${shownUrl}: the answer broke off (${error.message})`, request.method, request.path);
        }
        if (request.shape === void 0) {
          const trimmed = text2.trim();
          if (trimmed && !/^[[{]/.test(trimmed)) {
            throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "a body that is not the Astro API's (not JSON)", firstBytes(text2));
          }
          return void 0;
        }
        if (!text2.trim()) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, "an empty body where JSON was expected", '""');
        let parsed;
        try {
          parsed = JSON.parse(text2);
        } catch (error) {
          throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `a body that is not JSON (${error.message})`, firstBytes(text2));
        }
        const problem = answerShapeProblem(request.shape, parsed);
        if (problem) throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, `JSON of the wrong shape: ${problem}`, firstBytes(text2));
        return parsed;
      }
      const retryable = response.status === 429 || response.status >= 500 && request.idempotent;
      if (retryable && attempt < options.retry.attempts) {
        const asked = retryAfterMs(response.headers.get("retry-after"), Date.now());
        if (asked !== void 0 && asked > MAX_RETRY_WAIT_MS) {
          await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
          throw new ServiceError(response.status, `${request.method} ${request.path} \u2192 ${response.status}: the Astro API asks to retry after ${Math.round(asked / 1e3)} s (Retry-After), longer than astro-ci waits (${MAX_RETRY_WAIT_MS / 1e3} s)`, "run again later (the API's rate limit for this token is spent), or use another token");
        }
        const wait = asked ?? backoff(attempt, options.retry, options.deps.random);
        const say = wait >= 5e3 ? options.logger.info.bind(options.logger) : options.logger.debug.bind(options.logger);
        say(`${request.method} ${request.path}: HTTP ${response.status}; retry ${attempt} of ${options.retry.attempts - 1} in ${Math.round(wait / 100) / 10} s${asked !== void 0 ? " (the API's Retry-After)" : ""}`);
        await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
        await options.deps.sleep(Math.min(wait, MAX_RETRY_WAIT_MS));
        continue;
      }
      let body = {};
      const text = await readAnswer(response, MAX_ERROR_ANSWER_BYTES, true).catch(() => "");
      if (response.status === 404 && !/^\s*[[{]/.test(text)) {
        throw new AstroApiAnswerError(`${request.method} ${shownUrl}`, response.status, text.trim() ? "a body that is not the Astro API's (not JSON)" : "an empty body where the API's JSON error was expected", firstBytes(text));
      }
      try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === "object") body = parsed;
      } catch {
        if (text.trim()) body = { message: `${response.statusText || "error"}; the answer is not JSON and begins ${firstBytes(text)}` };
      }
      const hint = response.status === 401 || response.status === 403 ? " (check ASTRO_API_TOKEN: it must be valid and its role must allow this on the Deployment's workspace)" : "";
      throw new AstroApiError(
        response.status,
        `${request.method} ${request.path} \u2192 ${response.status}: ${typeof body.message === "string" ? body.message : response.statusText}${hint}${body.requestId ? ` [requestId ${body.requestId}]` : ""}`,
        request.method,
        request.path,
        body.requestId,
        body.fieldErrors
      );
    }
  }
}
var MAX_PAGES = 1e3;
async function readAllPages(what, readPage, key, pageSize = 100) {
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  for (let offset = 0, pages = 0; ; pages++) {
    if (pages >= MAX_PAGES) throw new AstroApiAnswerError(`GET ${what}`, 200, `more than ${MAX_PAGES} pages (${offset} items read and the list goes on)`, '"\u2026"');
    const page2 = await readPage(offset);
    let added = 0;
    for (const item of page2.items) {
      const id2 = key(item);
      if (id2 !== void 0 && seen.has(id2)) continue;
      if (id2 !== void 0) seen.add(id2);
      all.push(item);
      added++;
    }
    if (page2.items.length && !added) throw new AstroApiAnswerError(`GET ${what}?offset=${offset}`, 200, `a page of ${page2.items.length} items all already read at a lower offset: the pages do not advance`, firstBytes(JSON.stringify(page2.items.slice(0, 1))));
    offset += page2.items.length;
    if (page2.items.length === 0 || (page2.totalCount !== void 0 ? offset >= page2.totalCount : page2.items.length < pageSize)) return all;
  }
}
function backoff(attempt, policy, random) {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)));
}

// src/astro/client.ts
var DEFAULT_ASTRO_API_URL = "https://api.astronomer.io/v1";
function organizationFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.org_id ?? claims.permissions?.find((p) => p.startsWith("organizationId:"))?.slice("organizationId:".length);
  } catch {
    return void 0;
  }
}
function workspaceFromToken(token) {
  const payload = token.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return claims.permissions?.find((p) => p.startsWith("workspaceId:"))?.slice("workspaceId:".length);
  } catch {
    return void 0;
  }
}
function toWorkerQueueRequest(q) {
  return {
    ...typeof q.id === "string" ? { id: q.id } : {},
    name: String(q.name),
    isDefault: Boolean(q.isDefault),
    astroMachine: String(q.astroMachine ?? "A5"),
    minWorkerCount: Number(q.minWorkerCount ?? 0),
    maxWorkerCount: Number(q.maxWorkerCount ?? 10),
    workerConcurrency: Number(q.workerConcurrency ?? 5)
  };
}
function requireAstroApiUrl(value) {
  return requireApiUrl(value, {
    name: "ASTRO_API_URL",
    token: "the Astro API token",
    httpsExample: DEFAULT_ASTRO_API_URL,
    notUrlFix: `unset it for ${DEFAULT_ASTRO_API_URL}, or give the full URL of the Astro API (e.g. https://api.astronomer.io/v1); for other Astro installations use the domain input`,
    credentialsFix: "the Astro API is authenticated by ASTRO_API_TOKEN alone"
  });
}
function requireAstroId(value, what) {
  if (!new RegExp(ASTRO_ID_PATTERN).test(value)) {
    throw new ConfigurationError(`${what} is not an Astro ID: ${firstBytes(value, 60)}`, {
      fix: "give the ID as Astro shows it (letters, digits, '_' and '-', e.g. clx1y2z3a000008l4b6c7d8e9): check deployment-id / template-deployment-id in astro-ci.yaml, the action's inputs, the CLI's --deployment-id and ASTRO_ORGANIZATION_ID"
    });
  }
  return value;
}
function notAsked(request, what, answer) {
  return new AstroApiAnswerError(request, 200, `${what}: astro-ci acts on the object it asked for only`, firstBytes(JSON.stringify(answer)));
}
function createAstroClient(options) {
  const baseUrl = requireAstroApiUrl(options.baseUrl ?? DEFAULT_ASTRO_API_URL);
  const organizationId = options.organizationId ?? organizationFromToken(options.token);
  if (!organizationId) {
    throw new ConfigurationError("the Astro organization could not be read from ASTRO_API_TOKEN", {
      fix: "set ASTRO_ORGANIZATION_ID (or the organization-id input) to your organization's ID"
    });
  }
  const http = createAstroHttp({
    baseUrl,
    token: options.token,
    timeoutMs: options.timeoutMs ?? 3e4,
    retry: { attempts: 5, baseDelayMs: 500, maxDelayMs: 15e3, ...options.retry },
    deps: { ...realHttpDeps, ...options.deps },
    logger: options.logger
  });
  const org = `/organizations/${encodeURIComponent(requireAstroId(organizationId, "the organization ID (ASTRO_ORGANIZATION_ID, the organization-id input or the token's claims)"))}`;
  const deploymentPath = (id2) => `${org}/deployments/${encodeURIComponent(requireAstroId(id2, "the Deployment ID"))}`;
  const client = {
    organizationId,
    workspaceId: workspaceFromToken(options.token),
    async listOrganizations() {
      return (await http.request({ method: "GET", path: "/organizations", idempotent: true, shape: "organizations" })).organizations;
    },
    async listWorkspaces() {
      return readAllPages(
        `${org}/workspaces`,
        async (offset) => {
          const page2 = await http.request({ method: "GET", path: `${org}/workspaces`, query: { limit: 100, offset }, idempotent: true, shape: "workspacePage" });
          return { items: page2.workspaces, totalCount: page2.totalCount };
        },
        (w) => w.id
      );
    },
    // Async throughout: an id refused by requireAstroId is a rejected promise, as every other failure of a call.
    getDeploy: async (deploymentId, deployId) => http.request({ method: "GET", path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(requireAstroId(deployId, "the deploy ID"))}`, idempotent: true, shape: "deploy" }),
    async listDeployments(filter) {
      return readAllPages(
        `${org}/deployments`,
        async (offset) => {
          const page2 = await http.request({
            method: "GET",
            path: `${org}/deployments`,
            query: { names: filter.names, workspaceIds: filter.workspaceIds, deploymentIds: filter.deploymentIds, limit: 100, offset },
            idempotent: true,
            shape: "deploymentPage"
          });
          for (const d of page2.deployments) {
            if (filter.workspaceIds && !filter.workspaceIds.includes(d.workspaceId)) throw notAsked(`GET ${org}/deployments`, `the Deployment ${d.id} of workspace ${d.workspaceId}, outside the workspace asked for (${filter.workspaceIds.join(", ")})`, d);
            if (filter.deploymentIds && !filter.deploymentIds.includes(d.id)) throw notAsked(`GET ${org}/deployments`, `the Deployment ${d.id}, not one of those asked for (${filter.deploymentIds.join(", ")})`, d);
          }
          return { items: page2.deployments, totalCount: page2.totalCount };
        },
        (d) => d.id
      );
    },
    async getDeployment(id2) {
      const path = deploymentPath(id2);
      const answer = await http.request({ method: "GET", path, idempotent: true, shape: "deployment" });
      if (answer.id !== id2) throw notAsked(`GET ${path}`, `the Deployment ${answer.id}, not ${id2} asked for`, answer);
      return answer;
    },
    async findDeploymentByName(name, workspaceId) {
      const found = await client.listDeployments({ names: [name], workspaceIds: workspaceId ? [workspaceId] : void 0 });
      const exact = found.filter((d) => d.name === name);
      if (exact.length === 1) return exact[0];
      if (exact.length === 0) {
        throw new ConfigurationError(`no Deployment named '${name}'${workspaceId ? ` in workspace ${workspaceId}` : ""} is visible to this token`, {
          fix: "check the name (it is case-sensitive), the workspace, and the token's role"
        });
      }
      throw new ConfigurationError(`${exact.length} Deployments are named '${name}' (${exact.map((d) => `${d.id} in workspace ${d.workspaceId}`).join(", ")})`, {
        fix: "use deployment-id, or add the workspace-id to tell them apart"
      });
    },
    // Not retried on errors: a second create could start a second deploy.
    createDeploy: async (deploymentId, request) => http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/deploys`, body: request, idempotent: false, shape: "deploy" }),
    finalizeDeploy: async (deploymentId, deployId, dagTarballVersion) => http.request({
      method: "POST",
      path: `${deploymentPath(deploymentId)}/deploys/${encodeURIComponent(requireAstroId(deployId, "the deploy ID"))}/finalize`,
      body: dagTarballVersion === void 0 ? {} : { dagTarballVersion },
      // Finalizing the same version twice has the same effect.
      idempotent: true,
      shape: "deploy"
    }),
    createDeployment: (request) => http.request({
      method: "POST",
      path: `${org}/deployments`,
      body: {
        type: "STANDARD",
        executor: "CELERY",
        cloudProvider: "AWS",
        region: "us-east-1",
        schedulerSize: "SMALL",
        isCicdEnforced: false,
        isDagDeployEnabled: true,
        isHighAvailability: false,
        defaultTaskPodCpu: "0.25",
        defaultTaskPodMemory: "0.5Gi",
        resourceQuotaCpu: "10",
        resourceQuotaMemory: "20Gi",
        ...request
      },
      idempotent: false,
      shape: "deployment"
    }),
    async deleteDeployment(id2) {
      await http.request({ method: "DELETE", path: deploymentPath(id2), idempotent: true });
    },
    async updateDeployment(id2, patch) {
      const current = await client.getDeployment(id2);
      const removed = new Set(patch.removeEnvironmentVariables ?? []);
      const setByKey = new Map((patch.setEnvironmentVariables ?? []).map((v) => [v.key, v]));
      const environmentVariables = [
        ...(current.environmentVariables ?? []).filter((v) => !removed.has(v.key) && !setByKey.has(v.key)).map((v) => v.isSecret ? { key: v.key, isSecret: true } : { key: v.key, isSecret: false, value: v.value ?? "" }),
        ...setByKey.values()
      ];
      const schedules = current.scalingSpec?.hibernationSpec?.schedules;
      const body = {
        name: patch.name ?? current.name,
        workspaceId: current.workspaceId,
        ...patch.description ?? current.description ? { description: patch.description ?? current.description } : {},
        ...patch.isDevelopmentMode ?? current.isDevelopmentMode ? { isDevelopmentMode: patch.isDevelopmentMode ?? current.isDevelopmentMode } : {},
        ...current.contactEmails ? { contactEmails: current.contactEmails } : {},
        ...schedules ? { scalingSpec: { hibernationSpec: { schedules } } } : {},
        type: current.type ?? "STANDARD",
        executor: current.executor ?? "CELERY",
        isCicdEnforced: current.isCicdEnforced ?? false,
        isDagDeployEnabled: patch.isDagDeployEnabled ?? current.isDagDeployEnabled,
        isHighAvailability: current.isHighAvailability ?? false,
        schedulerSize: current.schedulerSize ?? "SMALL",
        defaultTaskPodCpu: current.defaultTaskPodCpu,
        defaultTaskPodMemory: current.defaultTaskPodMemory,
        resourceQuotaCpu: current.resourceQuotaCpu,
        resourceQuotaMemory: current.resourceQuotaMemory,
        ...current.workerQueues ? { workerQueues: current.workerQueues.map(toWorkerQueueRequest) } : {},
        environmentVariables
      };
      return http.request({ method: "POST", path: deploymentPath(id2), body, idempotent: true, shape: "deployment" });
    },
    async listEnvironmentObjects(filter) {
      return readAllPages(
        `${org}/environment-objects`,
        async (offset) => {
          const page2 = await http.request({ method: "GET", path: `${org}/environment-objects`, query: { ...filter, limit: 100, offset }, idempotent: true, shape: "environmentObjectPage" });
          return { items: page2.environmentObjects, totalCount: page2.totalCount };
        },
        (o) => o.id
      );
    },
    async createEnvironmentObject(request) {
      return (await http.request({ method: "POST", path: `${org}/environment-objects`, body: request, idempotent: false, shape: "created" })).id;
    },
    async updateEnvironmentObject(id2, request) {
      await http.request({ method: "POST", path: `${org}/environment-objects/${encodeURIComponent(requireAstroId(id2, "the environment object ID"))}`, body: request, idempotent: true, shape: "created" });
    },
    async deleteEnvironmentObject(id2) {
      await http.request({ method: "DELETE", path: `${org}/environment-objects/${encodeURIComponent(requireAstroId(id2, "the environment object ID"))}`, idempotent: true });
    },
    getDeploymentOptions: async (deploymentId) => http.request({ method: "GET", path: `${org}/deployment-options`, query: { deploymentId }, idempotent: true, shape: "deploymentOptions" }),
    async setHibernationOverride(deploymentId, override) {
      await http.request({ method: "POST", path: `${deploymentPath(deploymentId)}/hibernation-override`, body: override, idempotent: true });
    },
    async deleteHibernationOverride(deploymentId) {
      await http.request({ method: "DELETE", path: `${deploymentPath(deploymentId)}/hibernation-override`, idempotent: true });
    },
    async listDeploys(deploymentId) {
      const path = `${deploymentPath(deploymentId)}/deploys`;
      return readAllPages(
        path,
        async (offset) => {
          const page2 = await http.request({ method: "GET", path, query: { limit: 100, offset }, idempotent: true, shape: "deployPage" });
          return { items: page2.deploys, totalCount: page2.totalCount };
        },
        (d) => d.id
      );
    }
  };
  return client;
}

// src/deploy/targets.ts
function parseDeploymentTargets(source) {
  const raw = source?.value?.deployments ?? [];
  return raw.map((entry, index) => {
    const line = source?.lineOf(["deployments", index]);
    if (entry["deployment-id"] && entry["deployment-name"]) {
      throw new ConfigurationError("a deployments entry names both deployment-id and deployment-name", { file: source?.file, line, fix: "keep one of them" });
    }
    requireConfiguredAstroId(entry["deployment-id"], "deployment-id", source, ["deployments", index, "deployment-id"]);
    requireConfiguredAstroId(entry["workspace-id"], "workspace-id", source, ["deployments", index, "workspace-id"]);
    return {
      branches: [].concat(entry.branch),
      deploymentId: entry["deployment-id"],
      deploymentName: entry["deployment-name"],
      workspaceId: entry["workspace-id"],
      deployType: entry["deploy-type"],
      wait: entry.wait,
      line,
      name: entry.name ?? entry["deployment-name"] ?? entry["deployment-id"] ?? `deployments[${index}]`,
      deploymentFile: entry["deployment-file"],
      airflowSettings: entry["airflow-settings"],
      protected: entry.protected
    };
  });
}
function requireConfiguredAstroId(value, key, source, path) {
  if (value === void 0 || typeof value === "string" && new RegExp(ASTRO_ID_PATTERN).test(value)) return;
  throw new ConfigurationError(`${key} ${JSON.stringify(value)} is not an Astro ID`, { file: source?.file, line: source?.lineOf(path), fix: `write the ID as Astro shows it (letters, digits, '_' and '-', e.g. clx1y2z3a000008l4b6c7d8e9), or use the name (deployment-name) instead` });
}
function branchMatches(pattern, branch) {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*" && pattern[i + 1] === "*") {
      regex += ".*";
      i++;
    } else if (ch === "*") regex += "[^/]*";
    else if (ch === "?") regex += "[^/]";
    else regex += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`${regex}$`).test(branch);
}
function resolveDeploymentTarget(targets, branch, configFile) {
  if ([...branch].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) throw new ConfigurationError("the branch name contains control characters", { fix: "rename the branch" });
  const exact = targets.find((t) => t.branches.includes(branch));
  const target = exact ?? targets.find((t) => t.branches.some((b) => b.includes("*") || b.includes("?") ? branchMatches(b, branch) : false));
  if (!target) return { explanation: configFile ? `branch '${branch}' matches no entry of deployments: in ${configFile}: nothing to deploy` : `branch '${branch}' maps to no Deployment (there is no astro-ci.yaml with deployments:): nothing to deploy; give a deployment-id or deployment-name, or map the branch in astro-ci.yaml` };
  const where = `${configFile ?? "astro-ci.yaml"}${target.line ? `:${target.line}` : ""}`;
  return { target, explanation: `branch '${branch}' matches ${exact ? "exactly" : "the pattern"} ${target.branches.join(", ")} (${where}) \u2192 ${target.deploymentId ?? target.deploymentName}` };
}

export {
  IMAGE_REPOSITORY_PATTERN,
  IMAGE_TAG_PATTERN,
  AstroApiError,
  AstroApiAnswerError,
  firstBytes,
  realHttpDeps,
  createAstroHttp,
  readAllPages,
  toWorkerQueueRequest,
  createAstroClient,
  parseDeploymentTargets,
  requireConfiguredAstroId,
  branchMatches,
  resolveDeploymentTarget
};
