import { createActionsRuntime, runWrapper } from "../actions/run-wrapper.js";
import { runCommentCommandAction } from "../actions/comment-command/run.js";

await runWrapper(() => runCommentCommandAction(process.env, createActionsRuntime()));
