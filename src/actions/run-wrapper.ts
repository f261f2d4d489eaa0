import * as core from "@actions/core";
import { classifyError, ConfigurationError } from "../errors.js";
import { hiddenFromProjectCode } from "../dynamic/command-runner.js";
import { scrubInheritedSecrets } from "../util/scrub-environ.js";
import type { ActionsRuntime } from "./validate-dags/run.js";
import { stopCleanlyOnSignals } from "../util/temp-dirs.js";

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
 * The one place that fails a step. Errors go through the one classifier (`classifyError`): the user's mistakes and
 * environment problems get their message (file, line, fix) as ONE error annotation on the file; bugs a short
 * internal-error line. Never a stack trace unless ASTRO_CI_DEBUG is set.
 *
 * `core.setFailed` is `core.error` plus a failing exit code, without annotation properties: calling both annotated
 * the same configuration error twice, so a classified error is annotated once and the exit code set directly.
 */
export async function runWrapper(action: () => Promise<{ failureMessage?: string }>, sink: FailureSink = coreFailureSink): Promise<void> {
  // Before any project code can run: the tokens the runner passed in (INPUT_*) out of what /proc shows of this process.
  scrubInheritedSecrets(hiddenFromProjectCode);
  stopCleanlyOnSignals((line) => core.error(line));
  try {
    const result = await action();
    if (result.failureMessage) sink.fail(result.failureMessage);
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind === "user") {
      sink.fail(`${error instanceof ConfigurationError ? "Configuration error: " : ""}${classified.describe()}`, classified.file ? { file: classified.file, startLine: classified.line } : undefined);
      return;
    }
    if (process.env.ASTRO_CI_DEBUG && classified.stack) core.debug(classified.stack);
    sink.fail(`astro-ci ${classified.describe()}`);
  }
}

/** How a step fails: one error annotation (with its file and line when known) and a failing exit code. */
export interface FailureSink {
  fail(message: string, properties?: core.AnnotationProperties): void;
}

const coreFailureSink: FailureSink = {
  fail(message, properties) {
    if (properties) {
      core.error(message, properties);
      process.exitCode = core.ExitCode.Failure;
    } else core.setFailed(message);
  },
};
