// Child process of the static analysis: the run's one ruff, started with V8's baseline-only flag, then inventories
// taken from the back of the batch (see createSplitAnalyzer).
import { createRuffLane, type RuffLaneReply, type RuffLaneRequest } from "../dags/analyzer.js";

const send = process.send?.bind(process);
if (!send) throw new Error("ruff-lane must run as a child process with an IPC channel");
const post = (reply: RuffLaneReply): void => void send(reply);
const handle = createRuffLane(post);
// One request at a time, in the order sent.
let queue = Promise.resolve();
process.on("message", (request: RuffLaneRequest) => {
  // A request that failed ends the process once its error is sent: a ruff that threw (ran out of stack) is corrupt.
  queue = queue.then(() => handle(request)).catch((error: unknown) => void send({ kind: "error", message: error instanceof Error ? error.message : String(error) } satisfies RuffLaneReply, () => process.exit(1)));
});
// The parent went away (ended, killed): nothing is left to do.
process.on("disconnect", () => process.exit(0));
