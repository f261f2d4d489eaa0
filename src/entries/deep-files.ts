// Worker thread of the static analysis for files nested too deep for the usual way (see src/dags/deep-files.ts):
// started with a big stack, it answers each request with the file's analysis, or the error that stopped it.
import { parentPort, workerData } from "node:worker_threads";
import { analyzeDeepFile, type DeepFilesReply, type DeepFilesRequest } from "../dags/deep-files.js";

const port = parentPort;
if (!port) throw new Error("deep-files must run as a worker thread");
const { wasmDir } = workerData as { wasmDir?: string };
let queue = Promise.resolve();
port.on("message", (request: DeepFilesRequest) => {
  queue = queue.then(async () => {
    let reply: DeepFilesReply;
    try {
      reply = { kind: "analysis", analysis: await analyzeDeepFile(request.input, wasmDir) };
    } catch (error) {
      reply = { kind: "error", name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
});
