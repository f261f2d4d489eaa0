import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  RUFF_SETTINGS
} from "./chunk-LJZW4M4O.js";
import {
  BUILD_ID,
  TOOL_VERSION
} from "./chunk-WFLETOXD.js";
import {
  makeDirectory
} from "./chunk-DW2KAGUK.js";

// src/dags/analysis-cache.ts
import { closeSync, constants, fstatSync, openSync, read, readSync, statSync, writeSync, writevSync } from "node:fs";
import { lstat, readdir, rename, rm } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

// src/dags/analysis-record-validators.generated.ts
var validateAnalysisRecord = validate21;
var schema6 = { "type": "object", "required": ["ruff"], "properties": { "ruff": { "type": "array", "items": { "type": "object", "required": ["code", "message", "line", "column", "endLine", "endColumn"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "fix": { "type": "string" } } } }, "inventory": { "type": "object", "required": ["dags", "imports", "parseTimeCalls", "suppressions"], "properties": { "dags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "imports": { "type": "array", "items": { "type": "object", "required": ["module", "line", "relative", "guarded", "scope"], "properties": { "module": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "relative": { "type": "boolean" }, "guarded": { "type": "boolean" }, "scope": { "enum": ["module", "function", "isolated"] }, "typeCheckingOnly": { "type": "boolean" }, "conditional": { "const": true }, "names": { "type": "array", "items": { "type": "string" } } } } }, "parseTimeCalls": { "type": "array", "items": { "type": "object", "required": ["callee", "line", "column", "kind"], "properties": { "callee": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "kind": { "enum": ["variable", "connection", "http", "database", "file", "sleep", "hook"] } } } }, "suppressions": { "$ref": "analysis-record-shapes#/$defs/suppressions" }, "classes": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/classDefinition" } }, "notRunAtImport": { "type": "array", "items": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } }, "unevaluated": { "type": "array", "items": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } }, "dynamicGlobals": { "const": true }, "earlyReads": { "type": "array", "items": { "type": "object", "required": ["name", "function", "callLine", "boundLine", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "function": { "type": "string" }, "callLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "boundLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "typeCheckingReads": { "type": "array", "items": { "type": "object", "required": ["name", "importLine", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "importLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "candidateDags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "uncalledDagFunctions": { "type": "array", "items": { "type": "object", "required": ["name", "dagId", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "dagId": { "anyOf": [{ "type": "string" }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "decoratorWithoutCall": { "const": true } } } }, "datasetUris": { "type": "array", "items": { "type": "object", "required": ["uri", "line", "column", "endLine", "endColumn"], "properties": { "uri": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "timeZones": { "type": "array", "items": { "type": "object", "required": ["name", "callee", "loader", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "callee": { "type": "string" }, "loader": { "enum": ["pendulum", "zoneinfo"] }, "environment": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mappedLiterals": { "type": "array", "items": { "type": "object", "required": ["argument", "type", "line", "column", "endLine", "endColumn"], "properties": { "argument": { "type": "string" }, "type": { "enum": ["str", "int", "float", "bool", "NoneType", "set", "generator", "dict", "dict_items", "dict_keys", "dict_values", "list", "tuple", "XComArg", "keyword", "context", "always", "empty"] }, "key": { "type": "string" }, "also": { "type": "array", "items": { "type": "string" } }, "call": { "enum": ["expand", "expand_kwargs", "partial"] }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskCalls": { "type": "array", "items": { "type": "object", "required": ["function", "problem", "line", "column", "endLine", "endColumn"], "properties": { "function": { "type": "string" }, "problem": { "type": "string" }, "error": { "const": "ValueError" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mappedTasks": { "type": "array", "items": { "type": "object", "required": ["line", "column", "endLine", "endColumn"], "properties": { "sla": { "type": "boolean" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskArguments": { "type": "array", "items": { "type": "object", "required": ["name", "value", "line", "column", "endLine", "endColumn"], "properties": { "name": { "enum": ["trigger_rule", "weight_rule"] }, "value": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "operatorCalls": { "type": "array", "items": { "type": "object", "required": ["operator", "unknownKeywords", "line", "column", "endLine", "endColumn"], "properties": { "operator": { "type": "string" }, "unknownKeywords": { "type": "array", "items": { "type": "object", "required": ["name", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "falsy": { "const": true }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "splat": { "const": true }, "positional": { "type": "object", "required": ["line", "column", "endLine", "endColumn"], "properties": { "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } }, "literals": { "type": "array", "items": { "type": "object", "required": ["name", "type", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "type": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskId": { "type": "string" }, "values": { "type": "array", "items": { "type": "object", "required": ["name", "literal", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "literal": { "type": ["string", "number", "boolean"], "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "valueType": { "const": "float" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mapped": { "enum": ["partial", "expand"] }, "noTaskId": { "const": true }, "unmappable": { "type": "array", "items": { "type": "object", "required": ["name", "inPartial", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "inPartial": { "type": "boolean" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "missing": { "type": "array", "items": { "type": "string" } }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "triggerRuleMembers": { "type": "array", "items": { "type": "object", "required": ["member", "line", "column", "endLine", "endColumn"], "properties": { "member": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskGraphs": { "type": "array", "items": { "type": "object", "required": ["line", "tasks", "edges"], "properties": { "dagId": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "failStop": { "const": true }, "tasks": { "type": "array", "items": { "type": "object", "required": ["label", "line", "column", "endLine", "endColumn"], "properties": { "label": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "triggerRule": { "type": "object", "required": ["value", "line", "column", "endLine", "endColumn"], "properties": { "value": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } }, "defaulted": { "const": true } } } }, "edges": { "type": "array", "items": { "type": "object", "required": ["from", "to", "line", "column"], "properties": { "from": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "to": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } } } } }, "teardownRules": { "type": "array", "items": { "type": "object", "required": ["function", "problem", "line", "column", "endLine", "endColumn"], "properties": { "function": { "type": "string" }, "problem": { "enum": ["decorator", "override", "reused", "setup-call"] }, "keyword": { "type": "string" }, "firstLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskIds": { "type": "array", "items": { "type": "object", "required": ["id", "line", "column", "endLine", "endColumn"], "properties": { "id": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "group": { "const": true }, "unprefixed": { "const": true }, "key": { "type": "string" }, "duplicateOf": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "duplicateOfGroup": { "const": true }, "repeatedInLoop": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "airflowAttributes": { "type": "array", "items": { "type": "object", "required": ["path", "line", "column"], "properties": { "path": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "tried": { "const": true } } } }, "factoryCalls": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryCall" } }, "factories": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryDefinition" } }, "dagGlobals": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagGlobal" } }, "dagSplatLines": { "type": "array", "items": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "unreadable": { "type": "object", "required": ["line", "column", "message", "fix"], "properties": { "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "message": { "type": "string" }, "fix": { "type": "string" } } }, "judged": false } };
var schema8 = { "type": "object", "required": ["dagId", "file", "line", "definedBy", "taskCount"], "properties": { "dagId": { "anyOf": [{ "type": "string" }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "definedBy": { "enum": ["DAG()", "with DAG()", "@dag"] }, "schedule": { "anyOf": [{ "type": ["string", "null"] }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "tags": { "anyOf": [{ "type": "array", "items": { "type": "string" } }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "owner": { "anyOf": [{ "type": "string" }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "retries": { "anyOf": [{ "type": "number", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "catchup": { "anyOf": [{ "type": "boolean" }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "startDate": { "type": "string" }, "taskCount": { "anyOf": [{ "type": "number", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "arguments": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagArgument" } }, "dagClass": { "type": "string" }, "defaultArgs": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagArgument" } }, "defaultArgsComplete": { "const": true }, "invalidParams": { "type": "array", "items": { "type": "object", "required": ["name", "reason", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "reason": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "sensorTask": { "const": true }, "decoratorWithoutCall": { "const": true }, "callError": { "type": "object", "required": ["message", "line", "column", "endLine", "endColumn"], "properties": { "message": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } }, "definitionLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "dagIdFromFile": { "const": true }, "branch": { "type": "string" }, "loaded": { "const": false }, "notLoadedReason": { "type": "string" } } };
var schema9 = { "type": "object", "required": ["name", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "literal": { "type": ["string", "number", "boolean", "null"], "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "truthy": { "type": "boolean" }, "notPositiveInterval": { "const": true }, "notDatetime": { "enum": ["str", "date"] }, "setElsewhere": { "const": true }, "timetableClass": { "type": "string" }, "timetableCron": { "type": "string" }, "valueType": { "enum": ["float", "list", "tuple", "set", "dict"] }, "tzAware": { "const": true }, "badLink": { "type": "string" }, "literalItem": { "type": "string" }, "timetableTypeError": { "type": "string" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.column === void 0 && (missing0 = "column") || data.endLine === void 0 && (missing0 = "endLine") || data.endColumn === void 0 && (missing0 = "endColumn")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate24.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate24.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.column !== void 0) {
              let data2 = data.column;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                validate24.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 > 17976931348623157e292 || isNaN(data2)) {
                    validate24.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data2 < -17976931348623157e292 || isNaN(data2)) {
                      validate24.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.endLine !== void 0) {
                let data3 = data.endLine;
                const _errs7 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
                  validate24.errors = [{ instancePath: instancePath + "/endLine", schemaPath: "#/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data3 == "number") {
                    if (data3 > 17976931348623157e292 || isNaN(data3)) {
                      validate24.errors = [{ instancePath: instancePath + "/endLine", schemaPath: "#/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                      return false;
                    } else {
                      if (data3 < -17976931348623157e292 || isNaN(data3)) {
                        validate24.errors = [{ instancePath: instancePath + "/endLine", schemaPath: "#/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.endColumn !== void 0) {
                  let data4 = data.endColumn;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                    validate24.errors = [{ instancePath: instancePath + "/endColumn", schemaPath: "#/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                    return false;
                  }
                  if (errors === _errs9) {
                    if (typeof data4 == "number") {
                      if (data4 > 17976931348623157e292 || isNaN(data4)) {
                        validate24.errors = [{ instancePath: instancePath + "/endColumn", schemaPath: "#/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                        return false;
                      } else {
                        if (data4 < -17976931348623157e292 || isNaN(data4)) {
                          validate24.errors = [{ instancePath: instancePath + "/endColumn", schemaPath: "#/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                          return false;
                        }
                      }
                    }
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.literal !== void 0) {
                    let data5 = data.literal;
                    const _errs11 = errors;
                    if (typeof data5 !== "string" && !(typeof data5 == "number") && typeof data5 !== "boolean" && data5 !== null) {
                      validate24.errors = [{ instancePath: instancePath + "/literal", schemaPath: "#/properties/literal/type", keyword: "type", params: { type: schema9.properties.literal.type } }];
                      return false;
                    }
                    if (errors === _errs11) {
                      if (typeof data5 == "number") {
                        if (data5 > 17976931348623157e292 || isNaN(data5)) {
                          validate24.errors = [{ instancePath: instancePath + "/literal", schemaPath: "#/properties/literal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                          return false;
                        } else {
                          if (data5 < -17976931348623157e292 || isNaN(data5)) {
                            validate24.errors = [{ instancePath: instancePath + "/literal", schemaPath: "#/properties/literal/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                            return false;
                          }
                        }
                      }
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.truthy !== void 0) {
                      const _errs13 = errors;
                      if (typeof data.truthy !== "boolean") {
                        validate24.errors = [{ instancePath: instancePath + "/truthy", schemaPath: "#/properties/truthy/type", keyword: "type", params: { type: "boolean" } }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.notPositiveInterval !== void 0) {
                        const _errs15 = errors;
                        if (true !== data.notPositiveInterval) {
                          validate24.errors = [{ instancePath: instancePath + "/notPositiveInterval", schemaPath: "#/properties/notPositiveInterval/const", keyword: "const", params: { allowedValue: true } }];
                          return false;
                        }
                        var valid0 = _errs15 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.notDatetime !== void 0) {
                          let data8 = data.notDatetime;
                          const _errs16 = errors;
                          if (!(data8 === "str" || data8 === "date")) {
                            validate24.errors = [{ instancePath: instancePath + "/notDatetime", schemaPath: "#/properties/notDatetime/enum", keyword: "enum", params: { allowedValues: schema9.properties.notDatetime.enum } }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.setElsewhere !== void 0) {
                            const _errs17 = errors;
                            if (true !== data.setElsewhere) {
                              validate24.errors = [{ instancePath: instancePath + "/setElsewhere", schemaPath: "#/properties/setElsewhere/const", keyword: "const", params: { allowedValue: true } }];
                              return false;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.timetableClass !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.timetableClass !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/timetableClass", schemaPath: "#/properties/timetableClass/type", keyword: "type", params: { type: "string" } }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.timetableCron !== void 0) {
                                const _errs20 = errors;
                                if (typeof data.timetableCron !== "string") {
                                  validate24.errors = [{ instancePath: instancePath + "/timetableCron", schemaPath: "#/properties/timetableCron/type", keyword: "type", params: { type: "string" } }];
                                  return false;
                                }
                                var valid0 = _errs20 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.valueType !== void 0) {
                                  let data12 = data.valueType;
                                  const _errs22 = errors;
                                  if (!(data12 === "float" || data12 === "list" || data12 === "tuple" || data12 === "set" || data12 === "dict")) {
                                    validate24.errors = [{ instancePath: instancePath + "/valueType", schemaPath: "#/properties/valueType/enum", keyword: "enum", params: { allowedValues: schema9.properties.valueType.enum } }];
                                    return false;
                                  }
                                  var valid0 = _errs22 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.tzAware !== void 0) {
                                    const _errs23 = errors;
                                    if (true !== data.tzAware) {
                                      validate24.errors = [{ instancePath: instancePath + "/tzAware", schemaPath: "#/properties/tzAware/const", keyword: "const", params: { allowedValue: true } }];
                                      return false;
                                    }
                                    var valid0 = _errs23 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.badLink !== void 0) {
                                      const _errs24 = errors;
                                      if (typeof data.badLink !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/badLink", schemaPath: "#/properties/badLink/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                      }
                                      var valid0 = _errs24 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.literalItem !== void 0) {
                                        const _errs26 = errors;
                                        if (typeof data.literalItem !== "string") {
                                          validate24.errors = [{ instancePath: instancePath + "/literalItem", schemaPath: "#/properties/literalItem/type", keyword: "type", params: { type: "string" } }];
                                          return false;
                                        }
                                        var valid0 = _errs26 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.timetableTypeError !== void 0) {
                                          const _errs28 = errors;
                                          if (typeof data.timetableTypeError !== "string") {
                                            validate24.errors = [{ instancePath: instancePath + "/timetableTypeError", schemaPath: "#/properties/timetableTypeError/type", keyword: "type", params: { type: "string" } }];
                                            return false;
                                          }
                                          var valid0 = _errs28 === errors;
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
                }
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dagId === void 0 && (missing0 = "dagId") || data.file === void 0 && (missing0 = "file") || data.line === void 0 && (missing0 = "line") || data.definedBy === void 0 && (missing0 = "definedBy") || data.taskCount === void 0 && (missing0 = "taskCount")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.dagId !== void 0) {
          let data0 = data.dagId;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/0/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0.unknown === void 0 && (missing1 = "unknown") || data0.expression === void 0 && (missing1 = "expression")) {
                  const err1 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 } };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                } else {
                  if (data0.unknown !== void 0) {
                    const _errs7 = errors;
                    if (true !== data0.unknown) {
                      const err2 = { instancePath: instancePath + "/dagId/unknown", schemaPath: "#/properties/dagId/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var valid2 = _errs7 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.expression !== void 0) {
                      const _errs8 = errors;
                      if (typeof data0.expression !== "string") {
                        const err3 = { instancePath: instancePath + "/dagId/expression", schemaPath: "#/properties/dagId/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              } else {
                const err4 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/1/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
          }
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
            validate23.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.file !== void 0) {
            const _errs10 = errors;
            if (typeof data.file !== "string") {
              validate23.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs10 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.line !== void 0) {
              let data4 = data.line;
              const _errs12 = errors;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                validate23.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs12) {
                if (typeof data4 == "number") {
                  if (data4 > 17976931348623157e292 || isNaN(data4)) {
                    validate23.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data4 < -17976931348623157e292 || isNaN(data4)) {
                      validate23.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs12 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.definedBy !== void 0) {
                let data5 = data.definedBy;
                const _errs14 = errors;
                if (!(data5 === "DAG()" || data5 === "with DAG()" || data5 === "@dag")) {
                  validate23.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema8.properties.definedBy.enum } }];
                  return false;
                }
                var valid0 = _errs14 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.schedule !== void 0) {
                  let data6 = data.schedule;
                  const _errs15 = errors;
                  const _errs16 = errors;
                  let valid3 = false;
                  const _errs17 = errors;
                  if (typeof data6 !== "string" && data6 !== null) {
                    const err6 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/0/type", keyword: "type", params: { type: schema8.properties.schedule.anyOf[0].type } };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  var _valid1 = _errs17 === errors;
                  valid3 = valid3 || _valid1;
                  if (!valid3) {
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        let missing2;
                        if (data6.unknown === void 0 && (missing2 = "unknown") || data6.expression === void 0 && (missing2 = "expression")) {
                          const err7 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/1/required", keyword: "required", params: { missingProperty: missing2 } };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        } else {
                          if (data6.unknown !== void 0) {
                            const _errs21 = errors;
                            if (true !== data6.unknown) {
                              const err8 = { instancePath: instancePath + "/schedule/unknown", schemaPath: "#/properties/schedule/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                            }
                            var valid4 = _errs21 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data6.expression !== void 0) {
                              const _errs22 = errors;
                              if (typeof data6.expression !== "string") {
                                const err9 = { instancePath: instancePath + "/schedule/expression", schemaPath: "#/properties/schedule/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                              var valid4 = _errs22 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      } else {
                        const err10 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/1/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs19 === errors;
                    valid3 = valid3 || _valid1;
                  }
                  if (!valid3) {
                    const err11 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf", keyword: "anyOf", params: {} };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                    validate23.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs16;
                    if (vErrors !== null) {
                      if (_errs16) {
                        vErrors.length = _errs16;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tags !== void 0) {
                    let data9 = data.tags;
                    const _errs24 = errors;
                    const _errs25 = errors;
                    let valid5 = false;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (Array.isArray(data9)) {
                        var valid6 = true;
                        const len0 = data9.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs28 = errors;
                          if (typeof data9[i0] !== "string") {
                            const err12 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/anyOf/0/items/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                          }
                          var valid6 = _errs28 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        const err13 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/0/type", keyword: "type", params: { type: "array" } };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    var _valid2 = _errs26 === errors;
                    valid5 = valid5 || _valid2;
                    if (!valid5) {
                      const _errs30 = errors;
                      if (errors === _errs30) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing3;
                          if (data9.unknown === void 0 && (missing3 = "unknown") || data9.expression === void 0 && (missing3 = "expression")) {
                            const err14 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/1/required", keyword: "required", params: { missingProperty: missing3 } };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          } else {
                            if (data9.unknown !== void 0) {
                              const _errs32 = errors;
                              if (true !== data9.unknown) {
                                const err15 = { instancePath: instancePath + "/tags/unknown", schemaPath: "#/properties/tags/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                              var valid7 = _errs32 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data9.expression !== void 0) {
                                const _errs33 = errors;
                                if (typeof data9.expression !== "string") {
                                  const err16 = { instancePath: instancePath + "/tags/expression", schemaPath: "#/properties/tags/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                }
                                var valid7 = _errs33 === errors;
                              } else {
                                var valid7 = true;
                              }
                            }
                          }
                        } else {
                          const err17 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/1/type", keyword: "type", params: { type: "object" } };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs30 === errors;
                      valid5 = valid5 || _valid2;
                    }
                    if (!valid5) {
                      const err18 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf", keyword: "anyOf", params: {} };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                      validate23.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs25;
                      if (vErrors !== null) {
                        if (_errs25) {
                          vErrors.length = _errs25;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.owner !== void 0) {
                      let data13 = data.owner;
                      const _errs35 = errors;
                      const _errs36 = errors;
                      let valid8 = false;
                      const _errs37 = errors;
                      if (typeof data13 !== "string") {
                        const err19 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/0/type", keyword: "type", params: { type: "string" } };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      var _valid3 = _errs37 === errors;
                      valid8 = valid8 || _valid3;
                      if (!valid8) {
                        const _errs39 = errors;
                        if (errors === _errs39) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            let missing4;
                            if (data13.unknown === void 0 && (missing4 = "unknown") || data13.expression === void 0 && (missing4 = "expression")) {
                              const err20 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/1/required", keyword: "required", params: { missingProperty: missing4 } };
                              if (vErrors === null) {
                                vErrors = [err20];
                              } else {
                                vErrors.push(err20);
                              }
                              errors++;
                            } else {
                              if (data13.unknown !== void 0) {
                                const _errs41 = errors;
                                if (true !== data13.unknown) {
                                  const err21 = { instancePath: instancePath + "/owner/unknown", schemaPath: "#/properties/owner/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                                var valid9 = _errs41 === errors;
                              } else {
                                var valid9 = true;
                              }
                              if (valid9) {
                                if (data13.expression !== void 0) {
                                  const _errs42 = errors;
                                  if (typeof data13.expression !== "string") {
                                    const err22 = { instancePath: instancePath + "/owner/expression", schemaPath: "#/properties/owner/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                    if (vErrors === null) {
                                      vErrors = [err22];
                                    } else {
                                      vErrors.push(err22);
                                    }
                                    errors++;
                                  }
                                  var valid9 = _errs42 === errors;
                                } else {
                                  var valid9 = true;
                                }
                              }
                            }
                          } else {
                            const err23 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/1/type", keyword: "type", params: { type: "object" } };
                            if (vErrors === null) {
                              vErrors = [err23];
                            } else {
                              vErrors.push(err23);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs39 === errors;
                        valid8 = valid8 || _valid3;
                      }
                      if (!valid8) {
                        const err24 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf", keyword: "anyOf", params: {} };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                        validate23.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs36;
                        if (vErrors !== null) {
                          if (_errs36) {
                            vErrors.length = _errs36;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs35 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.retries !== void 0) {
                        let data16 = data.retries;
                        const _errs44 = errors;
                        const _errs45 = errors;
                        let valid10 = false;
                        const _errs46 = errors;
                        if (errors === _errs46) {
                          if (typeof data16 == "number") {
                            if (data16 > 17976931348623157e292 || isNaN(data16)) {
                              const err25 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } };
                              if (vErrors === null) {
                                vErrors = [err25];
                              } else {
                                vErrors.push(err25);
                              }
                              errors++;
                            } else {
                              if (data16 < -17976931348623157e292 || isNaN(data16)) {
                                const err26 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } };
                                if (vErrors === null) {
                                  vErrors = [err26];
                                } else {
                                  vErrors.push(err26);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err27 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/type", keyword: "type", params: { type: "number" } };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                        }
                        var _valid4 = _errs46 === errors;
                        valid10 = valid10 || _valid4;
                        if (!valid10) {
                          const _errs48 = errors;
                          if (errors === _errs48) {
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                              let missing5;
                              if (data16.unknown === void 0 && (missing5 = "unknown") || data16.expression === void 0 && (missing5 = "expression")) {
                                const err28 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/required", keyword: "required", params: { missingProperty: missing5 } };
                                if (vErrors === null) {
                                  vErrors = [err28];
                                } else {
                                  vErrors.push(err28);
                                }
                                errors++;
                              } else {
                                if (data16.unknown !== void 0) {
                                  const _errs50 = errors;
                                  if (true !== data16.unknown) {
                                    const err29 = { instancePath: instancePath + "/retries/unknown", schemaPath: "#/properties/retries/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                    if (vErrors === null) {
                                      vErrors = [err29];
                                    } else {
                                      vErrors.push(err29);
                                    }
                                    errors++;
                                  }
                                  var valid11 = _errs50 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data16.expression !== void 0) {
                                    const _errs51 = errors;
                                    if (typeof data16.expression !== "string") {
                                      const err30 = { instancePath: instancePath + "/retries/expression", schemaPath: "#/properties/retries/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                      if (vErrors === null) {
                                        vErrors = [err30];
                                      } else {
                                        vErrors.push(err30);
                                      }
                                      errors++;
                                    }
                                    var valid11 = _errs51 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                }
                              }
                            } else {
                              const err31 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/type", keyword: "type", params: { type: "object" } };
                              if (vErrors === null) {
                                vErrors = [err31];
                              } else {
                                vErrors.push(err31);
                              }
                              errors++;
                            }
                          }
                          var _valid4 = _errs48 === errors;
                          valid10 = valid10 || _valid4;
                        }
                        if (!valid10) {
                          const err32 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf", keyword: "anyOf", params: {} };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                          validate23.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs45;
                          if (vErrors !== null) {
                            if (_errs45) {
                              vErrors.length = _errs45;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs44 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.catchup !== void 0) {
                          let data19 = data.catchup;
                          const _errs53 = errors;
                          const _errs54 = errors;
                          let valid12 = false;
                          const _errs55 = errors;
                          if (typeof data19 !== "boolean") {
                            const err33 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/0/type", keyword: "type", params: { type: "boolean" } };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                          var _valid5 = _errs55 === errors;
                          valid12 = valid12 || _valid5;
                          if (!valid12) {
                            const _errs57 = errors;
                            if (errors === _errs57) {
                              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                let missing6;
                                if (data19.unknown === void 0 && (missing6 = "unknown") || data19.expression === void 0 && (missing6 = "expression")) {
                                  const err34 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/1/required", keyword: "required", params: { missingProperty: missing6 } };
                                  if (vErrors === null) {
                                    vErrors = [err34];
                                  } else {
                                    vErrors.push(err34);
                                  }
                                  errors++;
                                } else {
                                  if (data19.unknown !== void 0) {
                                    const _errs59 = errors;
                                    if (true !== data19.unknown) {
                                      const err35 = { instancePath: instancePath + "/catchup/unknown", schemaPath: "#/properties/catchup/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                      if (vErrors === null) {
                                        vErrors = [err35];
                                      } else {
                                        vErrors.push(err35);
                                      }
                                      errors++;
                                    }
                                    var valid13 = _errs59 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data19.expression !== void 0) {
                                      const _errs60 = errors;
                                      if (typeof data19.expression !== "string") {
                                        const err36 = { instancePath: instancePath + "/catchup/expression", schemaPath: "#/properties/catchup/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                        if (vErrors === null) {
                                          vErrors = [err36];
                                        } else {
                                          vErrors.push(err36);
                                        }
                                        errors++;
                                      }
                                      var valid13 = _errs60 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                  }
                                }
                              } else {
                                const err37 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                            }
                            var _valid5 = _errs57 === errors;
                            valid12 = valid12 || _valid5;
                          }
                          if (!valid12) {
                            const err38 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf", keyword: "anyOf", params: {} };
                            if (vErrors === null) {
                              vErrors = [err38];
                            } else {
                              vErrors.push(err38);
                            }
                            errors++;
                            validate23.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs54;
                            if (vErrors !== null) {
                              if (_errs54) {
                                vErrors.length = _errs54;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs53 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.startDate !== void 0) {
                            const _errs62 = errors;
                            if (typeof data.startDate !== "string") {
                              validate23.errors = [{ instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid0 = _errs62 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.taskCount !== void 0) {
                              let data23 = data.taskCount;
                              const _errs64 = errors;
                              const _errs65 = errors;
                              let valid14 = false;
                              const _errs66 = errors;
                              if (errors === _errs66) {
                                if (typeof data23 == "number") {
                                  if (data23 > 17976931348623157e292 || isNaN(data23)) {
                                    const err39 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  } else {
                                    if (data23 < -17976931348623157e292 || isNaN(data23)) {
                                      const err40 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } };
                                      if (vErrors === null) {
                                        vErrors = [err40];
                                      } else {
                                        vErrors.push(err40);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err41 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/type", keyword: "type", params: { type: "number" } };
                                  if (vErrors === null) {
                                    vErrors = [err41];
                                  } else {
                                    vErrors.push(err41);
                                  }
                                  errors++;
                                }
                              }
                              var _valid6 = _errs66 === errors;
                              valid14 = valid14 || _valid6;
                              if (!valid14) {
                                const _errs68 = errors;
                                if (errors === _errs68) {
                                  if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                    let missing7;
                                    if (data23.unknown === void 0 && (missing7 = "unknown") || data23.expression === void 0 && (missing7 = "expression")) {
                                      const err42 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/1/required", keyword: "required", params: { missingProperty: missing7 } };
                                      if (vErrors === null) {
                                        vErrors = [err42];
                                      } else {
                                        vErrors.push(err42);
                                      }
                                      errors++;
                                    } else {
                                      if (data23.unknown !== void 0) {
                                        const _errs70 = errors;
                                        if (true !== data23.unknown) {
                                          const err43 = { instancePath: instancePath + "/taskCount/unknown", schemaPath: "#/properties/taskCount/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                          if (vErrors === null) {
                                            vErrors = [err43];
                                          } else {
                                            vErrors.push(err43);
                                          }
                                          errors++;
                                        }
                                        var valid15 = _errs70 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data23.expression !== void 0) {
                                          const _errs71 = errors;
                                          if (typeof data23.expression !== "string") {
                                            const err44 = { instancePath: instancePath + "/taskCount/expression", schemaPath: "#/properties/taskCount/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                            if (vErrors === null) {
                                              vErrors = [err44];
                                            } else {
                                              vErrors.push(err44);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs71 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    const err45 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                    if (vErrors === null) {
                                      vErrors = [err45];
                                    } else {
                                      vErrors.push(err45);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid6 = _errs68 === errors;
                                valid14 = valid14 || _valid6;
                              }
                              if (!valid14) {
                                const err46 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf", keyword: "anyOf", params: {} };
                                if (vErrors === null) {
                                  vErrors = [err46];
                                } else {
                                  vErrors.push(err46);
                                }
                                errors++;
                                validate23.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs65;
                                if (vErrors !== null) {
                                  if (_errs65) {
                                    vErrors.length = _errs65;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs64 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.arguments !== void 0) {
                                let data26 = data.arguments;
                                const _errs73 = errors;
                                if (errors === _errs73) {
                                  if (Array.isArray(data26)) {
                                    var valid16 = true;
                                    const len1 = data26.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs75 = errors;
                                      if (!validate24(data26[i1], { instancePath: instancePath + "/arguments/" + i1, parentData: data26, parentDataProperty: i1, rootData })) {
                                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid16 = _errs75 === errors;
                                      if (!valid16) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate23.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "array" } }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs73 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.dagClass !== void 0) {
                                  const _errs76 = errors;
                                  if (typeof data.dagClass !== "string") {
                                    validate23.errors = [{ instancePath: instancePath + "/dagClass", schemaPath: "#/properties/dagClass/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid0 = _errs76 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.defaultArgs !== void 0) {
                                    let data29 = data.defaultArgs;
                                    const _errs78 = errors;
                                    if (errors === _errs78) {
                                      if (Array.isArray(data29)) {
                                        var valid17 = true;
                                        const len2 = data29.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          const _errs80 = errors;
                                          if (!validate24(data29[i2], { instancePath: instancePath + "/defaultArgs/" + i2, parentData: data29, parentDataProperty: i2, rootData })) {
                                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid17 = _errs80 === errors;
                                          if (!valid17) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate23.errors = [{ instancePath: instancePath + "/defaultArgs", schemaPath: "#/properties/defaultArgs/type", keyword: "type", params: { type: "array" } }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs78 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.defaultArgsComplete !== void 0) {
                                      const _errs81 = errors;
                                      if (true !== data.defaultArgsComplete) {
                                        validate23.errors = [{ instancePath: instancePath + "/defaultArgsComplete", schemaPath: "#/properties/defaultArgsComplete/const", keyword: "const", params: { allowedValue: true } }];
                                        return false;
                                      }
                                      var valid0 = _errs81 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.invalidParams !== void 0) {
                                        let data32 = data.invalidParams;
                                        const _errs82 = errors;
                                        if (errors === _errs82) {
                                          if (Array.isArray(data32)) {
                                            var valid18 = true;
                                            const len3 = data32.length;
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data33 = data32[i3];
                                              const _errs84 = errors;
                                              if (errors === _errs84) {
                                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                  let missing8;
                                                  if (data33.name === void 0 && (missing8 = "name") || data33.reason === void 0 && (missing8 = "reason") || data33.line === void 0 && (missing8 = "line") || data33.column === void 0 && (missing8 = "column") || data33.endLine === void 0 && (missing8 = "endLine") || data33.endColumn === void 0 && (missing8 = "endColumn")) {
                                                    validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/required", keyword: "required", params: { missingProperty: missing8 } }];
                                                    return false;
                                                  } else {
                                                    if (data33.name !== void 0) {
                                                      const _errs86 = errors;
                                                      if (typeof data33.name !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/name", schemaPath: "#/properties/invalidParams/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                      }
                                                      var valid19 = _errs86 === errors;
                                                    } else {
                                                      var valid19 = true;
                                                    }
                                                    if (valid19) {
                                                      if (data33.reason !== void 0) {
                                                        const _errs88 = errors;
                                                        if (typeof data33.reason !== "string") {
                                                          validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/reason", schemaPath: "#/properties/invalidParams/items/properties/reason/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid19 = _errs88 === errors;
                                                      } else {
                                                        var valid19 = true;
                                                      }
                                                      if (valid19) {
                                                        if (data33.line !== void 0) {
                                                          let data36 = data33.line;
                                                          const _errs90 = errors;
                                                          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                                                            validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs90) {
                                                            if (typeof data36 == "number") {
                                                              if (data36 > 17976931348623157e292 || isNaN(data36)) {
                                                                validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data36 < -17976931348623157e292 || isNaN(data36)) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid19 = _errs90 === errors;
                                                        } else {
                                                          var valid19 = true;
                                                        }
                                                        if (valid19) {
                                                          if (data33.column !== void 0) {
                                                            let data37 = data33.column;
                                                            const _errs92 = errors;
                                                            if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                                                              validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs92) {
                                                              if (typeof data37 == "number") {
                                                                if (data37 > 17976931348623157e292 || isNaN(data37)) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data37 < -17976931348623157e292 || isNaN(data37)) {
                                                                    validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid19 = _errs92 === errors;
                                                          } else {
                                                            var valid19 = true;
                                                          }
                                                          if (valid19) {
                                                            if (data33.endLine !== void 0) {
                                                              let data38 = data33.endLine;
                                                              const _errs94 = errors;
                                                              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
                                                                validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs94) {
                                                                if (typeof data38 == "number") {
                                                                  if (data38 > 17976931348623157e292 || isNaN(data38)) {
                                                                    validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data38 < -17976931348623157e292 || isNaN(data38)) {
                                                                      validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid19 = _errs94 === errors;
                                                            } else {
                                                              var valid19 = true;
                                                            }
                                                            if (valid19) {
                                                              if (data33.endColumn !== void 0) {
                                                                let data39 = data33.endColumn;
                                                                const _errs96 = errors;
                                                                if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs96) {
                                                                  if (typeof data39 == "number") {
                                                                    if (data39 > 17976931348623157e292 || isNaN(data39)) {
                                                                      validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data39 < -17976931348623157e292 || isNaN(data39)) {
                                                                        validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid19 = _errs96 === errors;
                                                              } else {
                                                                var valid19 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate23.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid18 = _errs84 === errors;
                                              if (!valid18) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate23.errors = [{ instancePath: instancePath + "/invalidParams", schemaPath: "#/properties/invalidParams/type", keyword: "type", params: { type: "array" } }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs82 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.sensorTask !== void 0) {
                                          const _errs98 = errors;
                                          if (true !== data.sensorTask) {
                                            validate23.errors = [{ instancePath: instancePath + "/sensorTask", schemaPath: "#/properties/sensorTask/const", keyword: "const", params: { allowedValue: true } }];
                                            return false;
                                          }
                                          var valid0 = _errs98 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.decoratorWithoutCall !== void 0) {
                                            const _errs99 = errors;
                                            if (true !== data.decoratorWithoutCall) {
                                              validate23.errors = [{ instancePath: instancePath + "/decoratorWithoutCall", schemaPath: "#/properties/decoratorWithoutCall/const", keyword: "const", params: { allowedValue: true } }];
                                              return false;
                                            }
                                            var valid0 = _errs99 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.callError !== void 0) {
                                              let data42 = data.callError;
                                              const _errs100 = errors;
                                              if (errors === _errs100) {
                                                if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                                                  let missing9;
                                                  if (data42.message === void 0 && (missing9 = "message") || data42.line === void 0 && (missing9 = "line") || data42.column === void 0 && (missing9 = "column") || data42.endLine === void 0 && (missing9 = "endLine") || data42.endColumn === void 0 && (missing9 = "endColumn")) {
                                                    validate23.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/required", keyword: "required", params: { missingProperty: missing9 } }];
                                                    return false;
                                                  } else {
                                                    if (data42.message !== void 0) {
                                                      const _errs102 = errors;
                                                      if (typeof data42.message !== "string") {
                                                        validate23.errors = [{ instancePath: instancePath + "/callError/message", schemaPath: "#/properties/callError/properties/message/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                      }
                                                      var valid20 = _errs102 === errors;
                                                    } else {
                                                      var valid20 = true;
                                                    }
                                                    if (valid20) {
                                                      if (data42.line !== void 0) {
                                                        let data44 = data42.line;
                                                        const _errs104 = errors;
                                                        if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                                                          validate23.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                          return false;
                                                        }
                                                        if (errors === _errs104) {
                                                          if (typeof data44 == "number") {
                                                            if (data44 > 17976931348623157e292 || isNaN(data44)) {
                                                              validate23.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                              return false;
                                                            } else {
                                                              if (data44 < -17976931348623157e292 || isNaN(data44)) {
                                                                validate23.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid20 = _errs104 === errors;
                                                      } else {
                                                        var valid20 = true;
                                                      }
                                                      if (valid20) {
                                                        if (data42.column !== void 0) {
                                                          let data45 = data42.column;
                                                          const _errs106 = errors;
                                                          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                                                            validate23.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs106) {
                                                            if (typeof data45 == "number") {
                                                              if (data45 > 17976931348623157e292 || isNaN(data45)) {
                                                                validate23.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data45 < -17976931348623157e292 || isNaN(data45)) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid20 = _errs106 === errors;
                                                        } else {
                                                          var valid20 = true;
                                                        }
                                                        if (valid20) {
                                                          if (data42.endLine !== void 0) {
                                                            let data46 = data42.endLine;
                                                            const _errs108 = errors;
                                                            if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                                              validate23.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs108) {
                                                              if (typeof data46 == "number") {
                                                                if (data46 > 17976931348623157e292 || isNaN(data46)) {
                                                                  validate23.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data46 < -17976931348623157e292 || isNaN(data46)) {
                                                                    validate23.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid20 = _errs108 === errors;
                                                          } else {
                                                            var valid20 = true;
                                                          }
                                                          if (valid20) {
                                                            if (data42.endColumn !== void 0) {
                                                              let data47 = data42.endColumn;
                                                              const _errs110 = errors;
                                                              if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                                                validate23.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs110) {
                                                                if (typeof data47 == "number") {
                                                                  if (data47 > 17976931348623157e292 || isNaN(data47)) {
                                                                    validate23.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data47 < -17976931348623157e292 || isNaN(data47)) {
                                                                      validate23.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid20 = _errs110 === errors;
                                                            } else {
                                                              var valid20 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate23.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs100 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.definitionLine !== void 0) {
                                                let data48 = data.definitionLine;
                                                const _errs112 = errors;
                                                if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                                                  validate23.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/type", keyword: "type", params: { type: "integer" } }];
                                                  return false;
                                                }
                                                if (errors === _errs112) {
                                                  if (typeof data48 == "number") {
                                                    if (data48 > 17976931348623157e292 || isNaN(data48)) {
                                                      validate23.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                      return false;
                                                    } else {
                                                      if (data48 < -17976931348623157e292 || isNaN(data48)) {
                                                        validate23.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                }
                                                var valid0 = _errs112 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.dagIdFromFile !== void 0) {
                                                  const _errs114 = errors;
                                                  if (true !== data.dagIdFromFile) {
                                                    validate23.errors = [{ instancePath: instancePath + "/dagIdFromFile", schemaPath: "#/properties/dagIdFromFile/const", keyword: "const", params: { allowedValue: true } }];
                                                    return false;
                                                  }
                                                  var valid0 = _errs114 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.branch !== void 0) {
                                                    const _errs115 = errors;
                                                    if (typeof data.branch !== "string") {
                                                      validate23.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
                                                      return false;
                                                    }
                                                    var valid0 = _errs115 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.loaded !== void 0) {
                                                      const _errs117 = errors;
                                                      if (false !== data.loaded) {
                                                        validate23.errors = [{ instancePath: instancePath + "/loaded", schemaPath: "#/properties/loaded/const", keyword: "const", params: { allowedValue: false } }];
                                                        return false;
                                                      }
                                                      var valid0 = _errs117 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.notLoadedReason !== void 0) {
                                                        const _errs118 = errors;
                                                        if (typeof data.notLoadedReason !== "string") {
                                                          validate23.errors = [{ instancePath: instancePath + "/notLoadedReason", schemaPath: "#/properties/notLoadedReason/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid0 = _errs118 === errors;
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
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lines === void 0 && (missing0 = "lines")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.lines !== void 0) {
          let data0 = data.lines;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                let data1 = data0[key0];
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (Array.isArray(data1)) {
                    var valid2 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (typeof data1[i0] !== "string") {
                        validate28.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/lines/additionalProperties/items/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate28.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lines/additionalProperties/type", keyword: "type", params: { type: "array" } }];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate28.errors = [{ instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "object" } }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.file !== void 0) {
            let data3 = data.file;
            const _errs8 = errors;
            if (errors === _errs8) {
              if (Array.isArray(data3)) {
                var valid3 = true;
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs10 = errors;
                  if (typeof data3[i1] !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/file/" + i1, schemaPath: "#/properties/file/items/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid3 = _errs10 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate28.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "array" } }];
                return false;
              }
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.bases === void 0 && (missing0 = "bases")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bases !== void 0) {
              let data2 = data.bases;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate30.errors = [{ instancePath: instancePath + "/bases/" + i0, schemaPath: "#/properties/bases/items/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/bases", schemaPath: "#/properties/bases/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.init !== void 0) {
                let data4 = data.init;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let missing1;
                    if (data4.keepsDagId === void 0 && (missing1 = "keepsDagId") || data4.setsArguments === void 0 && (missing1 = "setsArguments")) {
                      validate30.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data4.keepsDagId !== void 0) {
                        const _errs11 = errors;
                        if (typeof data4.keepsDagId !== "boolean") {
                          validate30.errors = [{ instancePath: instancePath + "/init/keepsDagId", schemaPath: "#/properties/init/properties/keepsDagId/type", keyword: "type", params: { type: "boolean" } }];
                          return false;
                        }
                        var valid2 = _errs11 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data4.setsArguments !== void 0) {
                          const _errs13 = errors;
                          if (typeof data4.setsArguments !== "boolean") {
                            validate30.errors = [{ instancePath: instancePath + "/init/setsArguments", schemaPath: "#/properties/init/properties/setsArguments/type", keyword: "type", params: { type: "boolean" } }];
                            return false;
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate30.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: "object" } }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": "object", "required": ["callee", "line", "column", "held"], "properties": { "callee": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "held": { "enum": ["all", "last", "none", "unknown"] }, "branch": { "type": "string" }, "passes": { "type": "array", "items": { "type": "object", "required": ["positional", "keywords"], "properties": { "positional": { "type": "array", "items": { "type": ["string", "null"] } }, "keywords": { "type": "object", "additionalProperties": { "type": ["string", "null"] } } } } } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.callee === void 0 && (missing0 = "callee") || data.line === void 0 && (missing0 = "line") || data.column === void 0 && (missing0 = "column") || data.held === void 0 && (missing0 = "held")) {
        validate33.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.callee !== void 0) {
          const _errs1 = errors;
          if (typeof data.callee !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/callee", schemaPath: "#/properties/callee/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate33.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate33.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate33.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.column !== void 0) {
              let data2 = data.column;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                validate33.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 > 17976931348623157e292 || isNaN(data2)) {
                    validate33.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data2 < -17976931348623157e292 || isNaN(data2)) {
                      validate33.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.held !== void 0) {
                let data3 = data.held;
                const _errs7 = errors;
                if (!(data3 === "all" || data3 === "last" || data3 === "none" || data3 === "unknown")) {
                  validate33.errors = [{ instancePath: instancePath + "/held", schemaPath: "#/properties/held/enum", keyword: "enum", params: { allowedValues: schema12.properties.held.enum } }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.branch !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.branch !== "string") {
                    validate33.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.passes !== void 0) {
                    let data5 = data.passes;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data6 = data5[i0];
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              let missing1;
                              if (data6.positional === void 0 && (missing1 = "positional") || data6.keywords === void 0 && (missing1 = "keywords")) {
                                validate33.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                                return false;
                              } else {
                                if (data6.positional !== void 0) {
                                  let data7 = data6.positional;
                                  const _errs14 = errors;
                                  if (errors === _errs14) {
                                    if (Array.isArray(data7)) {
                                      var valid3 = true;
                                      const len1 = data7.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data8 = data7[i1];
                                        const _errs16 = errors;
                                        if (typeof data8 !== "string" && data8 !== null) {
                                          validate33.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional/" + i1, schemaPath: "#/properties/passes/items/properties/positional/items/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.positional.items.type } }];
                                          return false;
                                        }
                                        var valid3 = _errs16 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate33.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional", schemaPath: "#/properties/passes/items/properties/positional/type", keyword: "type", params: { type: "array" } }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data6.keywords !== void 0) {
                                    let data9 = data6.keywords;
                                    const _errs18 = errors;
                                    if (errors === _errs18) {
                                      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                        for (const key0 in data9) {
                                          let data10 = data9[key0];
                                          const _errs21 = errors;
                                          if (typeof data10 !== "string" && data10 !== null) {
                                            validate33.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/passes/items/properties/keywords/additionalProperties/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.keywords.additionalProperties.type } }];
                                            return false;
                                          }
                                          var valid4 = _errs21 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate33.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords", schemaPath: "#/properties/passes/items/properties/keywords/type", keyword: "type", params: { type: "object" } }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs18 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate33.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate33.errors = [{ instancePath: instancePath + "/passes", schemaPath: "#/properties/passes/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": "object", "required": ["name", "line", "params", "registers", "dagIdParts", "definedBy"], "properties": { "name": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "params": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "default": { "type": ["string", "null"] } } } }, "registers": { "type": "boolean" }, "acceptsKeywords": { "const": true }, "dagIdParts": { "type": "array", "items": { "type": ["string", "integer"] } }, "idKeyword": { "const": true }, "definedBy": { "enum": ["DAG()", "with DAG()", "@dag"] } } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.params === void 0 && (missing0 = "params") || data.registers === void 0 && (missing0 = "registers") || data.dagIdParts === void 0 && (missing0 = "dagIdParts") || data.definedBy === void 0 && (missing0 = "definedBy")) {
        validate35.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate35.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate35.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate35.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate35.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.params !== void 0) {
              let data2 = data.params;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.name === void 0 && (missing1 = "name")) {
                          validate35.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                          return false;
                        } else {
                          if (data3.name !== void 0) {
                            const _errs9 = errors;
                            if (typeof data3.name !== "string") {
                              validate35.errors = [{ instancePath: instancePath + "/params/" + i0 + "/name", schemaPath: "#/properties/params/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.default !== void 0) {
                              let data5 = data3.default;
                              const _errs11 = errors;
                              if (typeof data5 !== "string" && data5 !== null) {
                                validate35.errors = [{ instancePath: instancePath + "/params/" + i0 + "/default", schemaPath: "#/properties/params/items/properties/default/type", keyword: "type", params: { type: schema13.properties.params.items.properties.default.type } }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      } else {
                        validate35.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/type", keyword: "type", params: { type: "object" } }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate35.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.registers !== void 0) {
                const _errs13 = errors;
                if (typeof data.registers !== "boolean") {
                  validate35.errors = [{ instancePath: instancePath + "/registers", schemaPath: "#/properties/registers/type", keyword: "type", params: { type: "boolean" } }];
                  return false;
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.acceptsKeywords !== void 0) {
                  const _errs15 = errors;
                  if (true !== data.acceptsKeywords) {
                    validate35.errors = [{ instancePath: instancePath + "/acceptsKeywords", schemaPath: "#/properties/acceptsKeywords/const", keyword: "const", params: { allowedValue: true } }];
                    return false;
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.dagIdParts !== void 0) {
                    let data8 = data.dagIdParts;
                    const _errs16 = errors;
                    if (errors === _errs16) {
                      if (Array.isArray(data8)) {
                        var valid3 = true;
                        const len1 = data8.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data9 = data8[i1];
                          const _errs18 = errors;
                          if (typeof data9 !== "string" && !(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                            validate35.errors = [{ instancePath: instancePath + "/dagIdParts/" + i1, schemaPath: "#/properties/dagIdParts/items/type", keyword: "type", params: { type: schema13.properties.dagIdParts.items.type } }];
                            return false;
                          }
                          var valid3 = _errs18 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate35.errors = [{ instancePath: instancePath + "/dagIdParts", schemaPath: "#/properties/dagIdParts/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.idKeyword !== void 0) {
                      const _errs20 = errors;
                      if (true !== data.idKeyword) {
                        validate35.errors = [{ instancePath: instancePath + "/idKeyword", schemaPath: "#/properties/idKeyword/const", keyword: "const", params: { allowedValue: true } }];
                        return false;
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.definedBy !== void 0) {
                        let data11 = data.definedBy;
                        const _errs21 = errors;
                        if (!(data11 === "DAG()" || data11 === "with DAG()" || data11 === "@dag")) {
                          validate35.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema13.properties.definedBy.enum } }];
                          return false;
                        }
                        var valid0 = _errs21 === errors;
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
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate37.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate37.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate37.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate37.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.hidden !== void 0) {
              const _errs5 = errors;
              if (true !== data.hidden) {
                validate37.errors = [{ instancePath: instancePath + "/hidden", schemaPath: "#/properties/hidden/const", keyword: "const", params: { allowedValue: true } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ruff === void 0 && (missing0 = "ruff")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.ruff !== void 0) {
          let data0 = data.ruff;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.code === void 0 && (missing1 = "code") || data1.message === void 0 && (missing1 = "message") || data1.line === void 0 && (missing1 = "line") || data1.column === void 0 && (missing1 = "column") || data1.endLine === void 0 && (missing1 = "endLine") || data1.endColumn === void 0 && (missing1 = "endColumn")) {
                      validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0, schemaPath: "#/properties/ruff/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data1.code !== void 0) {
                        const _errs5 = errors;
                        if (typeof data1.code !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/code", schemaPath: "#/properties/ruff/items/properties/code/type", keyword: "type", params: { type: "string" } }];
                          return false;
                        }
                        var valid2 = _errs5 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.message !== void 0) {
                          const _errs7 = errors;
                          if (typeof data1.message !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/message", schemaPath: "#/properties/ruff/items/properties/message/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.line !== void 0) {
                            let data4 = data1.line;
                            const _errs9 = errors;
                            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                              validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/line", schemaPath: "#/properties/ruff/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                              return false;
                            }
                            if (errors === _errs9) {
                              if (typeof data4 == "number") {
                                if (data4 > 17976931348623157e292 || isNaN(data4)) {
                                  validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/line", schemaPath: "#/properties/ruff/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                  return false;
                                } else {
                                  if (data4 < -17976931348623157e292 || isNaN(data4)) {
                                    validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/line", schemaPath: "#/properties/ruff/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                    return false;
                                  }
                                }
                              }
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.column !== void 0) {
                              let data5 = data1.column;
                              const _errs11 = errors;
                              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
                                validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/column", schemaPath: "#/properties/ruff/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                return false;
                              }
                              if (errors === _errs11) {
                                if (typeof data5 == "number") {
                                  if (data5 > 17976931348623157e292 || isNaN(data5)) {
                                    validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/column", schemaPath: "#/properties/ruff/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                    return false;
                                  } else {
                                    if (data5 < -17976931348623157e292 || isNaN(data5)) {
                                      validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/column", schemaPath: "#/properties/ruff/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                      return false;
                                    }
                                  }
                                }
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.endLine !== void 0) {
                                let data6 = data1.endLine;
                                const _errs13 = errors;
                                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                                  validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endLine", schemaPath: "#/properties/ruff/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                  return false;
                                }
                                if (errors === _errs13) {
                                  if (typeof data6 == "number") {
                                    if (data6 > 17976931348623157e292 || isNaN(data6)) {
                                      validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endLine", schemaPath: "#/properties/ruff/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                      return false;
                                    } else {
                                      if (data6 < -17976931348623157e292 || isNaN(data6)) {
                                        validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endLine", schemaPath: "#/properties/ruff/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.endColumn !== void 0) {
                                  let data7 = data1.endColumn;
                                  const _errs15 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
                                    validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endColumn", schemaPath: "#/properties/ruff/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                  }
                                  if (errors === _errs15) {
                                    if (typeof data7 == "number") {
                                      if (data7 > 17976931348623157e292 || isNaN(data7)) {
                                        validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endColumn", schemaPath: "#/properties/ruff/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                        return false;
                                      } else {
                                        if (data7 < -17976931348623157e292 || isNaN(data7)) {
                                          validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/endColumn", schemaPath: "#/properties/ruff/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid2 = _errs15 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data1.fix !== void 0) {
                                    const _errs17 = errors;
                                    if (typeof data1.fix !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0 + "/fix", schemaPath: "#/properties/ruff/items/properties/fix/type", keyword: "type", params: { type: "string" } }];
                                      return false;
                                    }
                                    var valid2 = _errs17 === errors;
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
                  } else {
                    validate21.errors = [{ instancePath: instancePath + "/ruff/" + i0, schemaPath: "#/properties/ruff/items/type", keyword: "type", params: { type: "object" } }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/ruff", schemaPath: "#/properties/ruff/type", keyword: "type", params: { type: "array" } }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.inventory !== void 0) {
            let data9 = data.inventory;
            const _errs19 = errors;
            if (errors === _errs19) {
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                let missing2;
                if (data9.dags === void 0 && (missing2 = "dags") || data9.imports === void 0 && (missing2 = "imports") || data9.parseTimeCalls === void 0 && (missing2 = "parseTimeCalls") || data9.suppressions === void 0 && (missing2 = "suppressions")) {
                  validate21.errors = [{ instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: missing2 } }];
                  return false;
                } else {
                  if (data9.dags !== void 0) {
                    let data10 = data9.dags;
                    const _errs21 = errors;
                    if (errors === _errs21) {
                      if (Array.isArray(data10)) {
                        var valid4 = true;
                        const len1 = data10.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs23 = errors;
                          if (!validate23(data10[i1], { instancePath: instancePath + "/inventory/dags/" + i1, parentData: data10, parentDataProperty: i1, rootData })) {
                            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                            errors = vErrors.length;
                          }
                          var valid4 = _errs23 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/inventory/dags", schemaPath: "#/properties/inventory/properties/dags/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid3 = _errs21 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data9.imports !== void 0) {
                      let data12 = data9.imports;
                      const _errs24 = errors;
                      if (errors === _errs24) {
                        if (Array.isArray(data12)) {
                          var valid5 = true;
                          const len2 = data12.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let data13 = data12[i2];
                            const _errs26 = errors;
                            if (errors === _errs26) {
                              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                let missing3;
                                if (data13.module === void 0 && (missing3 = "module") || data13.line === void 0 && (missing3 = "line") || data13.relative === void 0 && (missing3 = "relative") || data13.guarded === void 0 && (missing3 = "guarded") || data13.scope === void 0 && (missing3 = "scope")) {
                                  validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2, schemaPath: "#/properties/inventory/properties/imports/items/required", keyword: "required", params: { missingProperty: missing3 } }];
                                  return false;
                                } else {
                                  if (data13.module !== void 0) {
                                    const _errs28 = errors;
                                    if (typeof data13.module !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/module", schemaPath: "#/properties/inventory/properties/imports/items/properties/module/type", keyword: "type", params: { type: "string" } }];
                                      return false;
                                    }
                                    var valid6 = _errs28 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data13.line !== void 0) {
                                      let data15 = data13.line;
                                      const _errs30 = errors;
                                      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                                        validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/line", schemaPath: "#/properties/inventory/properties/imports/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs30) {
                                        if (typeof data15 == "number") {
                                          if (data15 > 17976931348623157e292 || isNaN(data15)) {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/line", schemaPath: "#/properties/inventory/properties/imports/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data15 < -17976931348623157e292 || isNaN(data15)) {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/line", schemaPath: "#/properties/inventory/properties/imports/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid6 = _errs30 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data13.relative !== void 0) {
                                        const _errs32 = errors;
                                        if (typeof data13.relative !== "boolean") {
                                          validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/relative", schemaPath: "#/properties/inventory/properties/imports/items/properties/relative/type", keyword: "type", params: { type: "boolean" } }];
                                          return false;
                                        }
                                        var valid6 = _errs32 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data13.guarded !== void 0) {
                                          const _errs34 = errors;
                                          if (typeof data13.guarded !== "boolean") {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/guarded", schemaPath: "#/properties/inventory/properties/imports/items/properties/guarded/type", keyword: "type", params: { type: "boolean" } }];
                                            return false;
                                          }
                                          var valid6 = _errs34 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data13.scope !== void 0) {
                                            let data18 = data13.scope;
                                            const _errs36 = errors;
                                            if (!(data18 === "module" || data18 === "function" || data18 === "isolated")) {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/scope", schemaPath: "#/properties/inventory/properties/imports/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.imports.items.properties.scope.enum } }];
                                              return false;
                                            }
                                            var valid6 = _errs36 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data13.typeCheckingOnly !== void 0) {
                                              const _errs37 = errors;
                                              if (typeof data13.typeCheckingOnly !== "boolean") {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/typeCheckingOnly", schemaPath: "#/properties/inventory/properties/imports/items/properties/typeCheckingOnly/type", keyword: "type", params: { type: "boolean" } }];
                                                return false;
                                              }
                                              var valid6 = _errs37 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data13.conditional !== void 0) {
                                                const _errs39 = errors;
                                                if (true !== data13.conditional) {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/conditional", schemaPath: "#/properties/inventory/properties/imports/items/properties/conditional/const", keyword: "const", params: { allowedValue: true } }];
                                                  return false;
                                                }
                                                var valid6 = _errs39 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data13.names !== void 0) {
                                                  let data21 = data13.names;
                                                  const _errs40 = errors;
                                                  if (errors === _errs40) {
                                                    if (Array.isArray(data21)) {
                                                      var valid7 = true;
                                                      const len3 = data21.length;
                                                      for (let i3 = 0; i3 < len3; i3++) {
                                                        const _errs42 = errors;
                                                        if (typeof data21[i3] !== "string") {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/names/" + i3, schemaPath: "#/properties/inventory/properties/imports/items/properties/names/items/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid7 = _errs42 === errors;
                                                        if (!valid7) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2 + "/names", schemaPath: "#/properties/inventory/properties/imports/items/properties/names/type", keyword: "type", params: { type: "array" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid6 = _errs40 === errors;
                                                } else {
                                                  var valid6 = true;
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
                                validate21.errors = [{ instancePath: instancePath + "/inventory/imports/" + i2, schemaPath: "#/properties/inventory/properties/imports/items/type", keyword: "type", params: { type: "object" } }];
                                return false;
                              }
                            }
                            var valid5 = _errs26 === errors;
                            if (!valid5) {
                              break;
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/inventory/imports", schemaPath: "#/properties/inventory/properties/imports/type", keyword: "type", params: { type: "array" } }];
                          return false;
                        }
                      }
                      var valid3 = _errs24 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data9.parseTimeCalls !== void 0) {
                        let data23 = data9.parseTimeCalls;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (Array.isArray(data23)) {
                            var valid8 = true;
                            const len4 = data23.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              let data24 = data23[i4];
                              const _errs46 = errors;
                              if (errors === _errs46) {
                                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                  let missing4;
                                  if (data24.callee === void 0 && (missing4 = "callee") || data24.line === void 0 && (missing4 = "line") || data24.column === void 0 && (missing4 = "column") || data24.kind === void 0 && (missing4 = "kind")) {
                                    validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4, schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/required", keyword: "required", params: { missingProperty: missing4 } }];
                                    return false;
                                  } else {
                                    if (data24.callee !== void 0) {
                                      const _errs48 = errors;
                                      if (typeof data24.callee !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/callee", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/callee/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                      }
                                      var valid9 = _errs48 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                    if (valid9) {
                                      if (data24.line !== void 0) {
                                        let data26 = data24.line;
                                        const _errs50 = errors;
                                        if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                                          validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/line", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                          return false;
                                        }
                                        if (errors === _errs50) {
                                          if (typeof data26 == "number") {
                                            if (data26 > 17976931348623157e292 || isNaN(data26)) {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/line", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                              return false;
                                            } else {
                                              if (data26 < -17976931348623157e292 || isNaN(data26)) {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/line", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid9 = _errs50 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                      if (valid9) {
                                        if (data24.column !== void 0) {
                                          let data27 = data24.column;
                                          const _errs52 = errors;
                                          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/column", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                            return false;
                                          }
                                          if (errors === _errs52) {
                                            if (typeof data27 == "number") {
                                              if (data27 > 17976931348623157e292 || isNaN(data27)) {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/column", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                return false;
                                              } else {
                                                if (data27 < -17976931348623157e292 || isNaN(data27)) {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/column", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                  return false;
                                                }
                                              }
                                            }
                                          }
                                          var valid9 = _errs52 === errors;
                                        } else {
                                          var valid9 = true;
                                        }
                                        if (valid9) {
                                          if (data24.kind !== void 0) {
                                            let data28 = data24.kind;
                                            const _errs54 = errors;
                                            if (!(data28 === "variable" || data28 === "connection" || data28 === "http" || data28 === "database" || data28 === "file" || data28 === "sleep" || data28 === "hook")) {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4 + "/kind", schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.parseTimeCalls.items.properties.kind.enum } }];
                                              return false;
                                            }
                                            var valid9 = _errs54 === errors;
                                          } else {
                                            var valid9 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls/" + i4, schemaPath: "#/properties/inventory/properties/parseTimeCalls/items/type", keyword: "type", params: { type: "object" } }];
                                  return false;
                                }
                              }
                              var valid8 = _errs46 === errors;
                              if (!valid8) {
                                break;
                              }
                            }
                          } else {
                            validate21.errors = [{ instancePath: instancePath + "/inventory/parseTimeCalls", schemaPath: "#/properties/inventory/properties/parseTimeCalls/type", keyword: "type", params: { type: "array" } }];
                            return false;
                          }
                        }
                        var valid3 = _errs44 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data9.suppressions !== void 0) {
                          const _errs55 = errors;
                          if (!validate28(data9.suppressions, { instancePath: instancePath + "/inventory/suppressions", parentData: data9, parentDataProperty: "suppressions", rootData })) {
                            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                            errors = vErrors.length;
                          }
                          var valid3 = _errs55 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data9.classes !== void 0) {
                            let data30 = data9.classes;
                            const _errs56 = errors;
                            if (errors === _errs56) {
                              if (Array.isArray(data30)) {
                                var valid10 = true;
                                const len5 = data30.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                  const _errs58 = errors;
                                  if (!validate30(data30[i5], { instancePath: instancePath + "/inventory/classes/" + i5, parentData: data30, parentDataProperty: i5, rootData })) {
                                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid10 = _errs58 === errors;
                                  if (!valid10) {
                                    break;
                                  }
                                }
                              } else {
                                validate21.errors = [{ instancePath: instancePath + "/inventory/classes", schemaPath: "#/properties/inventory/properties/classes/type", keyword: "type", params: { type: "array" } }];
                                return false;
                              }
                            }
                            var valid3 = _errs56 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data9.notRunAtImport !== void 0) {
                              let data32 = data9.notRunAtImport;
                              const _errs59 = errors;
                              if (errors === _errs59) {
                                if (Array.isArray(data32)) {
                                  var valid11 = true;
                                  const len6 = data32.length;
                                  for (let i6 = 0; i6 < len6; i6++) {
                                    let data33 = data32[i6];
                                    const _errs61 = errors;
                                    if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                                      validate21.errors = [{ instancePath: instancePath + "/inventory/notRunAtImport/" + i6, schemaPath: "#/properties/inventory/properties/notRunAtImport/items/type", keyword: "type", params: { type: "integer" } }];
                                      return false;
                                    }
                                    if (errors === _errs61) {
                                      if (typeof data33 == "number") {
                                        if (data33 > 17976931348623157e292 || isNaN(data33)) {
                                          validate21.errors = [{ instancePath: instancePath + "/inventory/notRunAtImport/" + i6, schemaPath: "#/properties/inventory/properties/notRunAtImport/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                          return false;
                                        } else {
                                          if (data33 < -17976931348623157e292 || isNaN(data33)) {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/notRunAtImport/" + i6, schemaPath: "#/properties/inventory/properties/notRunAtImport/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid11 = _errs61 === errors;
                                    if (!valid11) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate21.errors = [{ instancePath: instancePath + "/inventory/notRunAtImport", schemaPath: "#/properties/inventory/properties/notRunAtImport/type", keyword: "type", params: { type: "array" } }];
                                  return false;
                                }
                              }
                              var valid3 = _errs59 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data9.unevaluated !== void 0) {
                                let data34 = data9.unevaluated;
                                const _errs63 = errors;
                                if (errors === _errs63) {
                                  if (Array.isArray(data34)) {
                                    var valid12 = true;
                                    const len7 = data34.length;
                                    for (let i7 = 0; i7 < len7; i7++) {
                                      let data35 = data34[i7];
                                      const _errs65 = errors;
                                      if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                                        validate21.errors = [{ instancePath: instancePath + "/inventory/unevaluated/" + i7, schemaPath: "#/properties/inventory/properties/unevaluated/items/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs65) {
                                        if (typeof data35 == "number") {
                                          if (data35 > 17976931348623157e292 || isNaN(data35)) {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/unevaluated/" + i7, schemaPath: "#/properties/inventory/properties/unevaluated/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data35 < -17976931348623157e292 || isNaN(data35)) {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/unevaluated/" + i7, schemaPath: "#/properties/inventory/properties/unevaluated/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid12 = _errs65 === errors;
                                      if (!valid12) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/inventory/unevaluated", schemaPath: "#/properties/inventory/properties/unevaluated/type", keyword: "type", params: { type: "array" } }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs63 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data9.dynamicGlobals !== void 0) {
                                  const _errs67 = errors;
                                  if (true !== data9.dynamicGlobals) {
                                    validate21.errors = [{ instancePath: instancePath + "/inventory/dynamicGlobals", schemaPath: "#/properties/inventory/properties/dynamicGlobals/const", keyword: "const", params: { allowedValue: true } }];
                                    return false;
                                  }
                                  var valid3 = _errs67 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data9.earlyReads !== void 0) {
                                    let data37 = data9.earlyReads;
                                    const _errs68 = errors;
                                    if (errors === _errs68) {
                                      if (Array.isArray(data37)) {
                                        var valid13 = true;
                                        const len8 = data37.length;
                                        for (let i8 = 0; i8 < len8; i8++) {
                                          let data38 = data37[i8];
                                          const _errs70 = errors;
                                          if (errors === _errs70) {
                                            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                              let missing5;
                                              if (data38.name === void 0 && (missing5 = "name") || data38.function === void 0 && (missing5 = "function") || data38.callLine === void 0 && (missing5 = "callLine") || data38.boundLine === void 0 && (missing5 = "boundLine") || data38.line === void 0 && (missing5 = "line") || data38.column === void 0 && (missing5 = "column") || data38.endLine === void 0 && (missing5 = "endLine") || data38.endColumn === void 0 && (missing5 = "endColumn")) {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8, schemaPath: "#/properties/inventory/properties/earlyReads/items/required", keyword: "required", params: { missingProperty: missing5 } }];
                                                return false;
                                              } else {
                                                if (data38.name !== void 0) {
                                                  const _errs72 = errors;
                                                  if (typeof data38.name !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/name", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                    return false;
                                                  }
                                                  var valid14 = _errs72 === errors;
                                                } else {
                                                  var valid14 = true;
                                                }
                                                if (valid14) {
                                                  if (data38.function !== void 0) {
                                                    const _errs74 = errors;
                                                    if (typeof data38.function !== "string") {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/function", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/function/type", keyword: "type", params: { type: "string" } }];
                                                      return false;
                                                    }
                                                    var valid14 = _errs74 === errors;
                                                  } else {
                                                    var valid14 = true;
                                                  }
                                                  if (valid14) {
                                                    if (data38.callLine !== void 0) {
                                                      let data41 = data38.callLine;
                                                      const _errs76 = errors;
                                                      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/callLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/callLine/type", keyword: "type", params: { type: "integer" } }];
                                                        return false;
                                                      }
                                                      if (errors === _errs76) {
                                                        if (typeof data41 == "number") {
                                                          if (data41 > 17976931348623157e292 || isNaN(data41)) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/callLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/callLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                            return false;
                                                          } else {
                                                            if (data41 < -17976931348623157e292 || isNaN(data41)) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/callLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/callLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid14 = _errs76 === errors;
                                                    } else {
                                                      var valid14 = true;
                                                    }
                                                    if (valid14) {
                                                      if (data38.boundLine !== void 0) {
                                                        let data42 = data38.boundLine;
                                                        const _errs78 = errors;
                                                        if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/boundLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/boundLine/type", keyword: "type", params: { type: "integer" } }];
                                                          return false;
                                                        }
                                                        if (errors === _errs78) {
                                                          if (typeof data42 == "number") {
                                                            if (data42 > 17976931348623157e292 || isNaN(data42)) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/boundLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/boundLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                              return false;
                                                            } else {
                                                              if (data42 < -17976931348623157e292 || isNaN(data42)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/boundLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/boundLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid14 = _errs78 === errors;
                                                      } else {
                                                        var valid14 = true;
                                                      }
                                                      if (valid14) {
                                                        if (data38.line !== void 0) {
                                                          let data43 = data38.line;
                                                          const _errs80 = errors;
                                                          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/line", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs80) {
                                                            if (typeof data43 == "number") {
                                                              if (data43 > 17976931348623157e292 || isNaN(data43)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/line", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data43 < -17976931348623157e292 || isNaN(data43)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/line", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid14 = _errs80 === errors;
                                                        } else {
                                                          var valid14 = true;
                                                        }
                                                        if (valid14) {
                                                          if (data38.column !== void 0) {
                                                            let data44 = data38.column;
                                                            const _errs82 = errors;
                                                            if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/column", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs82) {
                                                              if (typeof data44 == "number") {
                                                                if (data44 > 17976931348623157e292 || isNaN(data44)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/column", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data44 < -17976931348623157e292 || isNaN(data44)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/column", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid14 = _errs82 === errors;
                                                          } else {
                                                            var valid14 = true;
                                                          }
                                                          if (valid14) {
                                                            if (data38.endLine !== void 0) {
                                                              let data45 = data38.endLine;
                                                              const _errs84 = errors;
                                                              if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs84) {
                                                                if (typeof data45 == "number") {
                                                                  if (data45 > 17976931348623157e292 || isNaN(data45)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data45 < -17976931348623157e292 || isNaN(data45)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endLine", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid14 = _errs84 === errors;
                                                            } else {
                                                              var valid14 = true;
                                                            }
                                                            if (valid14) {
                                                              if (data38.endColumn !== void 0) {
                                                                let data46 = data38.endColumn;
                                                                const _errs86 = errors;
                                                                if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endColumn", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs86) {
                                                                  if (typeof data46 == "number") {
                                                                    if (data46 > 17976931348623157e292 || isNaN(data46)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endColumn", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data46 < -17976931348623157e292 || isNaN(data46)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8 + "/endColumn", schemaPath: "#/properties/inventory/properties/earlyReads/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid14 = _errs86 === errors;
                                                              } else {
                                                                var valid14 = true;
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
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads/" + i8, schemaPath: "#/properties/inventory/properties/earlyReads/items/type", keyword: "type", params: { type: "object" } }];
                                              return false;
                                            }
                                          }
                                          var valid13 = _errs70 === errors;
                                          if (!valid13) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate21.errors = [{ instancePath: instancePath + "/inventory/earlyReads", schemaPath: "#/properties/inventory/properties/earlyReads/type", keyword: "type", params: { type: "array" } }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs68 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data9.typeCheckingReads !== void 0) {
                                      let data47 = data9.typeCheckingReads;
                                      const _errs88 = errors;
                                      if (errors === _errs88) {
                                        if (Array.isArray(data47)) {
                                          var valid15 = true;
                                          const len9 = data47.length;
                                          for (let i9 = 0; i9 < len9; i9++) {
                                            let data48 = data47[i9];
                                            const _errs90 = errors;
                                            if (errors === _errs90) {
                                              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                                                let missing6;
                                                if (data48.name === void 0 && (missing6 = "name") || data48.importLine === void 0 && (missing6 = "importLine") || data48.line === void 0 && (missing6 = "line") || data48.column === void 0 && (missing6 = "column") || data48.endLine === void 0 && (missing6 = "endLine") || data48.endColumn === void 0 && (missing6 = "endColumn")) {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9, schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/required", keyword: "required", params: { missingProperty: missing6 } }];
                                                  return false;
                                                } else {
                                                  if (data48.name !== void 0) {
                                                    const _errs92 = errors;
                                                    if (typeof data48.name !== "string") {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/name", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                      return false;
                                                    }
                                                    var valid16 = _errs92 === errors;
                                                  } else {
                                                    var valid16 = true;
                                                  }
                                                  if (valid16) {
                                                    if (data48.importLine !== void 0) {
                                                      let data50 = data48.importLine;
                                                      const _errs94 = errors;
                                                      if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/importLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/importLine/type", keyword: "type", params: { type: "integer" } }];
                                                        return false;
                                                      }
                                                      if (errors === _errs94) {
                                                        if (typeof data50 == "number") {
                                                          if (data50 > 17976931348623157e292 || isNaN(data50)) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/importLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/importLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                            return false;
                                                          } else {
                                                            if (data50 < -17976931348623157e292 || isNaN(data50)) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/importLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/importLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                      }
                                                      var valid16 = _errs94 === errors;
                                                    } else {
                                                      var valid16 = true;
                                                    }
                                                    if (valid16) {
                                                      if (data48.line !== void 0) {
                                                        let data51 = data48.line;
                                                        const _errs96 = errors;
                                                        if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/line", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                          return false;
                                                        }
                                                        if (errors === _errs96) {
                                                          if (typeof data51 == "number") {
                                                            if (data51 > 17976931348623157e292 || isNaN(data51)) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/line", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                              return false;
                                                            } else {
                                                              if (data51 < -17976931348623157e292 || isNaN(data51)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/line", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid16 = _errs96 === errors;
                                                      } else {
                                                        var valid16 = true;
                                                      }
                                                      if (valid16) {
                                                        if (data48.column !== void 0) {
                                                          let data52 = data48.column;
                                                          const _errs98 = errors;
                                                          if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)))) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/column", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs98) {
                                                            if (typeof data52 == "number") {
                                                              if (data52 > 17976931348623157e292 || isNaN(data52)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/column", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data52 < -17976931348623157e292 || isNaN(data52)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/column", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid16 = _errs98 === errors;
                                                        } else {
                                                          var valid16 = true;
                                                        }
                                                        if (valid16) {
                                                          if (data48.endLine !== void 0) {
                                                            let data53 = data48.endLine;
                                                            const _errs100 = errors;
                                                            if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs100) {
                                                              if (typeof data53 == "number") {
                                                                if (data53 > 17976931348623157e292 || isNaN(data53)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data53 < -17976931348623157e292 || isNaN(data53)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endLine", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid16 = _errs100 === errors;
                                                          } else {
                                                            var valid16 = true;
                                                          }
                                                          if (valid16) {
                                                            if (data48.endColumn !== void 0) {
                                                              let data54 = data48.endColumn;
                                                              const _errs102 = errors;
                                                              if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endColumn", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs102) {
                                                                if (typeof data54 == "number") {
                                                                  if (data54 > 17976931348623157e292 || isNaN(data54)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endColumn", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data54 < -17976931348623157e292 || isNaN(data54)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9 + "/endColumn", schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid16 = _errs102 === errors;
                                                            } else {
                                                              var valid16 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads/" + i9, schemaPath: "#/properties/inventory/properties/typeCheckingReads/items/type", keyword: "type", params: { type: "object" } }];
                                                return false;
                                              }
                                            }
                                            var valid15 = _errs90 === errors;
                                            if (!valid15) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/inventory/typeCheckingReads", schemaPath: "#/properties/inventory/properties/typeCheckingReads/type", keyword: "type", params: { type: "array" } }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs88 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data9.candidateDags !== void 0) {
                                        let data55 = data9.candidateDags;
                                        const _errs104 = errors;
                                        if (errors === _errs104) {
                                          if (Array.isArray(data55)) {
                                            var valid17 = true;
                                            const len10 = data55.length;
                                            for (let i10 = 0; i10 < len10; i10++) {
                                              const _errs106 = errors;
                                              if (!validate23(data55[i10], { instancePath: instancePath + "/inventory/candidateDags/" + i10, parentData: data55, parentDataProperty: i10, rootData })) {
                                                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid17 = _errs106 === errors;
                                              if (!valid17) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/candidateDags", schemaPath: "#/properties/inventory/properties/candidateDags/type", keyword: "type", params: { type: "array" } }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs104 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data9.uncalledDagFunctions !== void 0) {
                                          let data57 = data9.uncalledDagFunctions;
                                          const _errs107 = errors;
                                          if (errors === _errs107) {
                                            if (Array.isArray(data57)) {
                                              var valid18 = true;
                                              const len11 = data57.length;
                                              for (let i11 = 0; i11 < len11; i11++) {
                                                let data58 = data57[i11];
                                                const _errs109 = errors;
                                                if (errors === _errs109) {
                                                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                                    let missing7;
                                                    if (data58.name === void 0 && (missing7 = "name") || data58.dagId === void 0 && (missing7 = "dagId") || data58.line === void 0 && (missing7 = "line") || data58.column === void 0 && (missing7 = "column") || data58.endLine === void 0 && (missing7 = "endLine") || data58.endColumn === void 0 && (missing7 = "endColumn")) {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11, schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/required", keyword: "required", params: { missingProperty: missing7 } }];
                                                      return false;
                                                    } else {
                                                      if (data58.name !== void 0) {
                                                        const _errs111 = errors;
                                                        if (typeof data58.name !== "string") {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/name", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid19 = _errs111 === errors;
                                                      } else {
                                                        var valid19 = true;
                                                      }
                                                      if (valid19) {
                                                        if (data58.dagId !== void 0) {
                                                          let data60 = data58.dagId;
                                                          const _errs113 = errors;
                                                          const _errs114 = errors;
                                                          let valid20 = false;
                                                          const _errs115 = errors;
                                                          if (typeof data60 !== "string") {
                                                            const err0 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/0/type", keyword: "type", params: { type: "string" } };
                                                            if (vErrors === null) {
                                                              vErrors = [err0];
                                                            } else {
                                                              vErrors.push(err0);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid0 = _errs115 === errors;
                                                          valid20 = valid20 || _valid0;
                                                          if (!valid20) {
                                                            const _errs117 = errors;
                                                            if (errors === _errs117) {
                                                              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                                                let missing8;
                                                                if (data60.unknown === void 0 && (missing8 = "unknown") || data60.expression === void 0 && (missing8 = "expression")) {
                                                                  const err1 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/required", keyword: "required", params: { missingProperty: missing8 } };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err1];
                                                                  } else {
                                                                    vErrors.push(err1);
                                                                  }
                                                                  errors++;
                                                                } else {
                                                                  if (data60.unknown !== void 0) {
                                                                    const _errs119 = errors;
                                                                    if (true !== data60.unknown) {
                                                                      const err2 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId/unknown", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err2];
                                                                      } else {
                                                                        vErrors.push(err2);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid21 = _errs119 === errors;
                                                                  } else {
                                                                    var valid21 = true;
                                                                  }
                                                                  if (valid21) {
                                                                    if (data60.expression !== void 0) {
                                                                      const _errs120 = errors;
                                                                      if (typeof data60.expression !== "string") {
                                                                        const err3 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId/expression", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err3];
                                                                        } else {
                                                                          vErrors.push(err3);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid21 = _errs120 === errors;
                                                                    } else {
                                                                      var valid21 = true;
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                const err4 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                                                if (vErrors === null) {
                                                                  vErrors = [err4];
                                                                } else {
                                                                  vErrors.push(err4);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var _valid0 = _errs117 === errors;
                                                            valid20 = valid20 || _valid0;
                                                          }
                                                          if (!valid20) {
                                                            const err5 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf", keyword: "anyOf", params: {} };
                                                            if (vErrors === null) {
                                                              vErrors = [err5];
                                                            } else {
                                                              vErrors.push(err5);
                                                            }
                                                            errors++;
                                                            validate21.errors = vErrors;
                                                            return false;
                                                          } else {
                                                            errors = _errs114;
                                                            if (vErrors !== null) {
                                                              if (_errs114) {
                                                                vErrors.length = _errs114;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid19 = _errs113 === errors;
                                                        } else {
                                                          var valid19 = true;
                                                        }
                                                        if (valid19) {
                                                          if (data58.line !== void 0) {
                                                            let data63 = data58.line;
                                                            const _errs122 = errors;
                                                            if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs122) {
                                                              if (typeof data63 == "number") {
                                                                if (data63 > 17976931348623157e292 || isNaN(data63)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data63 < -17976931348623157e292 || isNaN(data63)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid19 = _errs122 === errors;
                                                          } else {
                                                            var valid19 = true;
                                                          }
                                                          if (valid19) {
                                                            if (data58.column !== void 0) {
                                                              let data64 = data58.column;
                                                              const _errs124 = errors;
                                                              if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs124) {
                                                                if (typeof data64 == "number") {
                                                                  if (data64 > 17976931348623157e292 || isNaN(data64)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data64 < -17976931348623157e292 || isNaN(data64)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid19 = _errs124 === errors;
                                                            } else {
                                                              var valid19 = true;
                                                            }
                                                            if (valid19) {
                                                              if (data58.endLine !== void 0) {
                                                                let data65 = data58.endLine;
                                                                const _errs126 = errors;
                                                                if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs126) {
                                                                  if (typeof data65 == "number") {
                                                                    if (data65 > 17976931348623157e292 || isNaN(data65)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data65 < -17976931348623157e292 || isNaN(data65)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid19 = _errs126 === errors;
                                                              } else {
                                                                var valid19 = true;
                                                              }
                                                              if (valid19) {
                                                                if (data58.endColumn !== void 0) {
                                                                  let data66 = data58.endColumn;
                                                                  const _errs128 = errors;
                                                                  if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs128) {
                                                                    if (typeof data66 == "number") {
                                                                      if (data66 > 17976931348623157e292 || isNaN(data66)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data66 < -17976931348623157e292 || isNaN(data66)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid19 = _errs128 === errors;
                                                                } else {
                                                                  var valid19 = true;
                                                                }
                                                                if (valid19) {
                                                                  if (data58.decoratorWithoutCall !== void 0) {
                                                                    const _errs130 = errors;
                                                                    if (true !== data58.decoratorWithoutCall) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11 + "/decoratorWithoutCall", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/decoratorWithoutCall/const", keyword: "const", params: { allowedValue: true } }];
                                                                      return false;
                                                                    }
                                                                    var valid19 = _errs130 === errors;
                                                                  } else {
                                                                    var valid19 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i11, schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/type", keyword: "type", params: { type: "object" } }];
                                                    return false;
                                                  }
                                                }
                                                var valid18 = _errs109 === errors;
                                                if (!valid18) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/type", keyword: "type", params: { type: "array" } }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs107 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data9.datasetUris !== void 0) {
                                            let data68 = data9.datasetUris;
                                            const _errs131 = errors;
                                            if (errors === _errs131) {
                                              if (Array.isArray(data68)) {
                                                var valid22 = true;
                                                const len12 = data68.length;
                                                for (let i12 = 0; i12 < len12; i12++) {
                                                  let data69 = data68[i12];
                                                  const _errs133 = errors;
                                                  if (errors === _errs133) {
                                                    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                                      let missing9;
                                                      if (data69.uri === void 0 && (missing9 = "uri") || data69.line === void 0 && (missing9 = "line") || data69.column === void 0 && (missing9 = "column") || data69.endLine === void 0 && (missing9 = "endLine") || data69.endColumn === void 0 && (missing9 = "endColumn")) {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12, schemaPath: "#/properties/inventory/properties/datasetUris/items/required", keyword: "required", params: { missingProperty: missing9 } }];
                                                        return false;
                                                      } else {
                                                        if (data69.uri !== void 0) {
                                                          const _errs135 = errors;
                                                          if (typeof data69.uri !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/uri", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/uri/type", keyword: "type", params: { type: "string" } }];
                                                            return false;
                                                          }
                                                          var valid23 = _errs135 === errors;
                                                        } else {
                                                          var valid23 = true;
                                                        }
                                                        if (valid23) {
                                                          if (data69.line !== void 0) {
                                                            let data71 = data69.line;
                                                            const _errs137 = errors;
                                                            if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs137) {
                                                              if (typeof data71 == "number") {
                                                                if (data71 > 17976931348623157e292 || isNaN(data71)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data71 < -17976931348623157e292 || isNaN(data71)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid23 = _errs137 === errors;
                                                          } else {
                                                            var valid23 = true;
                                                          }
                                                          if (valid23) {
                                                            if (data69.column !== void 0) {
                                                              let data72 = data69.column;
                                                              const _errs139 = errors;
                                                              if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs139) {
                                                                if (typeof data72 == "number") {
                                                                  if (data72 > 17976931348623157e292 || isNaN(data72)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data72 < -17976931348623157e292 || isNaN(data72)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid23 = _errs139 === errors;
                                                            } else {
                                                              var valid23 = true;
                                                            }
                                                            if (valid23) {
                                                              if (data69.endLine !== void 0) {
                                                                let data73 = data69.endLine;
                                                                const _errs141 = errors;
                                                                if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs141) {
                                                                  if (typeof data73 == "number") {
                                                                    if (data73 > 17976931348623157e292 || isNaN(data73)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data73 < -17976931348623157e292 || isNaN(data73)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid23 = _errs141 === errors;
                                                              } else {
                                                                var valid23 = true;
                                                              }
                                                              if (valid23) {
                                                                if (data69.endColumn !== void 0) {
                                                                  let data74 = data69.endColumn;
                                                                  const _errs143 = errors;
                                                                  if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs143) {
                                                                    if (typeof data74 == "number") {
                                                                      if (data74 > 17976931348623157e292 || isNaN(data74)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data74 < -17976931348623157e292 || isNaN(data74)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid23 = _errs143 === errors;
                                                                } else {
                                                                  var valid23 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    } else {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i12, schemaPath: "#/properties/inventory/properties/datasetUris/items/type", keyword: "type", params: { type: "object" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid22 = _errs133 === errors;
                                                  if (!valid22) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris", schemaPath: "#/properties/inventory/properties/datasetUris/type", keyword: "type", params: { type: "array" } }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs131 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data9.timeZones !== void 0) {
                                              let data75 = data9.timeZones;
                                              const _errs145 = errors;
                                              if (errors === _errs145) {
                                                if (Array.isArray(data75)) {
                                                  var valid24 = true;
                                                  const len13 = data75.length;
                                                  for (let i13 = 0; i13 < len13; i13++) {
                                                    let data76 = data75[i13];
                                                    const _errs147 = errors;
                                                    if (errors === _errs147) {
                                                      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                                        let missing10;
                                                        if (data76.name === void 0 && (missing10 = "name") || data76.callee === void 0 && (missing10 = "callee") || data76.loader === void 0 && (missing10 = "loader") || data76.line === void 0 && (missing10 = "line") || data76.column === void 0 && (missing10 = "column") || data76.endLine === void 0 && (missing10 = "endLine") || data76.endColumn === void 0 && (missing10 = "endColumn")) {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13, schemaPath: "#/properties/inventory/properties/timeZones/items/required", keyword: "required", params: { missingProperty: missing10 } }];
                                                          return false;
                                                        } else {
                                                          if (data76.name !== void 0) {
                                                            const _errs149 = errors;
                                                            if (typeof data76.name !== "string") {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/name", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                              return false;
                                                            }
                                                            var valid25 = _errs149 === errors;
                                                          } else {
                                                            var valid25 = true;
                                                          }
                                                          if (valid25) {
                                                            if (data76.callee !== void 0) {
                                                              const _errs151 = errors;
                                                              if (typeof data76.callee !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/callee", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/callee/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                              }
                                                              var valid25 = _errs151 === errors;
                                                            } else {
                                                              var valid25 = true;
                                                            }
                                                            if (valid25) {
                                                              if (data76.loader !== void 0) {
                                                                let data79 = data76.loader;
                                                                const _errs153 = errors;
                                                                if (!(data79 === "pendulum" || data79 === "zoneinfo")) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/loader", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/loader/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.timeZones.items.properties.loader.enum } }];
                                                                  return false;
                                                                }
                                                                var valid25 = _errs153 === errors;
                                                              } else {
                                                                var valid25 = true;
                                                              }
                                                              if (valid25) {
                                                                if (data76.environment !== void 0) {
                                                                  const _errs154 = errors;
                                                                  if (typeof data76.environment !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/environment", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/environment/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                  }
                                                                  var valid25 = _errs154 === errors;
                                                                } else {
                                                                  var valid25 = true;
                                                                }
                                                                if (valid25) {
                                                                  if (data76.line !== void 0) {
                                                                    let data81 = data76.line;
                                                                    const _errs156 = errors;
                                                                    if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs156) {
                                                                      if (typeof data81 == "number") {
                                                                        if (data81 > 17976931348623157e292 || isNaN(data81)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data81 < -17976931348623157e292 || isNaN(data81)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid25 = _errs156 === errors;
                                                                  } else {
                                                                    var valid25 = true;
                                                                  }
                                                                  if (valid25) {
                                                                    if (data76.column !== void 0) {
                                                                      let data82 = data76.column;
                                                                      const _errs158 = errors;
                                                                      if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs158) {
                                                                        if (typeof data82 == "number") {
                                                                          if (data82 > 17976931348623157e292 || isNaN(data82)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data82 < -17976931348623157e292 || isNaN(data82)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid25 = _errs158 === errors;
                                                                    } else {
                                                                      var valid25 = true;
                                                                    }
                                                                    if (valid25) {
                                                                      if (data76.endLine !== void 0) {
                                                                        let data83 = data76.endLine;
                                                                        const _errs160 = errors;
                                                                        if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs160) {
                                                                          if (typeof data83 == "number") {
                                                                            if (data83 > 17976931348623157e292 || isNaN(data83)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data83 < -17976931348623157e292 || isNaN(data83)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid25 = _errs160 === errors;
                                                                      } else {
                                                                        var valid25 = true;
                                                                      }
                                                                      if (valid25) {
                                                                        if (data76.endColumn !== void 0) {
                                                                          let data84 = data76.endColumn;
                                                                          const _errs162 = errors;
                                                                          if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs162) {
                                                                            if (typeof data84 == "number") {
                                                                              if (data84 > 17976931348623157e292 || isNaN(data84)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data84 < -17976931348623157e292 || isNaN(data84)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid25 = _errs162 === errors;
                                                                        } else {
                                                                          var valid25 = true;
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
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i13, schemaPath: "#/properties/inventory/properties/timeZones/items/type", keyword: "type", params: { type: "object" } }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid24 = _errs147 === errors;
                                                    if (!valid24) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones", schemaPath: "#/properties/inventory/properties/timeZones/type", keyword: "type", params: { type: "array" } }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs145 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data9.mappedLiterals !== void 0) {
                                                let data85 = data9.mappedLiterals;
                                                const _errs164 = errors;
                                                if (errors === _errs164) {
                                                  if (Array.isArray(data85)) {
                                                    var valid26 = true;
                                                    const len14 = data85.length;
                                                    for (let i14 = 0; i14 < len14; i14++) {
                                                      let data86 = data85[i14];
                                                      const _errs166 = errors;
                                                      if (errors === _errs166) {
                                                        if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                                          let missing11;
                                                          if (data86.argument === void 0 && (missing11 = "argument") || data86.type === void 0 && (missing11 = "type") || data86.line === void 0 && (missing11 = "line") || data86.column === void 0 && (missing11 = "column") || data86.endLine === void 0 && (missing11 = "endLine") || data86.endColumn === void 0 && (missing11 = "endColumn")) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14, schemaPath: "#/properties/inventory/properties/mappedLiterals/items/required", keyword: "required", params: { missingProperty: missing11 } }];
                                                            return false;
                                                          } else {
                                                            if (data86.argument !== void 0) {
                                                              const _errs168 = errors;
                                                              if (typeof data86.argument !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/argument", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/argument/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                              }
                                                              var valid27 = _errs168 === errors;
                                                            } else {
                                                              var valid27 = true;
                                                            }
                                                            if (valid27) {
                                                              if (data86.type !== void 0) {
                                                                let data88 = data86.type;
                                                                const _errs170 = errors;
                                                                if (!(data88 === "str" || data88 === "int" || data88 === "float" || data88 === "bool" || data88 === "NoneType" || data88 === "set" || data88 === "generator" || data88 === "dict" || data88 === "dict_items" || data88 === "dict_keys" || data88 === "dict_values" || data88 === "list" || data88 === "tuple" || data88 === "XComArg" || data88 === "keyword" || data88 === "context" || data88 === "always" || data88 === "empty")) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/type", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.mappedLiterals.items.properties.type.enum } }];
                                                                  return false;
                                                                }
                                                                var valid27 = _errs170 === errors;
                                                              } else {
                                                                var valid27 = true;
                                                              }
                                                              if (valid27) {
                                                                if (data86.key !== void 0) {
                                                                  const _errs171 = errors;
                                                                  if (typeof data86.key !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/key", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/key/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                  }
                                                                  var valid27 = _errs171 === errors;
                                                                } else {
                                                                  var valid27 = true;
                                                                }
                                                                if (valid27) {
                                                                  if (data86.also !== void 0) {
                                                                    let data90 = data86.also;
                                                                    const _errs173 = errors;
                                                                    if (errors === _errs173) {
                                                                      if (Array.isArray(data90)) {
                                                                        var valid28 = true;
                                                                        const len15 = data90.length;
                                                                        for (let i15 = 0; i15 < len15; i15++) {
                                                                          const _errs175 = errors;
                                                                          if (typeof data90[i15] !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/also/" + i15, schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/also/items/type", keyword: "type", params: { type: "string" } }];
                                                                            return false;
                                                                          }
                                                                          var valid28 = _errs175 === errors;
                                                                          if (!valid28) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/also", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/also/type", keyword: "type", params: { type: "array" } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid27 = _errs173 === errors;
                                                                  } else {
                                                                    var valid27 = true;
                                                                  }
                                                                  if (valid27) {
                                                                    if (data86.call !== void 0) {
                                                                      let data92 = data86.call;
                                                                      const _errs177 = errors;
                                                                      if (!(data92 === "expand" || data92 === "expand_kwargs" || data92 === "partial")) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/call", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/call/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.mappedLiterals.items.properties.call.enum } }];
                                                                        return false;
                                                                      }
                                                                      var valid27 = _errs177 === errors;
                                                                    } else {
                                                                      var valid27 = true;
                                                                    }
                                                                    if (valid27) {
                                                                      if (data86.line !== void 0) {
                                                                        let data93 = data86.line;
                                                                        const _errs178 = errors;
                                                                        if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs178) {
                                                                          if (typeof data93 == "number") {
                                                                            if (data93 > 17976931348623157e292 || isNaN(data93)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data93 < -17976931348623157e292 || isNaN(data93)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid27 = _errs178 === errors;
                                                                      } else {
                                                                        var valid27 = true;
                                                                      }
                                                                      if (valid27) {
                                                                        if (data86.column !== void 0) {
                                                                          let data94 = data86.column;
                                                                          const _errs180 = errors;
                                                                          if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs180) {
                                                                            if (typeof data94 == "number") {
                                                                              if (data94 > 17976931348623157e292 || isNaN(data94)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data94 < -17976931348623157e292 || isNaN(data94)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid27 = _errs180 === errors;
                                                                        } else {
                                                                          var valid27 = true;
                                                                        }
                                                                        if (valid27) {
                                                                          if (data86.endLine !== void 0) {
                                                                            let data95 = data86.endLine;
                                                                            const _errs182 = errors;
                                                                            if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs182) {
                                                                              if (typeof data95 == "number") {
                                                                                if (data95 > 17976931348623157e292 || isNaN(data95)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data95 < -17976931348623157e292 || isNaN(data95)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid27 = _errs182 === errors;
                                                                          } else {
                                                                            var valid27 = true;
                                                                          }
                                                                          if (valid27) {
                                                                            if (data86.endColumn !== void 0) {
                                                                              let data96 = data86.endColumn;
                                                                              const _errs184 = errors;
                                                                              if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs184) {
                                                                                if (typeof data96 == "number") {
                                                                                  if (data96 > 17976931348623157e292 || isNaN(data96)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data96 < -17976931348623157e292 || isNaN(data96)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid27 = _errs184 === errors;
                                                                            } else {
                                                                              var valid27 = true;
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
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i14, schemaPath: "#/properties/inventory/properties/mappedLiterals/items/type", keyword: "type", params: { type: "object" } }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid26 = _errs166 === errors;
                                                      if (!valid26) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals", schemaPath: "#/properties/inventory/properties/mappedLiterals/type", keyword: "type", params: { type: "array" } }];
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs164 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data9.taskCalls !== void 0) {
                                                  let data97 = data9.taskCalls;
                                                  const _errs186 = errors;
                                                  if (errors === _errs186) {
                                                    if (Array.isArray(data97)) {
                                                      var valid29 = true;
                                                      const len16 = data97.length;
                                                      for (let i16 = 0; i16 < len16; i16++) {
                                                        let data98 = data97[i16];
                                                        const _errs188 = errors;
                                                        if (errors === _errs188) {
                                                          if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                                            let missing12;
                                                            if (data98.function === void 0 && (missing12 = "function") || data98.problem === void 0 && (missing12 = "problem") || data98.line === void 0 && (missing12 = "line") || data98.column === void 0 && (missing12 = "column") || data98.endLine === void 0 && (missing12 = "endLine") || data98.endColumn === void 0 && (missing12 = "endColumn")) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16, schemaPath: "#/properties/inventory/properties/taskCalls/items/required", keyword: "required", params: { missingProperty: missing12 } }];
                                                              return false;
                                                            } else {
                                                              if (data98.function !== void 0) {
                                                                const _errs190 = errors;
                                                                if (typeof data98.function !== "string") {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/function", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/function/type", keyword: "type", params: { type: "string" } }];
                                                                  return false;
                                                                }
                                                                var valid30 = _errs190 === errors;
                                                              } else {
                                                                var valid30 = true;
                                                              }
                                                              if (valid30) {
                                                                if (data98.problem !== void 0) {
                                                                  const _errs192 = errors;
                                                                  if (typeof data98.problem !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/problem", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/problem/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                  }
                                                                  var valid30 = _errs192 === errors;
                                                                } else {
                                                                  var valid30 = true;
                                                                }
                                                                if (valid30) {
                                                                  if (data98.error !== void 0) {
                                                                    const _errs194 = errors;
                                                                    if ("ValueError" !== data98.error) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/error", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/error/const", keyword: "const", params: { allowedValue: "ValueError" } }];
                                                                      return false;
                                                                    }
                                                                    var valid30 = _errs194 === errors;
                                                                  } else {
                                                                    var valid30 = true;
                                                                  }
                                                                  if (valid30) {
                                                                    if (data98.line !== void 0) {
                                                                      let data102 = data98.line;
                                                                      const _errs195 = errors;
                                                                      if (!(typeof data102 == "number" && (!(data102 % 1) && !isNaN(data102)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs195) {
                                                                        if (typeof data102 == "number") {
                                                                          if (data102 > 17976931348623157e292 || isNaN(data102)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data102 < -17976931348623157e292 || isNaN(data102)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid30 = _errs195 === errors;
                                                                    } else {
                                                                      var valid30 = true;
                                                                    }
                                                                    if (valid30) {
                                                                      if (data98.column !== void 0) {
                                                                        let data103 = data98.column;
                                                                        const _errs197 = errors;
                                                                        if (!(typeof data103 == "number" && (!(data103 % 1) && !isNaN(data103)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs197) {
                                                                          if (typeof data103 == "number") {
                                                                            if (data103 > 17976931348623157e292 || isNaN(data103)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data103 < -17976931348623157e292 || isNaN(data103)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid30 = _errs197 === errors;
                                                                      } else {
                                                                        var valid30 = true;
                                                                      }
                                                                      if (valid30) {
                                                                        if (data98.endLine !== void 0) {
                                                                          let data104 = data98.endLine;
                                                                          const _errs199 = errors;
                                                                          if (!(typeof data104 == "number" && (!(data104 % 1) && !isNaN(data104)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs199) {
                                                                            if (typeof data104 == "number") {
                                                                              if (data104 > 17976931348623157e292 || isNaN(data104)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data104 < -17976931348623157e292 || isNaN(data104)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid30 = _errs199 === errors;
                                                                        } else {
                                                                          var valid30 = true;
                                                                        }
                                                                        if (valid30) {
                                                                          if (data98.endColumn !== void 0) {
                                                                            let data105 = data98.endColumn;
                                                                            const _errs201 = errors;
                                                                            if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs201) {
                                                                              if (typeof data105 == "number") {
                                                                                if (data105 > 17976931348623157e292 || isNaN(data105)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data105 < -17976931348623157e292 || isNaN(data105)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid30 = _errs201 === errors;
                                                                          } else {
                                                                            var valid30 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i16, schemaPath: "#/properties/inventory/properties/taskCalls/items/type", keyword: "type", params: { type: "object" } }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid29 = _errs188 === errors;
                                                        if (!valid29) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls", schemaPath: "#/properties/inventory/properties/taskCalls/type", keyword: "type", params: { type: "array" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid3 = _errs186 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data9.mappedTasks !== void 0) {
                                                    let data106 = data9.mappedTasks;
                                                    const _errs203 = errors;
                                                    if (errors === _errs203) {
                                                      if (Array.isArray(data106)) {
                                                        var valid31 = true;
                                                        const len17 = data106.length;
                                                        for (let i17 = 0; i17 < len17; i17++) {
                                                          let data107 = data106[i17];
                                                          const _errs205 = errors;
                                                          if (errors === _errs205) {
                                                            if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                                                              let missing13;
                                                              if (data107.line === void 0 && (missing13 = "line") || data107.column === void 0 && (missing13 = "column") || data107.endLine === void 0 && (missing13 = "endLine") || data107.endColumn === void 0 && (missing13 = "endColumn")) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17, schemaPath: "#/properties/inventory/properties/mappedTasks/items/required", keyword: "required", params: { missingProperty: missing13 } }];
                                                                return false;
                                                              } else {
                                                                if (data107.sla !== void 0) {
                                                                  const _errs207 = errors;
                                                                  if (typeof data107.sla !== "boolean") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/sla", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/sla/type", keyword: "type", params: { type: "boolean" } }];
                                                                    return false;
                                                                  }
                                                                  var valid32 = _errs207 === errors;
                                                                } else {
                                                                  var valid32 = true;
                                                                }
                                                                if (valid32) {
                                                                  if (data107.line !== void 0) {
                                                                    let data109 = data107.line;
                                                                    const _errs209 = errors;
                                                                    if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs209) {
                                                                      if (typeof data109 == "number") {
                                                                        if (data109 > 17976931348623157e292 || isNaN(data109)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data109 < -17976931348623157e292 || isNaN(data109)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid32 = _errs209 === errors;
                                                                  } else {
                                                                    var valid32 = true;
                                                                  }
                                                                  if (valid32) {
                                                                    if (data107.column !== void 0) {
                                                                      let data110 = data107.column;
                                                                      const _errs211 = errors;
                                                                      if (!(typeof data110 == "number" && (!(data110 % 1) && !isNaN(data110)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs211) {
                                                                        if (typeof data110 == "number") {
                                                                          if (data110 > 17976931348623157e292 || isNaN(data110)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data110 < -17976931348623157e292 || isNaN(data110)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid32 = _errs211 === errors;
                                                                    } else {
                                                                      var valid32 = true;
                                                                    }
                                                                    if (valid32) {
                                                                      if (data107.endLine !== void 0) {
                                                                        let data111 = data107.endLine;
                                                                        const _errs213 = errors;
                                                                        if (!(typeof data111 == "number" && (!(data111 % 1) && !isNaN(data111)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs213) {
                                                                          if (typeof data111 == "number") {
                                                                            if (data111 > 17976931348623157e292 || isNaN(data111)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data111 < -17976931348623157e292 || isNaN(data111)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid32 = _errs213 === errors;
                                                                      } else {
                                                                        var valid32 = true;
                                                                      }
                                                                      if (valid32) {
                                                                        if (data107.endColumn !== void 0) {
                                                                          let data112 = data107.endColumn;
                                                                          const _errs215 = errors;
                                                                          if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs215) {
                                                                            if (typeof data112 == "number") {
                                                                              if (data112 > 17976931348623157e292 || isNaN(data112)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data112 < -17976931348623157e292 || isNaN(data112)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid32 = _errs215 === errors;
                                                                        } else {
                                                                          var valid32 = true;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i17, schemaPath: "#/properties/inventory/properties/mappedTasks/items/type", keyword: "type", params: { type: "object" } }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid31 = _errs205 === errors;
                                                          if (!valid31) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks", schemaPath: "#/properties/inventory/properties/mappedTasks/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs203 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data9.taskArguments !== void 0) {
                                                      let data113 = data9.taskArguments;
                                                      const _errs217 = errors;
                                                      if (errors === _errs217) {
                                                        if (Array.isArray(data113)) {
                                                          var valid33 = true;
                                                          const len18 = data113.length;
                                                          for (let i18 = 0; i18 < len18; i18++) {
                                                            let data114 = data113[i18];
                                                            const _errs219 = errors;
                                                            if (errors === _errs219) {
                                                              if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                                                                let missing14;
                                                                if (data114.name === void 0 && (missing14 = "name") || data114.value === void 0 && (missing14 = "value") || data114.line === void 0 && (missing14 = "line") || data114.column === void 0 && (missing14 = "column") || data114.endLine === void 0 && (missing14 = "endLine") || data114.endColumn === void 0 && (missing14 = "endColumn")) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18, schemaPath: "#/properties/inventory/properties/taskArguments/items/required", keyword: "required", params: { missingProperty: missing14 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data114.name !== void 0) {
                                                                    let data115 = data114.name;
                                                                    const _errs221 = errors;
                                                                    if (!(data115 === "trigger_rule" || data115 === "weight_rule")) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/name", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.taskArguments.items.properties.name.enum } }];
                                                                      return false;
                                                                    }
                                                                    var valid34 = _errs221 === errors;
                                                                  } else {
                                                                    var valid34 = true;
                                                                  }
                                                                  if (valid34) {
                                                                    if (data114.value !== void 0) {
                                                                      const _errs222 = errors;
                                                                      if (typeof data114.value !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/value", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/value/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                      }
                                                                      var valid34 = _errs222 === errors;
                                                                    } else {
                                                                      var valid34 = true;
                                                                    }
                                                                    if (valid34) {
                                                                      if (data114.line !== void 0) {
                                                                        let data117 = data114.line;
                                                                        const _errs224 = errors;
                                                                        if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs224) {
                                                                          if (typeof data117 == "number") {
                                                                            if (data117 > 17976931348623157e292 || isNaN(data117)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data117 < -17976931348623157e292 || isNaN(data117)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid34 = _errs224 === errors;
                                                                      } else {
                                                                        var valid34 = true;
                                                                      }
                                                                      if (valid34) {
                                                                        if (data114.column !== void 0) {
                                                                          let data118 = data114.column;
                                                                          const _errs226 = errors;
                                                                          if (!(typeof data118 == "number" && (!(data118 % 1) && !isNaN(data118)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs226) {
                                                                            if (typeof data118 == "number") {
                                                                              if (data118 > 17976931348623157e292 || isNaN(data118)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data118 < -17976931348623157e292 || isNaN(data118)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid34 = _errs226 === errors;
                                                                        } else {
                                                                          var valid34 = true;
                                                                        }
                                                                        if (valid34) {
                                                                          if (data114.endLine !== void 0) {
                                                                            let data119 = data114.endLine;
                                                                            const _errs228 = errors;
                                                                            if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs228) {
                                                                              if (typeof data119 == "number") {
                                                                                if (data119 > 17976931348623157e292 || isNaN(data119)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data119 < -17976931348623157e292 || isNaN(data119)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid34 = _errs228 === errors;
                                                                          } else {
                                                                            var valid34 = true;
                                                                          }
                                                                          if (valid34) {
                                                                            if (data114.endColumn !== void 0) {
                                                                              let data120 = data114.endColumn;
                                                                              const _errs230 = errors;
                                                                              if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs230) {
                                                                                if (typeof data120 == "number") {
                                                                                  if (data120 > 17976931348623157e292 || isNaN(data120)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data120 < -17976931348623157e292 || isNaN(data120)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid34 = _errs230 === errors;
                                                                            } else {
                                                                              var valid34 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i18, schemaPath: "#/properties/inventory/properties/taskArguments/items/type", keyword: "type", params: { type: "object" } }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid33 = _errs219 === errors;
                                                            if (!valid33) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments", schemaPath: "#/properties/inventory/properties/taskArguments/type", keyword: "type", params: { type: "array" } }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs217 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data9.operatorCalls !== void 0) {
                                                        let data121 = data9.operatorCalls;
                                                        const _errs232 = errors;
                                                        if (errors === _errs232) {
                                                          if (Array.isArray(data121)) {
                                                            var valid35 = true;
                                                            const len19 = data121.length;
                                                            for (let i19 = 0; i19 < len19; i19++) {
                                                              let data122 = data121[i19];
                                                              const _errs234 = errors;
                                                              if (errors === _errs234) {
                                                                if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                                                                  let missing15;
                                                                  if (data122.operator === void 0 && (missing15 = "operator") || data122.unknownKeywords === void 0 && (missing15 = "unknownKeywords") || data122.line === void 0 && (missing15 = "line") || data122.column === void 0 && (missing15 = "column") || data122.endLine === void 0 && (missing15 = "endLine") || data122.endColumn === void 0 && (missing15 = "endColumn")) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19, schemaPath: "#/properties/inventory/properties/operatorCalls/items/required", keyword: "required", params: { missingProperty: missing15 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data122.operator !== void 0) {
                                                                      const _errs236 = errors;
                                                                      if (typeof data122.operator !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/operator", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/operator/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                      }
                                                                      var valid36 = _errs236 === errors;
                                                                    } else {
                                                                      var valid36 = true;
                                                                    }
                                                                    if (valid36) {
                                                                      if (data122.unknownKeywords !== void 0) {
                                                                        let data124 = data122.unknownKeywords;
                                                                        const _errs238 = errors;
                                                                        if (errors === _errs238) {
                                                                          if (Array.isArray(data124)) {
                                                                            var valid37 = true;
                                                                            const len20 = data124.length;
                                                                            for (let i20 = 0; i20 < len20; i20++) {
                                                                              let data125 = data124[i20];
                                                                              const _errs240 = errors;
                                                                              if (errors === _errs240) {
                                                                                if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
                                                                                  let missing16;
                                                                                  if (data125.name === void 0 && (missing16 = "name") || data125.line === void 0 && (missing16 = "line") || data125.column === void 0 && (missing16 = "column") || data125.endLine === void 0 && (missing16 = "endLine") || data125.endColumn === void 0 && (missing16 = "endColumn")) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/required", keyword: "required", params: { missingProperty: missing16 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data125.name !== void 0) {
                                                                                      const _errs242 = errors;
                                                                                      if (typeof data125.name !== "string") {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid38 = _errs242 === errors;
                                                                                    } else {
                                                                                      var valid38 = true;
                                                                                    }
                                                                                    if (valid38) {
                                                                                      if (data125.falsy !== void 0) {
                                                                                        const _errs244 = errors;
                                                                                        if (true !== data125.falsy) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/falsy", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/falsy/const", keyword: "const", params: { allowedValue: true } }];
                                                                                          return false;
                                                                                        }
                                                                                        var valid38 = _errs244 === errors;
                                                                                      } else {
                                                                                        var valid38 = true;
                                                                                      }
                                                                                      if (valid38) {
                                                                                        if (data125.line !== void 0) {
                                                                                          let data128 = data125.line;
                                                                                          const _errs245 = errors;
                                                                                          if (!(typeof data128 == "number" && (!(data128 % 1) && !isNaN(data128)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs245) {
                                                                                            if (typeof data128 == "number") {
                                                                                              if (data128 > 17976931348623157e292 || isNaN(data128)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (data128 < -17976931348623157e292 || isNaN(data128)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid38 = _errs245 === errors;
                                                                                        } else {
                                                                                          var valid38 = true;
                                                                                        }
                                                                                        if (valid38) {
                                                                                          if (data125.column !== void 0) {
                                                                                            let data129 = data125.column;
                                                                                            const _errs247 = errors;
                                                                                            if (!(typeof data129 == "number" && (!(data129 % 1) && !isNaN(data129)))) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs247) {
                                                                                              if (typeof data129 == "number") {
                                                                                                if (data129 > 17976931348623157e292 || isNaN(data129)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data129 < -17976931348623157e292 || isNaN(data129)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid38 = _errs247 === errors;
                                                                                          } else {
                                                                                            var valid38 = true;
                                                                                          }
                                                                                          if (valid38) {
                                                                                            if (data125.endLine !== void 0) {
                                                                                              let data130 = data125.endLine;
                                                                                              const _errs249 = errors;
                                                                                              if (!(typeof data130 == "number" && (!(data130 % 1) && !isNaN(data130)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs249) {
                                                                                                if (typeof data130 == "number") {
                                                                                                  if (data130 > 17976931348623157e292 || isNaN(data130)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data130 < -17976931348623157e292 || isNaN(data130)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid38 = _errs249 === errors;
                                                                                            } else {
                                                                                              var valid38 = true;
                                                                                            }
                                                                                            if (valid38) {
                                                                                              if (data125.endColumn !== void 0) {
                                                                                                let data131 = data125.endColumn;
                                                                                                const _errs251 = errors;
                                                                                                if (!(typeof data131 == "number" && (!(data131 % 1) && !isNaN(data131)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs251) {
                                                                                                  if (typeof data131 == "number") {
                                                                                                    if (data131 > 17976931348623157e292 || isNaN(data131)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data131 < -17976931348623157e292 || isNaN(data131)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid38 = _errs251 === errors;
                                                                                              } else {
                                                                                                var valid38 = true;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords/" + i20, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/type", keyword: "type", params: { type: "object" } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid37 = _errs240 === errors;
                                                                              if (!valid37) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unknownKeywords", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/type", keyword: "type", params: { type: "array" } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid36 = _errs238 === errors;
                                                                      } else {
                                                                        var valid36 = true;
                                                                      }
                                                                      if (valid36) {
                                                                        if (data122.splat !== void 0) {
                                                                          const _errs253 = errors;
                                                                          if (true !== data122.splat) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/splat", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/splat/const", keyword: "const", params: { allowedValue: true } }];
                                                                            return false;
                                                                          }
                                                                          var valid36 = _errs253 === errors;
                                                                        } else {
                                                                          var valid36 = true;
                                                                        }
                                                                        if (valid36) {
                                                                          if (data122.positional !== void 0) {
                                                                            let data133 = data122.positional;
                                                                            const _errs254 = errors;
                                                                            if (errors === _errs254) {
                                                                              if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                                                                                let missing17;
                                                                                if (data133.line === void 0 && (missing17 = "line") || data133.column === void 0 && (missing17 = "column") || data133.endLine === void 0 && (missing17 = "endLine") || data133.endColumn === void 0 && (missing17 = "endColumn")) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/required", keyword: "required", params: { missingProperty: missing17 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data133.line !== void 0) {
                                                                                    let data134 = data133.line;
                                                                                    const _errs256 = errors;
                                                                                    if (!(typeof data134 == "number" && (!(data134 % 1) && !isNaN(data134)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs256) {
                                                                                      if (typeof data134 == "number") {
                                                                                        if (data134 > 17976931348623157e292 || isNaN(data134)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data134 < -17976931348623157e292 || isNaN(data134)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid39 = _errs256 === errors;
                                                                                  } else {
                                                                                    var valid39 = true;
                                                                                  }
                                                                                  if (valid39) {
                                                                                    if (data133.column !== void 0) {
                                                                                      let data135 = data133.column;
                                                                                      const _errs258 = errors;
                                                                                      if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs258) {
                                                                                        if (typeof data135 == "number") {
                                                                                          if (data135 > 17976931348623157e292 || isNaN(data135)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data135 < -17976931348623157e292 || isNaN(data135)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid39 = _errs258 === errors;
                                                                                    } else {
                                                                                      var valid39 = true;
                                                                                    }
                                                                                    if (valid39) {
                                                                                      if (data133.endLine !== void 0) {
                                                                                        let data136 = data133.endLine;
                                                                                        const _errs260 = errors;
                                                                                        if (!(typeof data136 == "number" && (!(data136 % 1) && !isNaN(data136)))) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs260) {
                                                                                          if (typeof data136 == "number") {
                                                                                            if (data136 > 17976931348623157e292 || isNaN(data136)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data136 < -17976931348623157e292 || isNaN(data136)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid39 = _errs260 === errors;
                                                                                      } else {
                                                                                        var valid39 = true;
                                                                                      }
                                                                                      if (valid39) {
                                                                                        if (data133.endColumn !== void 0) {
                                                                                          let data137 = data133.endColumn;
                                                                                          const _errs262 = errors;
                                                                                          if (!(typeof data137 == "number" && (!(data137 % 1) && !isNaN(data137)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs262) {
                                                                                            if (typeof data137 == "number") {
                                                                                              if (data137 > 17976931348623157e292 || isNaN(data137)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (data137 < -17976931348623157e292 || isNaN(data137)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid39 = _errs262 === errors;
                                                                                        } else {
                                                                                          var valid39 = true;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/positional", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/type", keyword: "type", params: { type: "object" } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid36 = _errs254 === errors;
                                                                          } else {
                                                                            var valid36 = true;
                                                                          }
                                                                          if (valid36) {
                                                                            if (data122.literals !== void 0) {
                                                                              let data138 = data122.literals;
                                                                              const _errs264 = errors;
                                                                              if (errors === _errs264) {
                                                                                if (Array.isArray(data138)) {
                                                                                  var valid40 = true;
                                                                                  const len21 = data138.length;
                                                                                  for (let i21 = 0; i21 < len21; i21++) {
                                                                                    let data139 = data138[i21];
                                                                                    const _errs266 = errors;
                                                                                    if (errors === _errs266) {
                                                                                      if (data139 && typeof data139 == "object" && !Array.isArray(data139)) {
                                                                                        let missing18;
                                                                                        if (data139.name === void 0 && (missing18 = "name") || data139.type === void 0 && (missing18 = "type") || data139.line === void 0 && (missing18 = "line") || data139.column === void 0 && (missing18 = "column") || data139.endLine === void 0 && (missing18 = "endLine") || data139.endColumn === void 0 && (missing18 = "endColumn")) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/required", keyword: "required", params: { missingProperty: missing18 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data139.name !== void 0) {
                                                                                            const _errs268 = errors;
                                                                                            if (typeof data139.name !== "string") {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid41 = _errs268 === errors;
                                                                                          } else {
                                                                                            var valid41 = true;
                                                                                          }
                                                                                          if (valid41) {
                                                                                            if (data139.type !== void 0) {
                                                                                              const _errs270 = errors;
                                                                                              if (typeof data139.type !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/type", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/type/type", keyword: "type", params: { type: "string" } }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid41 = _errs270 === errors;
                                                                                            } else {
                                                                                              var valid41 = true;
                                                                                            }
                                                                                            if (valid41) {
                                                                                              if (data139.line !== void 0) {
                                                                                                let data142 = data139.line;
                                                                                                const _errs272 = errors;
                                                                                                if (!(typeof data142 == "number" && (!(data142 % 1) && !isNaN(data142)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs272) {
                                                                                                  if (typeof data142 == "number") {
                                                                                                    if (data142 > 17976931348623157e292 || isNaN(data142)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data142 < -17976931348623157e292 || isNaN(data142)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid41 = _errs272 === errors;
                                                                                              } else {
                                                                                                var valid41 = true;
                                                                                              }
                                                                                              if (valid41) {
                                                                                                if (data139.column !== void 0) {
                                                                                                  let data143 = data139.column;
                                                                                                  const _errs274 = errors;
                                                                                                  if (!(typeof data143 == "number" && (!(data143 % 1) && !isNaN(data143)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs274) {
                                                                                                    if (typeof data143 == "number") {
                                                                                                      if (data143 > 17976931348623157e292 || isNaN(data143)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data143 < -17976931348623157e292 || isNaN(data143)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid41 = _errs274 === errors;
                                                                                                } else {
                                                                                                  var valid41 = true;
                                                                                                }
                                                                                                if (valid41) {
                                                                                                  if (data139.endLine !== void 0) {
                                                                                                    let data144 = data139.endLine;
                                                                                                    const _errs276 = errors;
                                                                                                    if (!(typeof data144 == "number" && (!(data144 % 1) && !isNaN(data144)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs276) {
                                                                                                      if (typeof data144 == "number") {
                                                                                                        if (data144 > 17976931348623157e292 || isNaN(data144)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data144 < -17976931348623157e292 || isNaN(data144)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid41 = _errs276 === errors;
                                                                                                  } else {
                                                                                                    var valid41 = true;
                                                                                                  }
                                                                                                  if (valid41) {
                                                                                                    if (data139.endColumn !== void 0) {
                                                                                                      let data145 = data139.endColumn;
                                                                                                      const _errs278 = errors;
                                                                                                      if (!(typeof data145 == "number" && (!(data145 % 1) && !isNaN(data145)))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      if (errors === _errs278) {
                                                                                                        if (typeof data145 == "number") {
                                                                                                          if (data145 > 17976931348623157e292 || isNaN(data145)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data145 < -17976931348623157e292 || isNaN(data145)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                      var valid41 = _errs278 === errors;
                                                                                                    } else {
                                                                                                      var valid41 = true;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      } else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals/" + i21, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/type", keyword: "type", params: { type: "object" } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                    var valid40 = _errs266 === errors;
                                                                                    if (!valid40) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/literals", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/type", keyword: "type", params: { type: "array" } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid36 = _errs264 === errors;
                                                                            } else {
                                                                              var valid36 = true;
                                                                            }
                                                                            if (valid36) {
                                                                              if (data122.taskId !== void 0) {
                                                                                const _errs280 = errors;
                                                                                if (typeof data122.taskId !== "string") {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/taskId", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/taskId/type", keyword: "type", params: { type: "string" } }];
                                                                                  return false;
                                                                                }
                                                                                var valid36 = _errs280 === errors;
                                                                              } else {
                                                                                var valid36 = true;
                                                                              }
                                                                              if (valid36) {
                                                                                if (data122.values !== void 0) {
                                                                                  let data147 = data122.values;
                                                                                  const _errs282 = errors;
                                                                                  if (errors === _errs282) {
                                                                                    if (Array.isArray(data147)) {
                                                                                      var valid42 = true;
                                                                                      const len22 = data147.length;
                                                                                      for (let i22 = 0; i22 < len22; i22++) {
                                                                                        let data148 = data147[i22];
                                                                                        const _errs284 = errors;
                                                                                        if (errors === _errs284) {
                                                                                          if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                                                                                            let missing19;
                                                                                            if (data148.name === void 0 && (missing19 = "name") || data148.literal === void 0 && (missing19 = "literal") || data148.line === void 0 && (missing19 = "line") || data148.column === void 0 && (missing19 = "column") || data148.endLine === void 0 && (missing19 = "endLine") || data148.endColumn === void 0 && (missing19 = "endColumn")) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/required", keyword: "required", params: { missingProperty: missing19 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data148.name !== void 0) {
                                                                                                const _errs286 = errors;
                                                                                                if (typeof data148.name !== "string") {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid43 = _errs286 === errors;
                                                                                              } else {
                                                                                                var valid43 = true;
                                                                                              }
                                                                                              if (valid43) {
                                                                                                if (data148.literal !== void 0) {
                                                                                                  let data150 = data148.literal;
                                                                                                  const _errs288 = errors;
                                                                                                  if (typeof data150 !== "string" && !(typeof data150 == "number") && typeof data150 !== "boolean") {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/type", keyword: "type", params: { type: schema6.properties.inventory.properties.operatorCalls.items.properties.values.items.properties.literal.type } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs288) {
                                                                                                    if (typeof data150 == "number") {
                                                                                                      if (data150 > 17976931348623157e292 || isNaN(data150)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data150 < -17976931348623157e292 || isNaN(data150)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid43 = _errs288 === errors;
                                                                                                } else {
                                                                                                  var valid43 = true;
                                                                                                }
                                                                                                if (valid43) {
                                                                                                  if (data148.valueType !== void 0) {
                                                                                                    const _errs290 = errors;
                                                                                                    if ("float" !== data148.valueType) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/valueType", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/valueType/const", keyword: "const", params: { allowedValue: "float" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid43 = _errs290 === errors;
                                                                                                  } else {
                                                                                                    var valid43 = true;
                                                                                                  }
                                                                                                  if (valid43) {
                                                                                                    if (data148.line !== void 0) {
                                                                                                      let data152 = data148.line;
                                                                                                      const _errs291 = errors;
                                                                                                      if (!(typeof data152 == "number" && (!(data152 % 1) && !isNaN(data152)))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      if (errors === _errs291) {
                                                                                                        if (typeof data152 == "number") {
                                                                                                          if (data152 > 17976931348623157e292 || isNaN(data152)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data152 < -17976931348623157e292 || isNaN(data152)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                      var valid43 = _errs291 === errors;
                                                                                                    } else {
                                                                                                      var valid43 = true;
                                                                                                    }
                                                                                                    if (valid43) {
                                                                                                      if (data148.column !== void 0) {
                                                                                                        let data153 = data148.column;
                                                                                                        const _errs293 = errors;
                                                                                                        if (!(typeof data153 == "number" && (!(data153 % 1) && !isNaN(data153)))) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        if (errors === _errs293) {
                                                                                                          if (typeof data153 == "number") {
                                                                                                            if (data153 > 17976931348623157e292 || isNaN(data153)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                              if (data153 < -17976931348623157e292 || isNaN(data153)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                        var valid43 = _errs293 === errors;
                                                                                                      } else {
                                                                                                        var valid43 = true;
                                                                                                      }
                                                                                                      if (valid43) {
                                                                                                        if (data148.endLine !== void 0) {
                                                                                                          let data154 = data148.endLine;
                                                                                                          const _errs295 = errors;
                                                                                                          if (!(typeof data154 == "number" && (!(data154 % 1) && !isNaN(data154)))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          if (errors === _errs295) {
                                                                                                            if (typeof data154 == "number") {
                                                                                                              if (data154 > 17976931348623157e292 || isNaN(data154)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                if (data154 < -17976931348623157e292 || isNaN(data154)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                          var valid43 = _errs295 === errors;
                                                                                                        } else {
                                                                                                          var valid43 = true;
                                                                                                        }
                                                                                                        if (valid43) {
                                                                                                          if (data148.endColumn !== void 0) {
                                                                                                            let data155 = data148.endColumn;
                                                                                                            const _errs297 = errors;
                                                                                                            if (!(typeof data155 == "number" && (!(data155 % 1) && !isNaN(data155)))) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            if (errors === _errs297) {
                                                                                                              if (typeof data155 == "number") {
                                                                                                                if (data155 > 17976931348623157e292 || isNaN(data155)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                } else {
                                                                                                                  if (data155 < -17976931348623157e292 || isNaN(data155)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                            var valid43 = _errs297 === errors;
                                                                                                          } else {
                                                                                                            var valid43 = true;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values/" + i22, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/type", keyword: "type", params: { type: "object" } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid42 = _errs284 === errors;
                                                                                        if (!valid42) {
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/values", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/type", keyword: "type", params: { type: "array" } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid36 = _errs282 === errors;
                                                                                } else {
                                                                                  var valid36 = true;
                                                                                }
                                                                                if (valid36) {
                                                                                  if (data122.mapped !== void 0) {
                                                                                    let data156 = data122.mapped;
                                                                                    const _errs299 = errors;
                                                                                    if (!(data156 === "partial" || data156 === "expand")) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/mapped", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/mapped/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.operatorCalls.items.properties.mapped.enum } }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid36 = _errs299 === errors;
                                                                                  } else {
                                                                                    var valid36 = true;
                                                                                  }
                                                                                  if (valid36) {
                                                                                    if (data122.noTaskId !== void 0) {
                                                                                      const _errs300 = errors;
                                                                                      if (true !== data122.noTaskId) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/noTaskId", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/noTaskId/const", keyword: "const", params: { allowedValue: true } }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid36 = _errs300 === errors;
                                                                                    } else {
                                                                                      var valid36 = true;
                                                                                    }
                                                                                    if (valid36) {
                                                                                      if (data122.unmappable !== void 0) {
                                                                                        let data158 = data122.unmappable;
                                                                                        const _errs301 = errors;
                                                                                        if (errors === _errs301) {
                                                                                          if (Array.isArray(data158)) {
                                                                                            var valid44 = true;
                                                                                            const len23 = data158.length;
                                                                                            for (let i23 = 0; i23 < len23; i23++) {
                                                                                              let data159 = data158[i23];
                                                                                              const _errs303 = errors;
                                                                                              if (errors === _errs303) {
                                                                                                if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                                                                                                  let missing20;
                                                                                                  if (data159.name === void 0 && (missing20 = "name") || data159.inPartial === void 0 && (missing20 = "inPartial") || data159.line === void 0 && (missing20 = "line") || data159.column === void 0 && (missing20 = "column") || data159.endLine === void 0 && (missing20 = "endLine") || data159.endColumn === void 0 && (missing20 = "endColumn")) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/required", keyword: "required", params: { missingProperty: missing20 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data159.name !== void 0) {
                                                                                                      const _errs305 = errors;
                                                                                                      if (typeof data159.name !== "string") {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid45 = _errs305 === errors;
                                                                                                    } else {
                                                                                                      var valid45 = true;
                                                                                                    }
                                                                                                    if (valid45) {
                                                                                                      if (data159.inPartial !== void 0) {
                                                                                                        const _errs307 = errors;
                                                                                                        if (typeof data159.inPartial !== "boolean") {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/inPartial", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/inPartial/type", keyword: "type", params: { type: "boolean" } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        var valid45 = _errs307 === errors;
                                                                                                      } else {
                                                                                                        var valid45 = true;
                                                                                                      }
                                                                                                      if (valid45) {
                                                                                                        if (data159.line !== void 0) {
                                                                                                          let data162 = data159.line;
                                                                                                          const _errs309 = errors;
                                                                                                          if (!(typeof data162 == "number" && (!(data162 % 1) && !isNaN(data162)))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          if (errors === _errs309) {
                                                                                                            if (typeof data162 == "number") {
                                                                                                              if (data162 > 17976931348623157e292 || isNaN(data162)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                if (data162 < -17976931348623157e292 || isNaN(data162)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                          var valid45 = _errs309 === errors;
                                                                                                        } else {
                                                                                                          var valid45 = true;
                                                                                                        }
                                                                                                        if (valid45) {
                                                                                                          if (data159.column !== void 0) {
                                                                                                            let data163 = data159.column;
                                                                                                            const _errs311 = errors;
                                                                                                            if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163)))) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            if (errors === _errs311) {
                                                                                                              if (typeof data163 == "number") {
                                                                                                                if (data163 > 17976931348623157e292 || isNaN(data163)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                } else {
                                                                                                                  if (data163 < -17976931348623157e292 || isNaN(data163)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                            var valid45 = _errs311 === errors;
                                                                                                          } else {
                                                                                                            var valid45 = true;
                                                                                                          }
                                                                                                          if (valid45) {
                                                                                                            if (data159.endLine !== void 0) {
                                                                                                              let data164 = data159.endLine;
                                                                                                              const _errs313 = errors;
                                                                                                              if (!(typeof data164 == "number" && (!(data164 % 1) && !isNaN(data164)))) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              if (errors === _errs313) {
                                                                                                                if (typeof data164 == "number") {
                                                                                                                  if (data164 > 17976931348623157e292 || isNaN(data164)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                    return false;
                                                                                                                  } else {
                                                                                                                    if (data164 < -17976931348623157e292 || isNaN(data164)) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                              var valid45 = _errs313 === errors;
                                                                                                            } else {
                                                                                                              var valid45 = true;
                                                                                                            }
                                                                                                            if (valid45) {
                                                                                                              if (data159.endColumn !== void 0) {
                                                                                                                let data165 = data159.endColumn;
                                                                                                                const _errs315 = errors;
                                                                                                                if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165)))) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                                if (errors === _errs315) {
                                                                                                                  if (typeof data165 == "number") {
                                                                                                                    if (data165 > 17976931348623157e292 || isNaN(data165)) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                      return false;
                                                                                                                    } else {
                                                                                                                      if (data165 < -17976931348623157e292 || isNaN(data165)) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                                var valid45 = _errs315 === errors;
                                                                                                              } else {
                                                                                                                var valid45 = true;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable/" + i23, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/type", keyword: "type", params: { type: "object" } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid44 = _errs303 === errors;
                                                                                              if (!valid44) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/unmappable", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/type", keyword: "type", params: { type: "array" } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid36 = _errs301 === errors;
                                                                                      } else {
                                                                                        var valid36 = true;
                                                                                      }
                                                                                      if (valid36) {
                                                                                        if (data122.missing !== void 0) {
                                                                                          let data166 = data122.missing;
                                                                                          const _errs317 = errors;
                                                                                          if (errors === _errs317) {
                                                                                            if (Array.isArray(data166)) {
                                                                                              var valid46 = true;
                                                                                              const len24 = data166.length;
                                                                                              for (let i24 = 0; i24 < len24; i24++) {
                                                                                                const _errs319 = errors;
                                                                                                if (typeof data166[i24] !== "string") {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/missing/" + i24, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/missing/items/type", keyword: "type", params: { type: "string" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid46 = _errs319 === errors;
                                                                                                if (!valid46) {
                                                                                                  break;
                                                                                                }
                                                                                              }
                                                                                            } else {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/missing", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/missing/type", keyword: "type", params: { type: "array" } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                          var valid36 = _errs317 === errors;
                                                                                        } else {
                                                                                          var valid36 = true;
                                                                                        }
                                                                                        if (valid36) {
                                                                                          if (data122.line !== void 0) {
                                                                                            let data168 = data122.line;
                                                                                            const _errs321 = errors;
                                                                                            if (!(typeof data168 == "number" && (!(data168 % 1) && !isNaN(data168)))) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs321) {
                                                                                              if (typeof data168 == "number") {
                                                                                                if (data168 > 17976931348623157e292 || isNaN(data168)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data168 < -17976931348623157e292 || isNaN(data168)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid36 = _errs321 === errors;
                                                                                          } else {
                                                                                            var valid36 = true;
                                                                                          }
                                                                                          if (valid36) {
                                                                                            if (data122.column !== void 0) {
                                                                                              let data169 = data122.column;
                                                                                              const _errs323 = errors;
                                                                                              if (!(typeof data169 == "number" && (!(data169 % 1) && !isNaN(data169)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs323) {
                                                                                                if (typeof data169 == "number") {
                                                                                                  if (data169 > 17976931348623157e292 || isNaN(data169)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data169 < -17976931348623157e292 || isNaN(data169)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid36 = _errs323 === errors;
                                                                                            } else {
                                                                                              var valid36 = true;
                                                                                            }
                                                                                            if (valid36) {
                                                                                              if (data122.endLine !== void 0) {
                                                                                                let data170 = data122.endLine;
                                                                                                const _errs325 = errors;
                                                                                                if (!(typeof data170 == "number" && (!(data170 % 1) && !isNaN(data170)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs325) {
                                                                                                  if (typeof data170 == "number") {
                                                                                                    if (data170 > 17976931348623157e292 || isNaN(data170)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data170 < -17976931348623157e292 || isNaN(data170)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid36 = _errs325 === errors;
                                                                                              } else {
                                                                                                var valid36 = true;
                                                                                              }
                                                                                              if (valid36) {
                                                                                                if (data122.endColumn !== void 0) {
                                                                                                  let data171 = data122.endColumn;
                                                                                                  const _errs327 = errors;
                                                                                                  if (!(typeof data171 == "number" && (!(data171 % 1) && !isNaN(data171)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs327) {
                                                                                                    if (typeof data171 == "number") {
                                                                                                      if (data171 > 17976931348623157e292 || isNaN(data171)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data171 < -17976931348623157e292 || isNaN(data171)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid36 = _errs327 === errors;
                                                                                                } else {
                                                                                                  var valid36 = true;
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
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i19, schemaPath: "#/properties/inventory/properties/operatorCalls/items/type", keyword: "type", params: { type: "object" } }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid35 = _errs234 === errors;
                                                              if (!valid35) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls", schemaPath: "#/properties/inventory/properties/operatorCalls/type", keyword: "type", params: { type: "array" } }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid3 = _errs232 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data9.triggerRuleMembers !== void 0) {
                                                          let data172 = data9.triggerRuleMembers;
                                                          const _errs329 = errors;
                                                          if (errors === _errs329) {
                                                            if (Array.isArray(data172)) {
                                                              var valid47 = true;
                                                              const len25 = data172.length;
                                                              for (let i25 = 0; i25 < len25; i25++) {
                                                                let data173 = data172[i25];
                                                                const _errs331 = errors;
                                                                if (errors === _errs331) {
                                                                  if (data173 && typeof data173 == "object" && !Array.isArray(data173)) {
                                                                    let missing21;
                                                                    if (data173.member === void 0 && (missing21 = "member") || data173.line === void 0 && (missing21 = "line") || data173.column === void 0 && (missing21 = "column") || data173.endLine === void 0 && (missing21 = "endLine") || data173.endColumn === void 0 && (missing21 = "endColumn")) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25, schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/required", keyword: "required", params: { missingProperty: missing21 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data173.member !== void 0) {
                                                                        const _errs333 = errors;
                                                                        if (typeof data173.member !== "string") {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/member", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/member/type", keyword: "type", params: { type: "string" } }];
                                                                          return false;
                                                                        }
                                                                        var valid48 = _errs333 === errors;
                                                                      } else {
                                                                        var valid48 = true;
                                                                      }
                                                                      if (valid48) {
                                                                        if (data173.line !== void 0) {
                                                                          let data175 = data173.line;
                                                                          const _errs335 = errors;
                                                                          if (!(typeof data175 == "number" && (!(data175 % 1) && !isNaN(data175)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs335) {
                                                                            if (typeof data175 == "number") {
                                                                              if (data175 > 17976931348623157e292 || isNaN(data175)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data175 < -17976931348623157e292 || isNaN(data175)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid48 = _errs335 === errors;
                                                                        } else {
                                                                          var valid48 = true;
                                                                        }
                                                                        if (valid48) {
                                                                          if (data173.column !== void 0) {
                                                                            let data176 = data173.column;
                                                                            const _errs337 = errors;
                                                                            if (!(typeof data176 == "number" && (!(data176 % 1) && !isNaN(data176)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs337) {
                                                                              if (typeof data176 == "number") {
                                                                                if (data176 > 17976931348623157e292 || isNaN(data176)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data176 < -17976931348623157e292 || isNaN(data176)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid48 = _errs337 === errors;
                                                                          } else {
                                                                            var valid48 = true;
                                                                          }
                                                                          if (valid48) {
                                                                            if (data173.endLine !== void 0) {
                                                                              let data177 = data173.endLine;
                                                                              const _errs339 = errors;
                                                                              if (!(typeof data177 == "number" && (!(data177 % 1) && !isNaN(data177)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs339) {
                                                                                if (typeof data177 == "number") {
                                                                                  if (data177 > 17976931348623157e292 || isNaN(data177)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data177 < -17976931348623157e292 || isNaN(data177)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid48 = _errs339 === errors;
                                                                            } else {
                                                                              var valid48 = true;
                                                                            }
                                                                            if (valid48) {
                                                                              if (data173.endColumn !== void 0) {
                                                                                let data178 = data173.endColumn;
                                                                                const _errs341 = errors;
                                                                                if (!(typeof data178 == "number" && (!(data178 % 1) && !isNaN(data178)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs341) {
                                                                                  if (typeof data178 == "number") {
                                                                                    if (data178 > 17976931348623157e292 || isNaN(data178)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data178 < -17976931348623157e292 || isNaN(data178)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid48 = _errs341 === errors;
                                                                              } else {
                                                                                var valid48 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i25, schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/type", keyword: "type", params: { type: "object" } }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid47 = _errs331 === errors;
                                                                if (!valid47) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/type", keyword: "type", params: { type: "array" } }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid3 = _errs329 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data9.taskGraphs !== void 0) {
                                                            let data179 = data9.taskGraphs;
                                                            const _errs343 = errors;
                                                            if (errors === _errs343) {
                                                              if (Array.isArray(data179)) {
                                                                var valid49 = true;
                                                                const len26 = data179.length;
                                                                for (let i26 = 0; i26 < len26; i26++) {
                                                                  let data180 = data179[i26];
                                                                  const _errs345 = errors;
                                                                  if (errors === _errs345) {
                                                                    if (data180 && typeof data180 == "object" && !Array.isArray(data180)) {
                                                                      let missing22;
                                                                      if (data180.line === void 0 && (missing22 = "line") || data180.tasks === void 0 && (missing22 = "tasks") || data180.edges === void 0 && (missing22 = "edges")) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26, schemaPath: "#/properties/inventory/properties/taskGraphs/items/required", keyword: "required", params: { missingProperty: missing22 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data180.dagId !== void 0) {
                                                                          const _errs347 = errors;
                                                                          if (typeof data180.dagId !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/dagId", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/dagId/type", keyword: "type", params: { type: "string" } }];
                                                                            return false;
                                                                          }
                                                                          var valid50 = _errs347 === errors;
                                                                        } else {
                                                                          var valid50 = true;
                                                                        }
                                                                        if (valid50) {
                                                                          if (data180.line !== void 0) {
                                                                            let data182 = data180.line;
                                                                            const _errs349 = errors;
                                                                            if (!(typeof data182 == "number" && (!(data182 % 1) && !isNaN(data182)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs349) {
                                                                              if (typeof data182 == "number") {
                                                                                if (data182 > 17976931348623157e292 || isNaN(data182)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data182 < -17976931348623157e292 || isNaN(data182)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid50 = _errs349 === errors;
                                                                          } else {
                                                                            var valid50 = true;
                                                                          }
                                                                          if (valid50) {
                                                                            if (data180.failStop !== void 0) {
                                                                              const _errs351 = errors;
                                                                              if (true !== data180.failStop) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/failStop", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/failStop/const", keyword: "const", params: { allowedValue: true } }];
                                                                                return false;
                                                                              }
                                                                              var valid50 = _errs351 === errors;
                                                                            } else {
                                                                              var valid50 = true;
                                                                            }
                                                                            if (valid50) {
                                                                              if (data180.tasks !== void 0) {
                                                                                let data184 = data180.tasks;
                                                                                const _errs352 = errors;
                                                                                if (errors === _errs352) {
                                                                                  if (Array.isArray(data184)) {
                                                                                    var valid51 = true;
                                                                                    const len27 = data184.length;
                                                                                    for (let i27 = 0; i27 < len27; i27++) {
                                                                                      let data185 = data184[i27];
                                                                                      const _errs354 = errors;
                                                                                      if (errors === _errs354) {
                                                                                        if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
                                                                                          let missing23;
                                                                                          if (data185.label === void 0 && (missing23 = "label") || data185.line === void 0 && (missing23 = "line") || data185.column === void 0 && (missing23 = "column") || data185.endLine === void 0 && (missing23 = "endLine") || data185.endColumn === void 0 && (missing23 = "endColumn")) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: missing23 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data185.label !== void 0) {
                                                                                              const _errs356 = errors;
                                                                                              if (typeof data185.label !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/label", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/label/type", keyword: "type", params: { type: "string" } }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid52 = _errs356 === errors;
                                                                                            } else {
                                                                                              var valid52 = true;
                                                                                            }
                                                                                            if (valid52) {
                                                                                              if (data185.line !== void 0) {
                                                                                                let data187 = data185.line;
                                                                                                const _errs358 = errors;
                                                                                                if (!(typeof data187 == "number" && (!(data187 % 1) && !isNaN(data187)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs358) {
                                                                                                  if (typeof data187 == "number") {
                                                                                                    if (data187 > 17976931348623157e292 || isNaN(data187)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data187 < -17976931348623157e292 || isNaN(data187)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid52 = _errs358 === errors;
                                                                                              } else {
                                                                                                var valid52 = true;
                                                                                              }
                                                                                              if (valid52) {
                                                                                                if (data185.column !== void 0) {
                                                                                                  let data188 = data185.column;
                                                                                                  const _errs360 = errors;
                                                                                                  if (!(typeof data188 == "number" && (!(data188 % 1) && !isNaN(data188)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs360) {
                                                                                                    if (typeof data188 == "number") {
                                                                                                      if (data188 > 17976931348623157e292 || isNaN(data188)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data188 < -17976931348623157e292 || isNaN(data188)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid52 = _errs360 === errors;
                                                                                                } else {
                                                                                                  var valid52 = true;
                                                                                                }
                                                                                                if (valid52) {
                                                                                                  if (data185.endLine !== void 0) {
                                                                                                    let data189 = data185.endLine;
                                                                                                    const _errs362 = errors;
                                                                                                    if (!(typeof data189 == "number" && (!(data189 % 1) && !isNaN(data189)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs362) {
                                                                                                      if (typeof data189 == "number") {
                                                                                                        if (data189 > 17976931348623157e292 || isNaN(data189)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data189 < -17976931348623157e292 || isNaN(data189)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid52 = _errs362 === errors;
                                                                                                  } else {
                                                                                                    var valid52 = true;
                                                                                                  }
                                                                                                  if (valid52) {
                                                                                                    if (data185.endColumn !== void 0) {
                                                                                                      let data190 = data185.endColumn;
                                                                                                      const _errs364 = errors;
                                                                                                      if (!(typeof data190 == "number" && (!(data190 % 1) && !isNaN(data190)))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      if (errors === _errs364) {
                                                                                                        if (typeof data190 == "number") {
                                                                                                          if (data190 > 17976931348623157e292 || isNaN(data190)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data190 < -17976931348623157e292 || isNaN(data190)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                      var valid52 = _errs364 === errors;
                                                                                                    } else {
                                                                                                      var valid52 = true;
                                                                                                    }
                                                                                                    if (valid52) {
                                                                                                      if (data185.triggerRule !== void 0) {
                                                                                                        let data191 = data185.triggerRule;
                                                                                                        const _errs366 = errors;
                                                                                                        if (errors === _errs366) {
                                                                                                          if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
                                                                                                            let missing24;
                                                                                                            if (data191.value === void 0 && (missing24 = "value") || data191.line === void 0 && (missing24 = "line") || data191.column === void 0 && (missing24 = "column") || data191.endLine === void 0 && (missing24 = "endLine") || data191.endColumn === void 0 && (missing24 = "endColumn")) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/required", keyword: "required", params: { missingProperty: missing24 } }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                              if (data191.value !== void 0) {
                                                                                                                const _errs368 = errors;
                                                                                                                if (typeof data191.value !== "string") {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/value", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/value/type", keyword: "type", params: { type: "string" } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                                var valid53 = _errs368 === errors;
                                                                                                              } else {
                                                                                                                var valid53 = true;
                                                                                                              }
                                                                                                              if (valid53) {
                                                                                                                if (data191.line !== void 0) {
                                                                                                                  let data193 = data191.line;
                                                                                                                  const _errs370 = errors;
                                                                                                                  if (!(typeof data193 == "number" && (!(data193 % 1) && !isNaN(data193)))) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                  if (errors === _errs370) {
                                                                                                                    if (typeof data193 == "number") {
                                                                                                                      if (data193 > 17976931348623157e292 || isNaN(data193)) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                        return false;
                                                                                                                      } else {
                                                                                                                        if (data193 < -17976931348623157e292 || isNaN(data193)) {
                                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                  var valid53 = _errs370 === errors;
                                                                                                                } else {
                                                                                                                  var valid53 = true;
                                                                                                                }
                                                                                                                if (valid53) {
                                                                                                                  if (data191.column !== void 0) {
                                                                                                                    let data194 = data191.column;
                                                                                                                    const _errs372 = errors;
                                                                                                                    if (!(typeof data194 == "number" && (!(data194 % 1) && !isNaN(data194)))) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                    if (errors === _errs372) {
                                                                                                                      if (typeof data194 == "number") {
                                                                                                                        if (data194 > 17976931348623157e292 || isNaN(data194)) {
                                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                          return false;
                                                                                                                        } else {
                                                                                                                          if (data194 < -17976931348623157e292 || isNaN(data194)) {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                    var valid53 = _errs372 === errors;
                                                                                                                  } else {
                                                                                                                    var valid53 = true;
                                                                                                                  }
                                                                                                                  if (valid53) {
                                                                                                                    if (data191.endLine !== void 0) {
                                                                                                                      let data195 = data191.endLine;
                                                                                                                      const _errs374 = errors;
                                                                                                                      if (!(typeof data195 == "number" && (!(data195 % 1) && !isNaN(data195)))) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                      if (errors === _errs374) {
                                                                                                                        if (typeof data195 == "number") {
                                                                                                                          if (data195 > 17976931348623157e292 || isNaN(data195)) {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                            return false;
                                                                                                                          } else {
                                                                                                                            if (data195 < -17976931348623157e292 || isNaN(data195)) {
                                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                      var valid53 = _errs374 === errors;
                                                                                                                    } else {
                                                                                                                      var valid53 = true;
                                                                                                                    }
                                                                                                                    if (valid53) {
                                                                                                                      if (data191.endColumn !== void 0) {
                                                                                                                        let data196 = data191.endColumn;
                                                                                                                        const _errs376 = errors;
                                                                                                                        if (!(typeof data196 == "number" && (!(data196 % 1) && !isNaN(data196)))) {
                                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                        if (errors === _errs376) {
                                                                                                                          if (typeof data196 == "number") {
                                                                                                                            if (data196 > 17976931348623157e292 || isNaN(data196)) {
                                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                              return false;
                                                                                                                            } else {
                                                                                                                              if (data196 < -17976931348623157e292 || isNaN(data196)) {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                                return false;
                                                                                                                              }
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                        var valid53 = _errs376 === errors;
                                                                                                                      } else {
                                                                                                                        var valid53 = true;
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          } else {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/triggerRule", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/type", keyword: "type", params: { type: "object" } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                        var valid52 = _errs366 === errors;
                                                                                                      } else {
                                                                                                        var valid52 = true;
                                                                                                      }
                                                                                                      if (valid52) {
                                                                                                        if (data185.defaulted !== void 0) {
                                                                                                          const _errs378 = errors;
                                                                                                          if (true !== data185.defaulted) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27 + "/defaulted", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/defaulted/const", keyword: "const", params: { allowedValue: true } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          var valid52 = _errs378 === errors;
                                                                                                        } else {
                                                                                                          var valid52 = true;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks/" + i27, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/type", keyword: "type", params: { type: "object" } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid51 = _errs354 === errors;
                                                                                      if (!valid51) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/tasks", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/type", keyword: "type", params: { type: "array" } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid50 = _errs352 === errors;
                                                                              } else {
                                                                                var valid50 = true;
                                                                              }
                                                                              if (valid50) {
                                                                                if (data180.edges !== void 0) {
                                                                                  let data198 = data180.edges;
                                                                                  const _errs379 = errors;
                                                                                  if (errors === _errs379) {
                                                                                    if (Array.isArray(data198)) {
                                                                                      var valid54 = true;
                                                                                      const len28 = data198.length;
                                                                                      for (let i28 = 0; i28 < len28; i28++) {
                                                                                        let data199 = data198[i28];
                                                                                        const _errs381 = errors;
                                                                                        if (errors === _errs381) {
                                                                                          if (data199 && typeof data199 == "object" && !Array.isArray(data199)) {
                                                                                            let missing25;
                                                                                            if (data199.from === void 0 && (missing25 = "from") || data199.to === void 0 && (missing25 = "to") || data199.line === void 0 && (missing25 = "line") || data199.column === void 0 && (missing25 = "column")) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/required", keyword: "required", params: { missingProperty: missing25 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data199.from !== void 0) {
                                                                                                let data200 = data199.from;
                                                                                                const _errs383 = errors;
                                                                                                if (!(typeof data200 == "number" && (!(data200 % 1) && !isNaN(data200)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs383) {
                                                                                                  if (typeof data200 == "number") {
                                                                                                    if (data200 > 17976931348623157e292 || isNaN(data200)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data200 < -17976931348623157e292 || isNaN(data200)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid55 = _errs383 === errors;
                                                                                              } else {
                                                                                                var valid55 = true;
                                                                                              }
                                                                                              if (valid55) {
                                                                                                if (data199.to !== void 0) {
                                                                                                  let data201 = data199.to;
                                                                                                  const _errs385 = errors;
                                                                                                  if (!(typeof data201 == "number" && (!(data201 % 1) && !isNaN(data201)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs385) {
                                                                                                    if (typeof data201 == "number") {
                                                                                                      if (data201 > 17976931348623157e292 || isNaN(data201)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data201 < -17976931348623157e292 || isNaN(data201)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid55 = _errs385 === errors;
                                                                                                } else {
                                                                                                  var valid55 = true;
                                                                                                }
                                                                                                if (valid55) {
                                                                                                  if (data199.line !== void 0) {
                                                                                                    let data202 = data199.line;
                                                                                                    const _errs387 = errors;
                                                                                                    if (!(typeof data202 == "number" && (!(data202 % 1) && !isNaN(data202)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs387) {
                                                                                                      if (typeof data202 == "number") {
                                                                                                        if (data202 > 17976931348623157e292 || isNaN(data202)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data202 < -17976931348623157e292 || isNaN(data202)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid55 = _errs387 === errors;
                                                                                                  } else {
                                                                                                    var valid55 = true;
                                                                                                  }
                                                                                                  if (valid55) {
                                                                                                    if (data199.column !== void 0) {
                                                                                                      let data203 = data199.column;
                                                                                                      const _errs389 = errors;
                                                                                                      if (!(typeof data203 == "number" && (!(data203 % 1) && !isNaN(data203)))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      if (errors === _errs389) {
                                                                                                        if (typeof data203 == "number") {
                                                                                                          if (data203 > 17976931348623157e292 || isNaN(data203)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data203 < -17976931348623157e292 || isNaN(data203)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                      var valid55 = _errs389 === errors;
                                                                                                    } else {
                                                                                                      var valid55 = true;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges/" + i28, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/type", keyword: "type", params: { type: "object" } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid54 = _errs381 === errors;
                                                                                        if (!valid54) {
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26 + "/edges", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/type", keyword: "type", params: { type: "array" } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid50 = _errs379 === errors;
                                                                                } else {
                                                                                  var valid50 = true;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i26, schemaPath: "#/properties/inventory/properties/taskGraphs/items/type", keyword: "type", params: { type: "object" } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid49 = _errs345 === errors;
                                                                  if (!valid49) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs", schemaPath: "#/properties/inventory/properties/taskGraphs/type", keyword: "type", params: { type: "array" } }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs343 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data9.teardownRules !== void 0) {
                                                              let data204 = data9.teardownRules;
                                                              const _errs391 = errors;
                                                              if (errors === _errs391) {
                                                                if (Array.isArray(data204)) {
                                                                  var valid56 = true;
                                                                  const len29 = data204.length;
                                                                  for (let i29 = 0; i29 < len29; i29++) {
                                                                    let data205 = data204[i29];
                                                                    const _errs393 = errors;
                                                                    if (errors === _errs393) {
                                                                      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                                                        let missing26;
                                                                        if (data205.function === void 0 && (missing26 = "function") || data205.problem === void 0 && (missing26 = "problem") || data205.line === void 0 && (missing26 = "line") || data205.column === void 0 && (missing26 = "column") || data205.endLine === void 0 && (missing26 = "endLine") || data205.endColumn === void 0 && (missing26 = "endColumn")) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29, schemaPath: "#/properties/inventory/properties/teardownRules/items/required", keyword: "required", params: { missingProperty: missing26 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data205.function !== void 0) {
                                                                            const _errs395 = errors;
                                                                            if (typeof data205.function !== "string") {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/function", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/function/type", keyword: "type", params: { type: "string" } }];
                                                                              return false;
                                                                            }
                                                                            var valid57 = _errs395 === errors;
                                                                          } else {
                                                                            var valid57 = true;
                                                                          }
                                                                          if (valid57) {
                                                                            if (data205.problem !== void 0) {
                                                                              let data207 = data205.problem;
                                                                              const _errs397 = errors;
                                                                              if (!(data207 === "decorator" || data207 === "override" || data207 === "reused" || data207 === "setup-call")) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/problem", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/problem/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.teardownRules.items.properties.problem.enum } }];
                                                                                return false;
                                                                              }
                                                                              var valid57 = _errs397 === errors;
                                                                            } else {
                                                                              var valid57 = true;
                                                                            }
                                                                            if (valid57) {
                                                                              if (data205.keyword !== void 0) {
                                                                                const _errs398 = errors;
                                                                                if (typeof data205.keyword !== "string") {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/keyword", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/keyword/type", keyword: "type", params: { type: "string" } }];
                                                                                  return false;
                                                                                }
                                                                                var valid57 = _errs398 === errors;
                                                                              } else {
                                                                                var valid57 = true;
                                                                              }
                                                                              if (valid57) {
                                                                                if (data205.firstLine !== void 0) {
                                                                                  let data209 = data205.firstLine;
                                                                                  const _errs400 = errors;
                                                                                  if (!(typeof data209 == "number" && (!(data209 % 1) && !isNaN(data209)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs400) {
                                                                                    if (typeof data209 == "number") {
                                                                                      if (data209 > 17976931348623157e292 || isNaN(data209)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data209 < -17976931348623157e292 || isNaN(data209)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid57 = _errs400 === errors;
                                                                                } else {
                                                                                  var valid57 = true;
                                                                                }
                                                                                if (valid57) {
                                                                                  if (data205.line !== void 0) {
                                                                                    let data210 = data205.line;
                                                                                    const _errs402 = errors;
                                                                                    if (!(typeof data210 == "number" && (!(data210 % 1) && !isNaN(data210)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs402) {
                                                                                      if (typeof data210 == "number") {
                                                                                        if (data210 > 17976931348623157e292 || isNaN(data210)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data210 < -17976931348623157e292 || isNaN(data210)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid57 = _errs402 === errors;
                                                                                  } else {
                                                                                    var valid57 = true;
                                                                                  }
                                                                                  if (valid57) {
                                                                                    if (data205.column !== void 0) {
                                                                                      let data211 = data205.column;
                                                                                      const _errs404 = errors;
                                                                                      if (!(typeof data211 == "number" && (!(data211 % 1) && !isNaN(data211)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs404) {
                                                                                        if (typeof data211 == "number") {
                                                                                          if (data211 > 17976931348623157e292 || isNaN(data211)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data211 < -17976931348623157e292 || isNaN(data211)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid57 = _errs404 === errors;
                                                                                    } else {
                                                                                      var valid57 = true;
                                                                                    }
                                                                                    if (valid57) {
                                                                                      if (data205.endLine !== void 0) {
                                                                                        let data212 = data205.endLine;
                                                                                        const _errs406 = errors;
                                                                                        if (!(typeof data212 == "number" && (!(data212 % 1) && !isNaN(data212)))) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs406) {
                                                                                          if (typeof data212 == "number") {
                                                                                            if (data212 > 17976931348623157e292 || isNaN(data212)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data212 < -17976931348623157e292 || isNaN(data212)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid57 = _errs406 === errors;
                                                                                      } else {
                                                                                        var valid57 = true;
                                                                                      }
                                                                                      if (valid57) {
                                                                                        if (data205.endColumn !== void 0) {
                                                                                          let data213 = data205.endColumn;
                                                                                          const _errs408 = errors;
                                                                                          if (!(typeof data213 == "number" && (!(data213 % 1) && !isNaN(data213)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs408) {
                                                                                            if (typeof data213 == "number") {
                                                                                              if (data213 > 17976931348623157e292 || isNaN(data213)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (data213 < -17976931348623157e292 || isNaN(data213)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid57 = _errs408 === errors;
                                                                                        } else {
                                                                                          var valid57 = true;
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
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i29, schemaPath: "#/properties/inventory/properties/teardownRules/items/type", keyword: "type", params: { type: "object" } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid56 = _errs393 === errors;
                                                                    if (!valid56) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules", schemaPath: "#/properties/inventory/properties/teardownRules/type", keyword: "type", params: { type: "array" } }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid3 = _errs391 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data9.taskIds !== void 0) {
                                                                let data214 = data9.taskIds;
                                                                const _errs410 = errors;
                                                                if (errors === _errs410) {
                                                                  if (Array.isArray(data214)) {
                                                                    var valid58 = true;
                                                                    const len30 = data214.length;
                                                                    for (let i30 = 0; i30 < len30; i30++) {
                                                                      let data215 = data214[i30];
                                                                      const _errs412 = errors;
                                                                      if (errors === _errs412) {
                                                                        if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                                                                          let missing27;
                                                                          if (data215.id === void 0 && (missing27 = "id") || data215.line === void 0 && (missing27 = "line") || data215.column === void 0 && (missing27 = "column") || data215.endLine === void 0 && (missing27 = "endLine") || data215.endColumn === void 0 && (missing27 = "endColumn")) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30, schemaPath: "#/properties/inventory/properties/taskIds/items/required", keyword: "required", params: { missingProperty: missing27 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data215.id !== void 0) {
                                                                              const _errs414 = errors;
                                                                              if (typeof data215.id !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/id", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/id/type", keyword: "type", params: { type: "string" } }];
                                                                                return false;
                                                                              }
                                                                              var valid59 = _errs414 === errors;
                                                                            } else {
                                                                              var valid59 = true;
                                                                            }
                                                                            if (valid59) {
                                                                              if (data215.line !== void 0) {
                                                                                let data217 = data215.line;
                                                                                const _errs416 = errors;
                                                                                if (!(typeof data217 == "number" && (!(data217 % 1) && !isNaN(data217)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs416) {
                                                                                  if (typeof data217 == "number") {
                                                                                    if (data217 > 17976931348623157e292 || isNaN(data217)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data217 < -17976931348623157e292 || isNaN(data217)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid59 = _errs416 === errors;
                                                                              } else {
                                                                                var valid59 = true;
                                                                              }
                                                                              if (valid59) {
                                                                                if (data215.column !== void 0) {
                                                                                  let data218 = data215.column;
                                                                                  const _errs418 = errors;
                                                                                  if (!(typeof data218 == "number" && (!(data218 % 1) && !isNaN(data218)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs418) {
                                                                                    if (typeof data218 == "number") {
                                                                                      if (data218 > 17976931348623157e292 || isNaN(data218)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data218 < -17976931348623157e292 || isNaN(data218)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid59 = _errs418 === errors;
                                                                                } else {
                                                                                  var valid59 = true;
                                                                                }
                                                                                if (valid59) {
                                                                                  if (data215.endLine !== void 0) {
                                                                                    let data219 = data215.endLine;
                                                                                    const _errs420 = errors;
                                                                                    if (!(typeof data219 == "number" && (!(data219 % 1) && !isNaN(data219)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs420) {
                                                                                      if (typeof data219 == "number") {
                                                                                        if (data219 > 17976931348623157e292 || isNaN(data219)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data219 < -17976931348623157e292 || isNaN(data219)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid59 = _errs420 === errors;
                                                                                  } else {
                                                                                    var valid59 = true;
                                                                                  }
                                                                                  if (valid59) {
                                                                                    if (data215.endColumn !== void 0) {
                                                                                      let data220 = data215.endColumn;
                                                                                      const _errs422 = errors;
                                                                                      if (!(typeof data220 == "number" && (!(data220 % 1) && !isNaN(data220)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs422) {
                                                                                        if (typeof data220 == "number") {
                                                                                          if (data220 > 17976931348623157e292 || isNaN(data220)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data220 < -17976931348623157e292 || isNaN(data220)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid59 = _errs422 === errors;
                                                                                    } else {
                                                                                      var valid59 = true;
                                                                                    }
                                                                                    if (valid59) {
                                                                                      if (data215.group !== void 0) {
                                                                                        const _errs424 = errors;
                                                                                        if (true !== data215.group) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/group", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/group/const", keyword: "const", params: { allowedValue: true } }];
                                                                                          return false;
                                                                                        }
                                                                                        var valid59 = _errs424 === errors;
                                                                                      } else {
                                                                                        var valid59 = true;
                                                                                      }
                                                                                      if (valid59) {
                                                                                        if (data215.unprefixed !== void 0) {
                                                                                          const _errs425 = errors;
                                                                                          if (true !== data215.unprefixed) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/unprefixed", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/unprefixed/const", keyword: "const", params: { allowedValue: true } }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid59 = _errs425 === errors;
                                                                                        } else {
                                                                                          var valid59 = true;
                                                                                        }
                                                                                        if (valid59) {
                                                                                          if (data215.key !== void 0) {
                                                                                            const _errs426 = errors;
                                                                                            if (typeof data215.key !== "string") {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/key", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/key/type", keyword: "type", params: { type: "string" } }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid59 = _errs426 === errors;
                                                                                          } else {
                                                                                            var valid59 = true;
                                                                                          }
                                                                                          if (valid59) {
                                                                                            if (data215.duplicateOf !== void 0) {
                                                                                              let data224 = data215.duplicateOf;
                                                                                              const _errs428 = errors;
                                                                                              if (!(typeof data224 == "number" && (!(data224 % 1) && !isNaN(data224)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs428) {
                                                                                                if (typeof data224 == "number") {
                                                                                                  if (data224 > 17976931348623157e292 || isNaN(data224)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data224 < -17976931348623157e292 || isNaN(data224)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid59 = _errs428 === errors;
                                                                                            } else {
                                                                                              var valid59 = true;
                                                                                            }
                                                                                            if (valid59) {
                                                                                              if (data215.duplicateOfGroup !== void 0) {
                                                                                                const _errs430 = errors;
                                                                                                if (true !== data215.duplicateOfGroup) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/duplicateOfGroup", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOfGroup/const", keyword: "const", params: { allowedValue: true } }];
                                                                                                  return false;
                                                                                                }
                                                                                                var valid59 = _errs430 === errors;
                                                                                              } else {
                                                                                                var valid59 = true;
                                                                                              }
                                                                                              if (valid59) {
                                                                                                if (data215.repeatedInLoop !== void 0) {
                                                                                                  let data226 = data215.repeatedInLoop;
                                                                                                  const _errs431 = errors;
                                                                                                  if (!(typeof data226 == "number" && (!(data226 % 1) && !isNaN(data226)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs431) {
                                                                                                    if (typeof data226 == "number") {
                                                                                                      if (data226 > 17976931348623157e292 || isNaN(data226)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data226 < -17976931348623157e292 || isNaN(data226)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid59 = _errs431 === errors;
                                                                                                } else {
                                                                                                  var valid59 = true;
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
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i30, schemaPath: "#/properties/inventory/properties/taskIds/items/type", keyword: "type", params: { type: "object" } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid58 = _errs412 === errors;
                                                                      if (!valid58) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds", schemaPath: "#/properties/inventory/properties/taskIds/type", keyword: "type", params: { type: "array" } }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid3 = _errs410 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data9.airflowAttributes !== void 0) {
                                                                  let data227 = data9.airflowAttributes;
                                                                  const _errs433 = errors;
                                                                  if (errors === _errs433) {
                                                                    if (Array.isArray(data227)) {
                                                                      var valid60 = true;
                                                                      const len31 = data227.length;
                                                                      for (let i31 = 0; i31 < len31; i31++) {
                                                                        let data228 = data227[i31];
                                                                        const _errs435 = errors;
                                                                        if (errors === _errs435) {
                                                                          if (data228 && typeof data228 == "object" && !Array.isArray(data228)) {
                                                                            let missing28;
                                                                            if (data228.path === void 0 && (missing28 = "path") || data228.line === void 0 && (missing28 = "line") || data228.column === void 0 && (missing28 = "column")) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31, schemaPath: "#/properties/inventory/properties/airflowAttributes/items/required", keyword: "required", params: { missingProperty: missing28 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data228.path !== void 0) {
                                                                                const _errs437 = errors;
                                                                                if (typeof data228.path !== "string") {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/path", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/path/type", keyword: "type", params: { type: "string" } }];
                                                                                  return false;
                                                                                }
                                                                                var valid61 = _errs437 === errors;
                                                                              } else {
                                                                                var valid61 = true;
                                                                              }
                                                                              if (valid61) {
                                                                                if (data228.line !== void 0) {
                                                                                  let data230 = data228.line;
                                                                                  const _errs439 = errors;
                                                                                  if (!(typeof data230 == "number" && (!(data230 % 1) && !isNaN(data230)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs439) {
                                                                                    if (typeof data230 == "number") {
                                                                                      if (data230 > 17976931348623157e292 || isNaN(data230)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data230 < -17976931348623157e292 || isNaN(data230)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid61 = _errs439 === errors;
                                                                                } else {
                                                                                  var valid61 = true;
                                                                                }
                                                                                if (valid61) {
                                                                                  if (data228.column !== void 0) {
                                                                                    let data231 = data228.column;
                                                                                    const _errs441 = errors;
                                                                                    if (!(typeof data231 == "number" && (!(data231 % 1) && !isNaN(data231)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs441) {
                                                                                      if (typeof data231 == "number") {
                                                                                        if (data231 > 17976931348623157e292 || isNaN(data231)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data231 < -17976931348623157e292 || isNaN(data231)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid61 = _errs441 === errors;
                                                                                  } else {
                                                                                    var valid61 = true;
                                                                                  }
                                                                                  if (valid61) {
                                                                                    if (data228.tried !== void 0) {
                                                                                      const _errs443 = errors;
                                                                                      if (true !== data228.tried) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31 + "/tried", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/tried/const", keyword: "const", params: { allowedValue: true } }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid61 = _errs443 === errors;
                                                                                    } else {
                                                                                      var valid61 = true;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i31, schemaPath: "#/properties/inventory/properties/airflowAttributes/items/type", keyword: "type", params: { type: "object" } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid60 = _errs435 === errors;
                                                                        if (!valid60) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes", schemaPath: "#/properties/inventory/properties/airflowAttributes/type", keyword: "type", params: { type: "array" } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid3 = _errs433 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                  if (data9.factoryCalls !== void 0) {
                                                                    let data233 = data9.factoryCalls;
                                                                    const _errs444 = errors;
                                                                    if (errors === _errs444) {
                                                                      if (Array.isArray(data233)) {
                                                                        var valid62 = true;
                                                                        const len32 = data233.length;
                                                                        for (let i32 = 0; i32 < len32; i32++) {
                                                                          const _errs446 = errors;
                                                                          if (!validate33(data233[i32], { instancePath: instancePath + "/inventory/factoryCalls/" + i32, parentData: data233, parentDataProperty: i32, rootData })) {
                                                                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                                                            errors = vErrors.length;
                                                                          }
                                                                          var valid62 = _errs446 === errors;
                                                                          if (!valid62) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/factoryCalls", schemaPath: "#/properties/inventory/properties/factoryCalls/type", keyword: "type", params: { type: "array" } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid3 = _errs444 === errors;
                                                                  } else {
                                                                    var valid3 = true;
                                                                  }
                                                                  if (valid3) {
                                                                    if (data9.factories !== void 0) {
                                                                      let data235 = data9.factories;
                                                                      const _errs447 = errors;
                                                                      if (errors === _errs447) {
                                                                        if (Array.isArray(data235)) {
                                                                          var valid63 = true;
                                                                          const len33 = data235.length;
                                                                          for (let i33 = 0; i33 < len33; i33++) {
                                                                            const _errs449 = errors;
                                                                            if (!validate35(data235[i33], { instancePath: instancePath + "/inventory/factories/" + i33, parentData: data235, parentDataProperty: i33, rootData })) {
                                                                              vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                                                              errors = vErrors.length;
                                                                            }
                                                                            var valid63 = _errs449 === errors;
                                                                            if (!valid63) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/factories", schemaPath: "#/properties/inventory/properties/factories/type", keyword: "type", params: { type: "array" } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid3 = _errs447 === errors;
                                                                    } else {
                                                                      var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                      if (data9.dagGlobals !== void 0) {
                                                                        let data237 = data9.dagGlobals;
                                                                        const _errs450 = errors;
                                                                        if (errors === _errs450) {
                                                                          if (Array.isArray(data237)) {
                                                                            var valid64 = true;
                                                                            const len34 = data237.length;
                                                                            for (let i34 = 0; i34 < len34; i34++) {
                                                                              const _errs452 = errors;
                                                                              if (!validate37(data237[i34], { instancePath: instancePath + "/inventory/dagGlobals/" + i34, parentData: data237, parentDataProperty: i34, rootData })) {
                                                                                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                                                                errors = vErrors.length;
                                                                              }
                                                                              var valid64 = _errs452 === errors;
                                                                              if (!valid64) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/dagGlobals", schemaPath: "#/properties/inventory/properties/dagGlobals/type", keyword: "type", params: { type: "array" } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid3 = _errs450 === errors;
                                                                      } else {
                                                                        var valid3 = true;
                                                                      }
                                                                      if (valid3) {
                                                                        if (data9.dagSplatLines !== void 0) {
                                                                          let data239 = data9.dagSplatLines;
                                                                          const _errs453 = errors;
                                                                          if (errors === _errs453) {
                                                                            if (Array.isArray(data239)) {
                                                                              var valid65 = true;
                                                                              const len35 = data239.length;
                                                                              for (let i35 = 0; i35 < len35; i35++) {
                                                                                let data240 = data239[i35];
                                                                                const _errs455 = errors;
                                                                                if (!(typeof data240 == "number" && (!(data240 % 1) && !isNaN(data240)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/dagSplatLines/" + i35, schemaPath: "#/properties/inventory/properties/dagSplatLines/items/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs455) {
                                                                                  if (typeof data240 == "number") {
                                                                                    if (data240 > 17976931348623157e292 || isNaN(data240)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/dagSplatLines/" + i35, schemaPath: "#/properties/inventory/properties/dagSplatLines/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data240 < -17976931348623157e292 || isNaN(data240)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/dagSplatLines/" + i35, schemaPath: "#/properties/inventory/properties/dagSplatLines/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid65 = _errs455 === errors;
                                                                                if (!valid65) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/dagSplatLines", schemaPath: "#/properties/inventory/properties/dagSplatLines/type", keyword: "type", params: { type: "array" } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid3 = _errs453 === errors;
                                                                        } else {
                                                                          var valid3 = true;
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
                        }
                      }
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/type", keyword: "type", params: { type: "object" } }];
                return false;
              }
            }
            var valid0 = _errs19 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.unreadable !== void 0) {
              let data241 = data.unreadable;
              const _errs457 = errors;
              if (errors === _errs457) {
                if (data241 && typeof data241 == "object" && !Array.isArray(data241)) {
                  let missing29;
                  if (data241.line === void 0 && (missing29 = "line") || data241.column === void 0 && (missing29 = "column") || data241.message === void 0 && (missing29 = "message") || data241.fix === void 0 && (missing29 = "fix")) {
                    validate21.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/required", keyword: "required", params: { missingProperty: missing29 } }];
                    return false;
                  } else {
                    if (data241.line !== void 0) {
                      let data242 = data241.line;
                      const _errs459 = errors;
                      if (!(typeof data242 == "number" && (!(data242 % 1) && !isNaN(data242)))) {
                        validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/type", keyword: "type", params: { type: "integer" } }];
                        return false;
                      }
                      if (errors === _errs459) {
                        if (typeof data242 == "number") {
                          if (data242 > 17976931348623157e292 || isNaN(data242)) {
                            validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                            return false;
                          } else {
                            if (data242 < -17976931348623157e292 || isNaN(data242)) {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid66 = _errs459 === errors;
                    } else {
                      var valid66 = true;
                    }
                    if (valid66) {
                      if (data241.column !== void 0) {
                        let data243 = data241.column;
                        const _errs461 = errors;
                        if (!(typeof data243 == "number" && (!(data243 % 1) && !isNaN(data243)))) {
                          validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/type", keyword: "type", params: { type: "integer" } }];
                          return false;
                        }
                        if (errors === _errs461) {
                          if (typeof data243 == "number") {
                            if (data243 > 17976931348623157e292 || isNaN(data243)) {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                              return false;
                            } else {
                              if (data243 < -17976931348623157e292 || isNaN(data243)) {
                                validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                return false;
                              }
                            }
                          }
                        }
                        var valid66 = _errs461 === errors;
                      } else {
                        var valid66 = true;
                      }
                      if (valid66) {
                        if (data241.message !== void 0) {
                          const _errs463 = errors;
                          if (typeof data241.message !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/unreadable/message", schemaPath: "#/properties/unreadable/properties/message/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                          var valid66 = _errs463 === errors;
                        } else {
                          var valid66 = true;
                        }
                        if (valid66) {
                          if (data241.fix !== void 0) {
                            const _errs465 = errors;
                            if (typeof data241.fix !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/fix", schemaPath: "#/properties/unreadable/properties/fix/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid66 = _errs465 === errors;
                          } else {
                            var valid66 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/type", keyword: "type", params: { type: "object" } }];
                  return false;
                }
              }
              var valid0 = _errs457 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.judged !== void 0) {
                var valid0 = false;
                validate21.errors = [{ instancePath: instancePath + "/judged", schemaPath: "#/properties/judged/false schema", keyword: "false schema", params: {} }];
                return false;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var validateJudgedRecord = validate39;
var schema15 = { "type": "object", "required": ["findings", "dags", "suppressions"], "properties": { "findings": { "type": "array", "items": { "type": "object", "required": ["checkId", "severity", "message", "file", "line"], "properties": { "checkId": { "type": "string" }, "severity": { "enum": ["error", "warning", "notice"] }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "dagId": { "type": "string" }, "fix": { "type": "string" } } } }, "dags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "suppressions": { "$ref": "analysis-record-shapes#/$defs/suppressions" }, "classes": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/classDefinition" } }, "factoryCalls": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryCall" } }, "factories": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryDefinition" } }, "projectImports": { "type": "array", "items": { "type": "object", "required": ["module", "line", "relative", "guarded", "scope"], "properties": { "module": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "relative": { "type": "boolean" }, "guarded": { "type": "boolean" }, "scope": { "enum": ["module", "function", "isolated"] }, "typeCheckingOnly": { "type": "boolean" }, "conditional": { "const": true }, "names": { "type": "array", "items": { "type": "string" } } } } }, "guardedImports": { "type": "array", "items": { "type": "object", "required": ["module", "line", "relative", "guarded", "scope"], "properties": { "module": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "relative": { "type": "boolean" }, "guarded": { "type": "boolean" }, "scope": { "enum": ["module", "function", "isolated"] }, "typeCheckingOnly": { "type": "boolean" }, "conditional": { "const": true }, "names": { "type": "array", "items": { "type": "string" } } } } }, "dagGlobals": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagGlobal" } } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dagId === void 0 && (missing0 = "dagId") || data.file === void 0 && (missing0 = "file") || data.line === void 0 && (missing0 = "line") || data.definedBy === void 0 && (missing0 = "definedBy") || data.taskCount === void 0 && (missing0 = "taskCount")) {
        validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.dagId !== void 0) {
          let data0 = data.dagId;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/0/type", keyword: "type", params: { type: "string" } };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const _errs5 = errors;
            if (errors === _errs5) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0.unknown === void 0 && (missing1 = "unknown") || data0.expression === void 0 && (missing1 = "expression")) {
                  const err1 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/1/required", keyword: "required", params: { missingProperty: missing1 } };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                } else {
                  if (data0.unknown !== void 0) {
                    const _errs7 = errors;
                    if (true !== data0.unknown) {
                      const err2 = { instancePath: instancePath + "/dagId/unknown", schemaPath: "#/properties/dagId/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                      if (vErrors === null) {
                        vErrors = [err2];
                      } else {
                        vErrors.push(err2);
                      }
                      errors++;
                    }
                    var valid2 = _errs7 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.expression !== void 0) {
                      const _errs8 = errors;
                      if (typeof data0.expression !== "string") {
                        const err3 = { instancePath: instancePath + "/dagId/expression", schemaPath: "#/properties/dagId/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              } else {
                const err4 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf/1/type", keyword: "type", params: { type: "object" } };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
          }
          if (!valid1) {
            const err5 = { instancePath: instancePath + "/dagId", schemaPath: "#/properties/dagId/anyOf", keyword: "anyOf", params: {} };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
            validate40.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.file !== void 0) {
            const _errs10 = errors;
            if (typeof data.file !== "string") {
              validate40.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" } }];
              return false;
            }
            var valid0 = _errs10 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.line !== void 0) {
              let data4 = data.line;
              const _errs12 = errors;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                validate40.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs12) {
                if (typeof data4 == "number") {
                  if (data4 > 17976931348623157e292 || isNaN(data4)) {
                    validate40.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data4 < -17976931348623157e292 || isNaN(data4)) {
                      validate40.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs12 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.definedBy !== void 0) {
                let data5 = data.definedBy;
                const _errs14 = errors;
                if (!(data5 === "DAG()" || data5 === "with DAG()" || data5 === "@dag")) {
                  validate40.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema8.properties.definedBy.enum } }];
                  return false;
                }
                var valid0 = _errs14 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.schedule !== void 0) {
                  let data6 = data.schedule;
                  const _errs15 = errors;
                  const _errs16 = errors;
                  let valid3 = false;
                  const _errs17 = errors;
                  if (typeof data6 !== "string" && data6 !== null) {
                    const err6 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/0/type", keyword: "type", params: { type: schema8.properties.schedule.anyOf[0].type } };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  var _valid1 = _errs17 === errors;
                  valid3 = valid3 || _valid1;
                  if (!valid3) {
                    const _errs19 = errors;
                    if (errors === _errs19) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        let missing2;
                        if (data6.unknown === void 0 && (missing2 = "unknown") || data6.expression === void 0 && (missing2 = "expression")) {
                          const err7 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/1/required", keyword: "required", params: { missingProperty: missing2 } };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        } else {
                          if (data6.unknown !== void 0) {
                            const _errs21 = errors;
                            if (true !== data6.unknown) {
                              const err8 = { instancePath: instancePath + "/schedule/unknown", schemaPath: "#/properties/schedule/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                              if (vErrors === null) {
                                vErrors = [err8];
                              } else {
                                vErrors.push(err8);
                              }
                              errors++;
                            }
                            var valid4 = _errs21 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data6.expression !== void 0) {
                              const _errs22 = errors;
                              if (typeof data6.expression !== "string") {
                                const err9 = { instancePath: instancePath + "/schedule/expression", schemaPath: "#/properties/schedule/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                              var valid4 = _errs22 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      } else {
                        const err10 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf/1/type", keyword: "type", params: { type: "object" } };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    var _valid1 = _errs19 === errors;
                    valid3 = valid3 || _valid1;
                  }
                  if (!valid3) {
                    const err11 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/anyOf", keyword: "anyOf", params: {} };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                    validate40.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs16;
                    if (vErrors !== null) {
                      if (_errs16) {
                        vErrors.length = _errs16;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tags !== void 0) {
                    let data9 = data.tags;
                    const _errs24 = errors;
                    const _errs25 = errors;
                    let valid5 = false;
                    const _errs26 = errors;
                    if (errors === _errs26) {
                      if (Array.isArray(data9)) {
                        var valid6 = true;
                        const len0 = data9.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs28 = errors;
                          if (typeof data9[i0] !== "string") {
                            const err12 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/anyOf/0/items/type", keyword: "type", params: { type: "string" } };
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                          }
                          var valid6 = _errs28 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        const err13 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/0/type", keyword: "type", params: { type: "array" } };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    var _valid2 = _errs26 === errors;
                    valid5 = valid5 || _valid2;
                    if (!valid5) {
                      const _errs30 = errors;
                      if (errors === _errs30) {
                        if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                          let missing3;
                          if (data9.unknown === void 0 && (missing3 = "unknown") || data9.expression === void 0 && (missing3 = "expression")) {
                            const err14 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/1/required", keyword: "required", params: { missingProperty: missing3 } };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          } else {
                            if (data9.unknown !== void 0) {
                              const _errs32 = errors;
                              if (true !== data9.unknown) {
                                const err15 = { instancePath: instancePath + "/tags/unknown", schemaPath: "#/properties/tags/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                              var valid7 = _errs32 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data9.expression !== void 0) {
                                const _errs33 = errors;
                                if (typeof data9.expression !== "string") {
                                  const err16 = { instancePath: instancePath + "/tags/expression", schemaPath: "#/properties/tags/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                }
                                var valid7 = _errs33 === errors;
                              } else {
                                var valid7 = true;
                              }
                            }
                          }
                        } else {
                          const err17 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf/1/type", keyword: "type", params: { type: "object" } };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs30 === errors;
                      valid5 = valid5 || _valid2;
                    }
                    if (!valid5) {
                      const err18 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/anyOf", keyword: "anyOf", params: {} };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                      validate40.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs25;
                      if (vErrors !== null) {
                        if (_errs25) {
                          vErrors.length = _errs25;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.owner !== void 0) {
                      let data13 = data.owner;
                      const _errs35 = errors;
                      const _errs36 = errors;
                      let valid8 = false;
                      const _errs37 = errors;
                      if (typeof data13 !== "string") {
                        const err19 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/0/type", keyword: "type", params: { type: "string" } };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      var _valid3 = _errs37 === errors;
                      valid8 = valid8 || _valid3;
                      if (!valid8) {
                        const _errs39 = errors;
                        if (errors === _errs39) {
                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            let missing4;
                            if (data13.unknown === void 0 && (missing4 = "unknown") || data13.expression === void 0 && (missing4 = "expression")) {
                              const err20 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/1/required", keyword: "required", params: { missingProperty: missing4 } };
                              if (vErrors === null) {
                                vErrors = [err20];
                              } else {
                                vErrors.push(err20);
                              }
                              errors++;
                            } else {
                              if (data13.unknown !== void 0) {
                                const _errs41 = errors;
                                if (true !== data13.unknown) {
                                  const err21 = { instancePath: instancePath + "/owner/unknown", schemaPath: "#/properties/owner/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                                var valid9 = _errs41 === errors;
                              } else {
                                var valid9 = true;
                              }
                              if (valid9) {
                                if (data13.expression !== void 0) {
                                  const _errs42 = errors;
                                  if (typeof data13.expression !== "string") {
                                    const err22 = { instancePath: instancePath + "/owner/expression", schemaPath: "#/properties/owner/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                    if (vErrors === null) {
                                      vErrors = [err22];
                                    } else {
                                      vErrors.push(err22);
                                    }
                                    errors++;
                                  }
                                  var valid9 = _errs42 === errors;
                                } else {
                                  var valid9 = true;
                                }
                              }
                            }
                          } else {
                            const err23 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/1/type", keyword: "type", params: { type: "object" } };
                            if (vErrors === null) {
                              vErrors = [err23];
                            } else {
                              vErrors.push(err23);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs39 === errors;
                        valid8 = valid8 || _valid3;
                      }
                      if (!valid8) {
                        const err24 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf", keyword: "anyOf", params: {} };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                        validate40.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs36;
                        if (vErrors !== null) {
                          if (_errs36) {
                            vErrors.length = _errs36;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs35 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.retries !== void 0) {
                        let data16 = data.retries;
                        const _errs44 = errors;
                        const _errs45 = errors;
                        let valid10 = false;
                        const _errs46 = errors;
                        if (errors === _errs46) {
                          if (typeof data16 == "number") {
                            if (data16 > 17976931348623157e292 || isNaN(data16)) {
                              const err25 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } };
                              if (vErrors === null) {
                                vErrors = [err25];
                              } else {
                                vErrors.push(err25);
                              }
                              errors++;
                            } else {
                              if (data16 < -17976931348623157e292 || isNaN(data16)) {
                                const err26 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } };
                                if (vErrors === null) {
                                  vErrors = [err26];
                                } else {
                                  vErrors.push(err26);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err27 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/type", keyword: "type", params: { type: "number" } };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                        }
                        var _valid4 = _errs46 === errors;
                        valid10 = valid10 || _valid4;
                        if (!valid10) {
                          const _errs48 = errors;
                          if (errors === _errs48) {
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                              let missing5;
                              if (data16.unknown === void 0 && (missing5 = "unknown") || data16.expression === void 0 && (missing5 = "expression")) {
                                const err28 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/required", keyword: "required", params: { missingProperty: missing5 } };
                                if (vErrors === null) {
                                  vErrors = [err28];
                                } else {
                                  vErrors.push(err28);
                                }
                                errors++;
                              } else {
                                if (data16.unknown !== void 0) {
                                  const _errs50 = errors;
                                  if (true !== data16.unknown) {
                                    const err29 = { instancePath: instancePath + "/retries/unknown", schemaPath: "#/properties/retries/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                    if (vErrors === null) {
                                      vErrors = [err29];
                                    } else {
                                      vErrors.push(err29);
                                    }
                                    errors++;
                                  }
                                  var valid11 = _errs50 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data16.expression !== void 0) {
                                    const _errs51 = errors;
                                    if (typeof data16.expression !== "string") {
                                      const err30 = { instancePath: instancePath + "/retries/expression", schemaPath: "#/properties/retries/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                      if (vErrors === null) {
                                        vErrors = [err30];
                                      } else {
                                        vErrors.push(err30);
                                      }
                                      errors++;
                                    }
                                    var valid11 = _errs51 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                }
                              }
                            } else {
                              const err31 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/type", keyword: "type", params: { type: "object" } };
                              if (vErrors === null) {
                                vErrors = [err31];
                              } else {
                                vErrors.push(err31);
                              }
                              errors++;
                            }
                          }
                          var _valid4 = _errs48 === errors;
                          valid10 = valid10 || _valid4;
                        }
                        if (!valid10) {
                          const err32 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf", keyword: "anyOf", params: {} };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                          validate40.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs45;
                          if (vErrors !== null) {
                            if (_errs45) {
                              vErrors.length = _errs45;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs44 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.catchup !== void 0) {
                          let data19 = data.catchup;
                          const _errs53 = errors;
                          const _errs54 = errors;
                          let valid12 = false;
                          const _errs55 = errors;
                          if (typeof data19 !== "boolean") {
                            const err33 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/0/type", keyword: "type", params: { type: "boolean" } };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                          var _valid5 = _errs55 === errors;
                          valid12 = valid12 || _valid5;
                          if (!valid12) {
                            const _errs57 = errors;
                            if (errors === _errs57) {
                              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                let missing6;
                                if (data19.unknown === void 0 && (missing6 = "unknown") || data19.expression === void 0 && (missing6 = "expression")) {
                                  const err34 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/1/required", keyword: "required", params: { missingProperty: missing6 } };
                                  if (vErrors === null) {
                                    vErrors = [err34];
                                  } else {
                                    vErrors.push(err34);
                                  }
                                  errors++;
                                } else {
                                  if (data19.unknown !== void 0) {
                                    const _errs59 = errors;
                                    if (true !== data19.unknown) {
                                      const err35 = { instancePath: instancePath + "/catchup/unknown", schemaPath: "#/properties/catchup/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                      if (vErrors === null) {
                                        vErrors = [err35];
                                      } else {
                                        vErrors.push(err35);
                                      }
                                      errors++;
                                    }
                                    var valid13 = _errs59 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data19.expression !== void 0) {
                                      const _errs60 = errors;
                                      if (typeof data19.expression !== "string") {
                                        const err36 = { instancePath: instancePath + "/catchup/expression", schemaPath: "#/properties/catchup/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                        if (vErrors === null) {
                                          vErrors = [err36];
                                        } else {
                                          vErrors.push(err36);
                                        }
                                        errors++;
                                      }
                                      var valid13 = _errs60 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                  }
                                }
                              } else {
                                const err37 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                            }
                            var _valid5 = _errs57 === errors;
                            valid12 = valid12 || _valid5;
                          }
                          if (!valid12) {
                            const err38 = { instancePath: instancePath + "/catchup", schemaPath: "#/properties/catchup/anyOf", keyword: "anyOf", params: {} };
                            if (vErrors === null) {
                              vErrors = [err38];
                            } else {
                              vErrors.push(err38);
                            }
                            errors++;
                            validate40.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs54;
                            if (vErrors !== null) {
                              if (_errs54) {
                                vErrors.length = _errs54;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs53 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.startDate !== void 0) {
                            const _errs62 = errors;
                            if (typeof data.startDate !== "string") {
                              validate40.errors = [{ instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid0 = _errs62 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.taskCount !== void 0) {
                              let data23 = data.taskCount;
                              const _errs64 = errors;
                              const _errs65 = errors;
                              let valid14 = false;
                              const _errs66 = errors;
                              if (errors === _errs66) {
                                if (typeof data23 == "number") {
                                  if (data23 > 17976931348623157e292 || isNaN(data23)) {
                                    const err39 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  } else {
                                    if (data23 < -17976931348623157e292 || isNaN(data23)) {
                                      const err40 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } };
                                      if (vErrors === null) {
                                        vErrors = [err40];
                                      } else {
                                        vErrors.push(err40);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err41 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/0/type", keyword: "type", params: { type: "number" } };
                                  if (vErrors === null) {
                                    vErrors = [err41];
                                  } else {
                                    vErrors.push(err41);
                                  }
                                  errors++;
                                }
                              }
                              var _valid6 = _errs66 === errors;
                              valid14 = valid14 || _valid6;
                              if (!valid14) {
                                const _errs68 = errors;
                                if (errors === _errs68) {
                                  if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                    let missing7;
                                    if (data23.unknown === void 0 && (missing7 = "unknown") || data23.expression === void 0 && (missing7 = "expression")) {
                                      const err42 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/1/required", keyword: "required", params: { missingProperty: missing7 } };
                                      if (vErrors === null) {
                                        vErrors = [err42];
                                      } else {
                                        vErrors.push(err42);
                                      }
                                      errors++;
                                    } else {
                                      if (data23.unknown !== void 0) {
                                        const _errs70 = errors;
                                        if (true !== data23.unknown) {
                                          const err43 = { instancePath: instancePath + "/taskCount/unknown", schemaPath: "#/properties/taskCount/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                          if (vErrors === null) {
                                            vErrors = [err43];
                                          } else {
                                            vErrors.push(err43);
                                          }
                                          errors++;
                                        }
                                        var valid15 = _errs70 === errors;
                                      } else {
                                        var valid15 = true;
                                      }
                                      if (valid15) {
                                        if (data23.expression !== void 0) {
                                          const _errs71 = errors;
                                          if (typeof data23.expression !== "string") {
                                            const err44 = { instancePath: instancePath + "/taskCount/expression", schemaPath: "#/properties/taskCount/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                            if (vErrors === null) {
                                              vErrors = [err44];
                                            } else {
                                              vErrors.push(err44);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs71 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    const err45 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                    if (vErrors === null) {
                                      vErrors = [err45];
                                    } else {
                                      vErrors.push(err45);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid6 = _errs68 === errors;
                                valid14 = valid14 || _valid6;
                              }
                              if (!valid14) {
                                const err46 = { instancePath: instancePath + "/taskCount", schemaPath: "#/properties/taskCount/anyOf", keyword: "anyOf", params: {} };
                                if (vErrors === null) {
                                  vErrors = [err46];
                                } else {
                                  vErrors.push(err46);
                                }
                                errors++;
                                validate40.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs65;
                                if (vErrors !== null) {
                                  if (_errs65) {
                                    vErrors.length = _errs65;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs64 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.arguments !== void 0) {
                                let data26 = data.arguments;
                                const _errs73 = errors;
                                if (errors === _errs73) {
                                  if (Array.isArray(data26)) {
                                    var valid16 = true;
                                    const len1 = data26.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                      const _errs75 = errors;
                                      if (!validate24(data26[i1], { instancePath: instancePath + "/arguments/" + i1, parentData: data26, parentDataProperty: i1, rootData })) {
                                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid16 = _errs75 === errors;
                                      if (!valid16) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate40.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "array" } }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs73 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.dagClass !== void 0) {
                                  const _errs76 = errors;
                                  if (typeof data.dagClass !== "string") {
                                    validate40.errors = [{ instancePath: instancePath + "/dagClass", schemaPath: "#/properties/dagClass/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                  }
                                  var valid0 = _errs76 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.defaultArgs !== void 0) {
                                    let data29 = data.defaultArgs;
                                    const _errs78 = errors;
                                    if (errors === _errs78) {
                                      if (Array.isArray(data29)) {
                                        var valid17 = true;
                                        const len2 = data29.length;
                                        for (let i2 = 0; i2 < len2; i2++) {
                                          const _errs80 = errors;
                                          if (!validate24(data29[i2], { instancePath: instancePath + "/defaultArgs/" + i2, parentData: data29, parentDataProperty: i2, rootData })) {
                                            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid17 = _errs80 === errors;
                                          if (!valid17) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate40.errors = [{ instancePath: instancePath + "/defaultArgs", schemaPath: "#/properties/defaultArgs/type", keyword: "type", params: { type: "array" } }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs78 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.defaultArgsComplete !== void 0) {
                                      const _errs81 = errors;
                                      if (true !== data.defaultArgsComplete) {
                                        validate40.errors = [{ instancePath: instancePath + "/defaultArgsComplete", schemaPath: "#/properties/defaultArgsComplete/const", keyword: "const", params: { allowedValue: true } }];
                                        return false;
                                      }
                                      var valid0 = _errs81 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.invalidParams !== void 0) {
                                        let data32 = data.invalidParams;
                                        const _errs82 = errors;
                                        if (errors === _errs82) {
                                          if (Array.isArray(data32)) {
                                            var valid18 = true;
                                            const len3 = data32.length;
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data33 = data32[i3];
                                              const _errs84 = errors;
                                              if (errors === _errs84) {
                                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                  let missing8;
                                                  if (data33.name === void 0 && (missing8 = "name") || data33.reason === void 0 && (missing8 = "reason") || data33.line === void 0 && (missing8 = "line") || data33.column === void 0 && (missing8 = "column") || data33.endLine === void 0 && (missing8 = "endLine") || data33.endColumn === void 0 && (missing8 = "endColumn")) {
                                                    validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/required", keyword: "required", params: { missingProperty: missing8 } }];
                                                    return false;
                                                  } else {
                                                    if (data33.name !== void 0) {
                                                      const _errs86 = errors;
                                                      if (typeof data33.name !== "string") {
                                                        validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/name", schemaPath: "#/properties/invalidParams/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                      }
                                                      var valid19 = _errs86 === errors;
                                                    } else {
                                                      var valid19 = true;
                                                    }
                                                    if (valid19) {
                                                      if (data33.reason !== void 0) {
                                                        const _errs88 = errors;
                                                        if (typeof data33.reason !== "string") {
                                                          validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/reason", schemaPath: "#/properties/invalidParams/items/properties/reason/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid19 = _errs88 === errors;
                                                      } else {
                                                        var valid19 = true;
                                                      }
                                                      if (valid19) {
                                                        if (data33.line !== void 0) {
                                                          let data36 = data33.line;
                                                          const _errs90 = errors;
                                                          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                                                            validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs90) {
                                                            if (typeof data36 == "number") {
                                                              if (data36 > 17976931348623157e292 || isNaN(data36)) {
                                                                validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data36 < -17976931348623157e292 || isNaN(data36)) {
                                                                  validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid19 = _errs90 === errors;
                                                        } else {
                                                          var valid19 = true;
                                                        }
                                                        if (valid19) {
                                                          if (data33.column !== void 0) {
                                                            let data37 = data33.column;
                                                            const _errs92 = errors;
                                                            if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                                                              validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs92) {
                                                              if (typeof data37 == "number") {
                                                                if (data37 > 17976931348623157e292 || isNaN(data37)) {
                                                                  validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data37 < -17976931348623157e292 || isNaN(data37)) {
                                                                    validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid19 = _errs92 === errors;
                                                          } else {
                                                            var valid19 = true;
                                                          }
                                                          if (valid19) {
                                                            if (data33.endLine !== void 0) {
                                                              let data38 = data33.endLine;
                                                              const _errs94 = errors;
                                                              if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
                                                                validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs94) {
                                                                if (typeof data38 == "number") {
                                                                  if (data38 > 17976931348623157e292 || isNaN(data38)) {
                                                                    validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data38 < -17976931348623157e292 || isNaN(data38)) {
                                                                      validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid19 = _errs94 === errors;
                                                            } else {
                                                              var valid19 = true;
                                                            }
                                                            if (valid19) {
                                                              if (data33.endColumn !== void 0) {
                                                                let data39 = data33.endColumn;
                                                                const _errs96 = errors;
                                                                if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
                                                                  validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs96) {
                                                                  if (typeof data39 == "number") {
                                                                    if (data39 > 17976931348623157e292 || isNaN(data39)) {
                                                                      validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data39 < -17976931348623157e292 || isNaN(data39)) {
                                                                        validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid19 = _errs96 === errors;
                                                              } else {
                                                                var valid19 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate40.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid18 = _errs84 === errors;
                                              if (!valid18) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate40.errors = [{ instancePath: instancePath + "/invalidParams", schemaPath: "#/properties/invalidParams/type", keyword: "type", params: { type: "array" } }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs82 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.sensorTask !== void 0) {
                                          const _errs98 = errors;
                                          if (true !== data.sensorTask) {
                                            validate40.errors = [{ instancePath: instancePath + "/sensorTask", schemaPath: "#/properties/sensorTask/const", keyword: "const", params: { allowedValue: true } }];
                                            return false;
                                          }
                                          var valid0 = _errs98 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.decoratorWithoutCall !== void 0) {
                                            const _errs99 = errors;
                                            if (true !== data.decoratorWithoutCall) {
                                              validate40.errors = [{ instancePath: instancePath + "/decoratorWithoutCall", schemaPath: "#/properties/decoratorWithoutCall/const", keyword: "const", params: { allowedValue: true } }];
                                              return false;
                                            }
                                            var valid0 = _errs99 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.callError !== void 0) {
                                              let data42 = data.callError;
                                              const _errs100 = errors;
                                              if (errors === _errs100) {
                                                if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                                                  let missing9;
                                                  if (data42.message === void 0 && (missing9 = "message") || data42.line === void 0 && (missing9 = "line") || data42.column === void 0 && (missing9 = "column") || data42.endLine === void 0 && (missing9 = "endLine") || data42.endColumn === void 0 && (missing9 = "endColumn")) {
                                                    validate40.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/required", keyword: "required", params: { missingProperty: missing9 } }];
                                                    return false;
                                                  } else {
                                                    if (data42.message !== void 0) {
                                                      const _errs102 = errors;
                                                      if (typeof data42.message !== "string") {
                                                        validate40.errors = [{ instancePath: instancePath + "/callError/message", schemaPath: "#/properties/callError/properties/message/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                      }
                                                      var valid20 = _errs102 === errors;
                                                    } else {
                                                      var valid20 = true;
                                                    }
                                                    if (valid20) {
                                                      if (data42.line !== void 0) {
                                                        let data44 = data42.line;
                                                        const _errs104 = errors;
                                                        if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                                                          validate40.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                          return false;
                                                        }
                                                        if (errors === _errs104) {
                                                          if (typeof data44 == "number") {
                                                            if (data44 > 17976931348623157e292 || isNaN(data44)) {
                                                              validate40.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                              return false;
                                                            } else {
                                                              if (data44 < -17976931348623157e292 || isNaN(data44)) {
                                                                validate40.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid20 = _errs104 === errors;
                                                      } else {
                                                        var valid20 = true;
                                                      }
                                                      if (valid20) {
                                                        if (data42.column !== void 0) {
                                                          let data45 = data42.column;
                                                          const _errs106 = errors;
                                                          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                                                            validate40.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs106) {
                                                            if (typeof data45 == "number") {
                                                              if (data45 > 17976931348623157e292 || isNaN(data45)) {
                                                                validate40.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data45 < -17976931348623157e292 || isNaN(data45)) {
                                                                  validate40.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid20 = _errs106 === errors;
                                                        } else {
                                                          var valid20 = true;
                                                        }
                                                        if (valid20) {
                                                          if (data42.endLine !== void 0) {
                                                            let data46 = data42.endLine;
                                                            const _errs108 = errors;
                                                            if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                                              validate40.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs108) {
                                                              if (typeof data46 == "number") {
                                                                if (data46 > 17976931348623157e292 || isNaN(data46)) {
                                                                  validate40.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data46 < -17976931348623157e292 || isNaN(data46)) {
                                                                    validate40.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid20 = _errs108 === errors;
                                                          } else {
                                                            var valid20 = true;
                                                          }
                                                          if (valid20) {
                                                            if (data42.endColumn !== void 0) {
                                                              let data47 = data42.endColumn;
                                                              const _errs110 = errors;
                                                              if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                                                validate40.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs110) {
                                                                if (typeof data47 == "number") {
                                                                  if (data47 > 17976931348623157e292 || isNaN(data47)) {
                                                                    validate40.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data47 < -17976931348623157e292 || isNaN(data47)) {
                                                                      validate40.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid20 = _errs110 === errors;
                                                            } else {
                                                              var valid20 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate40.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid0 = _errs100 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.definitionLine !== void 0) {
                                                let data48 = data.definitionLine;
                                                const _errs112 = errors;
                                                if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                                                  validate40.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/type", keyword: "type", params: { type: "integer" } }];
                                                  return false;
                                                }
                                                if (errors === _errs112) {
                                                  if (typeof data48 == "number") {
                                                    if (data48 > 17976931348623157e292 || isNaN(data48)) {
                                                      validate40.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                      return false;
                                                    } else {
                                                      if (data48 < -17976931348623157e292 || isNaN(data48)) {
                                                        validate40.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                        return false;
                                                      }
                                                    }
                                                  }
                                                }
                                                var valid0 = _errs112 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.dagIdFromFile !== void 0) {
                                                  const _errs114 = errors;
                                                  if (true !== data.dagIdFromFile) {
                                                    validate40.errors = [{ instancePath: instancePath + "/dagIdFromFile", schemaPath: "#/properties/dagIdFromFile/const", keyword: "const", params: { allowedValue: true } }];
                                                    return false;
                                                  }
                                                  var valid0 = _errs114 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.branch !== void 0) {
                                                    const _errs115 = errors;
                                                    if (typeof data.branch !== "string") {
                                                      validate40.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
                                                      return false;
                                                    }
                                                    var valid0 = _errs115 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.loaded !== void 0) {
                                                      const _errs117 = errors;
                                                      if (false !== data.loaded) {
                                                        validate40.errors = [{ instancePath: instancePath + "/loaded", schemaPath: "#/properties/loaded/const", keyword: "const", params: { allowedValue: false } }];
                                                        return false;
                                                      }
                                                      var valid0 = _errs117 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.notLoadedReason !== void 0) {
                                                        const _errs118 = errors;
                                                        if (typeof data.notLoadedReason !== "string") {
                                                          validate40.errors = [{ instancePath: instancePath + "/notLoadedReason", schemaPath: "#/properties/notLoadedReason/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid0 = _errs118 === errors;
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
      }
    } else {
      validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lines === void 0 && (missing0 = "lines")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.lines !== void 0) {
          let data0 = data.lines;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                let data1 = data0[key0];
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (Array.isArray(data1)) {
                    var valid2 = true;
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors;
                      if (typeof data1[i0] !== "string") {
                        validate44.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/lines/additionalProperties/items/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate44.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lines/additionalProperties/type", keyword: "type", params: { type: "array" } }];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate44.errors = [{ instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "object" } }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.file !== void 0) {
            let data3 = data.file;
            const _errs8 = errors;
            if (errors === _errs8) {
              if (Array.isArray(data3)) {
                var valid3 = true;
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs10 = errors;
                  if (typeof data3[i1] !== "string") {
                    validate44.errors = [{ instancePath: instancePath + "/file/" + i1, schemaPath: "#/properties/file/items/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid3 = _errs10 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate44.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "array" } }];
                return false;
              }
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.bases === void 0 && (missing0 = "bases")) {
        validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate46.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate46.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate46.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate46.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bases !== void 0) {
              let data2 = data.bases;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate46.errors = [{ instancePath: instancePath + "/bases/" + i0, schemaPath: "#/properties/bases/items/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate46.errors = [{ instancePath: instancePath + "/bases", schemaPath: "#/properties/bases/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.init !== void 0) {
                let data4 = data.init;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let missing1;
                    if (data4.keepsDagId === void 0 && (missing1 = "keepsDagId") || data4.setsArguments === void 0 && (missing1 = "setsArguments")) {
                      validate46.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data4.keepsDagId !== void 0) {
                        const _errs11 = errors;
                        if (typeof data4.keepsDagId !== "boolean") {
                          validate46.errors = [{ instancePath: instancePath + "/init/keepsDagId", schemaPath: "#/properties/init/properties/keepsDagId/type", keyword: "type", params: { type: "boolean" } }];
                          return false;
                        }
                        var valid2 = _errs11 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data4.setsArguments !== void 0) {
                          const _errs13 = errors;
                          if (typeof data4.setsArguments !== "boolean") {
                            validate46.errors = [{ instancePath: instancePath + "/init/setsArguments", schemaPath: "#/properties/init/properties/setsArguments/type", keyword: "type", params: { type: "boolean" } }];
                            return false;
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate46.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: "object" } }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.callee === void 0 && (missing0 = "callee") || data.line === void 0 && (missing0 = "line") || data.column === void 0 && (missing0 = "column") || data.held === void 0 && (missing0 = "held")) {
        validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.callee !== void 0) {
          const _errs1 = errors;
          if (typeof data.callee !== "string") {
            validate48.errors = [{ instancePath: instancePath + "/callee", schemaPath: "#/properties/callee/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate48.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate48.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate48.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.column !== void 0) {
              let data2 = data.column;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                validate48.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 > 17976931348623157e292 || isNaN(data2)) {
                    validate48.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data2 < -17976931348623157e292 || isNaN(data2)) {
                      validate48.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                      return false;
                    }
                  }
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.held !== void 0) {
                let data3 = data.held;
                const _errs7 = errors;
                if (!(data3 === "all" || data3 === "last" || data3 === "none" || data3 === "unknown")) {
                  validate48.errors = [{ instancePath: instancePath + "/held", schemaPath: "#/properties/held/enum", keyword: "enum", params: { allowedValues: schema12.properties.held.enum } }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.branch !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.branch !== "string") {
                    validate48.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.passes !== void 0) {
                    let data5 = data.passes;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (Array.isArray(data5)) {
                        var valid1 = true;
                        const len0 = data5.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data6 = data5[i0];
                          const _errs12 = errors;
                          if (errors === _errs12) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              let missing1;
                              if (data6.positional === void 0 && (missing1 = "positional") || data6.keywords === void 0 && (missing1 = "keywords")) {
                                validate48.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                                return false;
                              } else {
                                if (data6.positional !== void 0) {
                                  let data7 = data6.positional;
                                  const _errs14 = errors;
                                  if (errors === _errs14) {
                                    if (Array.isArray(data7)) {
                                      var valid3 = true;
                                      const len1 = data7.length;
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data8 = data7[i1];
                                        const _errs16 = errors;
                                        if (typeof data8 !== "string" && data8 !== null) {
                                          validate48.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional/" + i1, schemaPath: "#/properties/passes/items/properties/positional/items/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.positional.items.type } }];
                                          return false;
                                        }
                                        var valid3 = _errs16 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate48.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional", schemaPath: "#/properties/passes/items/properties/positional/type", keyword: "type", params: { type: "array" } }];
                                      return false;
                                    }
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data6.keywords !== void 0) {
                                    let data9 = data6.keywords;
                                    const _errs18 = errors;
                                    if (errors === _errs18) {
                                      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                        for (const key0 in data9) {
                                          let data10 = data9[key0];
                                          const _errs21 = errors;
                                          if (typeof data10 !== "string" && data10 !== null) {
                                            validate48.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/passes/items/properties/keywords/additionalProperties/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.keywords.additionalProperties.type } }];
                                            return false;
                                          }
                                          var valid4 = _errs21 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate48.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords", schemaPath: "#/properties/passes/items/properties/keywords/type", keyword: "type", params: { type: "object" } }];
                                        return false;
                                      }
                                    }
                                    var valid2 = _errs18 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                }
                              }
                            } else {
                              validate48.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/passes", schemaPath: "#/properties/passes/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.params === void 0 && (missing0 = "params") || data.registers === void 0 && (missing0 = "registers") || data.dagIdParts === void 0 && (missing0 = "dagIdParts") || data.definedBy === void 0 && (missing0 = "definedBy")) {
        validate50.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate50.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate50.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate50.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate50.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.params !== void 0) {
              let data2 = data.params;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.name === void 0 && (missing1 = "name")) {
                          validate50.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                          return false;
                        } else {
                          if (data3.name !== void 0) {
                            const _errs9 = errors;
                            if (typeof data3.name !== "string") {
                              validate50.errors = [{ instancePath: instancePath + "/params/" + i0 + "/name", schemaPath: "#/properties/params/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.default !== void 0) {
                              let data5 = data3.default;
                              const _errs11 = errors;
                              if (typeof data5 !== "string" && data5 !== null) {
                                validate50.errors = [{ instancePath: instancePath + "/params/" + i0 + "/default", schemaPath: "#/properties/params/items/properties/default/type", keyword: "type", params: { type: schema13.properties.params.items.properties.default.type } }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      } else {
                        validate50.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/type", keyword: "type", params: { type: "object" } }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate50.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "array" } }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.registers !== void 0) {
                const _errs13 = errors;
                if (typeof data.registers !== "boolean") {
                  validate50.errors = [{ instancePath: instancePath + "/registers", schemaPath: "#/properties/registers/type", keyword: "type", params: { type: "boolean" } }];
                  return false;
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.acceptsKeywords !== void 0) {
                  const _errs15 = errors;
                  if (true !== data.acceptsKeywords) {
                    validate50.errors = [{ instancePath: instancePath + "/acceptsKeywords", schemaPath: "#/properties/acceptsKeywords/const", keyword: "const", params: { allowedValue: true } }];
                    return false;
                  }
                  var valid0 = _errs15 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.dagIdParts !== void 0) {
                    let data8 = data.dagIdParts;
                    const _errs16 = errors;
                    if (errors === _errs16) {
                      if (Array.isArray(data8)) {
                        var valid3 = true;
                        const len1 = data8.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data9 = data8[i1];
                          const _errs18 = errors;
                          if (typeof data9 !== "string" && !(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                            validate50.errors = [{ instancePath: instancePath + "/dagIdParts/" + i1, schemaPath: "#/properties/dagIdParts/items/type", keyword: "type", params: { type: schema13.properties.dagIdParts.items.type } }];
                            return false;
                          }
                          var valid3 = _errs18 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate50.errors = [{ instancePath: instancePath + "/dagIdParts", schemaPath: "#/properties/dagIdParts/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.idKeyword !== void 0) {
                      const _errs20 = errors;
                      if (true !== data.idKeyword) {
                        validate50.errors = [{ instancePath: instancePath + "/idKeyword", schemaPath: "#/properties/idKeyword/const", keyword: "const", params: { allowedValue: true } }];
                        return false;
                      }
                      var valid0 = _errs20 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.definedBy !== void 0) {
                        let data11 = data.definedBy;
                        const _errs21 = errors;
                        if (!(data11 === "DAG()" || data11 === "with DAG()" || data11 === "@dag")) {
                          validate50.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema13.properties.definedBy.enum } }];
                          return false;
                        }
                        var valid0 = _errs21 === errors;
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
    } else {
      validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line")) {
        validate52.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate52.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.line !== void 0) {
            let data1 = data.line;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
              validate52.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate52.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate52.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.hidden !== void 0) {
              const _errs5 = errors;
              if (true !== data.hidden) {
                validate52.errors = [{ instancePath: instancePath + "/hidden", schemaPath: "#/properties/hidden/const", keyword: "const", params: { allowedValue: true } }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate52.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.findings === void 0 && (missing0 = "findings") || data.dags === void 0 && (missing0 = "dags") || data.suppressions === void 0 && (missing0 = "suppressions")) {
        validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.findings !== void 0) {
          let data0 = data.findings;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.checkId === void 0 && (missing1 = "checkId") || data1.severity === void 0 && (missing1 = "severity") || data1.message === void 0 && (missing1 = "message") || data1.file === void 0 && (missing1 = "file") || data1.line === void 0 && (missing1 = "line")) {
                      validate39.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data1.checkId !== void 0) {
                        const _errs5 = errors;
                        if (typeof data1.checkId !== "string") {
                          validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/checkId", schemaPath: "#/properties/findings/items/properties/checkId/type", keyword: "type", params: { type: "string" } }];
                          return false;
                        }
                        var valid2 = _errs5 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.severity !== void 0) {
                          let data3 = data1.severity;
                          const _errs7 = errors;
                          if (!(data3 === "error" || data3 === "warning" || data3 === "notice")) {
                            validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/severity", schemaPath: "#/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema15.properties.findings.items.properties.severity.enum } }];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.message !== void 0) {
                            const _errs8 = errors;
                            if (typeof data1.message !== "string") {
                              validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/message", schemaPath: "#/properties/findings/items/properties/message/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid2 = _errs8 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.file !== void 0) {
                              const _errs10 = errors;
                              if (typeof data1.file !== "string") {
                                validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" } }];
                                return false;
                              }
                              var valid2 = _errs10 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.line !== void 0) {
                                let data6 = data1.line;
                                const _errs12 = errors;
                                if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                                  validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                  return false;
                                }
                                if (errors === _errs12) {
                                  if (typeof data6 == "number") {
                                    if (data6 > 17976931348623157e292 || isNaN(data6)) {
                                      validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                      return false;
                                    } else {
                                      if (data6 < -17976931348623157e292 || isNaN(data6)) {
                                        validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data1.endLine !== void 0) {
                                  let data7 = data1.endLine;
                                  const _errs14 = errors;
                                  if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
                                    validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                  }
                                  if (errors === _errs14) {
                                    if (typeof data7 == "number") {
                                      if (data7 > 17976931348623157e292 || isNaN(data7)) {
                                        validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                        return false;
                                      } else {
                                        if (data7 < -17976931348623157e292 || isNaN(data7)) {
                                          validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid2 = _errs14 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data1.column !== void 0) {
                                    let data8 = data1.column;
                                    const _errs16 = errors;
                                    if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
                                      validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                      return false;
                                    }
                                    if (errors === _errs16) {
                                      if (typeof data8 == "number") {
                                        if (data8 > 17976931348623157e292 || isNaN(data8)) {
                                          validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                          return false;
                                        } else {
                                          if (data8 < -17976931348623157e292 || isNaN(data8)) {
                                            validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid2 = _errs16 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data1.endColumn !== void 0) {
                                      let data9 = data1.endColumn;
                                      const _errs18 = errors;
                                      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                                        validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs18) {
                                        if (typeof data9 == "number") {
                                          if (data9 > 17976931348623157e292 || isNaN(data9)) {
                                            validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data9 < -17976931348623157e292 || isNaN(data9)) {
                                              validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid2 = _errs18 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                    if (valid2) {
                                      if (data1.dagId !== void 0) {
                                        const _errs20 = errors;
                                        if (typeof data1.dagId !== "string") {
                                          validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/dagId", schemaPath: "#/properties/findings/items/properties/dagId/type", keyword: "type", params: { type: "string" } }];
                                          return false;
                                        }
                                        var valid2 = _errs20 === errors;
                                      } else {
                                        var valid2 = true;
                                      }
                                      if (valid2) {
                                        if (data1.fix !== void 0) {
                                          const _errs22 = errors;
                                          if (typeof data1.fix !== "string") {
                                            validate39.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/fix", schemaPath: "#/properties/findings/items/properties/fix/type", keyword: "type", params: { type: "string" } }];
                                            return false;
                                          }
                                          var valid2 = _errs22 === errors;
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
                    }
                  } else {
                    validate39.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" } }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate39.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" } }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.dags !== void 0) {
            let data12 = data.dags;
            const _errs24 = errors;
            if (errors === _errs24) {
              if (Array.isArray(data12)) {
                var valid3 = true;
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs26 = errors;
                  if (!validate40(data12[i1], { instancePath: instancePath + "/dags/" + i1, parentData: data12, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                    errors = vErrors.length;
                  }
                  var valid3 = _errs26 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate39.errors = [{ instancePath: instancePath + "/dags", schemaPath: "#/properties/dags/type", keyword: "type", params: { type: "array" } }];
                return false;
              }
            }
            var valid0 = _errs24 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.suppressions !== void 0) {
              const _errs27 = errors;
              if (!validate44(data.suppressions, { instancePath: instancePath + "/suppressions", parentData: data, parentDataProperty: "suppressions", rootData })) {
                vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs27 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.classes !== void 0) {
                let data15 = data.classes;
                const _errs28 = errors;
                if (errors === _errs28) {
                  if (Array.isArray(data15)) {
                    var valid4 = true;
                    const len2 = data15.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      const _errs30 = errors;
                      if (!validate46(data15[i2], { instancePath: instancePath + "/classes/" + i2, parentData: data15, parentDataProperty: i2, rootData })) {
                        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                        errors = vErrors.length;
                      }
                      var valid4 = _errs30 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate39.errors = [{ instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "array" } }];
                    return false;
                  }
                }
                var valid0 = _errs28 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.factoryCalls !== void 0) {
                  let data17 = data.factoryCalls;
                  const _errs31 = errors;
                  if (errors === _errs31) {
                    if (Array.isArray(data17)) {
                      var valid5 = true;
                      const len3 = data17.length;
                      for (let i3 = 0; i3 < len3; i3++) {
                        const _errs33 = errors;
                        if (!validate48(data17[i3], { instancePath: instancePath + "/factoryCalls/" + i3, parentData: data17, parentDataProperty: i3, rootData })) {
                          vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                          errors = vErrors.length;
                        }
                        var valid5 = _errs33 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate39.errors = [{ instancePath: instancePath + "/factoryCalls", schemaPath: "#/properties/factoryCalls/type", keyword: "type", params: { type: "array" } }];
                      return false;
                    }
                  }
                  var valid0 = _errs31 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.factories !== void 0) {
                    let data19 = data.factories;
                    const _errs34 = errors;
                    if (errors === _errs34) {
                      if (Array.isArray(data19)) {
                        var valid6 = true;
                        const len4 = data19.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          const _errs36 = errors;
                          if (!validate50(data19[i4], { instancePath: instancePath + "/factories/" + i4, parentData: data19, parentDataProperty: i4, rootData })) {
                            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                            errors = vErrors.length;
                          }
                          var valid6 = _errs36 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        validate39.errors = [{ instancePath: instancePath + "/factories", schemaPath: "#/properties/factories/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs34 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.projectImports !== void 0) {
                      let data21 = data.projectImports;
                      const _errs37 = errors;
                      if (errors === _errs37) {
                        if (Array.isArray(data21)) {
                          var valid7 = true;
                          const len5 = data21.length;
                          for (let i5 = 0; i5 < len5; i5++) {
                            let data22 = data21[i5];
                            const _errs39 = errors;
                            if (errors === _errs39) {
                              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                let missing2;
                                if (data22.module === void 0 && (missing2 = "module") || data22.line === void 0 && (missing2 = "line") || data22.relative === void 0 && (missing2 = "relative") || data22.guarded === void 0 && (missing2 = "guarded") || data22.scope === void 0 && (missing2 = "scope")) {
                                  validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5, schemaPath: "#/properties/projectImports/items/required", keyword: "required", params: { missingProperty: missing2 } }];
                                  return false;
                                } else {
                                  if (data22.module !== void 0) {
                                    const _errs41 = errors;
                                    if (typeof data22.module !== "string") {
                                      validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/module", schemaPath: "#/properties/projectImports/items/properties/module/type", keyword: "type", params: { type: "string" } }];
                                      return false;
                                    }
                                    var valid8 = _errs41 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data22.line !== void 0) {
                                      let data24 = data22.line;
                                      const _errs43 = errors;
                                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                                        validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs43) {
                                        if (typeof data24 == "number") {
                                          if (data24 > 17976931348623157e292 || isNaN(data24)) {
                                            validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data24 < -17976931348623157e292 || isNaN(data24)) {
                                              validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid8 = _errs43 === errors;
                                    } else {
                                      var valid8 = true;
                                    }
                                    if (valid8) {
                                      if (data22.relative !== void 0) {
                                        const _errs45 = errors;
                                        if (typeof data22.relative !== "boolean") {
                                          validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/relative", schemaPath: "#/properties/projectImports/items/properties/relative/type", keyword: "type", params: { type: "boolean" } }];
                                          return false;
                                        }
                                        var valid8 = _errs45 === errors;
                                      } else {
                                        var valid8 = true;
                                      }
                                      if (valid8) {
                                        if (data22.guarded !== void 0) {
                                          const _errs47 = errors;
                                          if (typeof data22.guarded !== "boolean") {
                                            validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/guarded", schemaPath: "#/properties/projectImports/items/properties/guarded/type", keyword: "type", params: { type: "boolean" } }];
                                            return false;
                                          }
                                          var valid8 = _errs47 === errors;
                                        } else {
                                          var valid8 = true;
                                        }
                                        if (valid8) {
                                          if (data22.scope !== void 0) {
                                            let data27 = data22.scope;
                                            const _errs49 = errors;
                                            if (!(data27 === "module" || data27 === "function" || data27 === "isolated")) {
                                              validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/scope", schemaPath: "#/properties/projectImports/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema15.properties.projectImports.items.properties.scope.enum } }];
                                              return false;
                                            }
                                            var valid8 = _errs49 === errors;
                                          } else {
                                            var valid8 = true;
                                          }
                                          if (valid8) {
                                            if (data22.typeCheckingOnly !== void 0) {
                                              const _errs50 = errors;
                                              if (typeof data22.typeCheckingOnly !== "boolean") {
                                                validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/typeCheckingOnly", schemaPath: "#/properties/projectImports/items/properties/typeCheckingOnly/type", keyword: "type", params: { type: "boolean" } }];
                                                return false;
                                              }
                                              var valid8 = _errs50 === errors;
                                            } else {
                                              var valid8 = true;
                                            }
                                            if (valid8) {
                                              if (data22.conditional !== void 0) {
                                                const _errs52 = errors;
                                                if (true !== data22.conditional) {
                                                  validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/conditional", schemaPath: "#/properties/projectImports/items/properties/conditional/const", keyword: "const", params: { allowedValue: true } }];
                                                  return false;
                                                }
                                                var valid8 = _errs52 === errors;
                                              } else {
                                                var valid8 = true;
                                              }
                                              if (valid8) {
                                                if (data22.names !== void 0) {
                                                  let data30 = data22.names;
                                                  const _errs53 = errors;
                                                  if (errors === _errs53) {
                                                    if (Array.isArray(data30)) {
                                                      var valid9 = true;
                                                      const len6 = data30.length;
                                                      for (let i6 = 0; i6 < len6; i6++) {
                                                        const _errs55 = errors;
                                                        if (typeof data30[i6] !== "string") {
                                                          validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/names/" + i6, schemaPath: "#/properties/projectImports/items/properties/names/items/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid9 = _errs55 === errors;
                                                        if (!valid9) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/names", schemaPath: "#/properties/projectImports/items/properties/names/type", keyword: "type", params: { type: "array" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid8 = _errs53 === errors;
                                                } else {
                                                  var valid8 = true;
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
                                validate39.errors = [{ instancePath: instancePath + "/projectImports/" + i5, schemaPath: "#/properties/projectImports/items/type", keyword: "type", params: { type: "object" } }];
                                return false;
                              }
                            }
                            var valid7 = _errs39 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                        } else {
                          validate39.errors = [{ instancePath: instancePath + "/projectImports", schemaPath: "#/properties/projectImports/type", keyword: "type", params: { type: "array" } }];
                          return false;
                        }
                      }
                      var valid0 = _errs37 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.guardedImports !== void 0) {
                        let data32 = data.guardedImports;
                        const _errs57 = errors;
                        if (errors === _errs57) {
                          if (Array.isArray(data32)) {
                            var valid10 = true;
                            const len7 = data32.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                              let data33 = data32[i7];
                              const _errs59 = errors;
                              if (errors === _errs59) {
                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                  let missing3;
                                  if (data33.module === void 0 && (missing3 = "module") || data33.line === void 0 && (missing3 = "line") || data33.relative === void 0 && (missing3 = "relative") || data33.guarded === void 0 && (missing3 = "guarded") || data33.scope === void 0 && (missing3 = "scope")) {
                                    validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7, schemaPath: "#/properties/guardedImports/items/required", keyword: "required", params: { missingProperty: missing3 } }];
                                    return false;
                                  } else {
                                    if (data33.module !== void 0) {
                                      const _errs61 = errors;
                                      if (typeof data33.module !== "string") {
                                        validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/module", schemaPath: "#/properties/guardedImports/items/properties/module/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                      }
                                      var valid11 = _errs61 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                    if (valid11) {
                                      if (data33.line !== void 0) {
                                        let data35 = data33.line;
                                        const _errs63 = errors;
                                        if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                                          validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/line", schemaPath: "#/properties/guardedImports/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                          return false;
                                        }
                                        if (errors === _errs63) {
                                          if (typeof data35 == "number") {
                                            if (data35 > 17976931348623157e292 || isNaN(data35)) {
                                              validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/line", schemaPath: "#/properties/guardedImports/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                              return false;
                                            } else {
                                              if (data35 < -17976931348623157e292 || isNaN(data35)) {
                                                validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/line", schemaPath: "#/properties/guardedImports/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid11 = _errs63 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                      if (valid11) {
                                        if (data33.relative !== void 0) {
                                          const _errs65 = errors;
                                          if (typeof data33.relative !== "boolean") {
                                            validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/relative", schemaPath: "#/properties/guardedImports/items/properties/relative/type", keyword: "type", params: { type: "boolean" } }];
                                            return false;
                                          }
                                          var valid11 = _errs65 === errors;
                                        } else {
                                          var valid11 = true;
                                        }
                                        if (valid11) {
                                          if (data33.guarded !== void 0) {
                                            const _errs67 = errors;
                                            if (typeof data33.guarded !== "boolean") {
                                              validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/guarded", schemaPath: "#/properties/guardedImports/items/properties/guarded/type", keyword: "type", params: { type: "boolean" } }];
                                              return false;
                                            }
                                            var valid11 = _errs67 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data33.scope !== void 0) {
                                              let data38 = data33.scope;
                                              const _errs69 = errors;
                                              if (!(data38 === "module" || data38 === "function" || data38 === "isolated")) {
                                                validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/scope", schemaPath: "#/properties/guardedImports/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema15.properties.guardedImports.items.properties.scope.enum } }];
                                                return false;
                                              }
                                              var valid11 = _errs69 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data33.typeCheckingOnly !== void 0) {
                                                const _errs70 = errors;
                                                if (typeof data33.typeCheckingOnly !== "boolean") {
                                                  validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/typeCheckingOnly", schemaPath: "#/properties/guardedImports/items/properties/typeCheckingOnly/type", keyword: "type", params: { type: "boolean" } }];
                                                  return false;
                                                }
                                                var valid11 = _errs70 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data33.conditional !== void 0) {
                                                  const _errs72 = errors;
                                                  if (true !== data33.conditional) {
                                                    validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/conditional", schemaPath: "#/properties/guardedImports/items/properties/conditional/const", keyword: "const", params: { allowedValue: true } }];
                                                    return false;
                                                  }
                                                  var valid11 = _errs72 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data33.names !== void 0) {
                                                    let data41 = data33.names;
                                                    const _errs73 = errors;
                                                    if (errors === _errs73) {
                                                      if (Array.isArray(data41)) {
                                                        var valid12 = true;
                                                        const len8 = data41.length;
                                                        for (let i8 = 0; i8 < len8; i8++) {
                                                          const _errs75 = errors;
                                                          if (typeof data41[i8] !== "string") {
                                                            validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/names/" + i8, schemaPath: "#/properties/guardedImports/items/properties/names/items/type", keyword: "type", params: { type: "string" } }];
                                                            return false;
                                                          }
                                                          var valid12 = _errs75 === errors;
                                                          if (!valid12) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7 + "/names", schemaPath: "#/properties/guardedImports/items/properties/names/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid11 = _errs73 === errors;
                                                  } else {
                                                    var valid11 = true;
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
                                  validate39.errors = [{ instancePath: instancePath + "/guardedImports/" + i7, schemaPath: "#/properties/guardedImports/items/type", keyword: "type", params: { type: "object" } }];
                                  return false;
                                }
                              }
                              var valid10 = _errs59 === errors;
                              if (!valid10) {
                                break;
                              }
                            }
                          } else {
                            validate39.errors = [{ instancePath: instancePath + "/guardedImports", schemaPath: "#/properties/guardedImports/type", keyword: "type", params: { type: "array" } }];
                            return false;
                          }
                        }
                        var valid0 = _errs57 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.dagGlobals !== void 0) {
                          let data43 = data.dagGlobals;
                          const _errs77 = errors;
                          if (errors === _errs77) {
                            if (Array.isArray(data43)) {
                              var valid13 = true;
                              const len9 = data43.length;
                              for (let i9 = 0; i9 < len9; i9++) {
                                const _errs79 = errors;
                                if (!validate52(data43[i9], { instancePath: instancePath + "/dagGlobals/" + i9, parentData: data43, parentDataProperty: i9, rootData })) {
                                  vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                                  errors = vErrors.length;
                                }
                                var valid13 = _errs79 === errors;
                                if (!valid13) {
                                  break;
                                }
                              }
                            } else {
                              validate39.errors = [{ instancePath: instancePath + "/dagGlobals", schemaPath: "#/properties/dagGlobals/type", keyword: "type", params: { type: "array" } }];
                              return false;
                            }
                          }
                          var valid0 = _errs77 === errors;
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
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}

// src/dags/analysis-records.ts
function isAnalysisRecord(value) {
  return validateAnalysisRecord(value) === true;
}
function isJudgedRecord(value) {
  return validateJudgedRecord(value) === true;
}

// src/dags/analysis-cache.ts
function analysisPackPath(dir, scope) {
  return join(dir, `analysis-${createHash("sha256").update(scope).digest("hex").slice(0, 16)}.v8`);
}
var ANALYSIS_VERSION = "35";
var ANALYSIS_ENGINES = { ruff: "0.17.4", webTreeSitter: "0.25.10", treeSitterPython: "0.25.0" };
function analysisCacheFingerprint() {
  return JSON.stringify({ analysis: ANALYSIS_VERSION, tool: TOOL_VERSION, build: BUILD_ID, engines: ANALYSIS_ENGINES, ruff: RUFF_SETTINGS });
}
function contentHash(bytes) {
  return createHash("sha256").update(bytes).digest("base64url");
}
function analysisKey(hash, pythonVersion) {
  return `${pythonVersion}:${hash}`;
}
function judgedKey(context, analysisKey2, file, extra = "") {
  return `${context}\0${analysisKey2}\0${file}\0${extra}`;
}
function digestOf(value) {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url");
}
var RACY_WINDOW_MS = 2e3;
var PACK_MAGIC = Buffer.from("ACIPACK3", "latin1");
function isPackHeader(value) {
  const pack = value;
  const spansFit = (keys, spans, blobLength) => Array.isArray(keys) && keys.every((k) => typeof k === "string") && spans instanceof Uint32Array && spans.length === 2 * keys.length && spans.every((offset, i) => offset <= blobLength && (i % 2 === 0 || offset >= spans[i - 1]));
  return typeof pack === "object" && pack !== null && pack.format === 3 && typeof pack.fingerprint === "string" && typeof pack.savedAtMs === "number" && typeof pack.blobLength === "number" && pack.files instanceof Map && spansFit(pack.analysisKeys, pack.analysisSpans, pack.blobLength) && spansFit(pack.judgedKeys, pack.judgedSpans, pack.blobLength);
}
function asciiJson(json) {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var PackBlob = class {
  constructor(fd, offset, length, onDamaged) {
    this.fd = fd;
    this.offset = offset;
    this.length = length;
    this.onDamaged = onDamaged;
    if (fd === void 0) {
      this.buffer = Buffer.alloc(0);
      this.closed = true;
      this.settled = Promise.resolve();
      return;
    }
    const target = Buffer.allocUnsafe(length);
    this.settled = readFully(fd, target, offset).then((complete) => {
      this.buffer ??= this.checked(target, complete);
    }).catch(() => {
      this.buffer ??= this.checked(target, false);
    }).finally(() => this.close());
  }
  fd;
  offset;
  length;
  onDamaged;
  buffer;
  closed = false;
  settled;
  bytes() {
    if (this.buffer) return this.buffer;
    const target = Buffer.allocUnsafe(this.length);
    let complete = false;
    try {
      complete = readFullySync(this.fd, target, this.offset);
    } catch {
      complete = false;
    }
    this.buffer = this.checked(target, complete);
    return this.buffer;
  }
  checked(target, complete) {
    if (complete) return target;
    this.onDamaged();
    return Buffer.alloc(0);
  }
  close() {
    if (this.closed || this.fd === void 0) return;
    this.closed = true;
    closeSync(this.fd);
  }
};
function readFullySync(fd, target, position) {
  for (let done = 0; done < target.length; ) {
    const n = readSync(fd, target, done, target.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}
function readFully(fd, target, position) {
  return new Promise((resolve, reject) => {
    const next = (done) => {
      if (done === target.length) return resolve(true);
      read(fd, target, done, target.length - done, position + done, (error, n) => {
        if (error) reject(error);
        else if (n === 0) resolve(false);
        else next(done + n);
      });
    };
    next(0);
  });
}
var EntryTable = class {
  constructor(source, keys = [], spans = new Uint32Array(0)) {
    this.source = source;
    this.spans = spans;
    keys.forEach((key, index) => this.stored.set(key, index));
  }
  source;
  spans;
  stored = /* @__PURE__ */ new Map();
  /** Key → the entry's text (new this run) or its index in the stored spans (carried over unread). */
  used = /* @__PURE__ */ new Map();
  get blob() {
    return this.source.bytes();
  }
  get storedCount() {
    return this.stored.size;
  }
  /** The entry's text, marking it used; undefined when absent. */
  read(key) {
    const mine = this.used.get(key);
    if (typeof mine === "string") return mine;
    const index = mine ?? this.stored.get(key);
    if (index === void 0 || this.spans[2 * index + 1] > this.blob.length) return void 0;
    this.used.set(key, index);
    return this.slice(index);
  }
  /** Stored texts are ASCII (see asciiJson): latin1 decoding is a plain copy, several times cheaper than UTF-8's. */
  slice(index) {
    return this.blob.toString("latin1", this.spans[2 * index], this.spans[2 * index + 1]);
  }
  /** Mark a stored entry used without decoding it. */
  keep(key) {
    const index = this.stored.get(key);
    if (index !== void 0 && !this.used.has(key)) this.used.set(key, index);
  }
  /** Store a text; true when it differs from what the pack held. */
  write(key, json) {
    const text = asciiJson(json);
    const index = this.stored.get(key);
    const same = index !== void 0 && this.slice(index) === text;
    this.used.set(key, same ? index : text);
    return !same;
  }
  /** Bytes of the used entries appended to `chunks` (from offset `base`); returns the keys and their spans. */
  pack(chunks, base) {
    const keys = [...this.used.keys()];
    const spans = new Uint32Array(2 * keys.length);
    const blob = this.blob;
    let newLength = 0;
    for (const value of this.used.values()) if (typeof value === "string") newLength += value.length;
    const fresh = Buffer.allocUnsafe(newLength);
    let freshEnd = 0;
    let run;
    const add = (source, start, end) => {
      if (run && run.source === source && run.end === start) run.end = end;
      else {
        if (run) chunks.push(run.source.subarray(run.start, run.end));
        run = { source, start, end };
      }
    };
    let offset = base;
    keys.forEach((key, i) => {
      const value = this.used.get(key);
      let length;
      if (typeof value === "string") {
        length = fresh.write(value, freshEnd, "latin1");
        add(fresh, freshEnd, freshEnd + length);
        freshEnd += length;
      } else {
        const start = this.spans[2 * value];
        const end = this.spans[2 * value + 1];
        length = end - start;
        add(blob, start, end);
      }
      spans[2 * i] = offset;
      offset += length;
      spans[2 * i + 1] = offset;
    });
    if (run) chunks.push(run.source.subarray(run.start, run.end));
    return { keys, spans, end: offset };
  }
};
async function openAnalysisCache(dir, scope, logger, options = {}) {
  const now = options.now ?? Date.now;
  const path = analysisPackPath(dir, scope);
  const fingerprint = analysisCacheFingerprint();
  let stored;
  let blob = new PackBlob(void 0, 0, 0, () => void 0);
  let fd;
  try {
    const opened = performance.now();
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const header = readPackHeader(fd);
    logger.debug(`cache ${path} header read in ${Math.round(performance.now() - opened)} ms (${Math.round(opened)} ms after the process started)`);
    if (header === "damaged") logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
    else if (header === "foreign" || header.header.fingerprint !== fingerprint) logger.debug(`cache ${path} was made by another version or for other settings: starting afresh`);
    else {
      stored = header.header;
      const damaged = () => logger.warning(`ignoring unreadable cache file ${path}: truncated or corrupt (it is replaced at the end of the run)`);
      blob = new PackBlob(fd, header.blobOffset, header.header.blobLength, damaged);
      fd = void 0;
    }
  } catch (error) {
    const code = error.code;
    if (code === "ENOTDIR" || code === "EACCES" || code === "EPERM" || code === "EISDIR" || code === "ELOOP") {
      logger.info(`astro-ci: the analysis cache is off for this run: cannot read ${path} (${code}); fix the cache directory or pass --no-cache`);
      return void 0;
    }
    if (code !== "ENOENT") logger.warning(`ignoring unreadable cache file ${path}: ${error.message}`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  const analyses = new EntryTable(blob, stored?.analysisKeys, stored?.analysisSpans);
  const judged = new EntryTable(blob, stored?.judgedKeys, stored?.judgedSpans);
  const files = stored?.files ?? /* @__PURE__ */ new Map();
  const trustBefore = (stored?.savedAtMs ?? 0) - RACY_WINDOW_MS;
  const usedFiles = /* @__PURE__ */ new Map();
  const stats = { hits: 0, misses: 0 };
  let changed = !stored;
  return {
    stats,
    loaded: blob.settled,
    get(key) {
      const raw = analyses.read(key);
      if (raw === void 0) {
        stats.misses++;
        return void 0;
      }
      try {
        const entry = JSON.parse(raw);
        if (isAnalysisRecord(entry)) {
          stats.hits++;
          return entry;
        }
      } catch {
      }
      stats.misses++;
      return void 0;
    },
    set(key, analysis) {
      const { file: _file, ...rest } = analysis;
      if (analyses.write(key, JSON.stringify(rest))) changed = true;
    },
    keep(key) {
      analyses.keep(key);
    },
    getJudged(key) {
      const json = judged.read(key);
      if (json !== void 0) stats.hits++;
      return json;
    },
    setJudged(key, json) {
      if (judged.write(key, json)) changed = true;
    },
    unchangedFile(absolutePath, stat) {
      const entry = files.get(absolutePath);
      if (!entry) return void 0;
      if (entry.mtimeMs !== stat.mtimeMs || entry.ctimeMs !== stat.ctimeMs || entry.size !== stat.size || entry.ino !== stat.ino) return void 0;
      if (entry.mtimeMs >= trustBefore || entry.ctimeMs >= trustBefore) return void 0;
      return { hash: entry.hash, words: entry.words };
    },
    indexFile(absolutePath, stat, entry) {
      const was = files.get(absolutePath);
      const { words } = entry;
      if (!was || was.mtimeMs !== stat.mtimeMs || was.ctimeMs !== stat.ctimeMs || was.size !== stat.size || was.ino !== stat.ino || was.hash !== entry.hash || // An entry that was in the racy window is saved again with a new time stamp, so it is trusted next time.
      was.mtimeMs >= trustBefore || was.ctimeMs >= trustBefore) {
        changed = true;
      }
      usedFiles.set(absolutePath, { mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, size: stat.size, ino: stat.ino, hash: entry.hash, words });
    },
    async save() {
      await blob.settled;
      if (!changed && analyses.used.size === analyses.storedCount && judged.used.size === judged.storedCount && usedFiles.size === files.size) {
        logger.debug(`cache ${path} is unchanged: not written`);
        return;
      }
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        await makeDirectory(dir);
        const chunks = [];
        const packedAnalyses = analyses.pack(chunks, 0);
        const packedJudged = judged.pack(chunks, packedAnalyses.end);
        const header = {
          format: 3,
          fingerprint,
          savedAtMs: now(),
          blobLength: packedJudged.end,
          analysisKeys: packedAnalyses.keys,
          analysisSpans: packedAnalyses.spans,
          judgedKeys: packedJudged.keys,
          judgedSpans: packedJudged.spans,
          files: usedFiles
        };
        await rm(tmp, { force: true });
        writePack(tmp, header, chunks);
        await rename(tmp, path);
        await pruneStalePacks(dir, path, now());
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => void 0);
        logger.info(`astro-ci: the analysis cache was not saved: ${error.message} (fix the cache directory or pass --no-cache)`);
      }
    }
  };
}
function readPackHeader(fd) {
  const info = fstatSync(fd);
  if (info.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
  if (!info.isFile()) throw Object.assign(new Error("not a regular file (a FIFO, socket or device)"), { code: "EINVAL" });
  const size = info.size;
  const prefix = Buffer.alloc(PACK_MAGIC.length + 4);
  const got = readSync(fd, prefix, 0, prefix.length, 0);
  if (!prefix.subarray(0, Math.min(got, PACK_MAGIC.length)).equals(PACK_MAGIC.subarray(0, Math.min(got, PACK_MAGIC.length)))) return "foreign";
  if (got < prefix.length) return "damaged";
  const headerLength = prefix.readUInt32LE(PACK_MAGIC.length);
  const blobOffset = prefix.length + headerLength;
  if (blobOffset > size) return "damaged";
  const headerBytes = Buffer.allocUnsafe(headerLength);
  if (!readFullySync(fd, headerBytes, prefix.length)) return "damaged";
  const header = deserialize(headerBytes);
  if (!isPackHeader(header) || size - blobOffset !== header.blobLength) return "damaged";
  return { header, blobOffset };
}
function writePack(path, header, chunks) {
  const serialized = serialize(header);
  const prefix = Buffer.alloc(PACK_MAGIC.length + 4);
  PACK_MAGIC.copy(prefix);
  prefix.writeUInt32LE(serialized.length, PACK_MAGIC.length);
  const fd = openSync(path, "wx", 420);
  try {
    const all = [prefix, serialized, ...chunks];
    for (let i = 0; i < all.length; ) {
      const batch = all.slice(i, i + 1024);
      const total = batch.reduce((n, b) => n + b.length, 0);
      let written = writevSync(fd, batch);
      if (written === total) {
        i += batch.length;
        continue;
      }
      for (const b of batch) {
        if (written >= b.length) {
          written -= b.length;
          continue;
        }
        for (let offset = written; offset < b.length; ) offset += writeSync(fd, b, offset);
        written = 0;
      }
      i += batch.length;
    }
  } finally {
    closeSync(fd);
  }
}
function createStatIndexSession(cache, options = {}) {
  let unvouched = options.onUnvouched;
  const seen = /* @__PURE__ */ new Map();
  return {
    async known(absolutePath) {
      const stat = options.statOf?.(absolutePath) ?? statFile(absolutePath);
      if (!stat) return void 0;
      const entry = cache.unchangedFile(absolutePath, stat);
      if (entry) {
        seen.set(absolutePath, { stat, hash: entry.hash });
        cache.indexFile(absolutePath, stat, entry);
        return { ...entry.words, size: stat.size };
      }
      seen.set(absolutePath, { stat });
      if (options.maxFileSize !== void 0 && stat.size > options.maxFileSize) return void 0;
      unvouched?.();
      unvouched = void 0;
      return void 0;
    },
    hashOf: (absolutePath) => seen.get(absolutePath)?.hash,
    record(absolutePath, hash, words) {
      const stat = seen.get(absolutePath)?.stat;
      if (stat) cache.indexFile(absolutePath, stat, { hash, words });
    }
  };
}
function statFile(path) {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s && { mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, size: s.size, ino: s.ino };
  } catch {
    return void 0;
  }
}
var STALE_PACK_MS = 30 * 864e5;
var STALE_TEMP_MS = 864e5;
async function pruneStalePacks(dir, keep, nowMs) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const isPack = /^analysis-[0-9a-f]{16}\.v8$/.test(name);
    const isTemp = /^analysis-[0-9a-f]{16}\.v8\.\d+\.tmp$/.test(name);
    if (path === keep || !isPack && !isTemp) continue;
    try {
      const info = await lstat(path);
      if (info.isFile() && nowMs - info.mtimeMs > (isPack ? STALE_PACK_MS : STALE_TEMP_MS)) await rm(path, { force: true });
    } catch {
    }
  }
}

export {
  isJudgedRecord,
  analysisPackPath,
  ANALYSIS_VERSION,
  ANALYSIS_ENGINES,
  analysisCacheFingerprint,
  contentHash,
  analysisKey,
  judgedKey,
  digestOf,
  asciiJson,
  openAnalysisCache,
  createStatIndexSession
};
