import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runBranchDeployAction } from "../actions/branch-deploy/run.js";

await runWrapper(() => runBranchDeployAction(process.env, createActionsRuntime()));
