/**
 * JSON Schemas of the analysis cache's entries (see analysis-records.ts): a file's analysis (FileAnalysis without
 * `file`) and its judged record. Only fields the checks and reporters read are constrained; extra fields are allowed.
 * `scripts/generate-validators.mjs` compiles them with Ajv into analysis-record-validators.generated.ts (a
 * test keeps that file in step with this one): compiling at run time cost ~80 ms, a tenth of a warm run.
 */

/**
 * Numbers as JSON can hold them: finite. `1e999` in a pack parses to Infinity, which Ajv's `integer` and `number` both
 * accept (Infinity % 1 is NaN, falsy); no analysis is ever stored with one (JSON.stringify writes Infinity as null).
 */
const finite = { minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE };
const int = { type: "integer", ...finite };
const num = { type: "number", ...finite };
const str = { type: "string" };
const bool = { type: "boolean" };
const strings = { type: "array", items: str };
/** Static<T>: the value, or `{ unknown: true, expression }`. */
const staticOf = (schema: object): object => ({ anyOf: [schema, { type: "object", required: ["unknown", "expression"], properties: { unknown: { const: true }, expression: str } }] });
const span = { line: int, column: int, endLine: int, endColumn: int };

const dagArgument = {
  type: "object",
  required: ["name", "line", "column", "endLine", "endColumn"],
  properties: { name: str, ...span, literal: { type: ["string", "number", "boolean", "null"], ...finite }, truthy: bool, schedulable: bool, notPositiveInterval: { const: true }, notDatetime: { enum: ["str", "date"] }, setElsewhere: { const: true }, timetableClass: str, timetableCron: str, valueType: { enum: ["float", "list", "tuple", "set", "dict", "bytes"] }, tzAware: { const: true }, badLink: str, literalItem: str, constructionError: str, nonStringTag: str, timetableTypeError: str, givenTwice: { const: true } },
};

const dagInfo = {
  type: "object",
  required: ["dagId", "file", "line", "definedBy", "taskCount"],
  properties: {
    dagId: staticOf(str),
    file: str,
    line: int,
    definedBy: { enum: ["DAG()", "with DAG()", "@dag"] },
    schedule: staticOf({ type: ["string", "null"] }),
    tags: staticOf(strings),
    owner: staticOf(str),
    retries: staticOf(num),
    catchup: staticOf(bool),
    startDate: str,
    taskCount: staticOf(num),
    arguments: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/dagArgument" } },
    dagClass: str,
    dagClassPlain: { const: true },
    defaultArgs: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/dagArgument" } },
    defaultArgsComplete: { const: true },
    invalidParams: { type: "array", items: { type: "object", required: ["name", "reason", "line", "column", "endLine", "endColumn"], properties: { name: str, reason: str, ...span } } },
    sensorTask: { const: true },
    customOperatorsOnly: { const: true },
    decoratorWithoutCall: { const: true },
    callError: { type: "object", required: ["message", "line", "column", "endLine", "endColumn"], properties: { message: str, ...span } },
    definitionLine: int,
    dagIdFromFile: { const: true },
    branch: str,
    loaded: { const: false },
    notLoadedReason: str,
  },
};

const suppressions = {
  type: "object",
  required: ["lines"],
  properties: { lines: { type: "object", additionalProperties: strings }, file: strings },
};

const classDefinition = {
  type: "object",
  required: ["name", "line", "bases"],
  properties: { name: str, line: int, bases: strings, init: { type: "object", required: ["keepsDagId", "setsArguments"], properties: { keepsDagId: bool, setsArguments: bool } }, plain: { const: true } },
};

/** FileInventory.uncalledDagFunctions' entries (inventory.ts UncalledDagFunction); also ImportedWrapperDag.uncalled. */
const uncalledDagFunction = {
  type: "object",
  required: ["name", "dagId", "line", "column", "endLine", "endColumn"],
  properties: { name: str, dagId: staticOf(str), ...span, decoratorWithoutCall: { const: true } },
};

