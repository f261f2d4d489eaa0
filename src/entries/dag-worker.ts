// Worker thread of the static analysis pool: loads the parsers once, then analyses files on request.
import { parentPort } from "node:worker_threads";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeFile, type AnalysisInput } from "../dags/analyze-file.js";
import { createPythonParser } from "../dags/python-parser.js";
import { loadRuff } from "../dags/ruff.js";

const port = parentPort;
if (!port) throw new Error("dag-worker must run as a worker thread");
// ruff first: its compile must not overlap tree-sitter's (see compileWithBaselineOnly).
const parserReady = loadRuff().then(() => createPythonParser({ wasmDir: dirname(fileURLToPath(import.meta.url)) }));

port.on("message", (message: { id: number; input: AnalysisInput }) => {
  parserReady
    .then((parser) => port.postMessage({ id: message.id, result: analyzeFile(message.input, parser) }))
    .catch((error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }));
});
