// Worker thread of the static analysis: the run's one ruff, stealing tree-sitter work when it finishes first.
import { parentPort } from "node:worker_threads";
import { runRuffLane, type SharedWork, type WorkerReply } from "../dags/analyzer.js";

const port = parentPort;
if (!port) throw new Error("dag-worker must run as a worker thread");
port.once("message", (work: SharedWork) => {
  const post = (reply: WorkerReply): void => port.postMessage(reply);
  runRuffLane(work, post).catch((error: unknown) => post({ kind: "error", message: error instanceof Error ? error.message : String(error) }));
});
