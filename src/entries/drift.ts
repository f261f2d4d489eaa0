import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runDriftAction } from "../actions/drift/run.js";

await runWrapper(() => runDriftAction(process.env, createActionsRuntime()));
