import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runValidateDags } from "../actions/validate-dags/run.js";

await runWrapper(() => runValidateDags(process.env, createActionsRuntime()));
