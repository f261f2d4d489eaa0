import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runTestAction } from "../actions/test/run.js";

await runWrapper(() => runTestAction(process.env, createActionsRuntime()));
