import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  DEEPEST_NESTING,
  MAX_BRACKET_NESTING,
  nestingBound
} from "./chunk-IUKSKDT4.js";
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/dags/deep-files.ts
var DEEP_FILES_STACK_MB = 256;
var WALK_DEEPEST = 15e4;
var CPYTHON_FLAT = /* @__PURE__ */ new Set(["assignment", "boolean_operator"]);
var parser;
async function analyzeDeepFile(input, wasmDir) {
  const [{ createPythonParser, treeDepth }, { extractDagInventory }, { loadRuff, runRuff }] = await Promise.all([import("./chunk-23WE45BG.js"), import("./chunk-ORSCF4EB.js"), import("./chunk-BSZINQPH.js")]);
  parser ??= await createPythonParser({ wasmDir });
  const tree = parser.parse(input.text);
  try {
    const { depth, line } = treeDepth(tree, CPYTHON_FLAT);
    if (depth > DEEPEST_NESTING) {
      return notAnalysed(
        input.file,
        line,
        `the code nests ${depth.toLocaleString("en-US")} levels deep here (tree-sitter's syntax tree), beyond what CPython compiles (CPython 3.11: about 3,000 levels, RecursionError "maximum recursion depth exceeded during compilation"; 200 nested brackets, "too many nested parentheses"), so Airflow cannot import the file; astro-ci does not analyse it further`,
        "split the expression into several statements (for a long task chain, chain(*tasks) from airflow.models.baseoperator)"
      );
    }
    const real = treeDepth(tree);
    if (real.depth > WALK_DEEPEST) {
      return notAnalysed(
        input.file,
        real.line,
        `the code nests ${real.depth.toLocaleString("en-US")} levels deep here (tree-sitter's syntax tree, chained assignments or boolean operators), more than astro-ci analyses (${WALK_DEEPEST.toLocaleString("en-US")}); CPython may still compile it, so this file is not checked and its DAGs are not listed`,
        "split the statement into several (a chain of assignments or of and/or)"
      );
    }
    const inventory = extractDagInventory(tree, input.text, input.file, input.pythonVersion);
    const { tooManyBrackets } = nestingBound(input.text);
    await loadRuff();
    const ruff = runRuff(input.text, input.pythonVersion);
    if (tooManyBrackets !== void 0) {
      const error = tooManyNestedParentheses(input.text, tooManyBrackets);
      const later = ruff.findIndex((d) => d.code === "syntax-error" && (d.line > error.line || d.line === error.line && d.column > error.column));
      ruff.splice(later === -1 ? ruff.length : later, 0, error);
    }
    return { file: input.file, ruff, inventory };
  } finally {
    tree.delete();
  }
}
function notAnalysed(file, line, message, fix) {
  return { file, ruff: [], unreadable: { line, column: 1, message, fix } };
}
async function analyzeDeepFiles(inputs, options) {
  if (inputs.length === 0) return [];
  if (!options.workerUrl) {
    const results = [];
    for (const input of inputs) results.push(await analyzeDeepFile(input, options.wasmDir));
    return results;
  }
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(options.workerUrl, { workerData: { wasmDir: options.wasmDir }, resourceLimits: { stackSizeMb: DEEP_FILES_STACK_MB }, env: {}, stdout: true, stderr: true });
  const files = inputs.map((input) => input.file).join(", ");
  try {
    const results = [];
    for (const input of inputs) {
      const reply = await new Promise((resolve, reject) => {
        const fail = (error) => reject(startFault(error) ? new ConfigurationError(`cannot analyse the deeply nested file${inputs.length > 1 ? "s" : ""} ${files}: the thread that analyses them failed: ${error.message}`, { fix: "give the machine more memory, or raise the limits on threads and address space (ulimit -u, ulimit -v); then run again" }) : error);
        const exit = (code) => fail(Object.assign(new Error(`it stopped (exit code ${code})`), { code: "ERR_WORKER_STOPPED" }));
        worker.once("error", fail);
        worker.once("exit", exit);
        worker.once("message", (message) => {
          worker.off("error", fail);
          worker.off("exit", exit);
          resolve(message);
        });
        worker.postMessage({ input });
      });
      if (reply.kind === "error") throw reply.name === "RangeError" ? new RangeError(reply.message) : new Error(`analysing the deeply nested file ${input.file}: ${reply.message}`);
      results.push(reply.analysis);
    }
    return results;
  } finally {
    await worker.terminate();
  }
}
function startFault(error) {
  const code = error.code ?? "";
  return /^(ERR_WORKER_(INIT_FAILED|OUT_OF_MEMORY|STOPPED)|EAGAIN|ENOMEM)$/.test(code);
}
function tooManyNestedParentheses(text, index) {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  let line = 1;
  for (let k = text.indexOf("\n"); k !== -1 && k < index; k = text.indexOf("\n", k + 1)) line++;
  const column = index - lineStart + 1;
  return {
    code: "syntax-error",
    message: `too many nested parentheses: CPython's tokenizer allows ${MAX_BRACKET_NESTING} nested brackets, and this is the ${MAX_BRACKET_NESTING + 1}st`,
    fix: "take the innermost part out into a variable of its own",
    line,
    column,
    endLine: line,
    endColumn: column + 1
  };
}

export {
  analyzeDeepFile,
  analyzeDeepFiles
};
