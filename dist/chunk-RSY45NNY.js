import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  RUFF_SETTINGS
} from "./chunk-SUIB667O.js";
import {
  BUILD_ID,
  TOOL_VERSION
} from "./chunk-N5BHEB6Y.js";
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
var schema6 = { "type": "object", "required": ["ruff"], "properties": { "ruff": { "type": "array", "items": { "type": "object", "required": ["code", "message", "line", "column", "endLine", "endColumn"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "fix": { "type": "string" } } } }, "inventory": { "type": "object", "required": ["dags", "imports", "parseTimeCalls", "suppressions"], "properties": { "dags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "imports": { "type": "array", "items": { "type": "object", "required": ["module", "line", "relative", "guarded", "scope"], "properties": { "module": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "relative": { "type": "boolean" }, "guarded": { "type": "boolean" }, "scope": { "enum": ["module", "function", "isolated"] }, "typeCheckingOnly": { "type": "boolean" }, "conditional": { "const": true }, "names": { "type": "array", "items": { "type": "string" } } } } }, "parseTimeCalls": { "type": "array", "items": { "type": "object", "required": ["callee", "line", "column", "kind"], "properties": { "callee": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "kind": { "enum": ["variable", "connection", "http", "database", "file", "sleep", "hook"] } } } }, "suppressions": { "$ref": "analysis-record-shapes#/$defs/suppressions" }, "classes": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/classDefinition" } }, "notRunAtImport": { "type": "array", "items": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } }, "unevaluated": { "type": "array", "items": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } }, "dynamicGlobals": { "const": true }, "earlyReads": { "type": "array", "items": { "type": "object", "required": ["name", "function", "callLine", "boundLine", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "function": { "type": "string" }, "callLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "boundLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "candidateDags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "uncalledDagFunctions": { "type": "array", "items": { "type": "object", "required": ["name", "dagId", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "dagId": { "anyOf": [{ "type": "string" }, { "type": "object", "required": ["unknown", "expression"], "properties": { "unknown": { "const": true }, "expression": { "type": "string" } } }] }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "decoratorWithoutCall": { "const": true } } } }, "datasetUris": { "type": "array", "items": { "type": "object", "required": ["uri", "line", "column", "endLine", "endColumn"], "properties": { "uri": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "timeZones": { "type": "array", "items": { "type": "object", "required": ["name", "callee", "loader", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "callee": { "type": "string" }, "loader": { "enum": ["pendulum", "zoneinfo"] }, "environment": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mappedLiterals": { "type": "array", "items": { "type": "object", "required": ["argument", "type", "line", "column", "endLine", "endColumn"], "properties": { "argument": { "type": "string" }, "type": { "enum": ["str", "int", "float", "bool", "NoneType", "set", "generator", "dict", "dict_items", "dict_keys", "dict_values", "list", "tuple", "XComArg", "keyword"] }, "key": { "type": "string" }, "call": { "enum": ["expand", "expand_kwargs", "partial"] }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskCalls": { "type": "array", "items": { "type": "object", "required": ["function", "problem", "line", "column", "endLine", "endColumn"], "properties": { "function": { "type": "string" }, "problem": { "type": "string" }, "error": { "const": "ValueError" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mappedTasks": { "type": "array", "items": { "type": "object", "required": ["line", "column", "endLine", "endColumn"], "properties": { "sla": { "type": "boolean" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskArguments": { "type": "array", "items": { "type": "object", "required": ["name", "value", "line", "column", "endLine", "endColumn"], "properties": { "name": { "enum": ["trigger_rule", "weight_rule"] }, "value": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "operatorCalls": { "type": "array", "items": { "type": "object", "required": ["operator", "unknownKeywords", "line", "column", "endLine", "endColumn"], "properties": { "operator": { "type": "string" }, "unknownKeywords": { "type": "array", "items": { "type": "object", "required": ["name", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "falsy": { "const": true }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "splat": { "const": true }, "positional": { "type": "object", "required": ["line", "column", "endLine", "endColumn"], "properties": { "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } }, "literals": { "type": "array", "items": { "type": "object", "required": ["name", "type", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "type": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskId": { "type": "string" }, "values": { "type": "array", "items": { "type": "object", "required": ["name", "literal", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "literal": { "type": ["string", "number", "boolean"], "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "valueType": { "const": "float" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "mapped": { "enum": ["partial", "expand"] }, "noTaskId": { "const": true }, "unmappable": { "type": "array", "items": { "type": "object", "required": ["name", "inPartial", "line", "column", "endLine", "endColumn"], "properties": { "name": { "type": "string" }, "inPartial": { "type": "boolean" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "missing": { "type": "array", "items": { "type": "string" } }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "triggerRuleMembers": { "type": "array", "items": { "type": "object", "required": ["member", "line", "column", "endLine", "endColumn"], "properties": { "member": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskGraphs": { "type": "array", "items": { "type": "object", "required": ["line", "tasks", "edges"], "properties": { "dagId": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "failStop": { "const": true }, "tasks": { "type": "array", "items": { "type": "object", "required": ["label", "line", "column", "endLine", "endColumn"], "properties": { "label": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "triggerRule": { "type": "object", "required": ["value", "line", "column", "endLine", "endColumn"], "properties": { "value": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } }, "defaulted": { "const": true } } } }, "edges": { "type": "array", "items": { "type": "object", "required": ["from", "to", "line", "column"], "properties": { "from": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "to": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } } } } }, "teardownRules": { "type": "array", "items": { "type": "object", "required": ["function", "problem", "line", "column", "endLine", "endColumn"], "properties": { "function": { "type": "string" }, "problem": { "enum": ["decorator", "override", "reused", "setup-call"] }, "keyword": { "type": "string" }, "firstLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "taskIds": { "type": "array", "items": { "type": "object", "required": ["id", "line", "column", "endLine", "endColumn"], "properties": { "id": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "group": { "const": true }, "unprefixed": { "const": true }, "key": { "type": "string" }, "duplicateOf": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "duplicateOfGroup": { "const": true }, "repeatedInLoop": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 } } } }, "airflowAttributes": { "type": "array", "items": { "type": "object", "required": ["path", "line", "column"], "properties": { "path": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "tried": { "const": true } } } }, "factoryCalls": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryCall" } }, "factories": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryDefinition" } } } }, "unreadable": { "type": "object", "required": ["line", "column", "message", "fix"], "properties": { "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "message": { "type": "string" }, "fix": { "type": "string" } } }, "judged": false } };
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
var schema13 = { "type": "object", "required": ["name", "line", "params", "registers", "dagIdParts", "definedBy"], "properties": { "name": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "params": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "default": { "type": ["string", "null"] } } } }, "registers": { "type": "boolean" }, "acceptsKeywords": { "const": true }, "dagIdParts": { "type": "array", "items": { "type": ["string", "integer"] } }, "definedBy": { "enum": ["DAG()", "with DAG()", "@dag"] } } };
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
                    if (data.definedBy !== void 0) {
                      let data10 = data.definedBy;
                      const _errs20 = errors;
                      if (!(data10 === "DAG()" || data10 === "with DAG()" || data10 === "@dag")) {
                        validate35.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema13.properties.definedBy.enum } }];
                        return false;
                      }
                      var valid0 = _errs20 === errors;
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
    } else {
      validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate35.errors = vErrors;
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
                                    if (data9.candidateDags !== void 0) {
                                      let data47 = data9.candidateDags;
                                      const _errs88 = errors;
                                      if (errors === _errs88) {
                                        if (Array.isArray(data47)) {
                                          var valid15 = true;
                                          const len9 = data47.length;
                                          for (let i9 = 0; i9 < len9; i9++) {
                                            const _errs90 = errors;
                                            if (!validate23(data47[i9], { instancePath: instancePath + "/inventory/candidateDags/" + i9, parentData: data47, parentDataProperty: i9, rootData })) {
                                              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid15 = _errs90 === errors;
                                            if (!valid15) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate21.errors = [{ instancePath: instancePath + "/inventory/candidateDags", schemaPath: "#/properties/inventory/properties/candidateDags/type", keyword: "type", params: { type: "array" } }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs88 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data9.uncalledDagFunctions !== void 0) {
                                        let data49 = data9.uncalledDagFunctions;
                                        const _errs91 = errors;
                                        if (errors === _errs91) {
                                          if (Array.isArray(data49)) {
                                            var valid16 = true;
                                            const len10 = data49.length;
                                            for (let i10 = 0; i10 < len10; i10++) {
                                              let data50 = data49[i10];
                                              const _errs93 = errors;
                                              if (errors === _errs93) {
                                                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                                                  let missing6;
                                                  if (data50.name === void 0 && (missing6 = "name") || data50.dagId === void 0 && (missing6 = "dagId") || data50.line === void 0 && (missing6 = "line") || data50.column === void 0 && (missing6 = "column") || data50.endLine === void 0 && (missing6 = "endLine") || data50.endColumn === void 0 && (missing6 = "endColumn")) {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10, schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/required", keyword: "required", params: { missingProperty: missing6 } }];
                                                    return false;
                                                  } else {
                                                    if (data50.name !== void 0) {
                                                      const _errs95 = errors;
                                                      if (typeof data50.name !== "string") {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/name", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                      }
                                                      var valid17 = _errs95 === errors;
                                                    } else {
                                                      var valid17 = true;
                                                    }
                                                    if (valid17) {
                                                      if (data50.dagId !== void 0) {
                                                        let data52 = data50.dagId;
                                                        const _errs97 = errors;
                                                        const _errs98 = errors;
                                                        let valid18 = false;
                                                        const _errs99 = errors;
                                                        if (typeof data52 !== "string") {
                                                          const err0 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/0/type", keyword: "type", params: { type: "string" } };
                                                          if (vErrors === null) {
                                                            vErrors = [err0];
                                                          } else {
                                                            vErrors.push(err0);
                                                          }
                                                          errors++;
                                                        }
                                                        var _valid0 = _errs99 === errors;
                                                        valid18 = valid18 || _valid0;
                                                        if (!valid18) {
                                                          const _errs101 = errors;
                                                          if (errors === _errs101) {
                                                            if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                                              let missing7;
                                                              if (data52.unknown === void 0 && (missing7 = "unknown") || data52.expression === void 0 && (missing7 = "expression")) {
                                                                const err1 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/required", keyword: "required", params: { missingProperty: missing7 } };
                                                                if (vErrors === null) {
                                                                  vErrors = [err1];
                                                                } else {
                                                                  vErrors.push(err1);
                                                                }
                                                                errors++;
                                                              } else {
                                                                if (data52.unknown !== void 0) {
                                                                  const _errs103 = errors;
                                                                  if (true !== data52.unknown) {
                                                                    const err2 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId/unknown", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/properties/unknown/const", keyword: "const", params: { allowedValue: true } };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err2];
                                                                    } else {
                                                                      vErrors.push(err2);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid19 = _errs103 === errors;
                                                                } else {
                                                                  var valid19 = true;
                                                                }
                                                                if (valid19) {
                                                                  if (data52.expression !== void 0) {
                                                                    const _errs104 = errors;
                                                                    if (typeof data52.expression !== "string") {
                                                                      const err3 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId/expression", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/properties/expression/type", keyword: "type", params: { type: "string" } };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err3];
                                                                      } else {
                                                                        vErrors.push(err3);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid19 = _errs104 === errors;
                                                                  } else {
                                                                    var valid19 = true;
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              const err4 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf/1/type", keyword: "type", params: { type: "object" } };
                                                              if (vErrors === null) {
                                                                vErrors = [err4];
                                                              } else {
                                                                vErrors.push(err4);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var _valid0 = _errs101 === errors;
                                                          valid18 = valid18 || _valid0;
                                                        }
                                                        if (!valid18) {
                                                          const err5 = { instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/dagId", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/dagId/anyOf", keyword: "anyOf", params: {} };
                                                          if (vErrors === null) {
                                                            vErrors = [err5];
                                                          } else {
                                                            vErrors.push(err5);
                                                          }
                                                          errors++;
                                                          validate21.errors = vErrors;
                                                          return false;
                                                        } else {
                                                          errors = _errs98;
                                                          if (vErrors !== null) {
                                                            if (_errs98) {
                                                              vErrors.length = _errs98;
                                                            } else {
                                                              vErrors = null;
                                                            }
                                                          }
                                                        }
                                                        var valid17 = _errs97 === errors;
                                                      } else {
                                                        var valid17 = true;
                                                      }
                                                      if (valid17) {
                                                        if (data50.line !== void 0) {
                                                          let data55 = data50.line;
                                                          const _errs106 = errors;
                                                          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs106) {
                                                            if (typeof data55 == "number") {
                                                              if (data55 > 17976931348623157e292 || isNaN(data55)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data55 < -17976931348623157e292 || isNaN(data55)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/line", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid17 = _errs106 === errors;
                                                        } else {
                                                          var valid17 = true;
                                                        }
                                                        if (valid17) {
                                                          if (data50.column !== void 0) {
                                                            let data56 = data50.column;
                                                            const _errs108 = errors;
                                                            if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs108) {
                                                              if (typeof data56 == "number") {
                                                                if (data56 > 17976931348623157e292 || isNaN(data56)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data56 < -17976931348623157e292 || isNaN(data56)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/column", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid17 = _errs108 === errors;
                                                          } else {
                                                            var valid17 = true;
                                                          }
                                                          if (valid17) {
                                                            if (data50.endLine !== void 0) {
                                                              let data57 = data50.endLine;
                                                              const _errs110 = errors;
                                                              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs110) {
                                                                if (typeof data57 == "number") {
                                                                  if (data57 > 17976931348623157e292 || isNaN(data57)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data57 < -17976931348623157e292 || isNaN(data57)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endLine", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid17 = _errs110 === errors;
                                                            } else {
                                                              var valid17 = true;
                                                            }
                                                            if (valid17) {
                                                              if (data50.endColumn !== void 0) {
                                                                let data58 = data50.endColumn;
                                                                const _errs112 = errors;
                                                                if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs112) {
                                                                  if (typeof data58 == "number") {
                                                                    if (data58 > 17976931348623157e292 || isNaN(data58)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data58 < -17976931348623157e292 || isNaN(data58)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/endColumn", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid17 = _errs112 === errors;
                                                              } else {
                                                                var valid17 = true;
                                                              }
                                                              if (valid17) {
                                                                if (data50.decoratorWithoutCall !== void 0) {
                                                                  const _errs114 = errors;
                                                                  if (true !== data50.decoratorWithoutCall) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10 + "/decoratorWithoutCall", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/properties/decoratorWithoutCall/const", keyword: "const", params: { allowedValue: true } }];
                                                                    return false;
                                                                  }
                                                                  var valid17 = _errs114 === errors;
                                                                } else {
                                                                  var valid17 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions/" + i10, schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/items/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid16 = _errs93 === errors;
                                              if (!valid16) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/inventory/uncalledDagFunctions", schemaPath: "#/properties/inventory/properties/uncalledDagFunctions/type", keyword: "type", params: { type: "array" } }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs91 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data9.datasetUris !== void 0) {
                                          let data60 = data9.datasetUris;
                                          const _errs115 = errors;
                                          if (errors === _errs115) {
                                            if (Array.isArray(data60)) {
                                              var valid20 = true;
                                              const len11 = data60.length;
                                              for (let i11 = 0; i11 < len11; i11++) {
                                                let data61 = data60[i11];
                                                const _errs117 = errors;
                                                if (errors === _errs117) {
                                                  if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                                    let missing8;
                                                    if (data61.uri === void 0 && (missing8 = "uri") || data61.line === void 0 && (missing8 = "line") || data61.column === void 0 && (missing8 = "column") || data61.endLine === void 0 && (missing8 = "endLine") || data61.endColumn === void 0 && (missing8 = "endColumn")) {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11, schemaPath: "#/properties/inventory/properties/datasetUris/items/required", keyword: "required", params: { missingProperty: missing8 } }];
                                                      return false;
                                                    } else {
                                                      if (data61.uri !== void 0) {
                                                        const _errs119 = errors;
                                                        if (typeof data61.uri !== "string") {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/uri", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/uri/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid21 = _errs119 === errors;
                                                      } else {
                                                        var valid21 = true;
                                                      }
                                                      if (valid21) {
                                                        if (data61.line !== void 0) {
                                                          let data63 = data61.line;
                                                          const _errs121 = errors;
                                                          if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)))) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs121) {
                                                            if (typeof data63 == "number") {
                                                              if (data63 > 17976931348623157e292 || isNaN(data63)) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data63 < -17976931348623157e292 || isNaN(data63)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/line", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                          }
                                                          var valid21 = _errs121 === errors;
                                                        } else {
                                                          var valid21 = true;
                                                        }
                                                        if (valid21) {
                                                          if (data61.column !== void 0) {
                                                            let data64 = data61.column;
                                                            const _errs123 = errors;
                                                            if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs123) {
                                                              if (typeof data64 == "number") {
                                                                if (data64 > 17976931348623157e292 || isNaN(data64)) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data64 < -17976931348623157e292 || isNaN(data64)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/column", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                            var valid21 = _errs123 === errors;
                                                          } else {
                                                            var valid21 = true;
                                                          }
                                                          if (valid21) {
                                                            if (data61.endLine !== void 0) {
                                                              let data65 = data61.endLine;
                                                              const _errs125 = errors;
                                                              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs125) {
                                                                if (typeof data65 == "number") {
                                                                  if (data65 > 17976931348623157e292 || isNaN(data65)) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data65 < -17976931348623157e292 || isNaN(data65)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endLine", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                              var valid21 = _errs125 === errors;
                                                            } else {
                                                              var valid21 = true;
                                                            }
                                                            if (valid21) {
                                                              if (data61.endColumn !== void 0) {
                                                                let data66 = data61.endColumn;
                                                                const _errs127 = errors;
                                                                if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs127) {
                                                                  if (typeof data66 == "number") {
                                                                    if (data66 > 17976931348623157e292 || isNaN(data66)) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data66 < -17976931348623157e292 || isNaN(data66)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11 + "/endColumn", schemaPath: "#/properties/inventory/properties/datasetUris/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                                var valid21 = _errs127 === errors;
                                                              } else {
                                                                var valid21 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris/" + i11, schemaPath: "#/properties/inventory/properties/datasetUris/items/type", keyword: "type", params: { type: "object" } }];
                                                    return false;
                                                  }
                                                }
                                                var valid20 = _errs117 === errors;
                                                if (!valid20) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/inventory/datasetUris", schemaPath: "#/properties/inventory/properties/datasetUris/type", keyword: "type", params: { type: "array" } }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs115 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data9.timeZones !== void 0) {
                                            let data67 = data9.timeZones;
                                            const _errs129 = errors;
                                            if (errors === _errs129) {
                                              if (Array.isArray(data67)) {
                                                var valid22 = true;
                                                const len12 = data67.length;
                                                for (let i12 = 0; i12 < len12; i12++) {
                                                  let data68 = data67[i12];
                                                  const _errs131 = errors;
                                                  if (errors === _errs131) {
                                                    if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                                                      let missing9;
                                                      if (data68.name === void 0 && (missing9 = "name") || data68.callee === void 0 && (missing9 = "callee") || data68.loader === void 0 && (missing9 = "loader") || data68.line === void 0 && (missing9 = "line") || data68.column === void 0 && (missing9 = "column") || data68.endLine === void 0 && (missing9 = "endLine") || data68.endColumn === void 0 && (missing9 = "endColumn")) {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12, schemaPath: "#/properties/inventory/properties/timeZones/items/required", keyword: "required", params: { missingProperty: missing9 } }];
                                                        return false;
                                                      } else {
                                                        if (data68.name !== void 0) {
                                                          const _errs133 = errors;
                                                          if (typeof data68.name !== "string") {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/name", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                            return false;
                                                          }
                                                          var valid23 = _errs133 === errors;
                                                        } else {
                                                          var valid23 = true;
                                                        }
                                                        if (valid23) {
                                                          if (data68.callee !== void 0) {
                                                            const _errs135 = errors;
                                                            if (typeof data68.callee !== "string") {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/callee", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/callee/type", keyword: "type", params: { type: "string" } }];
                                                              return false;
                                                            }
                                                            var valid23 = _errs135 === errors;
                                                          } else {
                                                            var valid23 = true;
                                                          }
                                                          if (valid23) {
                                                            if (data68.loader !== void 0) {
                                                              let data71 = data68.loader;
                                                              const _errs137 = errors;
                                                              if (!(data71 === "pendulum" || data71 === "zoneinfo")) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/loader", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/loader/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.timeZones.items.properties.loader.enum } }];
                                                                return false;
                                                              }
                                                              var valid23 = _errs137 === errors;
                                                            } else {
                                                              var valid23 = true;
                                                            }
                                                            if (valid23) {
                                                              if (data68.environment !== void 0) {
                                                                const _errs138 = errors;
                                                                if (typeof data68.environment !== "string") {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/environment", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/environment/type", keyword: "type", params: { type: "string" } }];
                                                                  return false;
                                                                }
                                                                var valid23 = _errs138 === errors;
                                                              } else {
                                                                var valid23 = true;
                                                              }
                                                              if (valid23) {
                                                                if (data68.line !== void 0) {
                                                                  let data73 = data68.line;
                                                                  const _errs140 = errors;
                                                                  if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs140) {
                                                                    if (typeof data73 == "number") {
                                                                      if (data73 > 17976931348623157e292 || isNaN(data73)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data73 < -17976931348623157e292 || isNaN(data73)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/line", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid23 = _errs140 === errors;
                                                                } else {
                                                                  var valid23 = true;
                                                                }
                                                                if (valid23) {
                                                                  if (data68.column !== void 0) {
                                                                    let data74 = data68.column;
                                                                    const _errs142 = errors;
                                                                    if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs142) {
                                                                      if (typeof data74 == "number") {
                                                                        if (data74 > 17976931348623157e292 || isNaN(data74)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data74 < -17976931348623157e292 || isNaN(data74)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/column", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid23 = _errs142 === errors;
                                                                  } else {
                                                                    var valid23 = true;
                                                                  }
                                                                  if (valid23) {
                                                                    if (data68.endLine !== void 0) {
                                                                      let data75 = data68.endLine;
                                                                      const _errs144 = errors;
                                                                      if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs144) {
                                                                        if (typeof data75 == "number") {
                                                                          if (data75 > 17976931348623157e292 || isNaN(data75)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data75 < -17976931348623157e292 || isNaN(data75)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endLine", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid23 = _errs144 === errors;
                                                                    } else {
                                                                      var valid23 = true;
                                                                    }
                                                                    if (valid23) {
                                                                      if (data68.endColumn !== void 0) {
                                                                        let data76 = data68.endColumn;
                                                                        const _errs146 = errors;
                                                                        if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs146) {
                                                                          if (typeof data76 == "number") {
                                                                            if (data76 > 17976931348623157e292 || isNaN(data76)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data76 < -17976931348623157e292 || isNaN(data76)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12 + "/endColumn", schemaPath: "#/properties/inventory/properties/timeZones/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid23 = _errs146 === errors;
                                                                      } else {
                                                                        var valid23 = true;
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
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones/" + i12, schemaPath: "#/properties/inventory/properties/timeZones/items/type", keyword: "type", params: { type: "object" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid22 = _errs131 === errors;
                                                  if (!valid22) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/inventory/timeZones", schemaPath: "#/properties/inventory/properties/timeZones/type", keyword: "type", params: { type: "array" } }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs129 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data9.mappedLiterals !== void 0) {
                                              let data77 = data9.mappedLiterals;
                                              const _errs148 = errors;
                                              if (errors === _errs148) {
                                                if (Array.isArray(data77)) {
                                                  var valid24 = true;
                                                  const len13 = data77.length;
                                                  for (let i13 = 0; i13 < len13; i13++) {
                                                    let data78 = data77[i13];
                                                    const _errs150 = errors;
                                                    if (errors === _errs150) {
                                                      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                                                        let missing10;
                                                        if (data78.argument === void 0 && (missing10 = "argument") || data78.type === void 0 && (missing10 = "type") || data78.line === void 0 && (missing10 = "line") || data78.column === void 0 && (missing10 = "column") || data78.endLine === void 0 && (missing10 = "endLine") || data78.endColumn === void 0 && (missing10 = "endColumn")) {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13, schemaPath: "#/properties/inventory/properties/mappedLiterals/items/required", keyword: "required", params: { missingProperty: missing10 } }];
                                                          return false;
                                                        } else {
                                                          if (data78.argument !== void 0) {
                                                            const _errs152 = errors;
                                                            if (typeof data78.argument !== "string") {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/argument", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/argument/type", keyword: "type", params: { type: "string" } }];
                                                              return false;
                                                            }
                                                            var valid25 = _errs152 === errors;
                                                          } else {
                                                            var valid25 = true;
                                                          }
                                                          if (valid25) {
                                                            if (data78.type !== void 0) {
                                                              let data80 = data78.type;
                                                              const _errs154 = errors;
                                                              if (!(data80 === "str" || data80 === "int" || data80 === "float" || data80 === "bool" || data80 === "NoneType" || data80 === "set" || data80 === "generator" || data80 === "dict" || data80 === "dict_items" || data80 === "dict_keys" || data80 === "dict_values" || data80 === "list" || data80 === "tuple" || data80 === "XComArg" || data80 === "keyword")) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/type", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.mappedLiterals.items.properties.type.enum } }];
                                                                return false;
                                                              }
                                                              var valid25 = _errs154 === errors;
                                                            } else {
                                                              var valid25 = true;
                                                            }
                                                            if (valid25) {
                                                              if (data78.key !== void 0) {
                                                                const _errs155 = errors;
                                                                if (typeof data78.key !== "string") {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/key", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/key/type", keyword: "type", params: { type: "string" } }];
                                                                  return false;
                                                                }
                                                                var valid25 = _errs155 === errors;
                                                              } else {
                                                                var valid25 = true;
                                                              }
                                                              if (valid25) {
                                                                if (data78.call !== void 0) {
                                                                  let data82 = data78.call;
                                                                  const _errs157 = errors;
                                                                  if (!(data82 === "expand" || data82 === "expand_kwargs" || data82 === "partial")) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/call", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/call/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.mappedLiterals.items.properties.call.enum } }];
                                                                    return false;
                                                                  }
                                                                  var valid25 = _errs157 === errors;
                                                                } else {
                                                                  var valid25 = true;
                                                                }
                                                                if (valid25) {
                                                                  if (data78.line !== void 0) {
                                                                    let data83 = data78.line;
                                                                    const _errs158 = errors;
                                                                    if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs158) {
                                                                      if (typeof data83 == "number") {
                                                                        if (data83 > 17976931348623157e292 || isNaN(data83)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data83 < -17976931348623157e292 || isNaN(data83)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/line", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                                    if (data78.column !== void 0) {
                                                                      let data84 = data78.column;
                                                                      const _errs160 = errors;
                                                                      if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs160) {
                                                                        if (typeof data84 == "number") {
                                                                          if (data84 > 17976931348623157e292 || isNaN(data84)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data84 < -17976931348623157e292 || isNaN(data84)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/column", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                                      if (data78.endLine !== void 0) {
                                                                        let data85 = data78.endLine;
                                                                        const _errs162 = errors;
                                                                        if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs162) {
                                                                          if (typeof data85 == "number") {
                                                                            if (data85 > 17976931348623157e292 || isNaN(data85)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data85 < -17976931348623157e292 || isNaN(data85)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid25 = _errs162 === errors;
                                                                      } else {
                                                                        var valid25 = true;
                                                                      }
                                                                      if (valid25) {
                                                                        if (data78.endColumn !== void 0) {
                                                                          let data86 = data78.endColumn;
                                                                          const _errs164 = errors;
                                                                          if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs164) {
                                                                            if (typeof data86 == "number") {
                                                                              if (data86 > 17976931348623157e292 || isNaN(data86)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data86 < -17976931348623157e292 || isNaN(data86)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedLiterals/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid25 = _errs164 === errors;
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
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals/" + i13, schemaPath: "#/properties/inventory/properties/mappedLiterals/items/type", keyword: "type", params: { type: "object" } }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid24 = _errs150 === errors;
                                                    if (!valid24) {
                                                      break;
                                                    }
                                                  }
                                                } else {
                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedLiterals", schemaPath: "#/properties/inventory/properties/mappedLiterals/type", keyword: "type", params: { type: "array" } }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs148 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                            if (valid3) {
                                              if (data9.taskCalls !== void 0) {
                                                let data87 = data9.taskCalls;
                                                const _errs166 = errors;
                                                if (errors === _errs166) {
                                                  if (Array.isArray(data87)) {
                                                    var valid26 = true;
                                                    const len14 = data87.length;
                                                    for (let i14 = 0; i14 < len14; i14++) {
                                                      let data88 = data87[i14];
                                                      const _errs168 = errors;
                                                      if (errors === _errs168) {
                                                        if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                                                          let missing11;
                                                          if (data88.function === void 0 && (missing11 = "function") || data88.problem === void 0 && (missing11 = "problem") || data88.line === void 0 && (missing11 = "line") || data88.column === void 0 && (missing11 = "column") || data88.endLine === void 0 && (missing11 = "endLine") || data88.endColumn === void 0 && (missing11 = "endColumn")) {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14, schemaPath: "#/properties/inventory/properties/taskCalls/items/required", keyword: "required", params: { missingProperty: missing11 } }];
                                                            return false;
                                                          } else {
                                                            if (data88.function !== void 0) {
                                                              const _errs170 = errors;
                                                              if (typeof data88.function !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/function", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/function/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                              }
                                                              var valid27 = _errs170 === errors;
                                                            } else {
                                                              var valid27 = true;
                                                            }
                                                            if (valid27) {
                                                              if (data88.problem !== void 0) {
                                                                const _errs172 = errors;
                                                                if (typeof data88.problem !== "string") {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/problem", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/problem/type", keyword: "type", params: { type: "string" } }];
                                                                  return false;
                                                                }
                                                                var valid27 = _errs172 === errors;
                                                              } else {
                                                                var valid27 = true;
                                                              }
                                                              if (valid27) {
                                                                if (data88.error !== void 0) {
                                                                  const _errs174 = errors;
                                                                  if ("ValueError" !== data88.error) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/error", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/error/const", keyword: "const", params: { allowedValue: "ValueError" } }];
                                                                    return false;
                                                                  }
                                                                  var valid27 = _errs174 === errors;
                                                                } else {
                                                                  var valid27 = true;
                                                                }
                                                                if (valid27) {
                                                                  if (data88.line !== void 0) {
                                                                    let data92 = data88.line;
                                                                    const _errs175 = errors;
                                                                    if (!(typeof data92 == "number" && (!(data92 % 1) && !isNaN(data92)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs175) {
                                                                      if (typeof data92 == "number") {
                                                                        if (data92 > 17976931348623157e292 || isNaN(data92)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data92 < -17976931348623157e292 || isNaN(data92)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/line", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid27 = _errs175 === errors;
                                                                  } else {
                                                                    var valid27 = true;
                                                                  }
                                                                  if (valid27) {
                                                                    if (data88.column !== void 0) {
                                                                      let data93 = data88.column;
                                                                      const _errs177 = errors;
                                                                      if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs177) {
                                                                        if (typeof data93 == "number") {
                                                                          if (data93 > 17976931348623157e292 || isNaN(data93)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data93 < -17976931348623157e292 || isNaN(data93)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/column", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid27 = _errs177 === errors;
                                                                    } else {
                                                                      var valid27 = true;
                                                                    }
                                                                    if (valid27) {
                                                                      if (data88.endLine !== void 0) {
                                                                        let data94 = data88.endLine;
                                                                        const _errs179 = errors;
                                                                        if (!(typeof data94 == "number" && (!(data94 % 1) && !isNaN(data94)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs179) {
                                                                          if (typeof data94 == "number") {
                                                                            if (data94 > 17976931348623157e292 || isNaN(data94)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data94 < -17976931348623157e292 || isNaN(data94)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endLine", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid27 = _errs179 === errors;
                                                                      } else {
                                                                        var valid27 = true;
                                                                      }
                                                                      if (valid27) {
                                                                        if (data88.endColumn !== void 0) {
                                                                          let data95 = data88.endColumn;
                                                                          const _errs181 = errors;
                                                                          if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs181) {
                                                                            if (typeof data95 == "number") {
                                                                              if (data95 > 17976931348623157e292 || isNaN(data95)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data95 < -17976931348623157e292 || isNaN(data95)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskCalls/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid27 = _errs181 === errors;
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
                                                        } else {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls/" + i14, schemaPath: "#/properties/inventory/properties/taskCalls/items/type", keyword: "type", params: { type: "object" } }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid26 = _errs168 === errors;
                                                      if (!valid26) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskCalls", schemaPath: "#/properties/inventory/properties/taskCalls/type", keyword: "type", params: { type: "array" } }];
                                                    return false;
                                                  }
                                                }
                                                var valid3 = _errs166 === errors;
                                              } else {
                                                var valid3 = true;
                                              }
                                              if (valid3) {
                                                if (data9.mappedTasks !== void 0) {
                                                  let data96 = data9.mappedTasks;
                                                  const _errs183 = errors;
                                                  if (errors === _errs183) {
                                                    if (Array.isArray(data96)) {
                                                      var valid28 = true;
                                                      const len15 = data96.length;
                                                      for (let i15 = 0; i15 < len15; i15++) {
                                                        let data97 = data96[i15];
                                                        const _errs185 = errors;
                                                        if (errors === _errs185) {
                                                          if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                                                            let missing12;
                                                            if (data97.line === void 0 && (missing12 = "line") || data97.column === void 0 && (missing12 = "column") || data97.endLine === void 0 && (missing12 = "endLine") || data97.endColumn === void 0 && (missing12 = "endColumn")) {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15, schemaPath: "#/properties/inventory/properties/mappedTasks/items/required", keyword: "required", params: { missingProperty: missing12 } }];
                                                              return false;
                                                            } else {
                                                              if (data97.sla !== void 0) {
                                                                const _errs187 = errors;
                                                                if (typeof data97.sla !== "boolean") {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/sla", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/sla/type", keyword: "type", params: { type: "boolean" } }];
                                                                  return false;
                                                                }
                                                                var valid29 = _errs187 === errors;
                                                              } else {
                                                                var valid29 = true;
                                                              }
                                                              if (valid29) {
                                                                if (data97.line !== void 0) {
                                                                  let data99 = data97.line;
                                                                  const _errs189 = errors;
                                                                  if (!(typeof data99 == "number" && (!(data99 % 1) && !isNaN(data99)))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs189) {
                                                                    if (typeof data99 == "number") {
                                                                      if (data99 > 17976931348623157e292 || isNaN(data99)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data99 < -17976931348623157e292 || isNaN(data99)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/line", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid29 = _errs189 === errors;
                                                                } else {
                                                                  var valid29 = true;
                                                                }
                                                                if (valid29) {
                                                                  if (data97.column !== void 0) {
                                                                    let data100 = data97.column;
                                                                    const _errs191 = errors;
                                                                    if (!(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)))) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                      return false;
                                                                    }
                                                                    if (errors === _errs191) {
                                                                      if (typeof data100 == "number") {
                                                                        if (data100 > 17976931348623157e292 || isNaN(data100)) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data100 < -17976931348623157e292 || isNaN(data100)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/column", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                    var valid29 = _errs191 === errors;
                                                                  } else {
                                                                    var valid29 = true;
                                                                  }
                                                                  if (valid29) {
                                                                    if (data97.endLine !== void 0) {
                                                                      let data101 = data97.endLine;
                                                                      const _errs193 = errors;
                                                                      if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs193) {
                                                                        if (typeof data101 == "number") {
                                                                          if (data101 > 17976931348623157e292 || isNaN(data101)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data101 < -17976931348623157e292 || isNaN(data101)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endLine", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid29 = _errs193 === errors;
                                                                    } else {
                                                                      var valid29 = true;
                                                                    }
                                                                    if (valid29) {
                                                                      if (data97.endColumn !== void 0) {
                                                                        let data102 = data97.endColumn;
                                                                        const _errs195 = errors;
                                                                        if (!(typeof data102 == "number" && (!(data102 % 1) && !isNaN(data102)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs195) {
                                                                          if (typeof data102 == "number") {
                                                                            if (data102 > 17976931348623157e292 || isNaN(data102)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data102 < -17976931348623157e292 || isNaN(data102)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15 + "/endColumn", schemaPath: "#/properties/inventory/properties/mappedTasks/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid29 = _errs195 === errors;
                                                                      } else {
                                                                        var valid29 = true;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks/" + i15, schemaPath: "#/properties/inventory/properties/mappedTasks/items/type", keyword: "type", params: { type: "object" } }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid28 = _errs185 === errors;
                                                        if (!valid28) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/mappedTasks", schemaPath: "#/properties/inventory/properties/mappedTasks/type", keyword: "type", params: { type: "array" } }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid3 = _errs183 === errors;
                                                } else {
                                                  var valid3 = true;
                                                }
                                                if (valid3) {
                                                  if (data9.taskArguments !== void 0) {
                                                    let data103 = data9.taskArguments;
                                                    const _errs197 = errors;
                                                    if (errors === _errs197) {
                                                      if (Array.isArray(data103)) {
                                                        var valid30 = true;
                                                        const len16 = data103.length;
                                                        for (let i16 = 0; i16 < len16; i16++) {
                                                          let data104 = data103[i16];
                                                          const _errs199 = errors;
                                                          if (errors === _errs199) {
                                                            if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                                                              let missing13;
                                                              if (data104.name === void 0 && (missing13 = "name") || data104.value === void 0 && (missing13 = "value") || data104.line === void 0 && (missing13 = "line") || data104.column === void 0 && (missing13 = "column") || data104.endLine === void 0 && (missing13 = "endLine") || data104.endColumn === void 0 && (missing13 = "endColumn")) {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16, schemaPath: "#/properties/inventory/properties/taskArguments/items/required", keyword: "required", params: { missingProperty: missing13 } }];
                                                                return false;
                                                              } else {
                                                                if (data104.name !== void 0) {
                                                                  let data105 = data104.name;
                                                                  const _errs201 = errors;
                                                                  if (!(data105 === "trigger_rule" || data105 === "weight_rule")) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/name", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.taskArguments.items.properties.name.enum } }];
                                                                    return false;
                                                                  }
                                                                  var valid31 = _errs201 === errors;
                                                                } else {
                                                                  var valid31 = true;
                                                                }
                                                                if (valid31) {
                                                                  if (data104.value !== void 0) {
                                                                    const _errs202 = errors;
                                                                    if (typeof data104.value !== "string") {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/value", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/value/type", keyword: "type", params: { type: "string" } }];
                                                                      return false;
                                                                    }
                                                                    var valid31 = _errs202 === errors;
                                                                  } else {
                                                                    var valid31 = true;
                                                                  }
                                                                  if (valid31) {
                                                                    if (data104.line !== void 0) {
                                                                      let data107 = data104.line;
                                                                      const _errs204 = errors;
                                                                      if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                      }
                                                                      if (errors === _errs204) {
                                                                        if (typeof data107 == "number") {
                                                                          if (data107 > 17976931348623157e292 || isNaN(data107)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data107 < -17976931348623157e292 || isNaN(data107)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/line", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                      var valid31 = _errs204 === errors;
                                                                    } else {
                                                                      var valid31 = true;
                                                                    }
                                                                    if (valid31) {
                                                                      if (data104.column !== void 0) {
                                                                        let data108 = data104.column;
                                                                        const _errs206 = errors;
                                                                        if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs206) {
                                                                          if (typeof data108 == "number") {
                                                                            if (data108 > 17976931348623157e292 || isNaN(data108)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data108 < -17976931348623157e292 || isNaN(data108)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/column", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid31 = _errs206 === errors;
                                                                      } else {
                                                                        var valid31 = true;
                                                                      }
                                                                      if (valid31) {
                                                                        if (data104.endLine !== void 0) {
                                                                          let data109 = data104.endLine;
                                                                          const _errs208 = errors;
                                                                          if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs208) {
                                                                            if (typeof data109 == "number") {
                                                                              if (data109 > 17976931348623157e292 || isNaN(data109)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data109 < -17976931348623157e292 || isNaN(data109)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endLine", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid31 = _errs208 === errors;
                                                                        } else {
                                                                          var valid31 = true;
                                                                        }
                                                                        if (valid31) {
                                                                          if (data104.endColumn !== void 0) {
                                                                            let data110 = data104.endColumn;
                                                                            const _errs210 = errors;
                                                                            if (!(typeof data110 == "number" && (!(data110 % 1) && !isNaN(data110)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs210) {
                                                                              if (typeof data110 == "number") {
                                                                                if (data110 > 17976931348623157e292 || isNaN(data110)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data110 < -17976931348623157e292 || isNaN(data110)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskArguments/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid31 = _errs210 === errors;
                                                                          } else {
                                                                            var valid31 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments/" + i16, schemaPath: "#/properties/inventory/properties/taskArguments/items/type", keyword: "type", params: { type: "object" } }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid30 = _errs199 === errors;
                                                          if (!valid30) {
                                                            break;
                                                          }
                                                        }
                                                      } else {
                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskArguments", schemaPath: "#/properties/inventory/properties/taskArguments/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid3 = _errs197 === errors;
                                                  } else {
                                                    var valid3 = true;
                                                  }
                                                  if (valid3) {
                                                    if (data9.operatorCalls !== void 0) {
                                                      let data111 = data9.operatorCalls;
                                                      const _errs212 = errors;
                                                      if (errors === _errs212) {
                                                        if (Array.isArray(data111)) {
                                                          var valid32 = true;
                                                          const len17 = data111.length;
                                                          for (let i17 = 0; i17 < len17; i17++) {
                                                            let data112 = data111[i17];
                                                            const _errs214 = errors;
                                                            if (errors === _errs214) {
                                                              if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                                                                let missing14;
                                                                if (data112.operator === void 0 && (missing14 = "operator") || data112.unknownKeywords === void 0 && (missing14 = "unknownKeywords") || data112.line === void 0 && (missing14 = "line") || data112.column === void 0 && (missing14 = "column") || data112.endLine === void 0 && (missing14 = "endLine") || data112.endColumn === void 0 && (missing14 = "endColumn")) {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17, schemaPath: "#/properties/inventory/properties/operatorCalls/items/required", keyword: "required", params: { missingProperty: missing14 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data112.operator !== void 0) {
                                                                    const _errs216 = errors;
                                                                    if (typeof data112.operator !== "string") {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/operator", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/operator/type", keyword: "type", params: { type: "string" } }];
                                                                      return false;
                                                                    }
                                                                    var valid33 = _errs216 === errors;
                                                                  } else {
                                                                    var valid33 = true;
                                                                  }
                                                                  if (valid33) {
                                                                    if (data112.unknownKeywords !== void 0) {
                                                                      let data114 = data112.unknownKeywords;
                                                                      const _errs218 = errors;
                                                                      if (errors === _errs218) {
                                                                        if (Array.isArray(data114)) {
                                                                          var valid34 = true;
                                                                          const len18 = data114.length;
                                                                          for (let i18 = 0; i18 < len18; i18++) {
                                                                            let data115 = data114[i18];
                                                                            const _errs220 = errors;
                                                                            if (errors === _errs220) {
                                                                              if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                                                                                let missing15;
                                                                                if (data115.name === void 0 && (missing15 = "name") || data115.line === void 0 && (missing15 = "line") || data115.column === void 0 && (missing15 = "column") || data115.endLine === void 0 && (missing15 = "endLine") || data115.endColumn === void 0 && (missing15 = "endColumn")) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/required", keyword: "required", params: { missingProperty: missing15 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data115.name !== void 0) {
                                                                                    const _errs222 = errors;
                                                                                    if (typeof data115.name !== "string") {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid35 = _errs222 === errors;
                                                                                  } else {
                                                                                    var valid35 = true;
                                                                                  }
                                                                                  if (valid35) {
                                                                                    if (data115.falsy !== void 0) {
                                                                                      const _errs224 = errors;
                                                                                      if (true !== data115.falsy) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/falsy", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/falsy/const", keyword: "const", params: { allowedValue: true } }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid35 = _errs224 === errors;
                                                                                    } else {
                                                                                      var valid35 = true;
                                                                                    }
                                                                                    if (valid35) {
                                                                                      if (data115.line !== void 0) {
                                                                                        let data118 = data115.line;
                                                                                        const _errs225 = errors;
                                                                                        if (!(typeof data118 == "number" && (!(data118 % 1) && !isNaN(data118)))) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs225) {
                                                                                          if (typeof data118 == "number") {
                                                                                            if (data118 > 17976931348623157e292 || isNaN(data118)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data118 < -17976931348623157e292 || isNaN(data118)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid35 = _errs225 === errors;
                                                                                      } else {
                                                                                        var valid35 = true;
                                                                                      }
                                                                                      if (valid35) {
                                                                                        if (data115.column !== void 0) {
                                                                                          let data119 = data115.column;
                                                                                          const _errs227 = errors;
                                                                                          if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs227) {
                                                                                            if (typeof data119 == "number") {
                                                                                              if (data119 > 17976931348623157e292 || isNaN(data119)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (data119 < -17976931348623157e292 || isNaN(data119)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid35 = _errs227 === errors;
                                                                                        } else {
                                                                                          var valid35 = true;
                                                                                        }
                                                                                        if (valid35) {
                                                                                          if (data115.endLine !== void 0) {
                                                                                            let data120 = data115.endLine;
                                                                                            const _errs229 = errors;
                                                                                            if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)))) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs229) {
                                                                                              if (typeof data120 == "number") {
                                                                                                if (data120 > 17976931348623157e292 || isNaN(data120)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data120 < -17976931348623157e292 || isNaN(data120)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid35 = _errs229 === errors;
                                                                                          } else {
                                                                                            var valid35 = true;
                                                                                          }
                                                                                          if (valid35) {
                                                                                            if (data115.endColumn !== void 0) {
                                                                                              let data121 = data115.endColumn;
                                                                                              const _errs231 = errors;
                                                                                              if (!(typeof data121 == "number" && (!(data121 % 1) && !isNaN(data121)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs231) {
                                                                                                if (typeof data121 == "number") {
                                                                                                  if (data121 > 17976931348623157e292 || isNaN(data121)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data121 < -17976931348623157e292 || isNaN(data121)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid35 = _errs231 === errors;
                                                                                            } else {
                                                                                              var valid35 = true;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords/" + i18, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/items/type", keyword: "type", params: { type: "object" } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid34 = _errs220 === errors;
                                                                            if (!valid34) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unknownKeywords", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unknownKeywords/type", keyword: "type", params: { type: "array" } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid33 = _errs218 === errors;
                                                                    } else {
                                                                      var valid33 = true;
                                                                    }
                                                                    if (valid33) {
                                                                      if (data112.splat !== void 0) {
                                                                        const _errs233 = errors;
                                                                        if (true !== data112.splat) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/splat", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/splat/const", keyword: "const", params: { allowedValue: true } }];
                                                                          return false;
                                                                        }
                                                                        var valid33 = _errs233 === errors;
                                                                      } else {
                                                                        var valid33 = true;
                                                                      }
                                                                      if (valid33) {
                                                                        if (data112.positional !== void 0) {
                                                                          let data123 = data112.positional;
                                                                          const _errs234 = errors;
                                                                          if (errors === _errs234) {
                                                                            if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                                                                              let missing16;
                                                                              if (data123.line === void 0 && (missing16 = "line") || data123.column === void 0 && (missing16 = "column") || data123.endLine === void 0 && (missing16 = "endLine") || data123.endColumn === void 0 && (missing16 = "endColumn")) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/required", keyword: "required", params: { missingProperty: missing16 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data123.line !== void 0) {
                                                                                  let data124 = data123.line;
                                                                                  const _errs236 = errors;
                                                                                  if (!(typeof data124 == "number" && (!(data124 % 1) && !isNaN(data124)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs236) {
                                                                                    if (typeof data124 == "number") {
                                                                                      if (data124 > 17976931348623157e292 || isNaN(data124)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data124 < -17976931348623157e292 || isNaN(data124)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid36 = _errs236 === errors;
                                                                                } else {
                                                                                  var valid36 = true;
                                                                                }
                                                                                if (valid36) {
                                                                                  if (data123.column !== void 0) {
                                                                                    let data125 = data123.column;
                                                                                    const _errs238 = errors;
                                                                                    if (!(typeof data125 == "number" && (!(data125 % 1) && !isNaN(data125)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs238) {
                                                                                      if (typeof data125 == "number") {
                                                                                        if (data125 > 17976931348623157e292 || isNaN(data125)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data125 < -17976931348623157e292 || isNaN(data125)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid36 = _errs238 === errors;
                                                                                  } else {
                                                                                    var valid36 = true;
                                                                                  }
                                                                                  if (valid36) {
                                                                                    if (data123.endLine !== void 0) {
                                                                                      let data126 = data123.endLine;
                                                                                      const _errs240 = errors;
                                                                                      if (!(typeof data126 == "number" && (!(data126 % 1) && !isNaN(data126)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs240) {
                                                                                        if (typeof data126 == "number") {
                                                                                          if (data126 > 17976931348623157e292 || isNaN(data126)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data126 < -17976931348623157e292 || isNaN(data126)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid36 = _errs240 === errors;
                                                                                    } else {
                                                                                      var valid36 = true;
                                                                                    }
                                                                                    if (valid36) {
                                                                                      if (data123.endColumn !== void 0) {
                                                                                        let data127 = data123.endColumn;
                                                                                        const _errs242 = errors;
                                                                                        if (!(typeof data127 == "number" && (!(data127 % 1) && !isNaN(data127)))) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs242) {
                                                                                          if (typeof data127 == "number") {
                                                                                            if (data127 > 17976931348623157e292 || isNaN(data127)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data127 < -17976931348623157e292 || isNaN(data127)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid36 = _errs242 === errors;
                                                                                      } else {
                                                                                        var valid36 = true;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/positional", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/positional/type", keyword: "type", params: { type: "object" } }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid33 = _errs234 === errors;
                                                                        } else {
                                                                          var valid33 = true;
                                                                        }
                                                                        if (valid33) {
                                                                          if (data112.literals !== void 0) {
                                                                            let data128 = data112.literals;
                                                                            const _errs244 = errors;
                                                                            if (errors === _errs244) {
                                                                              if (Array.isArray(data128)) {
                                                                                var valid37 = true;
                                                                                const len19 = data128.length;
                                                                                for (let i19 = 0; i19 < len19; i19++) {
                                                                                  let data129 = data128[i19];
                                                                                  const _errs246 = errors;
                                                                                  if (errors === _errs246) {
                                                                                    if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                                                                                      let missing17;
                                                                                      if (data129.name === void 0 && (missing17 = "name") || data129.type === void 0 && (missing17 = "type") || data129.line === void 0 && (missing17 = "line") || data129.column === void 0 && (missing17 = "column") || data129.endLine === void 0 && (missing17 = "endLine") || data129.endColumn === void 0 && (missing17 = "endColumn")) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/required", keyword: "required", params: { missingProperty: missing17 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data129.name !== void 0) {
                                                                                          const _errs248 = errors;
                                                                                          if (typeof data129.name !== "string") {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid38 = _errs248 === errors;
                                                                                        } else {
                                                                                          var valid38 = true;
                                                                                        }
                                                                                        if (valid38) {
                                                                                          if (data129.type !== void 0) {
                                                                                            const _errs250 = errors;
                                                                                            if (typeof data129.type !== "string") {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/type", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/type/type", keyword: "type", params: { type: "string" } }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid38 = _errs250 === errors;
                                                                                          } else {
                                                                                            var valid38 = true;
                                                                                          }
                                                                                          if (valid38) {
                                                                                            if (data129.line !== void 0) {
                                                                                              let data132 = data129.line;
                                                                                              const _errs252 = errors;
                                                                                              if (!(typeof data132 == "number" && (!(data132 % 1) && !isNaN(data132)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs252) {
                                                                                                if (typeof data132 == "number") {
                                                                                                  if (data132 > 17976931348623157e292 || isNaN(data132)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data132 < -17976931348623157e292 || isNaN(data132)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid38 = _errs252 === errors;
                                                                                            } else {
                                                                                              var valid38 = true;
                                                                                            }
                                                                                            if (valid38) {
                                                                                              if (data129.column !== void 0) {
                                                                                                let data133 = data129.column;
                                                                                                const _errs254 = errors;
                                                                                                if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs254) {
                                                                                                  if (typeof data133 == "number") {
                                                                                                    if (data133 > 17976931348623157e292 || isNaN(data133)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data133 < -17976931348623157e292 || isNaN(data133)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid38 = _errs254 === errors;
                                                                                              } else {
                                                                                                var valid38 = true;
                                                                                              }
                                                                                              if (valid38) {
                                                                                                if (data129.endLine !== void 0) {
                                                                                                  let data134 = data129.endLine;
                                                                                                  const _errs256 = errors;
                                                                                                  if (!(typeof data134 == "number" && (!(data134 % 1) && !isNaN(data134)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs256) {
                                                                                                    if (typeof data134 == "number") {
                                                                                                      if (data134 > 17976931348623157e292 || isNaN(data134)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data134 < -17976931348623157e292 || isNaN(data134)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid38 = _errs256 === errors;
                                                                                                } else {
                                                                                                  var valid38 = true;
                                                                                                }
                                                                                                if (valid38) {
                                                                                                  if (data129.endColumn !== void 0) {
                                                                                                    let data135 = data129.endColumn;
                                                                                                    const _errs258 = errors;
                                                                                                    if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs258) {
                                                                                                      if (typeof data135 == "number") {
                                                                                                        if (data135 > 17976931348623157e292 || isNaN(data135)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data135 < -17976931348623157e292 || isNaN(data135)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid38 = _errs258 === errors;
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
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals/" + i19, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/items/type", keyword: "type", params: { type: "object" } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid37 = _errs246 === errors;
                                                                                  if (!valid37) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/literals", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/literals/type", keyword: "type", params: { type: "array" } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid33 = _errs244 === errors;
                                                                          } else {
                                                                            var valid33 = true;
                                                                          }
                                                                          if (valid33) {
                                                                            if (data112.taskId !== void 0) {
                                                                              const _errs260 = errors;
                                                                              if (typeof data112.taskId !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/taskId", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/taskId/type", keyword: "type", params: { type: "string" } }];
                                                                                return false;
                                                                              }
                                                                              var valid33 = _errs260 === errors;
                                                                            } else {
                                                                              var valid33 = true;
                                                                            }
                                                                            if (valid33) {
                                                                              if (data112.values !== void 0) {
                                                                                let data137 = data112.values;
                                                                                const _errs262 = errors;
                                                                                if (errors === _errs262) {
                                                                                  if (Array.isArray(data137)) {
                                                                                    var valid39 = true;
                                                                                    const len20 = data137.length;
                                                                                    for (let i20 = 0; i20 < len20; i20++) {
                                                                                      let data138 = data137[i20];
                                                                                      const _errs264 = errors;
                                                                                      if (errors === _errs264) {
                                                                                        if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                                                                                          let missing18;
                                                                                          if (data138.name === void 0 && (missing18 = "name") || data138.literal === void 0 && (missing18 = "literal") || data138.line === void 0 && (missing18 = "line") || data138.column === void 0 && (missing18 = "column") || data138.endLine === void 0 && (missing18 = "endLine") || data138.endColumn === void 0 && (missing18 = "endColumn")) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/required", keyword: "required", params: { missingProperty: missing18 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data138.name !== void 0) {
                                                                                              const _errs266 = errors;
                                                                                              if (typeof data138.name !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid40 = _errs266 === errors;
                                                                                            } else {
                                                                                              var valid40 = true;
                                                                                            }
                                                                                            if (valid40) {
                                                                                              if (data138.literal !== void 0) {
                                                                                                let data140 = data138.literal;
                                                                                                const _errs268 = errors;
                                                                                                if (typeof data140 !== "string" && !(typeof data140 == "number") && typeof data140 !== "boolean") {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/type", keyword: "type", params: { type: schema6.properties.inventory.properties.operatorCalls.items.properties.values.items.properties.literal.type } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs268) {
                                                                                                  if (typeof data140 == "number") {
                                                                                                    if (data140 > 17976931348623157e292 || isNaN(data140)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data140 < -17976931348623157e292 || isNaN(data140)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/literal", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/literal/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid40 = _errs268 === errors;
                                                                                              } else {
                                                                                                var valid40 = true;
                                                                                              }
                                                                                              if (valid40) {
                                                                                                if (data138.valueType !== void 0) {
                                                                                                  const _errs270 = errors;
                                                                                                  if ("float" !== data138.valueType) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/valueType", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/valueType/const", keyword: "const", params: { allowedValue: "float" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  var valid40 = _errs270 === errors;
                                                                                                } else {
                                                                                                  var valid40 = true;
                                                                                                }
                                                                                                if (valid40) {
                                                                                                  if (data138.line !== void 0) {
                                                                                                    let data142 = data138.line;
                                                                                                    const _errs271 = errors;
                                                                                                    if (!(typeof data142 == "number" && (!(data142 % 1) && !isNaN(data142)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs271) {
                                                                                                      if (typeof data142 == "number") {
                                                                                                        if (data142 > 17976931348623157e292 || isNaN(data142)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data142 < -17976931348623157e292 || isNaN(data142)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid40 = _errs271 === errors;
                                                                                                  } else {
                                                                                                    var valid40 = true;
                                                                                                  }
                                                                                                  if (valid40) {
                                                                                                    if (data138.column !== void 0) {
                                                                                                      let data143 = data138.column;
                                                                                                      const _errs273 = errors;
                                                                                                      if (!(typeof data143 == "number" && (!(data143 % 1) && !isNaN(data143)))) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      if (errors === _errs273) {
                                                                                                        if (typeof data143 == "number") {
                                                                                                          if (data143 > 17976931348623157e292 || isNaN(data143)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data143 < -17976931348623157e292 || isNaN(data143)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                      var valid40 = _errs273 === errors;
                                                                                                    } else {
                                                                                                      var valid40 = true;
                                                                                                    }
                                                                                                    if (valid40) {
                                                                                                      if (data138.endLine !== void 0) {
                                                                                                        let data144 = data138.endLine;
                                                                                                        const _errs275 = errors;
                                                                                                        if (!(typeof data144 == "number" && (!(data144 % 1) && !isNaN(data144)))) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        if (errors === _errs275) {
                                                                                                          if (typeof data144 == "number") {
                                                                                                            if (data144 > 17976931348623157e292 || isNaN(data144)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                              if (data144 < -17976931348623157e292 || isNaN(data144)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                        var valid40 = _errs275 === errors;
                                                                                                      } else {
                                                                                                        var valid40 = true;
                                                                                                      }
                                                                                                      if (valid40) {
                                                                                                        if (data138.endColumn !== void 0) {
                                                                                                          let data145 = data138.endColumn;
                                                                                                          const _errs277 = errors;
                                                                                                          if (!(typeof data145 == "number" && (!(data145 % 1) && !isNaN(data145)))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          if (errors === _errs277) {
                                                                                                            if (typeof data145 == "number") {
                                                                                                              if (data145 > 17976931348623157e292 || isNaN(data145)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                if (data145 < -17976931348623157e292 || isNaN(data145)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                          var valid40 = _errs277 === errors;
                                                                                                        } else {
                                                                                                          var valid40 = true;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values/" + i20, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/items/type", keyword: "type", params: { type: "object" } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid39 = _errs264 === errors;
                                                                                      if (!valid39) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/values", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/values/type", keyword: "type", params: { type: "array" } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid33 = _errs262 === errors;
                                                                              } else {
                                                                                var valid33 = true;
                                                                              }
                                                                              if (valid33) {
                                                                                if (data112.mapped !== void 0) {
                                                                                  let data146 = data112.mapped;
                                                                                  const _errs279 = errors;
                                                                                  if (!(data146 === "partial" || data146 === "expand")) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/mapped", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/mapped/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.operatorCalls.items.properties.mapped.enum } }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid33 = _errs279 === errors;
                                                                                } else {
                                                                                  var valid33 = true;
                                                                                }
                                                                                if (valid33) {
                                                                                  if (data112.noTaskId !== void 0) {
                                                                                    const _errs280 = errors;
                                                                                    if (true !== data112.noTaskId) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/noTaskId", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/noTaskId/const", keyword: "const", params: { allowedValue: true } }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid33 = _errs280 === errors;
                                                                                  } else {
                                                                                    var valid33 = true;
                                                                                  }
                                                                                  if (valid33) {
                                                                                    if (data112.unmappable !== void 0) {
                                                                                      let data148 = data112.unmappable;
                                                                                      const _errs281 = errors;
                                                                                      if (errors === _errs281) {
                                                                                        if (Array.isArray(data148)) {
                                                                                          var valid41 = true;
                                                                                          const len21 = data148.length;
                                                                                          for (let i21 = 0; i21 < len21; i21++) {
                                                                                            let data149 = data148[i21];
                                                                                            const _errs283 = errors;
                                                                                            if (errors === _errs283) {
                                                                                              if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                                                                let missing19;
                                                                                                if (data149.name === void 0 && (missing19 = "name") || data149.inPartial === void 0 && (missing19 = "inPartial") || data149.line === void 0 && (missing19 = "line") || data149.column === void 0 && (missing19 = "column") || data149.endLine === void 0 && (missing19 = "endLine") || data149.endColumn === void 0 && (missing19 = "endColumn")) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/required", keyword: "required", params: { missingProperty: missing19 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data149.name !== void 0) {
                                                                                                    const _errs285 = errors;
                                                                                                    if (typeof data149.name !== "string") {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/name", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    var valid42 = _errs285 === errors;
                                                                                                  } else {
                                                                                                    var valid42 = true;
                                                                                                  }
                                                                                                  if (valid42) {
                                                                                                    if (data149.inPartial !== void 0) {
                                                                                                      const _errs287 = errors;
                                                                                                      if (typeof data149.inPartial !== "boolean") {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/inPartial", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/inPartial/type", keyword: "type", params: { type: "boolean" } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                      var valid42 = _errs287 === errors;
                                                                                                    } else {
                                                                                                      var valid42 = true;
                                                                                                    }
                                                                                                    if (valid42) {
                                                                                                      if (data149.line !== void 0) {
                                                                                                        let data152 = data149.line;
                                                                                                        const _errs289 = errors;
                                                                                                        if (!(typeof data152 == "number" && (!(data152 % 1) && !isNaN(data152)))) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        if (errors === _errs289) {
                                                                                                          if (typeof data152 == "number") {
                                                                                                            if (data152 > 17976931348623157e292 || isNaN(data152)) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                              return false;
                                                                                                            } else {
                                                                                                              if (data152 < -17976931348623157e292 || isNaN(data152)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                        var valid42 = _errs289 === errors;
                                                                                                      } else {
                                                                                                        var valid42 = true;
                                                                                                      }
                                                                                                      if (valid42) {
                                                                                                        if (data149.column !== void 0) {
                                                                                                          let data153 = data149.column;
                                                                                                          const _errs291 = errors;
                                                                                                          if (!(typeof data153 == "number" && (!(data153 % 1) && !isNaN(data153)))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                          if (errors === _errs291) {
                                                                                                            if (typeof data153 == "number") {
                                                                                                              if (data153 > 17976931348623157e292 || isNaN(data153)) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                return false;
                                                                                                              } else {
                                                                                                                if (data153 < -17976931348623157e292 || isNaN(data153)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                          var valid42 = _errs291 === errors;
                                                                                                        } else {
                                                                                                          var valid42 = true;
                                                                                                        }
                                                                                                        if (valid42) {
                                                                                                          if (data149.endLine !== void 0) {
                                                                                                            let data154 = data149.endLine;
                                                                                                            const _errs293 = errors;
                                                                                                            if (!(typeof data154 == "number" && (!(data154 % 1) && !isNaN(data154)))) {
                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                              return false;
                                                                                                            }
                                                                                                            if (errors === _errs293) {
                                                                                                              if (typeof data154 == "number") {
                                                                                                                if (data154 > 17976931348623157e292 || isNaN(data154)) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                  return false;
                                                                                                                } else {
                                                                                                                  if (data154 < -17976931348623157e292 || isNaN(data154)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                            var valid42 = _errs293 === errors;
                                                                                                          } else {
                                                                                                            var valid42 = true;
                                                                                                          }
                                                                                                          if (valid42) {
                                                                                                            if (data149.endColumn !== void 0) {
                                                                                                              let data155 = data149.endColumn;
                                                                                                              const _errs295 = errors;
                                                                                                              if (!(typeof data155 == "number" && (!(data155 % 1) && !isNaN(data155)))) {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              if (errors === _errs295) {
                                                                                                                if (typeof data155 == "number") {
                                                                                                                  if (data155 > 17976931348623157e292 || isNaN(data155)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                    return false;
                                                                                                                  } else {
                                                                                                                    if (data155 < -17976931348623157e292 || isNaN(data155)) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                              var valid42 = _errs295 === errors;
                                                                                                            } else {
                                                                                                              var valid42 = true;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              } else {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable/" + i21, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/items/type", keyword: "type", params: { type: "object" } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                            var valid41 = _errs283 === errors;
                                                                                            if (!valid41) {
                                                                                              break;
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/unmappable", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/unmappable/type", keyword: "type", params: { type: "array" } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid33 = _errs281 === errors;
                                                                                    } else {
                                                                                      var valid33 = true;
                                                                                    }
                                                                                    if (valid33) {
                                                                                      if (data112.missing !== void 0) {
                                                                                        let data156 = data112.missing;
                                                                                        const _errs297 = errors;
                                                                                        if (errors === _errs297) {
                                                                                          if (Array.isArray(data156)) {
                                                                                            var valid43 = true;
                                                                                            const len22 = data156.length;
                                                                                            for (let i22 = 0; i22 < len22; i22++) {
                                                                                              const _errs299 = errors;
                                                                                              if (typeof data156[i22] !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/missing/" + i22, schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/missing/items/type", keyword: "type", params: { type: "string" } }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid43 = _errs299 === errors;
                                                                                              if (!valid43) {
                                                                                                break;
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/missing", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/missing/type", keyword: "type", params: { type: "array" } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                        var valid33 = _errs297 === errors;
                                                                                      } else {
                                                                                        var valid33 = true;
                                                                                      }
                                                                                      if (valid33) {
                                                                                        if (data112.line !== void 0) {
                                                                                          let data158 = data112.line;
                                                                                          const _errs301 = errors;
                                                                                          if (!(typeof data158 == "number" && (!(data158 % 1) && !isNaN(data158)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs301) {
                                                                                            if (typeof data158 == "number") {
                                                                                              if (data158 > 17976931348623157e292 || isNaN(data158)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                return false;
                                                                                              } else {
                                                                                                if (data158 < -17976931348623157e292 || isNaN(data158)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/line", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid33 = _errs301 === errors;
                                                                                        } else {
                                                                                          var valid33 = true;
                                                                                        }
                                                                                        if (valid33) {
                                                                                          if (data112.column !== void 0) {
                                                                                            let data159 = data112.column;
                                                                                            const _errs303 = errors;
                                                                                            if (!(typeof data159 == "number" && (!(data159 % 1) && !isNaN(data159)))) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs303) {
                                                                                              if (typeof data159 == "number") {
                                                                                                if (data159 > 17976931348623157e292 || isNaN(data159)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data159 < -17976931348623157e292 || isNaN(data159)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/column", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid33 = _errs303 === errors;
                                                                                          } else {
                                                                                            var valid33 = true;
                                                                                          }
                                                                                          if (valid33) {
                                                                                            if (data112.endLine !== void 0) {
                                                                                              let data160 = data112.endLine;
                                                                                              const _errs305 = errors;
                                                                                              if (!(typeof data160 == "number" && (!(data160 % 1) && !isNaN(data160)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs305) {
                                                                                                if (typeof data160 == "number") {
                                                                                                  if (data160 > 17976931348623157e292 || isNaN(data160)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data160 < -17976931348623157e292 || isNaN(data160)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endLine", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid33 = _errs305 === errors;
                                                                                            } else {
                                                                                              var valid33 = true;
                                                                                            }
                                                                                            if (valid33) {
                                                                                              if (data112.endColumn !== void 0) {
                                                                                                let data161 = data112.endColumn;
                                                                                                const _errs307 = errors;
                                                                                                if (!(typeof data161 == "number" && (!(data161 % 1) && !isNaN(data161)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs307) {
                                                                                                  if (typeof data161 == "number") {
                                                                                                    if (data161 > 17976931348623157e292 || isNaN(data161)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data161 < -17976931348623157e292 || isNaN(data161)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17 + "/endColumn", schemaPath: "#/properties/inventory/properties/operatorCalls/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid33 = _errs307 === errors;
                                                                                              } else {
                                                                                                var valid33 = true;
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
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls/" + i17, schemaPath: "#/properties/inventory/properties/operatorCalls/items/type", keyword: "type", params: { type: "object" } }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid32 = _errs214 === errors;
                                                            if (!valid32) {
                                                              break;
                                                            }
                                                          }
                                                        } else {
                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/operatorCalls", schemaPath: "#/properties/inventory/properties/operatorCalls/type", keyword: "type", params: { type: "array" } }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid3 = _errs212 === errors;
                                                    } else {
                                                      var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                      if (data9.triggerRuleMembers !== void 0) {
                                                        let data162 = data9.triggerRuleMembers;
                                                        const _errs309 = errors;
                                                        if (errors === _errs309) {
                                                          if (Array.isArray(data162)) {
                                                            var valid44 = true;
                                                            const len23 = data162.length;
                                                            for (let i23 = 0; i23 < len23; i23++) {
                                                              let data163 = data162[i23];
                                                              const _errs311 = errors;
                                                              if (errors === _errs311) {
                                                                if (data163 && typeof data163 == "object" && !Array.isArray(data163)) {
                                                                  let missing20;
                                                                  if (data163.member === void 0 && (missing20 = "member") || data163.line === void 0 && (missing20 = "line") || data163.column === void 0 && (missing20 = "column") || data163.endLine === void 0 && (missing20 = "endLine") || data163.endColumn === void 0 && (missing20 = "endColumn")) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23, schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/required", keyword: "required", params: { missingProperty: missing20 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data163.member !== void 0) {
                                                                      const _errs313 = errors;
                                                                      if (typeof data163.member !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/member", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/member/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                      }
                                                                      var valid45 = _errs313 === errors;
                                                                    } else {
                                                                      var valid45 = true;
                                                                    }
                                                                    if (valid45) {
                                                                      if (data163.line !== void 0) {
                                                                        let data165 = data163.line;
                                                                        const _errs315 = errors;
                                                                        if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165)))) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                          return false;
                                                                        }
                                                                        if (errors === _errs315) {
                                                                          if (typeof data165 == "number") {
                                                                            if (data165 > 17976931348623157e292 || isNaN(data165)) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                              return false;
                                                                            } else {
                                                                              if (data165 < -17976931348623157e292 || isNaN(data165)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/line", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                        var valid45 = _errs315 === errors;
                                                                      } else {
                                                                        var valid45 = true;
                                                                      }
                                                                      if (valid45) {
                                                                        if (data163.column !== void 0) {
                                                                          let data166 = data163.column;
                                                                          const _errs317 = errors;
                                                                          if (!(typeof data166 == "number" && (!(data166 % 1) && !isNaN(data166)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs317) {
                                                                            if (typeof data166 == "number") {
                                                                              if (data166 > 17976931348623157e292 || isNaN(data166)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data166 < -17976931348623157e292 || isNaN(data166)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/column", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid45 = _errs317 === errors;
                                                                        } else {
                                                                          var valid45 = true;
                                                                        }
                                                                        if (valid45) {
                                                                          if (data163.endLine !== void 0) {
                                                                            let data167 = data163.endLine;
                                                                            const _errs319 = errors;
                                                                            if (!(typeof data167 == "number" && (!(data167 % 1) && !isNaN(data167)))) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                              return false;
                                                                            }
                                                                            if (errors === _errs319) {
                                                                              if (typeof data167 == "number") {
                                                                                if (data167 > 17976931348623157e292 || isNaN(data167)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                  return false;
                                                                                } else {
                                                                                  if (data167 < -17976931348623157e292 || isNaN(data167)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endLine", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                            var valid45 = _errs319 === errors;
                                                                          } else {
                                                                            var valid45 = true;
                                                                          }
                                                                          if (valid45) {
                                                                            if (data163.endColumn !== void 0) {
                                                                              let data168 = data163.endColumn;
                                                                              const _errs321 = errors;
                                                                              if (!(typeof data168 == "number" && (!(data168 % 1) && !isNaN(data168)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs321) {
                                                                                if (typeof data168 == "number") {
                                                                                  if (data168 > 17976931348623157e292 || isNaN(data168)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data168 < -17976931348623157e292 || isNaN(data168)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23 + "/endColumn", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid45 = _errs321 === errors;
                                                                            } else {
                                                                              var valid45 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers/" + i23, schemaPath: "#/properties/inventory/properties/triggerRuleMembers/items/type", keyword: "type", params: { type: "object" } }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid44 = _errs311 === errors;
                                                              if (!valid44) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/triggerRuleMembers", schemaPath: "#/properties/inventory/properties/triggerRuleMembers/type", keyword: "type", params: { type: "array" } }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid3 = _errs309 === errors;
                                                      } else {
                                                        var valid3 = true;
                                                      }
                                                      if (valid3) {
                                                        if (data9.taskGraphs !== void 0) {
                                                          let data169 = data9.taskGraphs;
                                                          const _errs323 = errors;
                                                          if (errors === _errs323) {
                                                            if (Array.isArray(data169)) {
                                                              var valid46 = true;
                                                              const len24 = data169.length;
                                                              for (let i24 = 0; i24 < len24; i24++) {
                                                                let data170 = data169[i24];
                                                                const _errs325 = errors;
                                                                if (errors === _errs325) {
                                                                  if (data170 && typeof data170 == "object" && !Array.isArray(data170)) {
                                                                    let missing21;
                                                                    if (data170.line === void 0 && (missing21 = "line") || data170.tasks === void 0 && (missing21 = "tasks") || data170.edges === void 0 && (missing21 = "edges")) {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24, schemaPath: "#/properties/inventory/properties/taskGraphs/items/required", keyword: "required", params: { missingProperty: missing21 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data170.dagId !== void 0) {
                                                                        const _errs327 = errors;
                                                                        if (typeof data170.dagId !== "string") {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/dagId", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/dagId/type", keyword: "type", params: { type: "string" } }];
                                                                          return false;
                                                                        }
                                                                        var valid47 = _errs327 === errors;
                                                                      } else {
                                                                        var valid47 = true;
                                                                      }
                                                                      if (valid47) {
                                                                        if (data170.line !== void 0) {
                                                                          let data172 = data170.line;
                                                                          const _errs329 = errors;
                                                                          if (!(typeof data172 == "number" && (!(data172 % 1) && !isNaN(data172)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                          }
                                                                          if (errors === _errs329) {
                                                                            if (typeof data172 == "number") {
                                                                              if (data172 > 17976931348623157e292 || isNaN(data172)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                return false;
                                                                              } else {
                                                                                if (data172 < -17976931348623157e292 || isNaN(data172)) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                          var valid47 = _errs329 === errors;
                                                                        } else {
                                                                          var valid47 = true;
                                                                        }
                                                                        if (valid47) {
                                                                          if (data170.failStop !== void 0) {
                                                                            const _errs331 = errors;
                                                                            if (true !== data170.failStop) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/failStop", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/failStop/const", keyword: "const", params: { allowedValue: true } }];
                                                                              return false;
                                                                            }
                                                                            var valid47 = _errs331 === errors;
                                                                          } else {
                                                                            var valid47 = true;
                                                                          }
                                                                          if (valid47) {
                                                                            if (data170.tasks !== void 0) {
                                                                              let data174 = data170.tasks;
                                                                              const _errs332 = errors;
                                                                              if (errors === _errs332) {
                                                                                if (Array.isArray(data174)) {
                                                                                  var valid48 = true;
                                                                                  const len25 = data174.length;
                                                                                  for (let i25 = 0; i25 < len25; i25++) {
                                                                                    let data175 = data174[i25];
                                                                                    const _errs334 = errors;
                                                                                    if (errors === _errs334) {
                                                                                      if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
                                                                                        let missing22;
                                                                                        if (data175.label === void 0 && (missing22 = "label") || data175.line === void 0 && (missing22 = "line") || data175.column === void 0 && (missing22 = "column") || data175.endLine === void 0 && (missing22 = "endLine") || data175.endColumn === void 0 && (missing22 = "endColumn")) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/required", keyword: "required", params: { missingProperty: missing22 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data175.label !== void 0) {
                                                                                            const _errs336 = errors;
                                                                                            if (typeof data175.label !== "string") {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/label", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/label/type", keyword: "type", params: { type: "string" } }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid49 = _errs336 === errors;
                                                                                          } else {
                                                                                            var valid49 = true;
                                                                                          }
                                                                                          if (valid49) {
                                                                                            if (data175.line !== void 0) {
                                                                                              let data177 = data175.line;
                                                                                              const _errs338 = errors;
                                                                                              if (!(typeof data177 == "number" && (!(data177 % 1) && !isNaN(data177)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs338) {
                                                                                                if (typeof data177 == "number") {
                                                                                                  if (data177 > 17976931348623157e292 || isNaN(data177)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data177 < -17976931348623157e292 || isNaN(data177)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid49 = _errs338 === errors;
                                                                                            } else {
                                                                                              var valid49 = true;
                                                                                            }
                                                                                            if (valid49) {
                                                                                              if (data175.column !== void 0) {
                                                                                                let data178 = data175.column;
                                                                                                const _errs340 = errors;
                                                                                                if (!(typeof data178 == "number" && (!(data178 % 1) && !isNaN(data178)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs340) {
                                                                                                  if (typeof data178 == "number") {
                                                                                                    if (data178 > 17976931348623157e292 || isNaN(data178)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data178 < -17976931348623157e292 || isNaN(data178)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid49 = _errs340 === errors;
                                                                                              } else {
                                                                                                var valid49 = true;
                                                                                              }
                                                                                              if (valid49) {
                                                                                                if (data175.endLine !== void 0) {
                                                                                                  let data179 = data175.endLine;
                                                                                                  const _errs342 = errors;
                                                                                                  if (!(typeof data179 == "number" && (!(data179 % 1) && !isNaN(data179)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs342) {
                                                                                                    if (typeof data179 == "number") {
                                                                                                      if (data179 > 17976931348623157e292 || isNaN(data179)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data179 < -17976931348623157e292 || isNaN(data179)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid49 = _errs342 === errors;
                                                                                                } else {
                                                                                                  var valid49 = true;
                                                                                                }
                                                                                                if (valid49) {
                                                                                                  if (data175.endColumn !== void 0) {
                                                                                                    let data180 = data175.endColumn;
                                                                                                    const _errs344 = errors;
                                                                                                    if (!(typeof data180 == "number" && (!(data180 % 1) && !isNaN(data180)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs344) {
                                                                                                      if (typeof data180 == "number") {
                                                                                                        if (data180 > 17976931348623157e292 || isNaN(data180)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data180 < -17976931348623157e292 || isNaN(data180)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid49 = _errs344 === errors;
                                                                                                  } else {
                                                                                                    var valid49 = true;
                                                                                                  }
                                                                                                  if (valid49) {
                                                                                                    if (data175.triggerRule !== void 0) {
                                                                                                      let data181 = data175.triggerRule;
                                                                                                      const _errs346 = errors;
                                                                                                      if (errors === _errs346) {
                                                                                                        if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
                                                                                                          let missing23;
                                                                                                          if (data181.value === void 0 && (missing23 = "value") || data181.line === void 0 && (missing23 = "line") || data181.column === void 0 && (missing23 = "column") || data181.endLine === void 0 && (missing23 = "endLine") || data181.endColumn === void 0 && (missing23 = "endColumn")) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/required", keyword: "required", params: { missingProperty: missing23 } }];
                                                                                                            return false;
                                                                                                          } else {
                                                                                                            if (data181.value !== void 0) {
                                                                                                              const _errs348 = errors;
                                                                                                              if (typeof data181.value !== "string") {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/value", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/value/type", keyword: "type", params: { type: "string" } }];
                                                                                                                return false;
                                                                                                              }
                                                                                                              var valid50 = _errs348 === errors;
                                                                                                            } else {
                                                                                                              var valid50 = true;
                                                                                                            }
                                                                                                            if (valid50) {
                                                                                                              if (data181.line !== void 0) {
                                                                                                                let data183 = data181.line;
                                                                                                                const _errs350 = errors;
                                                                                                                if (!(typeof data183 == "number" && (!(data183 % 1) && !isNaN(data183)))) {
                                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                  return false;
                                                                                                                }
                                                                                                                if (errors === _errs350) {
                                                                                                                  if (typeof data183 == "number") {
                                                                                                                    if (data183 > 17976931348623157e292 || isNaN(data183)) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                      return false;
                                                                                                                    } else {
                                                                                                                      if (data183 < -17976931348623157e292 || isNaN(data183)) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                                var valid50 = _errs350 === errors;
                                                                                                              } else {
                                                                                                                var valid50 = true;
                                                                                                              }
                                                                                                              if (valid50) {
                                                                                                                if (data181.column !== void 0) {
                                                                                                                  let data184 = data181.column;
                                                                                                                  const _errs352 = errors;
                                                                                                                  if (!(typeof data184 == "number" && (!(data184 % 1) && !isNaN(data184)))) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                    return false;
                                                                                                                  }
                                                                                                                  if (errors === _errs352) {
                                                                                                                    if (typeof data184 == "number") {
                                                                                                                      if (data184 > 17976931348623157e292 || isNaN(data184)) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                        return false;
                                                                                                                      } else {
                                                                                                                        if (data184 < -17976931348623157e292 || isNaN(data184)) {
                                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                          return false;
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                  }
                                                                                                                  var valid50 = _errs352 === errors;
                                                                                                                } else {
                                                                                                                  var valid50 = true;
                                                                                                                }
                                                                                                                if (valid50) {
                                                                                                                  if (data181.endLine !== void 0) {
                                                                                                                    let data185 = data181.endLine;
                                                                                                                    const _errs354 = errors;
                                                                                                                    if (!(typeof data185 == "number" && (!(data185 % 1) && !isNaN(data185)))) {
                                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                      return false;
                                                                                                                    }
                                                                                                                    if (errors === _errs354) {
                                                                                                                      if (typeof data185 == "number") {
                                                                                                                        if (data185 > 17976931348623157e292 || isNaN(data185)) {
                                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                          return false;
                                                                                                                        } else {
                                                                                                                          if (data185 < -17976931348623157e292 || isNaN(data185)) {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endLine", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                            return false;
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                    }
                                                                                                                    var valid50 = _errs354 === errors;
                                                                                                                  } else {
                                                                                                                    var valid50 = true;
                                                                                                                  }
                                                                                                                  if (valid50) {
                                                                                                                    if (data181.endColumn !== void 0) {
                                                                                                                      let data186 = data181.endColumn;
                                                                                                                      const _errs356 = errors;
                                                                                                                      if (!(typeof data186 == "number" && (!(data186 % 1) && !isNaN(data186)))) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                        return false;
                                                                                                                      }
                                                                                                                      if (errors === _errs356) {
                                                                                                                        if (typeof data186 == "number") {
                                                                                                                          if (data186 > 17976931348623157e292 || isNaN(data186)) {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                                            return false;
                                                                                                                          } else {
                                                                                                                            if (data186 < -17976931348623157e292 || isNaN(data186)) {
                                                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule/endColumn", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                                              return false;
                                                                                                                            }
                                                                                                                          }
                                                                                                                        }
                                                                                                                      }
                                                                                                                      var valid50 = _errs356 === errors;
                                                                                                                    } else {
                                                                                                                      var valid50 = true;
                                                                                                                    }
                                                                                                                  }
                                                                                                                }
                                                                                                              }
                                                                                                            }
                                                                                                          }
                                                                                                        } else {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/triggerRule", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/triggerRule/type", keyword: "type", params: { type: "object" } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                      var valid49 = _errs346 === errors;
                                                                                                    } else {
                                                                                                      var valid49 = true;
                                                                                                    }
                                                                                                    if (valid49) {
                                                                                                      if (data175.defaulted !== void 0) {
                                                                                                        const _errs358 = errors;
                                                                                                        if (true !== data175.defaulted) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25 + "/defaulted", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/properties/defaulted/const", keyword: "const", params: { allowedValue: true } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                        var valid49 = _errs358 === errors;
                                                                                                      } else {
                                                                                                        var valid49 = true;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      } else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks/" + i25, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/items/type", keyword: "type", params: { type: "object" } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                    var valid48 = _errs334 === errors;
                                                                                    if (!valid48) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/tasks", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/tasks/type", keyword: "type", params: { type: "array" } }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid47 = _errs332 === errors;
                                                                            } else {
                                                                              var valid47 = true;
                                                                            }
                                                                            if (valid47) {
                                                                              if (data170.edges !== void 0) {
                                                                                let data188 = data170.edges;
                                                                                const _errs359 = errors;
                                                                                if (errors === _errs359) {
                                                                                  if (Array.isArray(data188)) {
                                                                                    var valid51 = true;
                                                                                    const len26 = data188.length;
                                                                                    for (let i26 = 0; i26 < len26; i26++) {
                                                                                      let data189 = data188[i26];
                                                                                      const _errs361 = errors;
                                                                                      if (errors === _errs361) {
                                                                                        if (data189 && typeof data189 == "object" && !Array.isArray(data189)) {
                                                                                          let missing24;
                                                                                          if (data189.from === void 0 && (missing24 = "from") || data189.to === void 0 && (missing24 = "to") || data189.line === void 0 && (missing24 = "line") || data189.column === void 0 && (missing24 = "column")) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/required", keyword: "required", params: { missingProperty: missing24 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data189.from !== void 0) {
                                                                                              let data190 = data189.from;
                                                                                              const _errs363 = errors;
                                                                                              if (!(typeof data190 == "number" && (!(data190 % 1) && !isNaN(data190)))) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/type", keyword: "type", params: { type: "integer" } }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs363) {
                                                                                                if (typeof data190 == "number") {
                                                                                                  if (data190 > 17976931348623157e292 || isNaN(data190)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  } else {
                                                                                                    if (data190 < -17976931348623157e292 || isNaN(data190)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/from", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/from/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid52 = _errs363 === errors;
                                                                                            } else {
                                                                                              var valid52 = true;
                                                                                            }
                                                                                            if (valid52) {
                                                                                              if (data189.to !== void 0) {
                                                                                                let data191 = data189.to;
                                                                                                const _errs365 = errors;
                                                                                                if (!(typeof data191 == "number" && (!(data191 % 1) && !isNaN(data191)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs365) {
                                                                                                  if (typeof data191 == "number") {
                                                                                                    if (data191 > 17976931348623157e292 || isNaN(data191)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data191 < -17976931348623157e292 || isNaN(data191)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/to", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/to/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid52 = _errs365 === errors;
                                                                                              } else {
                                                                                                var valid52 = true;
                                                                                              }
                                                                                              if (valid52) {
                                                                                                if (data189.line !== void 0) {
                                                                                                  let data192 = data189.line;
                                                                                                  const _errs367 = errors;
                                                                                                  if (!(typeof data192 == "number" && (!(data192 % 1) && !isNaN(data192)))) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                  if (errors === _errs367) {
                                                                                                    if (typeof data192 == "number") {
                                                                                                      if (data192 > 17976931348623157e292 || isNaN(data192)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      } else {
                                                                                                        if (data192 < -17976931348623157e292 || isNaN(data192)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/line", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                  var valid52 = _errs367 === errors;
                                                                                                } else {
                                                                                                  var valid52 = true;
                                                                                                }
                                                                                                if (valid52) {
                                                                                                  if (data189.column !== void 0) {
                                                                                                    let data193 = data189.column;
                                                                                                    const _errs369 = errors;
                                                                                                    if (!(typeof data193 == "number" && (!(data193 % 1) && !isNaN(data193)))) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                                      return false;
                                                                                                    }
                                                                                                    if (errors === _errs369) {
                                                                                                      if (typeof data193 == "number") {
                                                                                                        if (data193 > 17976931348623157e292 || isNaN(data193)) {
                                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data193 < -17976931348623157e292 || isNaN(data193)) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26 + "/column", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                            return false;
                                                                                                          }
                                                                                                        }
                                                                                                      }
                                                                                                    }
                                                                                                    var valid52 = _errs369 === errors;
                                                                                                  } else {
                                                                                                    var valid52 = true;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        } else {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges/" + i26, schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/items/type", keyword: "type", params: { type: "object" } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                      var valid51 = _errs361 === errors;
                                                                                      if (!valid51) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24 + "/edges", schemaPath: "#/properties/inventory/properties/taskGraphs/items/properties/edges/type", keyword: "type", params: { type: "array" } }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid47 = _errs359 === errors;
                                                                              } else {
                                                                                var valid47 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs/" + i24, schemaPath: "#/properties/inventory/properties/taskGraphs/items/type", keyword: "type", params: { type: "object" } }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid46 = _errs325 === errors;
                                                                if (!valid46) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskGraphs", schemaPath: "#/properties/inventory/properties/taskGraphs/type", keyword: "type", params: { type: "array" } }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid3 = _errs323 === errors;
                                                        } else {
                                                          var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                          if (data9.teardownRules !== void 0) {
                                                            let data194 = data9.teardownRules;
                                                            const _errs371 = errors;
                                                            if (errors === _errs371) {
                                                              if (Array.isArray(data194)) {
                                                                var valid53 = true;
                                                                const len27 = data194.length;
                                                                for (let i27 = 0; i27 < len27; i27++) {
                                                                  let data195 = data194[i27];
                                                                  const _errs373 = errors;
                                                                  if (errors === _errs373) {
                                                                    if (data195 && typeof data195 == "object" && !Array.isArray(data195)) {
                                                                      let missing25;
                                                                      if (data195.function === void 0 && (missing25 = "function") || data195.problem === void 0 && (missing25 = "problem") || data195.line === void 0 && (missing25 = "line") || data195.column === void 0 && (missing25 = "column") || data195.endLine === void 0 && (missing25 = "endLine") || data195.endColumn === void 0 && (missing25 = "endColumn")) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27, schemaPath: "#/properties/inventory/properties/teardownRules/items/required", keyword: "required", params: { missingProperty: missing25 } }];
                                                                        return false;
                                                                      } else {
                                                                        if (data195.function !== void 0) {
                                                                          const _errs375 = errors;
                                                                          if (typeof data195.function !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/function", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/function/type", keyword: "type", params: { type: "string" } }];
                                                                            return false;
                                                                          }
                                                                          var valid54 = _errs375 === errors;
                                                                        } else {
                                                                          var valid54 = true;
                                                                        }
                                                                        if (valid54) {
                                                                          if (data195.problem !== void 0) {
                                                                            let data197 = data195.problem;
                                                                            const _errs377 = errors;
                                                                            if (!(data197 === "decorator" || data197 === "override" || data197 === "reused" || data197 === "setup-call")) {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/problem", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/problem/enum", keyword: "enum", params: { allowedValues: schema6.properties.inventory.properties.teardownRules.items.properties.problem.enum } }];
                                                                              return false;
                                                                            }
                                                                            var valid54 = _errs377 === errors;
                                                                          } else {
                                                                            var valid54 = true;
                                                                          }
                                                                          if (valid54) {
                                                                            if (data195.keyword !== void 0) {
                                                                              const _errs378 = errors;
                                                                              if (typeof data195.keyword !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/keyword", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/keyword/type", keyword: "type", params: { type: "string" } }];
                                                                                return false;
                                                                              }
                                                                              var valid54 = _errs378 === errors;
                                                                            } else {
                                                                              var valid54 = true;
                                                                            }
                                                                            if (valid54) {
                                                                              if (data195.firstLine !== void 0) {
                                                                                let data199 = data195.firstLine;
                                                                                const _errs380 = errors;
                                                                                if (!(typeof data199 == "number" && (!(data199 % 1) && !isNaN(data199)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs380) {
                                                                                  if (typeof data199 == "number") {
                                                                                    if (data199 > 17976931348623157e292 || isNaN(data199)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data199 < -17976931348623157e292 || isNaN(data199)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/firstLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/firstLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid54 = _errs380 === errors;
                                                                              } else {
                                                                                var valid54 = true;
                                                                              }
                                                                              if (valid54) {
                                                                                if (data195.line !== void 0) {
                                                                                  let data200 = data195.line;
                                                                                  const _errs382 = errors;
                                                                                  if (!(typeof data200 == "number" && (!(data200 % 1) && !isNaN(data200)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs382) {
                                                                                    if (typeof data200 == "number") {
                                                                                      if (data200 > 17976931348623157e292 || isNaN(data200)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data200 < -17976931348623157e292 || isNaN(data200)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/line", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid54 = _errs382 === errors;
                                                                                } else {
                                                                                  var valid54 = true;
                                                                                }
                                                                                if (valid54) {
                                                                                  if (data195.column !== void 0) {
                                                                                    let data201 = data195.column;
                                                                                    const _errs384 = errors;
                                                                                    if (!(typeof data201 == "number" && (!(data201 % 1) && !isNaN(data201)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs384) {
                                                                                      if (typeof data201 == "number") {
                                                                                        if (data201 > 17976931348623157e292 || isNaN(data201)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data201 < -17976931348623157e292 || isNaN(data201)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/column", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid54 = _errs384 === errors;
                                                                                  } else {
                                                                                    var valid54 = true;
                                                                                  }
                                                                                  if (valid54) {
                                                                                    if (data195.endLine !== void 0) {
                                                                                      let data202 = data195.endLine;
                                                                                      const _errs386 = errors;
                                                                                      if (!(typeof data202 == "number" && (!(data202 % 1) && !isNaN(data202)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs386) {
                                                                                        if (typeof data202 == "number") {
                                                                                          if (data202 > 17976931348623157e292 || isNaN(data202)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                            return false;
                                                                                          } else {
                                                                                            if (data202 < -17976931348623157e292 || isNaN(data202)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endLine", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid54 = _errs386 === errors;
                                                                                    } else {
                                                                                      var valid54 = true;
                                                                                    }
                                                                                    if (valid54) {
                                                                                      if (data195.endColumn !== void 0) {
                                                                                        let data203 = data195.endColumn;
                                                                                        const _errs388 = errors;
                                                                                        if (!(typeof data203 == "number" && (!(data203 % 1) && !isNaN(data203)))) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs388) {
                                                                                          if (typeof data203 == "number") {
                                                                                            if (data203 > 17976931348623157e292 || isNaN(data203)) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                              return false;
                                                                                            } else {
                                                                                              if (data203 < -17976931348623157e292 || isNaN(data203)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27 + "/endColumn", schemaPath: "#/properties/inventory/properties/teardownRules/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid54 = _errs388 === errors;
                                                                                      } else {
                                                                                        var valid54 = true;
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
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules/" + i27, schemaPath: "#/properties/inventory/properties/teardownRules/items/type", keyword: "type", params: { type: "object" } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid53 = _errs373 === errors;
                                                                  if (!valid53) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/teardownRules", schemaPath: "#/properties/inventory/properties/teardownRules/type", keyword: "type", params: { type: "array" } }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid3 = _errs371 === errors;
                                                          } else {
                                                            var valid3 = true;
                                                          }
                                                          if (valid3) {
                                                            if (data9.taskIds !== void 0) {
                                                              let data204 = data9.taskIds;
                                                              const _errs390 = errors;
                                                              if (errors === _errs390) {
                                                                if (Array.isArray(data204)) {
                                                                  var valid55 = true;
                                                                  const len28 = data204.length;
                                                                  for (let i28 = 0; i28 < len28; i28++) {
                                                                    let data205 = data204[i28];
                                                                    const _errs392 = errors;
                                                                    if (errors === _errs392) {
                                                                      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                                                        let missing26;
                                                                        if (data205.id === void 0 && (missing26 = "id") || data205.line === void 0 && (missing26 = "line") || data205.column === void 0 && (missing26 = "column") || data205.endLine === void 0 && (missing26 = "endLine") || data205.endColumn === void 0 && (missing26 = "endColumn")) {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28, schemaPath: "#/properties/inventory/properties/taskIds/items/required", keyword: "required", params: { missingProperty: missing26 } }];
                                                                          return false;
                                                                        } else {
                                                                          if (data205.id !== void 0) {
                                                                            const _errs394 = errors;
                                                                            if (typeof data205.id !== "string") {
                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/id", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/id/type", keyword: "type", params: { type: "string" } }];
                                                                              return false;
                                                                            }
                                                                            var valid56 = _errs394 === errors;
                                                                          } else {
                                                                            var valid56 = true;
                                                                          }
                                                                          if (valid56) {
                                                                            if (data205.line !== void 0) {
                                                                              let data207 = data205.line;
                                                                              const _errs396 = errors;
                                                                              if (!(typeof data207 == "number" && (!(data207 % 1) && !isNaN(data207)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs396) {
                                                                                if (typeof data207 == "number") {
                                                                                  if (data207 > 17976931348623157e292 || isNaN(data207)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                    return false;
                                                                                  } else {
                                                                                    if (data207 < -17976931348623157e292 || isNaN(data207)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/line", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid56 = _errs396 === errors;
                                                                            } else {
                                                                              var valid56 = true;
                                                                            }
                                                                            if (valid56) {
                                                                              if (data205.column !== void 0) {
                                                                                let data208 = data205.column;
                                                                                const _errs398 = errors;
                                                                                if (!(typeof data208 == "number" && (!(data208 % 1) && !isNaN(data208)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs398) {
                                                                                  if (typeof data208 == "number") {
                                                                                    if (data208 > 17976931348623157e292 || isNaN(data208)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data208 < -17976931348623157e292 || isNaN(data208)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/column", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid56 = _errs398 === errors;
                                                                              } else {
                                                                                var valid56 = true;
                                                                              }
                                                                              if (valid56) {
                                                                                if (data205.endLine !== void 0) {
                                                                                  let data209 = data205.endLine;
                                                                                  const _errs400 = errors;
                                                                                  if (!(typeof data209 == "number" && (!(data209 % 1) && !isNaN(data209)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs400) {
                                                                                    if (typeof data209 == "number") {
                                                                                      if (data209 > 17976931348623157e292 || isNaN(data209)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data209 < -17976931348623157e292 || isNaN(data209)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endLine", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid56 = _errs400 === errors;
                                                                                } else {
                                                                                  var valid56 = true;
                                                                                }
                                                                                if (valid56) {
                                                                                  if (data205.endColumn !== void 0) {
                                                                                    let data210 = data205.endColumn;
                                                                                    const _errs402 = errors;
                                                                                    if (!(typeof data210 == "number" && (!(data210 % 1) && !isNaN(data210)))) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs402) {
                                                                                      if (typeof data210 == "number") {
                                                                                        if (data210 > 17976931348623157e292 || isNaN(data210)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                          return false;
                                                                                        } else {
                                                                                          if (data210 < -17976931348623157e292 || isNaN(data210)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/endColumn", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid56 = _errs402 === errors;
                                                                                  } else {
                                                                                    var valid56 = true;
                                                                                  }
                                                                                  if (valid56) {
                                                                                    if (data205.group !== void 0) {
                                                                                      const _errs404 = errors;
                                                                                      if (true !== data205.group) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/group", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/group/const", keyword: "const", params: { allowedValue: true } }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid56 = _errs404 === errors;
                                                                                    } else {
                                                                                      var valid56 = true;
                                                                                    }
                                                                                    if (valid56) {
                                                                                      if (data205.unprefixed !== void 0) {
                                                                                        const _errs405 = errors;
                                                                                        if (true !== data205.unprefixed) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/unprefixed", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/unprefixed/const", keyword: "const", params: { allowedValue: true } }];
                                                                                          return false;
                                                                                        }
                                                                                        var valid56 = _errs405 === errors;
                                                                                      } else {
                                                                                        var valid56 = true;
                                                                                      }
                                                                                      if (valid56) {
                                                                                        if (data205.key !== void 0) {
                                                                                          const _errs406 = errors;
                                                                                          if (typeof data205.key !== "string") {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/key", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/key/type", keyword: "type", params: { type: "string" } }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid56 = _errs406 === errors;
                                                                                        } else {
                                                                                          var valid56 = true;
                                                                                        }
                                                                                        if (valid56) {
                                                                                          if (data205.duplicateOf !== void 0) {
                                                                                            let data214 = data205.duplicateOf;
                                                                                            const _errs408 = errors;
                                                                                            if (!(typeof data214 == "number" && (!(data214 % 1) && !isNaN(data214)))) {
                                                                                              validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/type", keyword: "type", params: { type: "integer" } }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs408) {
                                                                                              if (typeof data214 == "number") {
                                                                                                if (data214 > 17976931348623157e292 || isNaN(data214)) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                  return false;
                                                                                                } else {
                                                                                                  if (data214 < -17976931348623157e292 || isNaN(data214)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/duplicateOf", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOf/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid56 = _errs408 === errors;
                                                                                          } else {
                                                                                            var valid56 = true;
                                                                                          }
                                                                                          if (valid56) {
                                                                                            if (data205.duplicateOfGroup !== void 0) {
                                                                                              const _errs410 = errors;
                                                                                              if (true !== data205.duplicateOfGroup) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/duplicateOfGroup", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/duplicateOfGroup/const", keyword: "const", params: { allowedValue: true } }];
                                                                                                return false;
                                                                                              }
                                                                                              var valid56 = _errs410 === errors;
                                                                                            } else {
                                                                                              var valid56 = true;
                                                                                            }
                                                                                            if (valid56) {
                                                                                              if (data205.repeatedInLoop !== void 0) {
                                                                                                let data216 = data205.repeatedInLoop;
                                                                                                const _errs411 = errors;
                                                                                                if (!(typeof data216 == "number" && (!(data216 % 1) && !isNaN(data216)))) {
                                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/type", keyword: "type", params: { type: "integer" } }];
                                                                                                  return false;
                                                                                                }
                                                                                                if (errors === _errs411) {
                                                                                                  if (typeof data216 == "number") {
                                                                                                    if (data216 > 17976931348623157e292 || isNaN(data216)) {
                                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                                      return false;
                                                                                                    } else {
                                                                                                      if (data216 < -17976931348623157e292 || isNaN(data216)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28 + "/repeatedInLoop", schemaPath: "#/properties/inventory/properties/taskIds/items/properties/repeatedInLoop/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                  }
                                                                                                }
                                                                                                var valid56 = _errs411 === errors;
                                                                                              } else {
                                                                                                var valid56 = true;
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
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds/" + i28, schemaPath: "#/properties/inventory/properties/taskIds/items/type", keyword: "type", params: { type: "object" } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid55 = _errs392 === errors;
                                                                    if (!valid55) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/taskIds", schemaPath: "#/properties/inventory/properties/taskIds/type", keyword: "type", params: { type: "array" } }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid3 = _errs390 === errors;
                                                            } else {
                                                              var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                              if (data9.airflowAttributes !== void 0) {
                                                                let data217 = data9.airflowAttributes;
                                                                const _errs413 = errors;
                                                                if (errors === _errs413) {
                                                                  if (Array.isArray(data217)) {
                                                                    var valid57 = true;
                                                                    const len29 = data217.length;
                                                                    for (let i29 = 0; i29 < len29; i29++) {
                                                                      let data218 = data217[i29];
                                                                      const _errs415 = errors;
                                                                      if (errors === _errs415) {
                                                                        if (data218 && typeof data218 == "object" && !Array.isArray(data218)) {
                                                                          let missing27;
                                                                          if (data218.path === void 0 && (missing27 = "path") || data218.line === void 0 && (missing27 = "line") || data218.column === void 0 && (missing27 = "column")) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29, schemaPath: "#/properties/inventory/properties/airflowAttributes/items/required", keyword: "required", params: { missingProperty: missing27 } }];
                                                                            return false;
                                                                          } else {
                                                                            if (data218.path !== void 0) {
                                                                              const _errs417 = errors;
                                                                              if (typeof data218.path !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/path", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/path/type", keyword: "type", params: { type: "string" } }];
                                                                                return false;
                                                                              }
                                                                              var valid58 = _errs417 === errors;
                                                                            } else {
                                                                              var valid58 = true;
                                                                            }
                                                                            if (valid58) {
                                                                              if (data218.line !== void 0) {
                                                                                let data220 = data218.line;
                                                                                const _errs419 = errors;
                                                                                if (!(typeof data220 == "number" && (!(data220 % 1) && !isNaN(data220)))) {
                                                                                  validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                                                  return false;
                                                                                }
                                                                                if (errors === _errs419) {
                                                                                  if (typeof data220 == "number") {
                                                                                    if (data220 > 17976931348623157e292 || isNaN(data220)) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (data220 < -17976931348623157e292 || isNaN(data220)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/line", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid58 = _errs419 === errors;
                                                                              } else {
                                                                                var valid58 = true;
                                                                              }
                                                                              if (valid58) {
                                                                                if (data218.column !== void 0) {
                                                                                  let data221 = data218.column;
                                                                                  const _errs421 = errors;
                                                                                  if (!(typeof data221 == "number" && (!(data221 % 1) && !isNaN(data221)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                  }
                                                                                  if (errors === _errs421) {
                                                                                    if (typeof data221 == "number") {
                                                                                      if (data221 > 17976931348623157e292 || isNaN(data221)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                                        return false;
                                                                                      } else {
                                                                                        if (data221 < -17976931348623157e292 || isNaN(data221)) {
                                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/column", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                  var valid58 = _errs421 === errors;
                                                                                } else {
                                                                                  var valid58 = true;
                                                                                }
                                                                                if (valid58) {
                                                                                  if (data218.tried !== void 0) {
                                                                                    const _errs423 = errors;
                                                                                    if (true !== data218.tried) {
                                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29 + "/tried", schemaPath: "#/properties/inventory/properties/airflowAttributes/items/properties/tried/const", keyword: "const", params: { allowedValue: true } }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid58 = _errs423 === errors;
                                                                                  } else {
                                                                                    var valid58 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes/" + i29, schemaPath: "#/properties/inventory/properties/airflowAttributes/items/type", keyword: "type", params: { type: "object" } }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid57 = _errs415 === errors;
                                                                      if (!valid57) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/inventory/airflowAttributes", schemaPath: "#/properties/inventory/properties/airflowAttributes/type", keyword: "type", params: { type: "array" } }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid3 = _errs413 === errors;
                                                              } else {
                                                                var valid3 = true;
                                                              }
                                                              if (valid3) {
                                                                if (data9.factoryCalls !== void 0) {
                                                                  let data223 = data9.factoryCalls;
                                                                  const _errs424 = errors;
                                                                  if (errors === _errs424) {
                                                                    if (Array.isArray(data223)) {
                                                                      var valid59 = true;
                                                                      const len30 = data223.length;
                                                                      for (let i30 = 0; i30 < len30; i30++) {
                                                                        const _errs426 = errors;
                                                                        if (!validate33(data223[i30], { instancePath: instancePath + "/inventory/factoryCalls/" + i30, parentData: data223, parentDataProperty: i30, rootData })) {
                                                                          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                                                          errors = vErrors.length;
                                                                        }
                                                                        var valid59 = _errs426 === errors;
                                                                        if (!valid59) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate21.errors = [{ instancePath: instancePath + "/inventory/factoryCalls", schemaPath: "#/properties/inventory/properties/factoryCalls/type", keyword: "type", params: { type: "array" } }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid3 = _errs424 === errors;
                                                                } else {
                                                                  var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                  if (data9.factories !== void 0) {
                                                                    let data225 = data9.factories;
                                                                    const _errs427 = errors;
                                                                    if (errors === _errs427) {
                                                                      if (Array.isArray(data225)) {
                                                                        var valid60 = true;
                                                                        const len31 = data225.length;
                                                                        for (let i31 = 0; i31 < len31; i31++) {
                                                                          const _errs429 = errors;
                                                                          if (!validate35(data225[i31], { instancePath: instancePath + "/inventory/factories/" + i31, parentData: data225, parentDataProperty: i31, rootData })) {
                                                                            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                                                            errors = vErrors.length;
                                                                          }
                                                                          var valid60 = _errs429 === errors;
                                                                          if (!valid60) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/inventory/factories", schemaPath: "#/properties/inventory/properties/factories/type", keyword: "type", params: { type: "array" } }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid3 = _errs427 === errors;
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
              let data227 = data.unreadable;
              const _errs430 = errors;
              if (errors === _errs430) {
                if (data227 && typeof data227 == "object" && !Array.isArray(data227)) {
                  let missing28;
                  if (data227.line === void 0 && (missing28 = "line") || data227.column === void 0 && (missing28 = "column") || data227.message === void 0 && (missing28 = "message") || data227.fix === void 0 && (missing28 = "fix")) {
                    validate21.errors = [{ instancePath: instancePath + "/unreadable", schemaPath: "#/properties/unreadable/required", keyword: "required", params: { missingProperty: missing28 } }];
                    return false;
                  } else {
                    if (data227.line !== void 0) {
                      let data228 = data227.line;
                      const _errs432 = errors;
                      if (!(typeof data228 == "number" && (!(data228 % 1) && !isNaN(data228)))) {
                        validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/type", keyword: "type", params: { type: "integer" } }];
                        return false;
                      }
                      if (errors === _errs432) {
                        if (typeof data228 == "number") {
                          if (data228 > 17976931348623157e292 || isNaN(data228)) {
                            validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                            return false;
                          } else {
                            if (data228 < -17976931348623157e292 || isNaN(data228)) {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/line", schemaPath: "#/properties/unreadable/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                              return false;
                            }
                          }
                        }
                      }
                      var valid61 = _errs432 === errors;
                    } else {
                      var valid61 = true;
                    }
                    if (valid61) {
                      if (data227.column !== void 0) {
                        let data229 = data227.column;
                        const _errs434 = errors;
                        if (!(typeof data229 == "number" && (!(data229 % 1) && !isNaN(data229)))) {
                          validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/type", keyword: "type", params: { type: "integer" } }];
                          return false;
                        }
                        if (errors === _errs434) {
                          if (typeof data229 == "number") {
                            if (data229 > 17976931348623157e292 || isNaN(data229)) {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                              return false;
                            } else {
                              if (data229 < -17976931348623157e292 || isNaN(data229)) {
                                validate21.errors = [{ instancePath: instancePath + "/unreadable/column", schemaPath: "#/properties/unreadable/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
                                return false;
                              }
                            }
                          }
                        }
                        var valid61 = _errs434 === errors;
                      } else {
                        var valid61 = true;
                      }
                      if (valid61) {
                        if (data227.message !== void 0) {
                          const _errs436 = errors;
                          if (typeof data227.message !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/unreadable/message", schemaPath: "#/properties/unreadable/properties/message/type", keyword: "type", params: { type: "string" } }];
                            return false;
                          }
                          var valid61 = _errs436 === errors;
                        } else {
                          var valid61 = true;
                        }
                        if (valid61) {
                          if (data227.fix !== void 0) {
                            const _errs438 = errors;
                            if (typeof data227.fix !== "string") {
                              validate21.errors = [{ instancePath: instancePath + "/unreadable/fix", schemaPath: "#/properties/unreadable/properties/fix/type", keyword: "type", params: { type: "string" } }];
                              return false;
                            }
                            var valid61 = _errs438 === errors;
                          } else {
                            var valid61 = true;
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
              var valid0 = _errs430 === errors;
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
var validateJudgedRecord = validate37;
var schema14 = { "type": "object", "required": ["findings", "dags", "suppressions"], "properties": { "findings": { "type": "array", "items": { "type": "object", "required": ["checkId", "severity", "message", "file", "line"], "properties": { "checkId": { "type": "string" }, "severity": { "enum": ["error", "warning", "notice"] }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endLine": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "column": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "endColumn": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "dagId": { "type": "string" }, "fix": { "type": "string" } } } }, "dags": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/dagInfo" } }, "suppressions": { "$ref": "analysis-record-shapes#/$defs/suppressions" }, "classes": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/classDefinition" } }, "factoryCalls": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryCall" } }, "factories": { "type": "array", "items": { "$ref": "analysis-record-shapes#/$defs/factoryDefinition" } }, "projectImports": { "type": "array", "items": { "type": "object", "required": ["module", "line", "relative", "guarded", "scope"], "properties": { "module": { "type": "string" }, "line": { "type": "integer", "minimum": -17976931348623157e292, "maximum": 17976931348623157e292 }, "relative": { "type": "boolean" }, "guarded": { "type": "boolean" }, "scope": { "enum": ["module", "function", "isolated"] }, "typeCheckingOnly": { "type": "boolean" }, "conditional": { "const": true }, "names": { "type": "array", "items": { "type": "string" } } } } } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.dagId === void 0 && (missing0 = "dagId") || data.file === void 0 && (missing0 = "file") || data.line === void 0 && (missing0 = "line") || data.definedBy === void 0 && (missing0 = "definedBy") || data.taskCount === void 0 && (missing0 = "taskCount")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
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
            validate38.errors = vErrors;
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
              validate38.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" } }];
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
                validate38.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs12) {
                if (typeof data4 == "number") {
                  if (data4 > 17976931348623157e292 || isNaN(data4)) {
                    validate38.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data4 < -17976931348623157e292 || isNaN(data4)) {
                      validate38.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                  validate38.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema8.properties.definedBy.enum } }];
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
                    validate38.errors = vErrors;
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
                      validate38.errors = vErrors;
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
                        validate38.errors = vErrors;
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
                          validate38.errors = vErrors;
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
                            validate38.errors = vErrors;
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
                              validate38.errors = [{ instancePath: instancePath + "/startDate", schemaPath: "#/properties/startDate/type", keyword: "type", params: { type: "string" } }];
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
                                validate38.errors = vErrors;
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
                                    validate38.errors = [{ instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "array" } }];
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
                                    validate38.errors = [{ instancePath: instancePath + "/dagClass", schemaPath: "#/properties/dagClass/type", keyword: "type", params: { type: "string" } }];
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
                                        validate38.errors = [{ instancePath: instancePath + "/defaultArgs", schemaPath: "#/properties/defaultArgs/type", keyword: "type", params: { type: "array" } }];
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
                                        validate38.errors = [{ instancePath: instancePath + "/defaultArgsComplete", schemaPath: "#/properties/defaultArgsComplete/const", keyword: "const", params: { allowedValue: true } }];
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
                                                    validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/required", keyword: "required", params: { missingProperty: missing8 } }];
                                                    return false;
                                                  } else {
                                                    if (data33.name !== void 0) {
                                                      const _errs86 = errors;
                                                      if (typeof data33.name !== "string") {
                                                        validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/name", schemaPath: "#/properties/invalidParams/items/properties/name/type", keyword: "type", params: { type: "string" } }];
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
                                                          validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/reason", schemaPath: "#/properties/invalidParams/items/properties/reason/type", keyword: "type", params: { type: "string" } }];
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
                                                            validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs90) {
                                                            if (typeof data36 == "number") {
                                                              if (data36 > 17976931348623157e292 || isNaN(data36)) {
                                                                validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data36 < -17976931348623157e292 || isNaN(data36)) {
                                                                  validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/line", schemaPath: "#/properties/invalidParams/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                              validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs92) {
                                                              if (typeof data37 == "number") {
                                                                if (data37 > 17976931348623157e292 || isNaN(data37)) {
                                                                  validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data37 < -17976931348623157e292 || isNaN(data37)) {
                                                                    validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/column", schemaPath: "#/properties/invalidParams/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                                validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs94) {
                                                                if (typeof data38 == "number") {
                                                                  if (data38 > 17976931348623157e292 || isNaN(data38)) {
                                                                    validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data38 < -17976931348623157e292 || isNaN(data38)) {
                                                                      validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endLine", schemaPath: "#/properties/invalidParams/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                                  validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs96) {
                                                                  if (typeof data39 == "number") {
                                                                    if (data39 > 17976931348623157e292 || isNaN(data39)) {
                                                                      validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                      return false;
                                                                    } else {
                                                                      if (data39 < -17976931348623157e292 || isNaN(data39)) {
                                                                        validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3 + "/endColumn", schemaPath: "#/properties/invalidParams/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                  validate38.errors = [{ instancePath: instancePath + "/invalidParams/" + i3, schemaPath: "#/properties/invalidParams/items/type", keyword: "type", params: { type: "object" } }];
                                                  return false;
                                                }
                                              }
                                              var valid18 = _errs84 === errors;
                                              if (!valid18) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate38.errors = [{ instancePath: instancePath + "/invalidParams", schemaPath: "#/properties/invalidParams/type", keyword: "type", params: { type: "array" } }];
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
                                            validate38.errors = [{ instancePath: instancePath + "/sensorTask", schemaPath: "#/properties/sensorTask/const", keyword: "const", params: { allowedValue: true } }];
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
                                              validate38.errors = [{ instancePath: instancePath + "/decoratorWithoutCall", schemaPath: "#/properties/decoratorWithoutCall/const", keyword: "const", params: { allowedValue: true } }];
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
                                                    validate38.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/required", keyword: "required", params: { missingProperty: missing9 } }];
                                                    return false;
                                                  } else {
                                                    if (data42.message !== void 0) {
                                                      const _errs102 = errors;
                                                      if (typeof data42.message !== "string") {
                                                        validate38.errors = [{ instancePath: instancePath + "/callError/message", schemaPath: "#/properties/callError/properties/message/type", keyword: "type", params: { type: "string" } }];
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
                                                          validate38.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                                          return false;
                                                        }
                                                        if (errors === _errs104) {
                                                          if (typeof data44 == "number") {
                                                            if (data44 > 17976931348623157e292 || isNaN(data44)) {
                                                              validate38.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                              return false;
                                                            } else {
                                                              if (data44 < -17976931348623157e292 || isNaN(data44)) {
                                                                validate38.errors = [{ instancePath: instancePath + "/callError/line", schemaPath: "#/properties/callError/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                            validate38.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                          }
                                                          if (errors === _errs106) {
                                                            if (typeof data45 == "number") {
                                                              if (data45 > 17976931348623157e292 || isNaN(data45)) {
                                                                validate38.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                return false;
                                                              } else {
                                                                if (data45 < -17976931348623157e292 || isNaN(data45)) {
                                                                  validate38.errors = [{ instancePath: instancePath + "/callError/column", schemaPath: "#/properties/callError/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                              validate38.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                                              return false;
                                                            }
                                                            if (errors === _errs108) {
                                                              if (typeof data46 == "number") {
                                                                if (data46 > 17976931348623157e292 || isNaN(data46)) {
                                                                  validate38.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                  return false;
                                                                } else {
                                                                  if (data46 < -17976931348623157e292 || isNaN(data46)) {
                                                                    validate38.errors = [{ instancePath: instancePath + "/callError/endLine", schemaPath: "#/properties/callError/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                                validate38.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                              }
                                                              if (errors === _errs110) {
                                                                if (typeof data47 == "number") {
                                                                  if (data47 > 17976931348623157e292 || isNaN(data47)) {
                                                                    validate38.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                                    return false;
                                                                  } else {
                                                                    if (data47 < -17976931348623157e292 || isNaN(data47)) {
                                                                      validate38.errors = [{ instancePath: instancePath + "/callError/endColumn", schemaPath: "#/properties/callError/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                  validate38.errors = [{ instancePath: instancePath + "/callError", schemaPath: "#/properties/callError/type", keyword: "type", params: { type: "object" } }];
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
                                                  validate38.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/type", keyword: "type", params: { type: "integer" } }];
                                                  return false;
                                                }
                                                if (errors === _errs112) {
                                                  if (typeof data48 == "number") {
                                                    if (data48 > 17976931348623157e292 || isNaN(data48)) {
                                                      validate38.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                                      return false;
                                                    } else {
                                                      if (data48 < -17976931348623157e292 || isNaN(data48)) {
                                                        validate38.errors = [{ instancePath: instancePath + "/definitionLine", schemaPath: "#/properties/definitionLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                                    validate38.errors = [{ instancePath: instancePath + "/dagIdFromFile", schemaPath: "#/properties/dagIdFromFile/const", keyword: "const", params: { allowedValue: true } }];
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
                                                      validate38.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
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
                                                        validate38.errors = [{ instancePath: instancePath + "/loaded", schemaPath: "#/properties/loaded/const", keyword: "const", params: { allowedValue: false } }];
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
                                                          validate38.errors = [{ instancePath: instancePath + "/notLoadedReason", schemaPath: "#/properties/notLoadedReason/type", keyword: "type", params: { type: "string" } }];
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
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.lines === void 0 && (missing0 = "lines")) {
        validate42.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
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
                        validate42.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/lines/additionalProperties/items/type", keyword: "type", params: { type: "string" } }];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate42.errors = [{ instancePath: instancePath + "/lines/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lines/additionalProperties/type", keyword: "type", params: { type: "array" } }];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate42.errors = [{ instancePath: instancePath + "/lines", schemaPath: "#/properties/lines/type", keyword: "type", params: { type: "object" } }];
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
                    validate42.errors = [{ instancePath: instancePath + "/file/" + i1, schemaPath: "#/properties/file/items/type", keyword: "type", params: { type: "string" } }];
                    return false;
                  }
                  var valid3 = _errs10 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate42.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "array" } }];
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
      validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.bases === void 0 && (missing0 = "bases")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate44.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
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
              validate44.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" } }];
              return false;
            }
            if (errors === _errs3) {
              if (typeof data1 == "number") {
                if (data1 > 17976931348623157e292 || isNaN(data1)) {
                  validate44.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                  return false;
                } else {
                  if (data1 < -17976931348623157e292 || isNaN(data1)) {
                    validate44.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                      validate44.errors = [{ instancePath: instancePath + "/bases/" + i0, schemaPath: "#/properties/bases/items/type", keyword: "type", params: { type: "string" } }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate44.errors = [{ instancePath: instancePath + "/bases", schemaPath: "#/properties/bases/type", keyword: "type", params: { type: "array" } }];
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
                      validate44.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data4.keepsDagId !== void 0) {
                        const _errs11 = errors;
                        if (typeof data4.keepsDagId !== "boolean") {
                          validate44.errors = [{ instancePath: instancePath + "/init/keepsDagId", schemaPath: "#/properties/init/properties/keepsDagId/type", keyword: "type", params: { type: "boolean" } }];
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
                            validate44.errors = [{ instancePath: instancePath + "/init/setsArguments", schemaPath: "#/properties/init/properties/setsArguments/type", keyword: "type", params: { type: "boolean" } }];
                            return false;
                          }
                          var valid2 = _errs13 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate44.errors = [{ instancePath: instancePath + "/init", schemaPath: "#/properties/init/type", keyword: "type", params: { type: "object" } }];
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
      if (data.callee === void 0 && (missing0 = "callee") || data.line === void 0 && (missing0 = "line") || data.column === void 0 && (missing0 = "column") || data.held === void 0 && (missing0 = "held")) {
        validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.callee !== void 0) {
          const _errs1 = errors;
          if (typeof data.callee !== "string") {
            validate46.errors = [{ instancePath: instancePath + "/callee", schemaPath: "#/properties/callee/type", keyword: "type", params: { type: "string" } }];
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
            if (data.column !== void 0) {
              let data2 = data.column;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                validate46.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" } }];
                return false;
              }
              if (errors === _errs5) {
                if (typeof data2 == "number") {
                  if (data2 > 17976931348623157e292 || isNaN(data2)) {
                    validate46.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                    return false;
                  } else {
                    if (data2 < -17976931348623157e292 || isNaN(data2)) {
                      validate46.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                  validate46.errors = [{ instancePath: instancePath + "/held", schemaPath: "#/properties/held/enum", keyword: "enum", params: { allowedValues: schema12.properties.held.enum } }];
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
                    validate46.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/properties/branch/type", keyword: "type", params: { type: "string" } }];
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
                                validate46.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/required", keyword: "required", params: { missingProperty: missing1 } }];
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
                                          validate46.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional/" + i1, schemaPath: "#/properties/passes/items/properties/positional/items/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.positional.items.type } }];
                                          return false;
                                        }
                                        var valid3 = _errs16 === errors;
                                        if (!valid3) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate46.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/positional", schemaPath: "#/properties/passes/items/properties/positional/type", keyword: "type", params: { type: "array" } }];
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
                                            validate46.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/passes/items/properties/keywords/additionalProperties/type", keyword: "type", params: { type: schema12.properties.passes.items.properties.keywords.additionalProperties.type } }];
                                            return false;
                                          }
                                          var valid4 = _errs21 === errors;
                                          if (!valid4) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate46.errors = [{ instancePath: instancePath + "/passes/" + i0 + "/keywords", schemaPath: "#/properties/passes/items/properties/keywords/type", keyword: "type", params: { type: "object" } }];
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
                              validate46.errors = [{ instancePath: instancePath + "/passes/" + i0, schemaPath: "#/properties/passes/items/type", keyword: "type", params: { type: "object" } }];
                              return false;
                            }
                          }
                          var valid1 = _errs12 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate46.errors = [{ instancePath: instancePath + "/passes", schemaPath: "#/properties/passes/type", keyword: "type", params: { type: "array" } }];
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
      if (data.name === void 0 && (missing0 = "name") || data.line === void 0 && (missing0 = "line") || data.params === void 0 && (missing0 = "params") || data.registers === void 0 && (missing0 = "registers") || data.dagIdParts === void 0 && (missing0 = "dagIdParts") || data.definedBy === void 0 && (missing0 = "definedBy")) {
        validate48.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.name !== void 0) {
          const _errs1 = errors;
          if (typeof data.name !== "string") {
            validate48.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
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
                          validate48.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                          return false;
                        } else {
                          if (data3.name !== void 0) {
                            const _errs9 = errors;
                            if (typeof data3.name !== "string") {
                              validate48.errors = [{ instancePath: instancePath + "/params/" + i0 + "/name", schemaPath: "#/properties/params/items/properties/name/type", keyword: "type", params: { type: "string" } }];
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
                                validate48.errors = [{ instancePath: instancePath + "/params/" + i0 + "/default", schemaPath: "#/properties/params/items/properties/default/type", keyword: "type", params: { type: schema13.properties.params.items.properties.default.type } }];
                                return false;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/params/" + i0, schemaPath: "#/properties/params/items/type", keyword: "type", params: { type: "object" } }];
                        return false;
                      }
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate48.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "array" } }];
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
                  validate48.errors = [{ instancePath: instancePath + "/registers", schemaPath: "#/properties/registers/type", keyword: "type", params: { type: "boolean" } }];
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
                    validate48.errors = [{ instancePath: instancePath + "/acceptsKeywords", schemaPath: "#/properties/acceptsKeywords/const", keyword: "const", params: { allowedValue: true } }];
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
                            validate48.errors = [{ instancePath: instancePath + "/dagIdParts/" + i1, schemaPath: "#/properties/dagIdParts/items/type", keyword: "type", params: { type: schema13.properties.dagIdParts.items.type } }];
                            return false;
                          }
                          var valid3 = _errs18 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate48.errors = [{ instancePath: instancePath + "/dagIdParts", schemaPath: "#/properties/dagIdParts/type", keyword: "type", params: { type: "array" } }];
                        return false;
                      }
                    }
                    var valid0 = _errs16 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.definedBy !== void 0) {
                      let data10 = data.definedBy;
                      const _errs20 = errors;
                      if (!(data10 === "DAG()" || data10 === "with DAG()" || data10 === "@dag")) {
                        validate48.errors = [{ instancePath: instancePath + "/definedBy", schemaPath: "#/properties/definedBy/enum", keyword: "enum", params: { allowedValues: schema13.properties.definedBy.enum } }];
                        return false;
                      }
                      var valid0 = _errs20 === errors;
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
    } else {
      validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.findings === void 0 && (missing0 = "findings") || data.dags === void 0 && (missing0 = "dags") || data.suppressions === void 0 && (missing0 = "suppressions")) {
        validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
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
                      validate37.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: missing1 } }];
                      return false;
                    } else {
                      if (data1.checkId !== void 0) {
                        const _errs5 = errors;
                        if (typeof data1.checkId !== "string") {
                          validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/checkId", schemaPath: "#/properties/findings/items/properties/checkId/type", keyword: "type", params: { type: "string" } }];
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
                            validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/severity", schemaPath: "#/properties/findings/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema14.properties.findings.items.properties.severity.enum } }];
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
                              validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/message", schemaPath: "#/properties/findings/items/properties/message/type", keyword: "type", params: { type: "string" } }];
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
                                validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/file", schemaPath: "#/properties/findings/items/properties/file/type", keyword: "type", params: { type: "string" } }];
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
                                  validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                  return false;
                                }
                                if (errors === _errs12) {
                                  if (typeof data6 == "number") {
                                    if (data6 > 17976931348623157e292 || isNaN(data6)) {
                                      validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                      return false;
                                    } else {
                                      if (data6 < -17976931348623157e292 || isNaN(data6)) {
                                        validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/line", schemaPath: "#/properties/findings/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                    validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                  }
                                  if (errors === _errs14) {
                                    if (typeof data7 == "number") {
                                      if (data7 > 17976931348623157e292 || isNaN(data7)) {
                                        validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                        return false;
                                      } else {
                                        if (data7 < -17976931348623157e292 || isNaN(data7)) {
                                          validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endLine", schemaPath: "#/properties/findings/items/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                      validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/type", keyword: "type", params: { type: "integer" } }];
                                      return false;
                                    }
                                    if (errors === _errs16) {
                                      if (typeof data8 == "number") {
                                        if (data8 > 17976931348623157e292 || isNaN(data8)) {
                                          validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                          return false;
                                        } else {
                                          if (data8 < -17976931348623157e292 || isNaN(data8)) {
                                            validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/column", schemaPath: "#/properties/findings/items/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                        validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs18) {
                                        if (typeof data9 == "number") {
                                          if (data9 > 17976931348623157e292 || isNaN(data9)) {
                                            validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data9 < -17976931348623157e292 || isNaN(data9)) {
                                              validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/endColumn", schemaPath: "#/properties/findings/items/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                          validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/dagId", schemaPath: "#/properties/findings/items/properties/dagId/type", keyword: "type", params: { type: "string" } }];
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
                                            validate37.errors = [{ instancePath: instancePath + "/findings/" + i0 + "/fix", schemaPath: "#/properties/findings/items/properties/fix/type", keyword: "type", params: { type: "string" } }];
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
                    validate37.errors = [{ instancePath: instancePath + "/findings/" + i0, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" } }];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate37.errors = [{ instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" } }];
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
                  if (!validate38(data12[i1], { instancePath: instancePath + "/dags/" + i1, parentData: data12, parentDataProperty: i1, rootData })) {
                    vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                    errors = vErrors.length;
                  }
                  var valid3 = _errs26 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              } else {
                validate37.errors = [{ instancePath: instancePath + "/dags", schemaPath: "#/properties/dags/type", keyword: "type", params: { type: "array" } }];
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
              if (!validate42(data.suppressions, { instancePath: instancePath + "/suppressions", parentData: data, parentDataProperty: "suppressions", rootData })) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
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
                      if (!validate44(data15[i2], { instancePath: instancePath + "/classes/" + i2, parentData: data15, parentDataProperty: i2, rootData })) {
                        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                        errors = vErrors.length;
                      }
                      var valid4 = _errs30 === errors;
                      if (!valid4) {
                        break;
                      }
                    }
                  } else {
                    validate37.errors = [{ instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "array" } }];
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
                        if (!validate46(data17[i3], { instancePath: instancePath + "/factoryCalls/" + i3, parentData: data17, parentDataProperty: i3, rootData })) {
                          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                          errors = vErrors.length;
                        }
                        var valid5 = _errs33 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate37.errors = [{ instancePath: instancePath + "/factoryCalls", schemaPath: "#/properties/factoryCalls/type", keyword: "type", params: { type: "array" } }];
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
                          if (!validate48(data19[i4], { instancePath: instancePath + "/factories/" + i4, parentData: data19, parentDataProperty: i4, rootData })) {
                            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                            errors = vErrors.length;
                          }
                          var valid6 = _errs36 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        validate37.errors = [{ instancePath: instancePath + "/factories", schemaPath: "#/properties/factories/type", keyword: "type", params: { type: "array" } }];
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
                                  validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5, schemaPath: "#/properties/projectImports/items/required", keyword: "required", params: { missingProperty: missing2 } }];
                                  return false;
                                } else {
                                  if (data22.module !== void 0) {
                                    const _errs41 = errors;
                                    if (typeof data22.module !== "string") {
                                      validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/module", schemaPath: "#/properties/projectImports/items/properties/module/type", keyword: "type", params: { type: "string" } }];
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
                                        validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                      }
                                      if (errors === _errs43) {
                                        if (typeof data24 == "number") {
                                          if (data24 > 17976931348623157e292 || isNaN(data24)) {
                                            validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/maximum", keyword: "maximum", params: { comparison: "<=", limit: 17976931348623157e292 } }];
                                            return false;
                                          } else {
                                            if (data24 < -17976931348623157e292 || isNaN(data24)) {
                                              validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/line", schemaPath: "#/properties/projectImports/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: -17976931348623157e292 } }];
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
                                          validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/relative", schemaPath: "#/properties/projectImports/items/properties/relative/type", keyword: "type", params: { type: "boolean" } }];
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
                                            validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/guarded", schemaPath: "#/properties/projectImports/items/properties/guarded/type", keyword: "type", params: { type: "boolean" } }];
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
                                              validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/scope", schemaPath: "#/properties/projectImports/items/properties/scope/enum", keyword: "enum", params: { allowedValues: schema14.properties.projectImports.items.properties.scope.enum } }];
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
                                                validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/typeCheckingOnly", schemaPath: "#/properties/projectImports/items/properties/typeCheckingOnly/type", keyword: "type", params: { type: "boolean" } }];
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
                                                  validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/conditional", schemaPath: "#/properties/projectImports/items/properties/conditional/const", keyword: "const", params: { allowedValue: true } }];
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
                                                          validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/names/" + i6, schemaPath: "#/properties/projectImports/items/properties/names/items/type", keyword: "type", params: { type: "string" } }];
                                                          return false;
                                                        }
                                                        var valid9 = _errs55 === errors;
                                                        if (!valid9) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5 + "/names", schemaPath: "#/properties/projectImports/items/properties/names/type", keyword: "type", params: { type: "array" } }];
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
                                validate37.errors = [{ instancePath: instancePath + "/projectImports/" + i5, schemaPath: "#/properties/projectImports/items/type", keyword: "type", params: { type: "object" } }];
                                return false;
                              }
                            }
                            var valid7 = _errs39 === errors;
                            if (!valid7) {
                              break;
                            }
                          }
                        } else {
                          validate37.errors = [{ instancePath: instancePath + "/projectImports", schemaPath: "#/properties/projectImports/type", keyword: "type", params: { type: "array" } }];
                          return false;
                        }
                      }
                      var valid0 = _errs37 === errors;
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
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate37.errors = vErrors;
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
var ANALYSIS_VERSION = "32";
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
