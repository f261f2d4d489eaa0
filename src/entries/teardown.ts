import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runTeardownAction } from "../actions/teardown/run.js";

await runWrapper(() => runTeardownAction(process.env, createActionsRuntime()));