/** FileInventory.factoryCalls and .factories (inventory.ts). */
const factoryCall = {
  type: "object",
  required: ["callee", "line", "column", "held"],
  properties: {
    callee: str,
    line: int,
    column: int,
    held: { enum: ["all", "last", "none", "unknown"] },
    branch: str,
    passes: {
      type: "array",
      items: {
        type: "object",
        required: ["positional", "keywords"],
        properties: { positional: { type: "array", items: { type: ["string", "null"] } }, keywords: { type: "object", additionalProperties: { type: ["string", "null"] } } },
      },
    },
  },
};

const factoryDefinition = {
  type: "object",
  required: ["name", "line", "params", "registers", "dagIdParts", "definedBy"],
  properties: {
    name: str,
    line: int,
    params: { type: "array", items: { type: "object", required: ["name"], properties: { name: str, default: { type: ["string", "null"] } } } },
    registers: bool,
    acceptsKeywords: { const: true },
    dagIdParts: { type: "array", items: { type: ["string", "integer"] } },
    scheduleParts: { type: "array", items: { type: ["string", "integer"] } },
    idKeyword: { const: true },
    definedBy: { enum: ["DAG()", "with DAG()", "@dag"] },
  },
};

/** FileInventory.dagGlobals' entries (dag-globals.ts DagGlobal); also JudgedRecord.dagGlobals. */
const dagGlobal = { type: "object", required: ["name", "line"], properties: { name: str, line: int, hidden: { const: true } } };

/** FileInventory.imports' entries (inventory.ts ImportRef); also JudgedRecord.projectImports. */
const importRef = {
  type: "object",
  required: ["module", "line", "relative", "guarded", "scope"],
  properties: { module: str, line: int, relative: bool, level: int, guarded: bool, scope: { enum: ["module", "function", "isolated"] }, typeCheckingOnly: bool, conditional: { const: true }, names: strings },
};

/** A `@task` function's signature (task-signatures.ts TaskCallSignature). */
const taskCallSignature = {
  type: "object",
  required: ["positional", "keywordOnly", "varArgs", "varKeywords"],
  properties: {
    positional: { type: "array", items: { type: "object", required: ["name", "required", "positionalOnly"], properties: { name: str, required: bool, positionalOnly: bool } } },
    keywordOnly: { type: "array", items: { type: "object", required: ["name", "required"], properties: { name: str, required: bool } } },
    varArgs: bool,
    varKeywords: bool,
    contextKeyFirst: str,
    contextKeyDefault: str,
    sensor: { const: true },
  },
};

/** FileInventory.importedTaskCalls' entries (task-signatures.ts ImportedTaskCall); also JudgedRecord.importedTaskCalls. */
const importedTaskCall = {
  type: "object",
  required: ["callee", "function", "positional", "keywords", "line", "column", "endLine", "endColumn"],
  properties: { callee: str, function: str, positional: int, keywords: strings, ...span },
};

