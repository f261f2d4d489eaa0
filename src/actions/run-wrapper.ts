import * as core from "@actions/core";
import { isConfigurationError } from "../errors.js";
import { AstroApiError } from "../astro/http.js";
import type { ActionsRuntime } from "./validate-dags/run.js";

/** `@actions/core` as the runtime interface the actions take. */
export function createActionsRuntime(): ActionsRuntime {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m, props?: core.AnnotationProperties) => core.warning(m, props),
    error: (m, props?: core.AnnotationProperties) => core.error(m, props),
    notice: (m, props?: core.AnnotationProperties) => core.notice(m, props),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (secret) => core.setSecret(secret),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

/**
 * The one place that fails a step: user mistakes get their message (file, line, fix), bugs a short
 * internal-error line. Never a stack trace unless ASTRO_CI_DEBUG is set.
 */
export async function runWrapper(action: () => Promise<{ failureMessage?: string }>): Promise<void> {
  try {
    const result = await action();
    if (result.failureMessage) core.setFailed(result.failureMessage);
  } catch (error) {
    if (isConfigurationError(error)) {
      core.error(error.describe(), error.file ? { file: error.file, startLine: error.line } : undefined);
      core.setFailed(`Configuration error: ${error.describe()}`);
      return;
    }
    if (error instanceof AstroApiError) {
      core.setFailed(error.message);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.ASTRO_CI_DEBUG && error instanceof Error) core.debug(error.stack ?? "");
    core.setFailed(`astro-ci internal error: ${message}. This is a bug in astro-ci; please report it.`);
  }
}
