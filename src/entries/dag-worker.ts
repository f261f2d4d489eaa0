// Worker thread of the static analysis: the run's one ruff, stealing tree-sitter work when it finishes first.
import { parentPort } from "node:worker_threads";
import { loadRuffNow, runRuffLane, type WorkerReply, type WorkerRequest } from "../dags/analyzer.js";

const port = parentPort;
if (!port) throw new Error("dag-worker must run as a worker thread");
const post = (reply: WorkerReply): void => port.postMessage(reply);
const fail = (error: unknown): void => post({ kind: "error", message: error instanceof Error ? error.message : String(error) });
port.on("message", (request: WorkerRequest) => {
  if (request.kind === "load") loadRuffNow(post).catch(fail);
  else runRuffLane(request.work, post).catch(fail);
});