const inventory = {
  type: "object",
  required: ["dags", "imports", "parseTimeCalls", "suppressions"],
  properties: {
    dags: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/dagInfo" } },
    imports: { type: "array", items: importRef },
    parseTimeCalls: {
      type: "array",
      items: {
        type: "object",
        required: ["callee", "line", "column", "kind"],
        properties: { callee: str, line: int, column: int, kind: { enum: ["variable", "connection", "http", "database", "file", "sleep", "hook"] } },
      },
    },
    suppressions: { $ref: "analysis-record-shapes#/$defs/suppressions" },
    classes: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/classDefinition" } },
    notRunAtImport: { type: "array", items: int },
    unevaluated: { type: "array", items: int },
    dynamicGlobals: { const: true },
    builtinsNames: strings,
    annotatedOnly: strings,
    earlyReads: {
      type: "array",
      items: { type: "object", required: ["name", "function", "callLine", "boundLine", "line", "column", "endLine", "endColumn"], properties: { name: str, function: str, callLine: int, boundLine: int, ...span } },
    },
    unboundLocalReads: {
      type: "array",
      items: { type: "object", required: ["name", "function", "boundLine", "line", "column", "endLine", "endColumn"], properties: { name: str, function: str, boundLine: int, ...span } },
    },
    globalReads: {
      type: "array",
      items: { type: "object", required: ["name", "function", "globalLine", "line", "column", "endLine", "endColumn"], properties: { name: str, function: str, globalLine: int, ...span } },
    },
    typeCheckingReads: {
      type: "array",
      items: { type: "object", required: ["name", "importLine", "line", "column", "endLine", "endColumn"], properties: { name: str, importLine: int, plainRead: { const: true }, ...span } },
    },
    candidateDags: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/dagInfo" } },
    uncalledDagFunctions: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/uncalledDagFunction" } },
    datasetUris: { type: "array", items: { type: "object", required: ["uri", "line", "column", "endLine", "endColumn"], properties: { uri: str, ...span } } },
    timeZones: {
      type: "array",
      items: { type: "object", required: ["name", "callee", "loader", "line", "column", "endLine", "endColumn"], properties: { name: str, callee: str, loader: { enum: ["pendulum", "zoneinfo"] }, environment: str, ...span } },
    },
    mappedLiterals: {
      type: "array",
      items: { type: "object", required: ["argument", "type", "line", "column", "endLine", "endColumn"], properties: { argument: str, type: { enum: ["str", "int", "float", "bool", "NoneType", "set", "frozenset", "generator", "zip", "map", "enumerate", "filter", "dict", "dict_items", "dict_keys", "dict_values", "list", "tuple", "XComArg", "keyword", "context", "always", "empty"] }, key: str, also: { type: "array", items: str }, call: { enum: ["expand", "expand_kwargs", "partial"] }, ...span } },
    },
    taskCalls: { type: "array", items: { type: "object", required: ["function", "problem", "line", "column", "endLine", "endColumn"], properties: { function: str, problem: str, error: { const: "ValueError" }, ...span } } },
    importedTaskCalls: { type: "array", items: importedTaskCall },
    moduleTaskFunctions: {
      type: "array",
      items: { type: "object", required: ["name", "line", "signature"], properties: { name: str, line: int, signature: taskCallSignature } },
    },
    mappedTasks: { type: "array", items: { type: "object", required: ["line", "column", "endLine", "endColumn"], properties: { sla: bool, ...span } } },
    taskArguments: {
      type: "array",
      items: { type: "object", required: ["name", "value", "line", "column", "endLine", "endColumn"], properties: { name: { enum: ["trigger_rule", "weight_rule"] }, value: str, ...span } },
    },
    operatorCalls: {
      type: "array",
      items: {
        type: "object",
        required: ["operator", "unknownKeywords", "line", "column", "endLine", "endColumn"],
        properties: {
          operator: str,
          unknownKeywords: { type: "array", items: { type: "object", required: ["name", "line", "column", "endLine", "endColumn"], properties: { name: str, falsy: { const: true }, ...span } } },
          splat: { const: true },
          positional: { type: "object", required: ["line", "column", "endLine", "endColumn"], properties: span },
          literals: { type: "array", items: { type: "object", required: ["name", "type", "line", "column", "endLine", "endColumn"], properties: { name: str, type: str, call: str, ...span } } },
          taskId: str,
          values: { type: "array", items: { type: "object", required: ["name", "literal", "line", "column", "endLine", "endColumn"], properties: { name: str, literal: { type: ["string", "number", "boolean", "null"], ...finite }, valueType: { const: "float" }, ...span } } },
          exclusive: { type: "object", required: ["names", "line", "column", "endLine", "endColumn"], properties: { names: { type: "array", items: str, minItems: 2, maxItems: 2 }, ...span } },
          mapped: { enum: ["partial", "expand"] },
          noTaskId: { const: true },
          unmappable: { type: "array", items: { type: "object", required: ["name", "inPartial", "line", "column", "endLine", "endColumn"], properties: { name: str, inPartial: bool, ...span } } },
          missing: strings,
          ...span,
        },
      },
    },
    taskGroupCalls: {
      type: "array",
      items: {
        type: "object",
        required: ["form", "unknownKeywords", "line", "column", "endLine", "endColumn"],
        properties: {
          form: { enum: ["class", "decorator", "override"] },
          function: str,
          unknownKeywords: { type: "array", items: { type: "object", required: ["name", "line", "column", "endLine", "endColumn"], properties: { name: str, ...span } } },
          missingGroupId: { const: true },
          extraPositional: { type: "object", required: ["count", "line", "column", "endLine", "endColumn"], properties: { count: int, ...span } },
          repeated: { type: "array", items: { type: "object", required: ["name", "line", "column", "endLine", "endColumn"], properties: { name: str, ...span } } },
          suffix: { type: "object", required: ["line", "column", "endLine", "endColumn"], properties: span },
          values: { type: "array", items: { type: "object", required: ["name", "literal", "line", "column", "endLine", "endColumn"], properties: { name: str, literal: { type: ["string", "number", "boolean"], ...finite }, valueType: { enum: ["float", "bytes", "list", "tuple", "set", "dict"] }, ...span } } },
          ...span,
        },
      },
    },
    triggerRuleMembers: { type: "array", items: { type: "object", required: ["member", "line", "column", "endLine", "endColumn"], properties: { member: str, ...span } } },
    taskDecoratorCalls: {
      type: "array",
      items: {
        type: "object",
        required: ["function", "kind", "unknownKeywords", "line", "column", "endLine", "endColumn"],
        properties: {
          function: str,
          kind: str,
          unknownKeywords: { type: "array", items: { type: "object", required: ["name", "line", "column", "endLine", "endColumn"], properties: { name: str, ...span } } },
          values: { type: "array", items: { type: "object", required: ["name", "literal", "line", "column", "endLine", "endColumn"], properties: { name: str, literal: { type: ["string", "number", "boolean", "null"], ...finite }, valueType: { const: "float" }, ...span } } },
          ...span,
        },
      },
    },
    unknownTaskDecorators: { type: "array", items: { type: "object", required: ["name", "line", "column", "endLine", "endColumn"], properties: { name: str, ...span } } },
    taskGraphs: {
      type: "array",
      items: {
        type: "object",
        required: ["line", "tasks", "edges"],
        properties: {
          dagId: str,
          line: int,
          failStop: { const: true },
          tasks: {
            type: "array",
            items: {
              type: "object",
              required: ["label", "line", "column", "endLine", "endColumn"],
              properties: { label: str, ...span, triggerRule: { type: "object", required: ["value", "line", "column", "endLine", "endColumn"], properties: { value: str, ...span } }, defaulted: { const: true } },
            },
          },
          edges: { type: "array", items: { type: "object", required: ["from", "to", "line", "column"], properties: { from: int, to: int, line: int, column: int } } },
        },
      },
    },
    teardownRules: { type: "array", items: { type: "object", required: ["function", "problem", "line", "column", "endLine", "endColumn"], properties: { function: str, problem: { enum: ["decorator", "override", "reused", "setup-call"] }, keyword: str, firstLine: int, ...span } } },
    dependencyErrors: {
      type: "array",
      items: {
        type: "object",
        required: ["problem", "line", "column", "endLine", "endColumn"],
        properties: { problem: { enum: ["operands", "task-function", "dags", "chain-lengths", "not-iterable", "not-callable"] }, operator: str, types: { type: "array", items: str }, name: str, dagIds: { type: "array", items: str }, lengths: { type: "array", items: int }, ...span },
      },
    },
    taskIds: {
      type: "array",
      items: { type: "object", required: ["id", "line", "column", "endLine", "endColumn"], properties: { id: str, ...span, group: { const: true }, unprefixed: { const: true }, notString: { enum: ["int", "float", "bool", "NoneType"] }, key: str, duplicateOf: int, duplicateOfGroup: { const: true }, repeatedInLoop: int } },
    },
    airflowAttributes: {
      type: "array",
      items: { type: "object", required: ["path", "line", "column"], properties: { path: str, line: int, column: int, tried: { const: true } } },
    },
    factoryCalls: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/factoryCall" } },
    factories: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/factoryDefinition" } },
    dagGlobals: { type: "array", items: { $ref: "analysis-record-shapes#/$defs/dagGlobal" } },
    dagSplatLines: { type: "array", items: int },
    dagWrappers: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "line", "params", "takes", "supplies"],
        properties: { name: str, line: int, params: { type: "array", items: { type: "object", required: ["name"], properties: { name: str, required: { const: true } } } }, takes: strings, supplies: strings, open: { const: true }, fixed: strings },
      },
    },
    importedWrapperDags: {
      type: "array",
      items: {
        type: "object",
        required: ["wrapper", "written", "function", "call", "dag"],
        properties: {
          wrapper: str,
          written: str,
          function: str,
          call: { type: "object", required: ["line", "column", "endLine", "endColumn"], properties: span },
          dag: { $ref: "analysis-record-shapes#/$defs/dagInfo" },
          uncalled: { $ref: "analysis-record-shapes#/$defs/uncalledDagFunction" },
        },
      },
    },
  },
};

