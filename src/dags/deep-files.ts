import { ConfigurationError } from "../errors.js";
import type { DecodedInput, FileAnalysis } from "./analyze-file.js";
import { DEEPEST_NESTING, MAX_BRACKET_NESTING, nestingBound } from "./nesting.js";
import type { RuffDiagnostic } from "./ruff.js";
import type { PythonParser } from "./python-parser.js";

/**
 * The analysis of files nested too deep for the usual way (nesting.ts): both halves, ruff and the inventory, in a
 * worker thread of their own with a 256 MiB stack (`dist/deep-files.js`), on engines of their own (a stack overflow
 * inside ruff's wasm corrupts that instance). Each tree is measured first, with a cursor: a file deeper than
 * DEEPEST_NESTING levels is reported as not compiling (see there) and goes to neither engine.
 */

/** The deep-files thread's stack, MiB: the inventory walk takes ~1 KiB a level of the tree (WALK_DEEPEST), ruff less. */
export const DEEP_FILES_STACK_MB = 256;

/** Levels of tree-sitter's own tree the inventory walk is given on that stack at most. */
const WALK_DEEPEST = 150_000;

/** Node types tree-sitter nests where CPython's AST keeps a flat list: `a = b = c`, `a and b and c` (see treeDepth). */
const CPYTHON_FLAT: ReadonlySet<string> = new Set(["assignment", "boolean_operator"]);

export type DeepFilesRequest = { input: DecodedInput };
/** An error keeps its class's name across the thread: a RangeError (V8 unable to reserve WebAssembly memory under `ulimit -v`) is the environment's. */
export type DeepFilesReply = { kind: "analysis"; analysis: FileAnalysis } | { kind: "error"; name: string; message: string };

let parser: PythonParser | undefined;

/** One deep file's analysis, on the current thread (the deep-files thread; in-process when run from sources). */
export async function analyzeDeepFile(input: DecodedInput, wasmDir: string | undefined): Promise<FileAnalysis> {
  const [{ createPythonParser, treeDepth }, { extractDagInventory }, { loadRuff, runRuff }] = await Promise.all([import("./python-parser.js"), import("./inventory.js"), import("./ruff.js")]);
  parser ??= await createPythonParser({ wasmDir });
  const tree = parser.parse(input.text);
  try {
    // CPython's and ruff's trees keep chained assignments and boolean chains in one list (second tester: 3,500
    // chained `a, b =` compile): those do not count here.
    const { depth, line } = treeDepth(tree, CPYTHON_FLAT);
    if (depth > DEEPEST_NESTING) {
      return notAnalysed(
        input.file,
        line,
        `the code nests ${depth.toLocaleString("en-US")} levels deep here (tree-sitter's syntax tree), beyond what CPython compiles (CPython 3.11: about 3,000 levels, RecursionError "maximum recursion depth exceeded during compilation"; 200 nested brackets, "too many nested parentheses"), so Airflow cannot import the file; astro-ci does not analyse it further`,
        "split the expression into several statements (for a long task chain, chain(*tasks) from airflow.models.baseoperator)",
      );
    }
    // The inventory walk recurses on tree-sitter's own tree, chains included (~1 KiB of this thread's stack a level).
    const real = treeDepth(tree);
    if (real.depth > WALK_DEEPEST) {
      return notAnalysed(
        input.file,
        real.line,
        `the code nests ${real.depth.toLocaleString("en-US")} levels deep here (tree-sitter's syntax tree, chained assignments or boolean operators), more than astro-ci analyses (${WALK_DEEPEST.toLocaleString("en-US")}); CPython may still compile it, so this file is not checked and its DAGs are not listed`,
        "split the statement into several (a chain of assignments or of and/or)",
      );
    }
    const inventory = extractDagInventory(tree, input.text, input.file, input.pythonVersion);
    // Every file with over MAX_BRACKET_NESTING nested brackets comes this way (three levels of the bound a bracket).
    const { tooManyBrackets } = nestingBound(input.text);
    // Under the baseline-only flag like any ruff (with tier-up, one 1,050-task chain took 2.7 s and 420 MB instead of
    // ~0.5 s). The flag is the process's: wasm compiled later in it stays on baseline code (compileWithBaselineOnly),
    // which costs little here, as deep files are analysed after the usual ones.
    await loadRuff();
    const ruff = runRuff(input.text, input.pythonVersion);
    if (tooManyBrackets !== undefined) {
      // Before the syntax errors ruff found further on: the first in the file is the one CPython reports.
      const error = tooManyNestedParentheses(input.text, tooManyBrackets);
      const later = ruff.findIndex((d) => d.code === "syntax-error" && (d.line > error.line || (d.line === error.line && d.column > error.column)));
      ruff.splice(later === -1 ? ruff.length : later, 0, error);
    }
    return { file: input.file, ruff, inventory };
  } finally {
    tree.delete();
  }
}

