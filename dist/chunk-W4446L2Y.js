import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/core/findings.ts
function isUnknown(value) {
  return typeof value === "object" && value !== null && value.unknown === true;
}
var IMPORT_FAILURE_CHECKS = /* @__PURE__ */ new Set([
  "schedule-valid",
  "dag-argument-invalid",
  "dag-argument-unknown",
  "time-zone-valid",
  "task-id-valid",
  "task-mapping-valid",
  "task-argument-invalid",
  "dag-cycle",
  "task-dependency-invalid",
  "airflow-import-invalid",
  "undefined-name",
  "dataset-uri-invalid",
  "helper-import-failed"
]);
var FAILS_IMPORT_PHRASE = "importing this DAG fails with";
function saysImportFails(finding) {
  if (finding.severity === "error" && IMPORT_FAILURE_CHECKS.has(finding.checkId)) return true;
  return finding.checkId === "unresolved-import" && finding.severity !== "notice" && finding.message.includes(FAILS_IMPORT_PHRASE);
}
var REFUSED_AS_BAGGED = /\bAirflowTimetableInvalid\b|\bAirflowDagCycleException\b|Setup tasks must be followed with trigger rule ALL_SUCCESS/;
function refusedAsBagged(finding) {
  return saysImportFails(finding) && REFUSED_AS_BAGGED.test(finding.message);
}
function refusesOnlyItsDag(finding) {
  return finding.dagId !== void 0 && refusedAsBagged(finding);
}

export {
  isUnknown,
  IMPORT_FAILURE_CHECKS,
  saysImportFails,
  refusesOnlyItsDag
};