/**
 * Shapes both record schemas use, in a schema of their own that both refer to: compiled once (Ajv makes one function
 * per definition and shares it between the validators of one module).
 */
export const SHARED_SCHEMA = { $id: "analysis-record-shapes", $defs: { dagInfo, dagArgument, suppressions, classDefinition, factoryCall, factoryDefinition, dagGlobal, uncalledDagFunction } };
const ref = (name: keyof typeof SHARED_SCHEMA.$defs): object => ({ $ref: `analysis-record-shapes#/$defs/${name}` });

export const ANALYSIS_SCHEMA = {
  type: "object",
  required: ["ruff"],
  properties: {
    ruff: {
      type: "array",
      items: { type: "object", required: ["code", "message", "line", "column", "endLine", "endColumn"], properties: { code: str, message: str, ...span, fix: str } },
    },
    inventory,
    unreadable: { type: "object", required: ["line", "column", "message", "fix"], properties: { line: int, column: int, message: str, fix: str } },
    // Set only in memory, on judged records the cache serves (validate.ts reports it as the file's findings, as they
    // are): never in a stored analysis, so an entry holding one is refused whatever its value.
    judged: false,
  },
};

const finding = {
  type: "object",
  required: ["checkId", "severity", "message", "file", "line"],
  properties: { checkId: str, severity: { enum: ["error", "warning", "notice"] }, message: str, file: str, line: int, endLine: int, column: int, endColumn: int, dagId: str, fix: str },
};

export const JUDGED_SCHEMA = {
  type: "object",
  required: ["findings", "dags", "suppressions"],
  properties: { findings: { type: "array", items: finding }, dags: { type: "array", items: ref("dagInfo") }, suppressions: ref("suppressions"), classes: { type: "array", items: ref("classDefinition") }, factoryCalls: { type: "array", items: ref("factoryCall") }, factories: { type: "array", items: ref("factoryDefinition") }, projectImports: { type: "array", items: importRef }, guardedImports: { type: "array", items: importRef }, dagGlobals: { type: "array", items: ref("dagGlobal") }, importedTaskCalls: { type: "array", items: importedTaskCall }, starNameReads: { type: "array", items: finding } },
};
