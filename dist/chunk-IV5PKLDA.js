import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  parseDockerfile
} from "./chunk-WXL4IICE.js";
import {
  readUserTextSync
} from "./chunk-X6UGG6GR.js";
import {
  makeDirectorySync
} from "./chunk-DW2KAGUK.js";
import {
  MAX_TIMER_MS,
  plural
} from "./chunk-ADQZYKCI.js";
import {
  droppedForCredentialValues,
  looksLikeCredential,
  projectCodeEnvironment,
  projectCodeRunner,
  signalName,
  spawnProjectCode,
  trackDescendants
} from "./chunk-SDJHYQXA.js";
import {
  onStop
} from "./chunk-OYQGNGHQ.js";

// src/dynamic/run-harness.ts
import { createInterface } from "node:readline";
import { basename, relative, sep } from "node:path";

// src/dynamic/harness-result-validator.generated.ts
var validateHarnessResult = validate10;
var schema11 = { "type": "object", "required": ["file", "status", "import_errors", "warnings", "dags"], "properties": { "file": { "type": "string" }, "status": { "enum": ["ok", "error", "timeout", "crash"] }, "import_errors": { "type": "array", "items": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" }, "traceback": { "type": "string" }, "line": { "type": ["integer", "null"] }, "dag_id": { "type": ["string", "null"] }, "kind": { "const": "timeout" }, "member": { "type": ["string", "null"] }, "member_line": { "type": ["integer", "null"] }, "raised_file": { "type": ["string", "null"] }, "raised_line": { "type": ["integer", "null"] } } } }, "warnings": { "type": "array", "items": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" }, "line": { "type": ["integer", "null"] }, "where": { "type": ["string", "null"] } } } }, "dags": { "type": "array", "items": { "type": "object", "required": ["dag_id", "tags", "task_ids"], "properties": { "dag_id": { "type": "string" }, "tags": { "type": "array", "items": { "type": "string" } }, "task_ids": { "type": "array", "items": { "type": "string" } }, "line": { "type": ["integer", "null"] }, "fileloc": { "type": "string" } } } }, "not_loaded": { "type": "array", "items": { "type": "object", "required": ["dag_id"], "properties": { "dag_id": { "type": "string" }, "line": { "type": ["integer", "null"] } } } }, "duplicates": { "type": "array", "items": { "type": "object", "required": ["dag_id", "lines"], "properties": { "dag_id": { "type": "string" }, "lines": { "type": "array", "items": { "type": "integer" } }, "count": { "type": "integer" }, "kept_line": { "type": ["integer", "null"] } } } }, "project_writes": { "type": "array", "items": { "type": "object", "required": ["path", "action", "line"], "properties": { "path": { "type": "string" }, "action": { "enum": ["writes", "creates", "renames", "deletes"] }, "line": { "type": ["integer", "null"] }, "process": { "type": "boolean" } } } }, "duration_ms": { "type": "number" }, "output": { "type": "string" }, "excepted": { "type": "boolean" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.file === void 0 && (missing0 = "file") || data.status === void 0 && (missing0 = "status") || data.import_errors === void 0 && (missing0 = "import_errors") || data.warnings === void 0 && (missing0 = "warnings") || data.dags === void 0 && (missing0 = "dags")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.file !== void 0) {
          const _errs1 = errors;
          if (typeof data.file !== "string") {
            validate10.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.status !== void 0) {
            let data1 = data.status;
            const _errs3 = errors;
            if (!(data1 === "ok" || data1 === "error" || data1 === "timeout" || data1 === "crash")) {
              validate10.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.status.enum } }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.import_errors !== void 0) {
              let data2 = data.import_errors;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.message === void 0 && (missing1 = "message")) {
                          validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0, schemaPath: "#/properties/import_errors/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                          return false;
                        } else {
                          if (data3.message !== void 0) {
                            const _errs8 = errors;
                            if (typeof data3.message !== "string") {
                              validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/message", schemaPath: "#/properties/import_errors/items/properties/message/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid2 = _errs8 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.traceback !== void 0) {
                              const _errs10 = errors;
                              if (typeof data3.traceback !== "string") {
                                validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/traceback", schemaPath: "#/properties/import_errors/items/properties/traceback/type", keyword: "type", params: { type: "string" } }];
                                return false;
                              }
                              var valid2 = _errs10 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data3.line !== void 0) {
                                let data6 = data3.line;
                                const _errs12 = errors;
                                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6))) && data6 !== null) {
                                  validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/line", schemaPath: "#/properties/import_errors/items/properties/line/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.line.type } }];
                                  return false;
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data3.dag_id !== void 0) {
                                  let data7 = data3.dag_id;
                                  const _errs14 = errors;
                                  if (typeof data7 !== "string" && data7 !== null) {
                                    validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/dag_id", schemaPath: "#/properties/import_errors/items/properties/dag_id/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.dag_id.type } }];
                                    return false;
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data3.kind !== void 0) {
                                    const _errs16 = errors;
                                    if ("timeout" !== data3.kind) {
                                      validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/kind", schemaPath: "#/properties/import_errors/items/properties/kind/const", keyword: "const", params: { allowedValue: "timeout" } }];
                                      return false;
                                    }
                                    var valid2 = _errs16 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data3.member !== void 0) {
                                      let data9 = data3.member;
                                      const _errs17 = errors;
                                      if (typeof data9 !== "string" && data9 !== null) {
                                        validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/member", schemaPath: "#/properties/import_errors/items/properties/member/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.member.type } }];
                                        return false;
                                      }
                                      var valid2 = _errs17 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data3.member_line !== void 0) {
                                        let data10 = data3.member_line;
                                        const _errs19 = errors;
                                        if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10))) && data10 !== null) {
                                          validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/member_line", schemaPath: "#/properties/import_errors/items/properties/member_line/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.member_line.type } }];
                                          return false;
                                        }
                                        var valid2 = _errs19 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data3.raised_file !== void 0) {
                                          let data11 = data3.raised_file;
                                          const _errs21 = errors;
                                          if (typeof data11 !== "string" && data11 !== null) {
                                            validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/raised_file", schemaPath: "#/properties/import_errors/items/properties/raised_file/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.raised_file.type } }];
                                            return false;
                                          }
                                          var valid2 = _errs21 === errors;
                                        } else {
                                          var valid2 = true;
                                        }
                                        if (valid2) {
                                          if (data3.raised_line !== void 0) {
                                            let data12 = data3.raised_line;
                                            const _errs23 = errors;
                                            if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12))) && data12 !== null) {
                                              validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0 + "/raised_line", schemaPath: "#/properties/import_errors/items/properties/raised_line/type", keyword: "type", params: { type: schema11.properties.import_errors.items.properties.raised_line.type } }];
                                              return false;
                                            }
                                            var valid2 = _errs23 === errors;
                                          } else {
                                            var valid2 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/import_errors/" + i0, schemaPath: "#/properties/import_errors/items/type", keyword: "type", params: { type: "object" } }];
                        return false;
                      }
                    }
                    var valid1 = _errs6 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/import_errors", schemaPath: "#/properties/import_errors/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.warnings !== void 0) {
                let data13 = data.warnings;
                const _errs25 = errors;
                if (errors === _errs25) {
                  if (Array.isArray(data13)) {
                    var valid3 = true;
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data14 = data13[i1];
                      const _errs27 = errors;
                      if (errors === _errs27) {
                        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                          let missing2;
                          if (data14.message === void 0 && (missing2 = "message")) {
                            validate10.errors = [{ instancePath: instancePath + "/warnings/" + i1, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: missing2 } }];
                            return false;
                          } else {
                            if (data14.message !== void 0) {
                              const _errs29 = errors;
                              if (typeof data14.message !== "string") {
                                validate10.errors = [{ instancePath: instancePath + "/warnings/" + i1 + "/message", schemaPath: "#/properties/warnings/items/properties/message/type", keyword: "type", params: { type: "string" } }];
                                return false;
                              }
                              var valid4 = _errs29 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data14.line !== void 0) {
                                let data16 = data14.line;
                                const _errs31 = errors;
                                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16))) && data16 !== null) {
                                  validate10.errors = [{ instancePath: instancePath + "/warnings/" + i1 + "/line", schemaPath: "#/properties/warnings/items/properties/line/type", keyword: "type", params: { type: schema11.properties.warnings.items.properties.line.type } }];
                                  return false;
                                }
                                var valid4 = _errs31 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data14.where !== void 0) {
                                  let data17 = data14.where;
                                  const _errs33 = errors;
                                  if (typeof data17 !== "string" && data17 !== null) {
                                    validate10.errors = [{ instancePath: instancePath + "/warnings/" + i1 + "/where", schemaPath: "#/properties/warnings/items/properties/where/type", keyword: "type", params: { type: schema11.properties.warnings.items.properties.where.type } }];
                                    return false;
                                  }
                                  var valid4 = _errs33 === errors;
                                } else {
                                  var valid4 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/warnings/" + i1, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "object" } }];
                          return false;
                        }
                      }
                      var valid3 = _errs27 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" } }];
                    return false;
                  }
                }
                var valid0 = _errs25 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.dags !== void 0) {
                  let data18 = data.dags;
                  const _errs35 = errors;
                  if (errors === _errs35) {
                    if (Array.isArray(data18)) {
                      var valid5 = true;
                      const len2 = data18.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        let data19 = data18[i2];
                        const _errs37 = errors;
                        if (errors === _errs37) {
                          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                            let missing3;
                            if (data19.dag_id === void 0 && (missing3 = "dag_id") || data19.tags === void 0 && (missing3 = "tags") || data19.task_ids === void 0 && (missing3 = "task_ids")) {
                              validate10.errors = [{ instancePath: instancePath + "/dags/" + i2, schemaPath: "#/properties/dags/items/required", keyword: "required", params: { missingProperty: missing3 } }];
                              return false;
                            } else {
                              if (data19.dag_id !== void 0) {
                                const _errs39 = errors;
                                if (typeof data19.dag_id !== "string") {
                                  validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/dag_id", schemaPath: "#/properties/dags/items/properties/dag_id/type", keyword: "type", params: { type: "string" } }];
                                  return false;
                                }
                                var valid6 = _errs39 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data19.tags !== void 0) {
                                  let data21 = data19.tags;
                                  const _errs41 = errors;
                                  if (errors === _errs41) {
                                    if (Array.isArray(data21)) {
                                      var valid7 = true;
                                      const len3 = data21.length;
                                      for (let i3 = 0; i3 < len3; i3++) {
                                        const _errs43 = errors;
                                        if (typeof data21[i3] !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/tags/" + i3, schemaPath: "#/properties/dags/items/properties/tags/items/type", keyword: "type", params: { type: "string" } }];
                                          return false;
                                        }
                                        var valid7 = _errs43 === errors;
                                        if (!valid7) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/tags", schemaPath: "#/properties/dags/items/properties/tags/type", keyword: "type", params: { type: "array" } }];
                                      return false;
                                    }
                                  }
                                  var valid6 = _errs41 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data19.task_ids !== void 0) {
                                    let data23 = data19.task_ids;
                                    const _errs45 = errors;
                                    if (errors === _errs45) {
                                      if (Array.isArray(data23)) {
                                        var valid8 = true;
                                        const len4 = data23.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                          const _errs47 = errors;
                                          if (typeof data23[i4] !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/task_ids/" + i4, schemaPath: "#/properties/dags/items/properties/task_ids/items/type", keyword: "type", params: { type: "string" } }];
                                            return false;
                                          }
                                          var valid8 = _errs47 === errors;
                                          if (!valid8) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/task_ids", schemaPath: "#/properties/dags/items/properties/task_ids/type", keyword: "type", params: { type: "array" } }];
                                        return false;
                                      }
                                    }
                                    var valid6 = _errs45 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data19.line !== void 0) {
                                      let data25 = data19.line;
                                      const _errs49 = errors;
                                      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25))) && data25 !== null) {
                                        validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/line", schemaPath: "#/properties/dags/items/properties/line/type", keyword: "type", params: { type: schema11.properties.dags.items.properties.line.type } }];
                                        return false;
                                      }
                                      var valid6 = _errs49 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data19.fileloc !== void 0) {
                                        const _errs51 = errors;
                                        if (typeof data19.fileloc !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/dags/" + i2 + "/fileloc", schemaPath: "#/properties/dags/items/properties/fileloc/type", keyword: "type", params: { type: "string" } }];
                                          return false;
                                        }
                                        var valid6 = _errs51 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/dags/" + i2, schemaPath: "#/properties/dags/items/type", keyword: "type", params: { type: "object" } }];
                            return false;
                          }
                        }
                        var valid5 = _errs37 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/dags", schemaPath: "#/properties/dags/type", keyword: "type", params: { type: "array" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs35 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.not_loaded !== void 0) {
                    let data27 = data.not_loaded;
                    const _errs53 = errors;
                    if (errors === _errs53) {
                      if (Array.isArray(data27)) {
                        var valid9 = true;
                        const len5 = data27.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data28 = data27[i5];
                          const _errs55 = errors;
                          if (errors === _errs55) {
                            if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                              let missing4;
                              if (data28.dag_id === void 0 && (missing4 = "dag_id")) {
                                validate10.errors = [{ instancePath: instancePath + "/not_loaded/" + i5, schemaPath: "#/properties/not_loaded/items/required", keyword: "required", params: { missingProperty: missing4 } }];
                                return false;
                              } else {
                                if (data28.dag_id !== void 0) {
                                  const _errs57 = errors;
                                  if (typeof data28.dag_id !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/not_loaded/" + i5 + "/dag_id", schemaPath: "#/properties/not_loaded/items/properties/dag_id/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid10 = _errs57 === errors;
                                } else {
                                  var valid10 = true;
                                }
                                if (valid10) {
                                  if (data28.line !== void 0) {
                                    let data30 = data28.line;
                                    const _errs59 = errors;
                                    if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30))) && data30 !== null) {
                                      validate10.errors = [{ instancePath: instancePath + "/not_loaded/" + i5 + "/line", schemaPath: "#/properties/not_loaded/items/properties/line/type", keyword: "type", params: { type: schema11.properties.not_loaded.items.properties.line.type } }];
                                      return false;
                                    }
                                    var valid10 = _errs59 === errors;
                                  } else {
                                    var valid10 = true;
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/not_loaded/" + i5, schemaPath: "#/properties/not_loaded/items/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                          var valid9 = _errs55 === errors;
                          if (!valid9) {
                            break;
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/not_loaded", schemaPath: "#/properties/not_loaded/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs53 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.duplicates !== void 0) {
                      let data31 = data.duplicates;
                      const _errs61 = errors;
                      if (errors === _errs61) {
                        if (Array.isArray(data31)) {
                          var valid11 = true;
                          const len6 = data31.length;
                          for (let i6 = 0; i6 < len6; i6++) {
                            let data32 = data31[i6];
                            const _errs63 = errors;
                            if (errors === _errs63) {
                              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                let missing5;
                                if (data32.dag_id === void 0 && (missing5 = "dag_id") || data32.lines === void 0 && (missing5 = "lines")) {
                                  validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6, schemaPath: "#/properties/duplicates/items/required", keyword: "required", params: { missingProperty: missing5 } }];
                                  return false;
                                } else {
                                  if (data32.dag_id !== void 0) {
                                    const _errs65 = errors;
                                    if (typeof data32.dag_id !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6 + "/dag_id", schemaPath: "#/properties/duplicates/items/properties/dag_id/type", keyword: "type", params: { type: "string" } }];
                                      return false;
                                    }
                                    var valid12 = _errs65 === errors;
                                  } else {
                                    var valid12 = true;
                                  }
                                  if (valid12) {
                                    if (data32.lines !== void 0) {
                                      let data34 = data32.lines;
                                      const _errs67 = errors;
                                      if (errors === _errs67) {
                                        if (Array.isArray(data34)) {
                                          var valid13 = true;
                                          const len7 = data34.length;
                                          for (let i7 = 0; i7 < len7; i7++) {
                                            let data35 = data34[i7];
                                            const _errs69 = errors;
                                            if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                                              validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6 + "/lines/" + i7, schemaPath: "#/properties/duplicates/items/properties/lines/items/type", keyword: "type", params: { type: "integer" } }];
                                              return false;
                                            }
                                            var valid13 = _errs69 === errors;
                                            if (!valid13) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6 + "/lines", schemaPath: "#/properties/duplicates/items/properties/lines/type", keyword: "type", params: { type: "array" } }];
                                          return false;
                                        }
                                      }
                                      var valid12 = _errs67 === errors;
                                    } else {
                                      var valid12 = true;
                                    }
                                    if (valid12) {
                                      if (data32.count !== void 0) {
                                        let data36 = data32.count;
                                        const _errs71 = errors;
                                        if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                                          validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6 + "/count", schemaPath: "#/properties/duplicates/items/properties/count/type", keyword: "type", params: { type: "integer" } }];
                                          return false;
                                        }
                                        var valid12 = _errs71 === errors;
                                      } else {
                                        var valid12 = true;
                                      }
                                      if (valid12) {
                                        if (data32.kept_line !== void 0) {
                                          let data37 = data32.kept_line;
                                          const _errs73 = errors;
                                          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37))) && data37 !== null) {
                                            validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6 + "/kept_line", schemaPath: "#/properties/duplicates/items/properties/kept_line/type", keyword: "type", params: { type: schema11.properties.duplicates.items.properties.kept_line.type } }];
                                            return false;
                                          }
                                          var valid12 = _errs73 === errors;
                                        } else {
                                          var valid12 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/duplicates/" + i6, schemaPath: "#/properties/duplicates/items/type", keyword: "type", params: { type: "object" } }];
                                return false;
                              }
                            }
                            var valid11 = _errs63 === errors;
                            if (!valid11) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/duplicates", schemaPath: "#/properties/duplicates/type", keyword: "type", params: { type: "array" } }];
                          return false;
                        }
                      }
                      var valid0 = _errs61 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.project_writes !== void 0) {
                        let data38 = data.project_writes;
                        const _errs75 = errors;
                        if (errors === _errs75) {
                          if (Array.isArray(data38)) {
                            var valid14 = true;
                            const len8 = data38.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                              let data39 = data38[i8];
                              const _errs77 = errors;
                              if (errors === _errs77) {
                                if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                  let missing6;
                                  if (data39.path === void 0 && (missing6 = "path") || data39.action === void 0 && (missing6 = "action") || data39.line === void 0 && (missing6 = "line")) {
                                    validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8, schemaPath: "#/properties/project_writes/items/required", keyword: "required", params: { missingProperty: missing6 } }];
                                    return false;
                                  } else {
                                    if (data39.path !== void 0) {
                                      const _errs79 = errors;
                                      if (typeof data39.path !== "string") {
                                        validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8 + "/path", schemaPath: "#/properties/project_writes/items/properties/path/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                      }
                                      var valid15 = _errs79 === errors;
                                    } else {
                                      var valid15 = true;
                                    }
                                    if (valid15) {
                                      if (data39.action !== void 0) {
                                        let data41 = data39.action;
                                        const _errs81 = errors;
                                        if (!(data41 === "writes" || data41 === "creates" || data41 === "renames" || data41 === "deletes")) {
                                          validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8 + "/action", schemaPath: "#/properties/project_writes/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema11.properties.project_writes.items.properties.action.enum } }];
                                          return false;
                                        }
                                        var valid15 = _errs81 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data39.line !== void 0) {
                                          let data42 = data39.line;
                                          const _errs82 = errors;
                                          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42))) && data42 !== null) {
                                            validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8 + "/line", schemaPath: "#/properties/project_writes/items/properties/line/type", keyword: "type", params: { type: schema11.properties.project_writes.items.properties.line.type } }];
                                            return false;
                                          }
                                          var valid15 = _errs82 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                        if (valid15) {
                                          if (data39.process !== void 0) {
                                            const _errs84 = errors;
                                            if (typeof data39.process !== "boolean") {
                                              validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8 + "/process", schemaPath: "#/properties/project_writes/items/properties/process/type", keyword: "type", params: { type: "boolean" } }];
                                              return false;
                                            }
                                            var valid15 = _errs84 === errors;
                                          } else {
                                            var valid15 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/project_writes/" + i8, schemaPath: "#/properties/project_writes/items/type", keyword: "type", params: { type: "object" } }];
                                  return false;
                                }
                              }
                              var valid14 = _errs77 === errors;
                              if (!valid14) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/project_writes", schemaPath: "#/properties/project_writes/type", keyword: "type", params: { type: "array" } }];
                            return false;
                          }
                        }
                        var valid0 = _errs75 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.duration_ms !== void 0) {
                          const _errs86 = errors;
                          if (!(typeof data.duration_ms == "number")) {
                            validate10.errors = [{ instancePath: instancePath + "/duration_ms", schemaPath: "#/properties/duration_ms/type", keyword: "type", params: { type: "number" } }];
                            return false;
                          }
                          var valid0 = _errs86 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.output !== void 0) {
                            const _errs88 = errors;
                            if (typeof data.output !== "string") {
                              validate10.errors = [{ instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid0 = _errs88 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.excepted !== void 0) {
                              const _errs90 = errors;
                              if (typeof data.excepted !== "boolean") {
                                validate10.errors = [{ instancePath: instancePath + "/excepted", schemaPath: "#/properties/excepted/type", keyword: "type", params: { type: "boolean" } }];
                                return false;
                              }
                              var valid0 = _errs90 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/dynamic/run-harness.ts
var nodeProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve2) => {
      const local = basename(command) !== "docker";
      const child = spawnProjectCode(command, args, { extraEnv: options.env, stdin: "pipe", ownProcessGroup: local });
      const tree = local && child.pid !== void 0 ? trackDescendants(child.pid) : void 0;
      const kill = () => {
        if (tree) tree.killAll();
        else child.kill("SIGKILL");
      };
      const forget = local ? onStop(kill) : () => void 0;
      const resume = local && child.pid !== void 0 ? keepRunning(child.pid) : void 0;
      let stderr = "";
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        kill();
      }, options.timeoutMs);
      const finish = (result) => {
        clearTimeout(timer);
        if (resume) clearInterval(resume);
        forget();
        tree?.stop();
        resolve2(result);
      };
      child.stderr?.on("data", (chunk) => {
        if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
      });
      if (child.stdout) createInterface({ input: child.stdout }).on("line", options.onLine);
      child.on("error", (error) => finish({ exitCode: null, stderr: `${stderr}${error.message}`, timedOut }));
      child.on("exit", () => {
        if (resume) clearInterval(resume);
        tree?.killAll();
      });
      child.on("close", (code, signal) => finish({ exitCode: code, stderr, timedOut, ...signal ? { signal } : {} }));
      child.stdin?.end(options.stdin);
    });
  }
};
var RESUME_INTERVAL_MS = 250;
function keepRunning(group) {
  const timer = setInterval(() => {
    try {
      process.kill(-group, "SIGCONT");
    } catch {
    }
  }, RESUME_INTERVAL_MS);
  timer.unref();
  return timer;
}
var MAX_HARNESS_RESTARTS = 5;
var pythonVersionOf = (value) => typeof value === "string" && /^\d+\.\d+(\.\d+)?/.test(value) ? value : void 0;
async function runHarnessOnce(options, request, timeoutMs, onResult) {
  const requested = new Set(request.files);
  const run = { results: [], started: [], garbage: 0 };
  const versions = (message) => ({
    airflow_version: String(message.airflow_version ?? "unknown"),
    dagbag_module: String(message.dagbag_module ?? ""),
    python: pythonVersionOf(message.python)
  });
  const outcome = await (options.runner ?? nodeProcessRunner).run(options.python, [...options.pythonArgs ?? [], options.harnessPath], {
    stdin: JSON.stringify(request),
    env: options.env,
    timeoutMs,
    onLine(line) {
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        run.garbage++;
        return;
      }
      if (typeof message !== "object" || message === null) run.garbage++;
      else if (message.fatal) run.fatal = { message: String(message.message ?? message.fatal) };
      else if (message.done) run.done = versions(message);
      else if (message.warm === true) run.warm = versions(message);
      else if (typeof message.started === "string" && requested.has(message.started)) run.started.push(message.started);
      else if (isFileImportResult(message, requested)) {
        run.results.push(message);
        onResult(message);
      } else run.garbage++;
    }
  });
  return { ...run, outcome };
}
function crashResult(file, message, request) {
  const excepted = [relative(request.project_root, file), relative(request.dags_folder, file)].some((path) => request.integrity_exceptions.includes(toPosix(path)));
  return { file, status: "crash", import_errors: [{ message, traceback: "", line: null }], warnings: [], dags: [], duration_ms: 0, excepted };
}
var endedBy = (outcome) => outcome.signal ? `signal ${outcome.signal}` : outcome.exitCode === null ? "an unknown cause" : `exit code ${outcome.exitCode}`;
function killedBy(outcome) {
  if (outcome.signal) return outcome.signal;
  return outcome.exitCode === null ? void 0 : signalName(outcome.exitCode - 128);
}
async function runImportHarness(options) {
  const deadline = Date.now() + options.timeoutMs;
  const results = [];
  const reported = /* @__PURE__ */ new Set();
  const take = (result) => {
    const { amended, ...rest } = result;
    if (reported.has(rest.file)) {
      const at = results.findIndex((r) => r.file === rest.file);
      if (amended === true && at !== -1) results[at] = rest;
      return;
    }
    reported.add(rest.file);
    results.push(rest);
    options.onResult?.(rest);
  };
  const relativeToProject = (file) => toPosix(relative(options.request.project_root, file));
  let versions;
  let restarts = 0;
  let runs = 0;
  let suspects = [];
  let lastDeath;
  for (; ; ) {
    const pending = options.request.files.filter((f) => !reported.has(f));
    if (pending.length === 0) break;
    const alone = suspects.filter((f) => !reported.has(f));
    suspects = alone;
    const request = alone.length > 0 ? { ...options.request, files: alone, max_workers: 1 } : { ...options.request, files: pending };
    runs++;
    const run = await runHarnessOnce(options, request, Math.max(1e3, deadline - Date.now()), take);
    const { outcome } = run;
    versions = run.done ?? run.warm ?? versions;
    if (versions === void 0) {
      if (run.fatal) return { status: "airflow-unavailable", message: run.fatal.message };
      if (outcome.exitCode === null && !outcome.timedOut && !outcome.signal) return { status: "airflow-unavailable", message: `cannot start ${options.python}: ${outcome.stderr.trim()}` };
    }
    if (outcome.timedOut) return { status: "failed", message: `the import harness did not finish within ${Math.round(options.timeoutMs / 1e3)} s` };
    const stderrTail = outcome.stderr.trim().split("\n").slice(-3).join(" | ");
    if (run.done) {
      for (const file of request.files) {
        if (!reported.has(file)) take(crashResult(file, "the import harness reported no readable result for this file (does it write to a file descriptor it did not open?)", options.request));
      }
      continue;
    }
    const killed = run.warm ? killedBy(outcome) : void 0;
    if (!killed && restarts === 0) {
      return { status: "failed", message: `the import harness stopped early (${endedBy(outcome)})${run.garbage ? `, ${run.garbage} unreadable lines` : ""}: ${stderrTail}` };
    }
    const broken = !killed ? run.fatal?.message ?? `${endedBy(outcome)}: ${stderrTail}` : void 0;
    const inFlight = [...new Set(run.started)].filter((f) => !reported.has(f));
    const how = `signal ${killed}`;
    if (broken === void 0 && inFlight.length === 1 && inFlight[0] !== void 0) {
      const file = inFlight[0];
      take(
        crashResult(
          file,
          `the import killed astro-ci's Airflow process, the parent of the process importing the file (it ended with ${how} while this file, and no other, was being imported): in Airflow's scheduler that parent is the DAG file processor manager, which parses every DAG file and would be killed at each parse of this one`,
          options.request
        )
      );
      lastDeath = { file: relativeToProject(file), how };
    } else if (broken === void 0) {
      if (inFlight.length > 1) suspects = inFlight;
      lastDeath = { how };
    }
    if (broken !== void 0 || ++restarts > MAX_HARNESS_RESTARTS) {
      const why = broken !== void 0 ? `astro-ci's Airflow process died during the run${lastDeath?.file ? ` (while importing ${lastDeath.file})` : ""} and, started again, failed (${broken})` : `astro-ci's Airflow process died ${restarts} times during the run (${lastDeath?.how ?? how}${lastDeath?.file ? `, the last time while importing ${lastDeath.file}` : ""}) and was not started again`;
      for (const file of options.request.files) if (!reported.has(file)) take(crashResult(file, `not checked: ${why}, so this file was not imported`, options.request));
      break;
    }
  }
  if (versions === void 0) return { status: "failed", message: "the import harness reported nothing" };
  return { status: "ok", airflowVersion: versions.airflow_version, dagbagModule: versions.dagbag_module, results, pythonVersion: versions.python, ...runs > 1 ? { harnessRestarts: runs - 1 } : {} };
}
function isFileImportResult(value, requested) {
  return validateHarnessResult(value) && requested.has(value.file);
}
var toPosix = (p) => p.split(sep).join("/");
function findingLine(line) {
  return typeof line === "number" && Number.isFinite(line) && line >= 1 ? Math.floor(line) : 1;
}
var IMPORT_ERROR_FIXES = [
  [/^not checked: /, "correct the files reported as killing astro-ci's Airflow process (import-crash) and run again: this file is imported once they no longer do"],
  [
    /astro-ci refused the signal|killed astro-ci's Airflow process|kills other processes importing DAG files/,
    "do not signal processes at import: module-level code runs at every parse, in the scheduler's DAG file processor; stop or signal processes from a task, and only ones it started"
  ],
  [/\bSerializationError\b.*not registered/, "register the timetable in a plugin: an AirflowPlugin subclass in plugins/ with `timetables = [YourTimetable]`, the class imported from there"],
  [/\b(ModuleNotFoundError|ImportError)\b/, "add the package that provides it to requirements.txt, or correct the import (the project's modules import from the project root: `from include.x import y`)"],
  [/\b(SyntaxError|IndentationError|TabError)\b/, "correct the syntax where Python points"],
  [/\bNameError\b/, "define or import the name before this line runs"],
  [/\bAirflowDagCycleException\b/, "remove the dependency that closes the cycle (around the faulty task)"],
  [/\bDuplicateTaskIdFound\b/, "give each task in the DAG its own task_id"],
  [/Invalid arguments were passed/, "remove or correct the arguments the message lists (a misspelt keyword is not accepted)"],
  [/\b(AirflowTimetableInvalid|Invalid timetable|cron expression)\b/i, "correct the schedule: a 5-field cron expression, a preset (@daily), a timedelta, datasets or a timetable"]
];
var RAISED_ELSEWHERE_FIXES = [
  [/\b(ModuleNotFoundError|ImportError)\b/, (where) => `the failing import is in ${where}: add the package that provides it to requirements.txt, or correct that import (the project's modules import from the project root: \`from include.x import y\`)`],
  [/\b(SyntaxError|IndentationError|TabError)\b/, (where) => `correct the syntax in ${where}, where Python points (this file only imports it)`],
  [/\bNameError\b/, (where) => `define or import the name in ${where} before that line runs`]
];
function importErrorFix(message, where) {
  if (where) {
    const elsewhere = RAISED_ELSEWHERE_FIXES.find(([pattern]) => pattern.test(message))?.[1];
    if (elsewhere) return elsewhere(where);
    const fix = IMPORT_ERROR_FIXES.find(([pattern]) => pattern.test(message))?.[1];
    return fix ? `${fix}; it is raised in ${where}, which this line imports or calls` : `correct the code in ${where}, where the error is raised (this line imports or calls it): the scheduler runs a DAG file's module-level code, and what it imports, at every parse, and this error stops it`;
  }
  return IMPORT_ERROR_FIXES.find(([pattern]) => pattern.test(message))?.[1] ?? "correct the code where the error is raised: the scheduler runs a DAG file's module-level code at every parse, and this error stops it";
}
function withRelativePath(message, absolute, file) {
  return absolute && absolute !== file ? message.split(absolute).join(file) : message;
}
function raisedElsewhere(error, repoRoot, dagFile) {
  if (typeof error.raised_file !== "string" || !error.raised_file) return void 0;
  const path = toPosix(relative(repoRoot, error.raised_file));
  if (path === dagFile) return void 0;
  return typeof error.raised_line === "number" && error.raised_line >= 1 ? `${path}:${Math.floor(error.raised_line)}` : path;
}
var STUBBED_VALUE = /\b(NON_DEFAULT_MOCKED_VARIABLE_VALUE|MOCKED_KEY_VALUE|MOCKED_[A-Z0-9_]+_VALUE)\b/;
function warningFix(message) {
  return /Deprecat|RemovedInAirflow/.test(message.split(":")[0] ?? "") ? "replace the deprecated usage as the warning says (it stops working in a later Airflow)" : "change the code the warning is about, or, if it is expected, silence it in the DAG file (warnings.filterwarnings) so the parse stays clean";
}
function dagLineFor(error, result, file, staticDags) {
  const inFile = staticDags.filter((d) => d.file === file);
  const named = error.dag_id ?? [...result.dags, ...result.not_loaded ?? []].map((d) => d.dag_id).find((id) => error.message.includes(id));
  if (named !== void 0) {
    const known = inFile.find((d) => d.dagId === named);
    if (known) return known.line;
    const seen = [...result.not_loaded ?? [], ...result.dags].find((d) => d.dag_id === named && typeof d.line === "number");
    if (seen?.line) return seen.line;
  }
  const rejected = result.not_loaded ?? [];
  if (rejected.length === 1 && rejected[0]) {
    const known = inFile.find((d) => d.dagId === rejected[0]?.dag_id);
    if (known) return known.line;
    if (typeof rejected[0].line === "number") return rejected[0].line;
  }
  if (inFile.length === 1) return inFile[0]?.line;
  return void 0;
}
function argumentLine(error, file, line, staticDags) {
  const keyword = /unexpected keyword argument '([A-Za-z_][A-Za-z0-9_]*)'/.exec(error.message)?.[1];
  const name = keyword ?? (/AirflowTimetableInvalid|Invalid timetable|not acceptable|cron expression/i.test(error.message) ? "schedule" : void 0);
  if (!name) return line;
  const candidates = staticDags.filter((d) => d.file === file && d.arguments?.some((a) => a.name === name || name === "schedule" && a.name === "schedule_interval")).sort((a, b) => Math.abs(a.line - (line ?? a.line)) - Math.abs(b.line - (line ?? b.line)));
  const dag = candidates[0];
  if (!dag || line !== void 0 && candidates.length > 1 && dag.line !== line) return line;
  return dag.arguments?.find((a) => a.name === name || name === "schedule" && a.name === "schedule_interval")?.line ?? line;
}
function importResultsToFindings(results, options) {
  const findings = [];
  for (const result of results) {
    const file = toPosix(relative(options.repoRoot, result.file));
    findings.push(...duplicateFindings(result, file, options.staticDags ?? [], options.duplicateLevel ?? "error"));
    for (const error of result.import_errors) {
      const checkId = result.status === "timeout" || error.kind === "timeout" ? "import-timeout" : result.status === "crash" ? "import-crash" : "import-error";
      const member = typeof error.member === "string" ? `${error.member}${typeof error.member_line === "number" && error.member_line >= 1 ? ` line ${error.member_line}` : ""} (inside the zip): ` : "";
      const where = checkId === "import-error" && !member ? raisedElsewhere(error, options.repoRoot, file) : void 0;
      const stubbed = checkId === "import-error" ? STUBBED_VALUE.exec(error.message)?.[1] : void 0;
      const notes = [
        ...where ? [`raised in ${where}`] : [],
        ...stubbed ? [`'${stubbed}' is a stand-in value: astro-ci stubs Variable.get, connections and os.getenv while importing, as astro dev parse does, so a lookup without a default returns it instead of the real value`] : []
      ];
      findings.push({
        checkId,
        severity: result.excepted ? "notice" : "error",
        file,
        line: member ? 1 : findingLine(argumentLine(error, file, error.line ?? dagLineFor(error, result, file, options.staticDags ?? []), options.staticDags ?? [])),
        ...error.dag_id ? { dagId: error.dag_id } : {},
        message: `${result.excepted ? "(listed in .astro/dag_integrity_exceptions.txt) " : ""}${error.message.startsWith("not checked: ") ? "" : "Airflow cannot import this file: "}${member}${withRelativePath(error.message, result.file, file)}${notes.length ? ` (${notes.join("; ")})` : ""}`,
        fix: checkId === "import-timeout" ? "move slow work out of module level (into tasks); the scheduler stops imports after dagbag_import_timeout" : stubbed ? `${importErrorFix(error.message, where)}; where the real value is needed at parse time, give the lookup a default (Variable.get("x", default_var=...), os.getenv("X", "...")) or move it into a task` : importErrorFix(error.message, where)
      });
    }
    for (const warning of result.warnings) {
      findings.push({
        checkId: "import-warning",
        severity: "warning",
        file,
        line: findingLine(warning.line),
        message: `Airflow records this warning when it imports the file (DagBag's captured_warnings): ${warning.message}${warning.where ? ` (raised at ${warning.where})` : ""}`,
        fix: warningFix(warning.message)
      });
    }
    for (const write of result.project_writes ?? []) {
      if (typeof write?.path !== "string" || !(Number.isInteger(write.line) || write.process === true && write.line === null)) continue;
      const who = write.process === true ? `a process started by importing this file${typeof write.line === "number" ? ` (line ${write.line})` : ""}` : "importing this file";
      findings.push({
        checkId: "import-side-effect",
        severity: result.excepted ? "notice" : "warning",
        file,
        line: findingLine(write.line),
        message: `${who} ${write.action} ${write.path} in the project: the scheduler runs module-level code at every parse of the file (min_file_process_interval, 30 s by default), so it happens again and again there \u2014 and this check just did it in the checkout`,
        fix: "move the file work into a task, or write outside the project (a temporary folder)"
      });
    }
  }
  return findings;
}
function duplicateFindings(result, file, staticDags, level) {
  if (level === "off") return [];
  const findings = [];
  for (const duplicate of result.duplicates ?? []) {
    if (staticDags.filter((d) => d.file === file && d.dagId === duplicate.dag_id).length > 1) continue;
    const where = duplicate.lines.length > 1 ? `on lines ${duplicate.lines.join(", ")}` : duplicate.lines.length === 1 ? `on line ${duplicate.lines[0]} (in a loop or a factory)` : "";
    findings.push({
      checkId: "duplicate-dag-id",
      severity: result.excepted ? "notice" : level,
      file,
      line: findingLine(duplicate.lines[0]),
      dagId: duplicate.dag_id,
      message: `${result.excepted ? "(listed in .astro/dag_integrity_exceptions.txt) " : ""}dag_id '${duplicate.dag_id}' is created ${duplicate.count} times in this file${where ? ` ${where}` : ""}: Airflow keeps one of them, not always the same one from one parse to the next, without an error anywhere (not even in astro dev parse)`,
      fix: "give each DAG a unique dag_id"
    });
  }
  return findings;
}
function mergeDagInventories(staticDags, dynamic, options) {
  const merged = staticDags.map((dag) => ({ ...dag }));
  const describe = (result, error) => {
    const kind = result.status === "timeout" ? "import timed out" : result.status === "crash" ? "import crashed" : "import error";
    return error ? `${kind}: ${withRelativePath(error.message, result.file, toPosix(relative(options.repoRoot, result.file))).split("\n")[0]}` : kind;
  };
  const firstError = (result) => describe(result, result.import_errors[0]);
  for (const result of dynamic) {
    const file = toPosix(relative(options.repoRoot, result.file));
    const inFile = merged.filter((d) => d.file === file);
    if (result.dags.length === 0 && result.import_errors.length > 0) {
      for (const dag of inFile) Object.assign(dag, { loaded: false, notLoadedReason: firstError(result) });
    }
    if (result.status === "ok" && result.import_errors.length === 0) {
      const made = new Set([...result.dags, ...result.not_loaded ?? []].map((d) => d.dag_id));
      for (const dag of inFile) {
        if (typeof dag.dagId === "string" && dag.loaded !== false && !made.has(dag.dagId)) {
          Object.assign(dag, { loaded: false, notLoadedReason: "not made when the file was imported (made only under a condition that did not hold there)" });
        }
      }
    }
    for (const seen of result.not_loaded ?? []) {
      const match = inFile.find((d) => d.dagId === seen.dag_id);
      const named = result.import_errors.find((e) => e.dag_id === seen.dag_id || e.message.includes(seen.dag_id));
      if (match && (named || match.loaded !== false)) Object.assign(match, { loaded: false, notLoadedReason: named ? describe(result, named) : "Airflow did not load it" });
    }
    for (const seen of result.dags) {
      const sameId = inFile.filter((d) => d.dagId === seen.dag_id && d.loaded !== false);
      if (sameId.length > 1) {
        const kept = sameId.find((d) => d.line === seen.line) ?? sameId[0];
        const lines = [...new Set(sameId.map((d) => d.line))].sort((a, b) => a - b);
        for (const dag of sameId) {
          if (dag === kept) continue;
          if (dag.line === kept?.line) merged.splice(merged.indexOf(dag), 1);
          else Object.assign(dag, { loaded: false, notLoadedReason: `duplicate dag_id in this file (lines ${lines.join(", ")}): Airflow keeps one of them, not always the same one; this import kept line ${kept?.line}` });
        }
      }
      const match = merged.find((d) => d.file === file && d.loaded !== false && (d.dagId === seen.dag_id || typeof d.dagId !== "string" && inFile.length === 1 && result.dags.length === 1));
      const known = {
        dagId: seen.dag_id,
        tags: seen.tags,
        owner: typeof seen.owner === "string" ? seen.owner : void 0,
        retries: typeof seen.retries === "number" ? seen.retries : void 0,
        schedule: typeof seen.schedule === "string" || seen.schedule === null ? seen.schedule : void 0,
        catchup: typeof seen.catchup === "boolean" ? seen.catchup : void 0,
        taskCount: seen.task_ids.length
      };
      if (match) {
        for (const [key, value] of Object.entries(known)) if (value !== void 0) match[key] = value;
      } else {
        const template = inFile.find((d) => typeof d.dagId !== "string");
        merged.push({ file, line: findingLine(seen.line ?? template?.line), definedBy: template?.definedBy ?? "DAG()", startDate: template?.startDate, ...known });
      }
    }
    if (result.dags.length > 1) {
      for (const dag of inFile) if (typeof dag.dagId !== "string" && dag.loaded !== false) merged.splice(merged.indexOf(dag), 1);
    }
  }
  const firstFile = /* @__PURE__ */ new Map();
  for (const dag of merged) {
    if (typeof dag.dagId !== "string" || dag.loaded === false) continue;
    const first = firstFile.get(dag.dagId);
    if (first === void 0) firstFile.set(dag.dagId, dag.file);
    else if (first !== dag.file) Object.assign(dag, { loaded: false, notLoadedReason: `duplicate dag_id: Airflow keeps the DAG from ${first}` });
  }
  return merged;
}