/** A file given to neither engine: reported like one that does not compile (`syntax-error`, no DAGs), on `line`. */
function notAnalysed(file: string, line: number, message: string, fix: string): FileAnalysis {
  return { file, ruff: [], unreadable: { line, column: 1, message, fix } };
}

/**
 * Analyses deep files one by one in the deep-files thread (`workerUrl`: the bundle's `deep-files.js`), in order; from
 * sources (no bundle, so no thread that could load TypeScript) on this thread, which is enough for tests' files.
 * @throws ConfigurationError when the thread cannot start (no memory, a thread limit): the environment's fault.
 */
export async function analyzeDeepFiles(inputs: DecodedInput[], options: { workerUrl?: URL; wasmDir?: string }): Promise<FileAnalysis[]> {
  if (inputs.length === 0) return [];
  if (!options.workerUrl) {
    const results: FileAnalysis[] = [];
    for (const input of inputs) results.push(await analyzeDeepFile(input, options.wasmDir));
    return results;
  }
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(options.workerUrl, { workerData: { wasmDir: options.wasmDir }, resourceLimits: { stackSizeMb: DEEP_FILES_STACK_MB }, env: {}, stdout: true, stderr: true });
  const files = inputs.map((input) => input.file).join(", ");
  try {
    const results: FileAnalysis[] = [];
    for (const input of inputs) {
      const reply = await new Promise<DeepFilesReply>((resolve, reject) => {
        // The thread could not start or was stopped (no memory, a thread limit): the environment's. An exception in
        // its code (the entry answers every request, errors included) would be ours.
        const fail = (error: Error): void => reject(startFault(error) ? new ConfigurationError(`cannot analyse the deeply nested file${inputs.length > 1 ? "s" : ""} ${files}: the thread that analyses them failed: ${error.message}`, { fix: "give the machine more memory, or raise the limits on threads and address space (ulimit -u, ulimit -v); then run again" }) : error);
        const exit = (code: number): void => fail(Object.assign(new Error(`it stopped (exit code ${code})`), { code: "ERR_WORKER_STOPPED" }));
        worker.once("error", fail);
        worker.once("exit", exit);
        worker.once("message", (message: DeepFilesReply) => {
          worker.off("error", fail);
          worker.off("exit", exit);
          resolve(message);
        });
        worker.postMessage({ input } satisfies DeepFilesRequest);
      });
      // The thread's error as this thread's (errors.ts classifies WebAssembly memory's RangeError as the environment's).
      if (reply.kind === "error") throw reply.name === "RangeError" ? new RangeError(reply.message) : new Error(`analysing the deeply nested file ${input.file}: ${reply.message}`);
      results.push(reply.analysis);
    }
    return results;
  } finally {
    await worker.terminate();
  }
}

/** Errors of a worker thread that could not start or was stopped from outside. */
function startFault(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return /^(ERR_WORKER_(INIT_FAILED|OUT_OF_MEMORY|STOPPED)|EAGAIN|ENOMEM)$/.test(code);
}

/**
 * CPython's SyntaxError for the bracket at `index`, the first nested deeper than its tokenizer allows (ruff's parser
 * has no such limit), as ruff would report a syntax error: 1-based line, 1-based UTF-16 column.
 */
function tooManyNestedParentheses(text: string, index: number): RuffDiagnostic {
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
    endColumn: column + 1,
  };
}
