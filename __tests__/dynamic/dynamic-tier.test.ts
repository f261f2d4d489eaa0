/**
 * The dynamic tier's time limit for the whole harness run: the per-file timeout for each file that cannot run in
 * parallel. Hundreds of files at a long import timeout (or a project's huge AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT)
 * made it longer than Node's timers take (2^31-1 ms), which then fire at once: the harness was killed immediately.
 */
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { runDynamicTier } from "../../src/dynamic/dynamic-tier.js";
import type { ProcessRunner } from "../../src/dynamic/run-harness.js";
import { MAX_TIMER_MS } from "../../src/util/numbers.js";
import { RecordingLogger } from "../support/recording-logger.js";
import { makeTempTree } from "../support/temp-dir.js";

const trees: { cleanup(): void }[] = [];
afterEach(() => trees.splice(0).forEach((t) => t.cleanup()));

/** The `timeoutMs` the harness run gets for `files` files at `timeoutSeconds` each, one at a time. */
async function harnessTimeoutMs(files: number, timeoutSeconds: number): Promise<number | undefined> {
  const t = makeTempTree({ Dockerfile: "FROM quay.io/astronomer/astro-runtime:12.7.1\n", "dags/.keep": "" });
  trees.push(t);
  let seen: number | undefined;
  const processRunner: ProcessRunner = {
    async run(_command, _args, options) {
      seen = options.timeoutMs;
      options.onLine(JSON.stringify({ done: true, airflow_version: "2.10.5", dagbag_module: "airflow.models.dagbag", python: "3.12.8" }));
      return { exitCode: 0, stderr: "", timedOut: false };
    },
  };
  await runDynamicTier({
    setting: "required",
    mode: "image",
    projectRoot: t.dir,
    repoRoot: t.dir,
    airflowVersion: "2.10.5",
    runtimeImage: "quay.io/astronomer/astro-runtime:12.7.1",
    files: Array.from({ length: files }, (_, i) => join(t.dir, "dags", `d${i}.py`)),
    integrityExceptions: [],
    timeoutSeconds,
    cacheDir: join(t.dir, ".cache"),
    jobs: 1,
    commandRunner: { run: async () => ({ exitCode: 0, stdout: "27.0.0", stderr: "" }) },
    processRunner,
    logger: new RecordingLogger(),
  });
  return seen;
}

describe("the harness run's time limit", () => {
  it("is the per-file backstop for each file in turn, plus start-up", async () => {
    expect(await harnessTimeoutMs(3, 30)).toBe((3 * 60 + 120) * 1000);
  });

  it("never exceeds the longest timer Node has (600 files at the 3600 s maximum: 4.3e9 ms overflowed and fired at once)", async () => {
    expect(await harnessTimeoutMs(600, 3600)).toBe(MAX_TIMER_MS);
    expect(await harnessTimeoutMs(1, 1e12)).toBe(MAX_TIMER_MS);
  });
});
