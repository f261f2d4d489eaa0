import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runDeployAction } from "../actions/deploy/run.js";

await runWrapper(() => runDeployAction(process.env, createActionsRuntime()));