// src/dynamic/dynamic-tier.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join3 } from "node:path";
import { fileURLToPath } from "node:url";

// src/dynamic/airflow-environment.ts
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
var identity = (p) => p;
function airflowPipArguments(airflowVersion, pythonVersion) {
  const exact = /^\d+\.\d+\.\d+$/.test(airflowVersion);
  if (!exact) return { args: [`apache-airflow~=${airflowVersion}.0`] };
  const constraintsUrl = `https://raw.githubusercontent.com/apache/airflow/constraints-${airflowVersion}/constraints-${pythonVersion}.txt`;
  return { args: [`apache-airflow==${airflowVersion}`, "--constraint", constraintsUrl], constraintsUrl };
}
function venvCacheKey(airflowVersion, pythonVersion, requirementsText) {
  const digest = createHash("sha256").update(requirementsText).digest("hex").slice(0, 16);
  return `airflow-${airflowVersion}-py${pythonVersion}-req-${digest}`;
}
async function pythonVersionOf2(python, runner) {
  const probe = await runner.run(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { env: projectCodeEnvironment(process.env) });
  return probe.exitCode === 0 ? probe.stdout.trim() : void 0;
}
var PROBE = [
  "import json, os, site, sys",
  "try:",
  "    import airflow",
  "    version = airflow.__version__",
  "except ModuleNotFoundError as e:",
  "    if e.name != 'airflow': raise",
  "    version = None",
  "folders = [p for p in sys.path if p and os.path.isdir(p)]",
  "user = site.getusersitepackages() if site.ENABLE_USER_SITE else None",
  "if isinstance(user, str) and user not in folders: folders.append(user)",
  "sys.stdout.write(json.dumps({'version': version, 'path': folders}))"
].join("\n");
function resolveExecutable(python) {
  const candidates = python.includes("/") ? [resolve(python)] : (process.env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => resolve(dir, python));
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return { path: candidate, real: realpathSync(candidate) };
    } catch {
    }
  }
  return void 0;
}
function isScript(file) {
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(2);
      return readSync(fd, head, 0, 2, 0) === 2 && head.toString("latin1") === "#!";
    } finally {
      closeSync(fd);
    }
  } catch {
    return true;
  }
}
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return void 0;
  }
}
async function probeAirflowVersion(python, runner, cacheDir) {
  const found = resolveExecutable(python);
  const executable = found && !isScript(found.real) ? found : void 0;
  const cacheFile = cacheDir ? join(cacheDir, "airflow-probe.json") : void 0;
  const pythonPath = process.env.PYTHONPATH ?? "";
  let entries = [];
  if (cacheFile && executable && existsSync(cacheFile)) {
    try {
      const parsed = JSON.parse(readFileSync(cacheFile, "utf8"));
      if (Array.isArray(parsed)) {
        entries = parsed.filter(
          (e) => typeof e === "object" && e !== null && typeof e.python === "string" && Array.isArray(e.folders) && (typeof e.version === "string" || e.version === null)
        );
      }
    } catch {
      entries = [];
    }
    const hit = entries.find((e) => e.python === executable.path && e.pythonPath === pythonPath && e.pythonMtimeMs === mtimeOf(executable.real) && e.folders.every((f) => (mtimeOf(f.dir) ?? null) === f.mtimeMs));
    if (hit) return hit.version ?? void 0;
  }
  const probe = await runner.run(python, ["-c", PROBE], { env: projectCodeEnvironment(process.env) });
  if (probe.exitCode !== 0) return void 0;
  let answer;
  try {
    answer = JSON.parse(probe.stdout.trim().split("\n").pop() ?? "");
    if (typeof answer.version !== "string" && answer.version !== null || !Array.isArray(answer.path)) return void 0;
  } catch {
    return void 0;
  }
  const pythonMtimeMs = executable ? mtimeOf(executable.real) : void 0;
  if (cacheFile && executable && pythonMtimeMs !== void 0) {
    const folders = answer.path.filter((p) => typeof p === "string").map((dir) => ({ dir, mtimeMs: mtimeOf(dir) ?? null }));
    const entry = { python: executable.path, pythonMtimeMs, pythonPath, folders, version: answer.version };
    try {
      makeDirectorySync(cacheDir);
      writeFileSync(cacheFile, JSON.stringify([entry, ...entries.filter((e) => !(e.python === executable.path && e.pythonPath === pythonPath))].slice(0, 8)));
    } catch {
    }
  }
  return answer.version ?? void 0;
}
function dockerArgumentProblem(value) {
  if (value.image !== void 0 && !/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9._-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/.test(value.image)) {
    return `the runtime image '${value.image.slice(0, 80)}' is not a plain image reference`;
  }
  if (value.mountPath !== void 0 && /[:,\n]/.test(value.mountPath)) return `the project path '${value.mountPath}' holds ':' or ',', which docker's -v cannot mount`;
  return void 0;
}
async function resolveAirflowEnvironment(options) {
  const python = options.python ?? "python3";
  const { runner } = options;
  const missing = () => resolveExecutable(python) ? void 0 : {
    status: "unavailable",
    reason: python.includes("/") ? `${python} does not exist` : `${python} was not found on PATH`,
    fix: "install Python 3 with the project's Airflow and put it on PATH (on a runner: actions/setup-python, then pip install apache-airflow with its constraints), or use the image mode (--airflow image: the project's runtime image, with Docker)"
  };
  const installed = async () => {
    const absent = missing();
    if (absent) return absent;
    const version = await probeAirflowVersion(python, runner, options.cacheDir);
    if (!version) return { status: "unavailable", reason: `${python} cannot import airflow` };
    if (version.split(".")[0] !== options.airflowVersion.split(".")[0]) {
      return { status: "unavailable", reason: `${python} imports Airflow ${version}, but the project runs Airflow ${options.airflowVersion}` };
    }
    if (!version.startsWith(options.airflowVersion)) {
      options.logger.warning(`the installed Airflow is ${version} but the project runs ${options.airflowVersion}; results may differ from Astro`);
    }
    return { status: "ready", environment: { mode: "installed", command: [python], toTarget: identity, toHost: identity, description: `installed Airflow ${version} (${python})` } };
  };
  const image = async () => {
    if (!options.runtimeImage) return { status: "unavailable", reason: "the project's runtime image is unknown" };
    const problem = dockerArgumentProblem({ image: options.runtimeImage, mountPath: options.projectRoot }) ?? dockerArgumentProblem({ mountPath: options.harnessPath });
    if (problem) return { status: "unavailable", reason: problem };
    const docker = await runner.run("docker", ["info", "--format", "{{.ServerVersion}}"]);
    if (docker.exitCode !== 0) return { status: "unavailable", reason: "no Docker engine answers (docker info failed)" };
    const root = "/usr/local/airflow";
    const harnessDir = "/opt/astro-ci";
    const toTarget = (p) => p.startsWith(options.projectRoot) ? root + p.slice(options.projectRoot.length) : p === options.harnessPath ? `${harnessDir}/astro_ci_harness.py` : p;
    const toHost = (p) => p.startsWith(root) ? options.projectRoot + p.slice(root.length) : p;
    return {
      status: "ready",
      environment: {
        mode: "image",
        // Read-only mounts: the DAGs cannot change the checkout; --network none: parsing must not need the network.
        command: [
          "docker",
          "run",
          "--rm",
          "-i",
          "--network",
          "none",
          "-v",
          `${options.projectRoot}:${root}:ro`,
          "-v",
          `${options.harnessPath}:${harnessDir}/astro_ci_harness.py:ro`,
          // The project is mounted read-only over AIRFLOW_HOME; Airflow writes its config and SQLite DB on import.
          "-e",
          "AIRFLOW_HOME=/tmp/astro-ci-airflow-home",
          "--entrypoint",
          "python",
          options.runtimeImage
        ],
        toTarget,
        toHost,
        description: `the runtime image ${options.runtimeImage}`
      }
    };
  };
  const venv = async () => {
    const absent = missing();
    if (absent) return absent;
    const pythonVersion = await pythonVersionOf2(python, runner);
    if (!pythonVersion) return { status: "unavailable", reason: `${python} does not run` };
    const requirementsPath = join(options.projectRoot, "requirements.txt");
    const requirements = existsSync(requirementsPath) ? readUserTextSync(requirementsPath, { repoRoot: options.repoRoot }) : "";
    const dir = join(options.cacheDir, "venvs", venvCacheKey(options.airflowVersion, pythonVersion, requirements));
    const venvPython = join(dir, "bin", "python");
    const marker = join(dir, ".astro-ci-complete");
    if (!existsSync(marker)) {
      const pip = airflowPipArguments(options.airflowVersion, pythonVersion);
      if (!pip.constraintsUrl) {
        options.logger.warning(
          `only Airflow ${options.airflowVersion} (not the patch release) is known, so Airflow's constraints file cannot be used; set validate.airflow-version to the exact version (e.g. ${options.airflowVersion}.3) for a reproducible venv`
        );
      }
      const steps = [
        [python, ["-m", "venv", dir]],
        [venvPython, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", ...pip.args]]
      ];
      if (requirements.trim()) {
        steps.push([venvPython, ["-m", "pip", "install", "--disable-pip-version-check", "--quiet", "-r", requirementsPath, ...pip.constraintsUrl ? ["--constraint", pip.constraintsUrl] : []]]);
      }
      steps.push(["touch", [marker]]);
      for (const [command, args] of steps) {
        options.logger.info(`$ ${command} ${args.join(" ")}`);
        const result = await runner.run(command, args, { env: projectCodeEnvironment(process.env) });
        if (result.exitCode !== 0) {
          return { status: "unavailable", reason: `creating the Airflow venv failed at '${command} ${args.slice(0, 4).join(" ")}': ${result.stderr.trim().split("\n").slice(-2).join(" ")}` };
        }
      }
    } else options.logger.info(`reusing the cached Airflow venv ${dir}`);
    return { status: "ready", environment: { mode: "venv", command: [venvPython], toTarget: identity, toHost: identity, description: `a venv with Airflow ${options.airflowVersion} (${dir})` } };
  };
  switch (options.mode) {
    case "installed":
      return installed();
    case "image":
      return image();
    case "venv":
      return venv();
    case "auto": {
      const first = await installed();
      if (first.status === "ready") return first;
      const second = await image();
      if (second.status === "ready") return second;
      return venv();
    }
  }
}

// src/dynamic/project-settings.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";
function dotenvAirflowSettings(projectRoot, repoRoot) {
  const settings = {};
  try {
    const dotenv = join2(projectRoot, ".env");
    if (existsSync2(dotenv)) {
      for (const line of readUserTextSync(dotenv, { repoRoot }).split(/\r?\n/)) {
        const match = /^\s*(?:export\s+)?(AIRFLOW__[A-Za-z0-9_]+)\s*=\s*(.*)$/.exec(line);
        if (match) settings[match[1]] = (match[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
      }
    }
  } catch {
  }
  return settings;
}
var RUNTIME_OWNED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^PWD$/, /^HOSTNAME$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^LD_[A-Z0-9_]*$/, /^PIP_[A-Z0-9_]*$/, /^SSL_CERT_(FILE|DIR)$/, /^REQUESTS_CA_BUNDLE$/, /^DOCKER_[A-Z0-9_]*$/];
function projectImportEnvironment(projectRoot, airflowHome, repoRoot) {
  const result = { env: {}, credentials: [], runtimeOwned: [], unresolved: [] };
  const withheld = (name) => looksLikeCredential(name) || RUNTIME_OWNED.some((re) => re.test(name));
  let docker = { env: {}, unresolvedEnv: {} };
  try {
    const dockerfile = join2(projectRoot, "Dockerfile");
    if (existsSync2(dockerfile)) docker = parseDockerfile(readUserTextSync(dockerfile, { repoRoot }), "Dockerfile", { fixed: { AIRFLOW_HOME: airflowHome }, opaque: withheld });
  } catch {
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
  Object.assign(result.env, dotenvAirflowSettings(projectRoot, repoRoot));
  for (const name of Object.keys(result.env)) if (looksLikeCredential(name)) delete result.env[name];
  return result;
}

// src/testing/withheld-environment.ts
var told = /* @__PURE__ */ new WeakMap();
function warnWithheldUrlCredentials(logger, recipient, env = process.env) {
  const withheld = droppedForCredentialValues(env);
  if (!withheld.length) return;
  const said = told.get(logger) ?? /* @__PURE__ */ new Set();
  if (said.has(recipient)) return;
  said.add(recipient);
  told.set(logger, said);
  logger.warning(`not passed to ${recipient}: ${withheld.join(", ")} (the value holds a URL with a user and password, or a token; project code never gets credentials)`);
}

// src/dynamic/dynamic-tier.ts
function defaultHarnessPath() {
  const bundled = fileURLToPath(new URL("./astro_ci_harness.py", import.meta.url));
  return existsSync3(bundled) ? bundled : fileURLToPath(new URL("./harness/astro_ci_harness.py", import.meta.url));
}
async function runDynamicTier(options) {
  const empty = { findings: [], results: [] };
  if (options.setting === "off") return { status: "off", message: "dynamic import checks are off", ...empty };
  if (options.files.length === 0) return { status: "ran", message: "no DAG files to import", ...empty };
  const harnessPath = options.harnessPath ?? defaultHarnessPath();
  const resolution = await resolveAirflowEnvironment({
    mode: options.mode,
    airflowVersion: options.airflowVersion,
    projectRoot: options.projectRoot,
    repoRoot: options.repoRoot,
    runtimeImage: options.runtimeImage,
    cacheDir: options.cacheDir,
    harnessPath,
    runner: options.commandRunner ?? projectCodeRunner,
    logger: options.logger
  });
  if (resolution.status === "unavailable") {
    return { status: "unavailable", message: `no Airflow to import the DAGs with (${resolution.reason}); only the static checks ran`, ...empty };
  }
  const env = resolution.environment;
  const projectEnv = projectImportEnvironment(options.projectRoot, env.toTarget(options.projectRoot), options.repoRoot);
  reportLeftOut(projectEnv, options.logger);
  warnWithheldUrlCredentials(options.logger, "the DAG imports");
  const settings = projectEnv.env;
  const argv = [...env.command];
  if (env.mode === "image") {
    const at = argv.indexOf("--entrypoint");
    argv.splice(at === -1 ? argv.length - 1 : at, 0, ...Object.entries(projectCodeEnvironment({}, settings)).flatMap(([k, v]) => ["-e", `${k}=${v}`]));
  }
  const [command, ...prefix] = argv;
  const outcome = await runImportHarness({
    python: command,
    pythonArgs: prefix,
    harnessPath: env.toTarget(harnessPath),
    request: {
      project_root: env.toTarget(options.projectRoot),
      dags_folder: env.toTarget(join3(options.projectRoot, "dags")),
      files: options.files.map(env.toTarget),
      timeout_seconds: options.timeoutSeconds,
      max_workers: options.jobs ?? availableParallelism(),
      stub_lookups: options.stubLookups ?? true,
      integrity_exceptions: options.integrityExceptions,
      // Resident memory per import, watched by the harness (plus an address-space backstop at 4x, loose enough for
      // what only reserves address space: thread stacks, arrow, BLAS).
      memory_limit_mb: 16384
    },
    runner: options.processRunner,
    env: { ...settings, ...options.env },
    // The whole run gets the per-file timeout for every file that could not run in parallel, plus start-up.
    // Every file that could not run in parallel may take the harness's backstop (twice the timeout, at least +10 s).
    // Capped at the longest timer Node has: hundreds of files at a long import timeout (or a project's huge
    // AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT) overflowed it, and the harness was killed at once.
    timeoutMs: Math.min(MAX_TIMER_MS, (Math.ceil(options.files.length / Math.max(1, options.jobs ?? availableParallelism())) * Math.max(2 * options.timeoutSeconds, options.timeoutSeconds + 10) + 120) * 1e3)
  });
  if (outcome.status === "airflow-unavailable") return { status: "unavailable", message: `${env.description} cannot import Airflow: ${outcome.message}`, ...empty };
  if (outcome.status === "failed") return { status: "failed", message: outcome.message, ...empty };
  const results = outcome.results.map((r) => ({
    ...r,
    file: env.toHost(r.file),
    // DagBag's timeout message names the file as the harness gave it (the image's path): the host's, made relative later.
    import_errors: r.import_errors.map((e) => ({ ...e, message: e.message.split(r.file).join(env.toHost(r.file)), ...typeof e.raised_file === "string" ? { raised_file: env.toHost(e.raised_file) } : {} }))
  }));
  return {
    status: "ran",
    message: `imported ${plural(results.length, "file")} with ${env.description}${env.description.includes(`Airflow ${outcome.airflowVersion}`) ? "" : ` (Airflow ${outcome.airflowVersion})`}${outcome.harnessRestarts ? `; its Airflow process was killed by the imports and started again ${plural(outcome.harnessRestarts, "time")}` : ""}`,
    environment: env.description,
    airflowVersion: outcome.airflowVersion,
    pythonVersion: outcome.pythonVersion,
    findings: importResultsToFindings(results, { repoRoot: options.repoRoot }),
    results
  };
}
function reportLeftOut(projectEnv, logger) {
  const names = (list) => list.join(", ");
  if (projectEnv.credentials.length) {
    logger.debug(`the DAG imports do not get the Dockerfile ENV ${names(projectEnv.credentials)}: the names look like credentials, which astro-ci never passes to project code`);
  }
  if (projectEnv.runtimeOwned.length) logger.debug(`the DAG imports keep the check's own ${names(projectEnv.runtimeOwned)}, not the Dockerfile's (they locate Python and Airflow in the image)`);
  if (projectEnv.unresolved.length) logger.debug(`the DAG imports do not get the Dockerfile ENV ${names(projectEnv.unresolved)}: the value refers to a variable the Dockerfile does not set`);
}

export {
  dockerArgumentProblem,
  resolveAirflowEnvironment,
  projectImportEnvironment,
  warnWithheldUrlCredentials,
  importResultsToFindings,
  mergeDagInventories,
  defaultHarnessPath,
  runDynamicTier
};
