import { runCli } from "../cli/main.js";
import { classifyError } from "../errors.js";
import { hiddenFromProjectCode } from "../dynamic/command-runner.js";
import { scrubInheritedSecrets } from "../util/scrub-environ.js";
import { stopCleanlyOnSignals } from "../util/temp-dirs.js";

// Before any project code can run: ASTRO_API_TOKEN, GITHUB_TOKEN... out of what /proc shows of this process.
scrubInheritedSecrets(hiddenFromProjectCode);
// Ctrl-C or a cancelled job: temporary folders removed, the reason said, the signal's exit code.
stopCleanlyOnSignals((line) => process.stderr.write(`${line}\n`));

// A pipe closed early (`astro-ci ... | head`) ends quietly like other tools; any other stdout failure is the
// environment's (exit 2 with the reason), never an unhandled 'error' event with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`astro-ci: cannot write to standard output: ${classifyError(error).describe()}\n`);
  process.exit(2);
});

/** Resolves once everything written to `stream` has left the process (at once where writes are synchronous). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once("drain", resolve);
    stream.once("close", resolve);
    stream.once("error", () => resolve());
  });
}

process.exitCode = await runCli(process.argv.slice(2));
// For the benchmark: peak memory of this process, and of it and its ruff process together while that one ran.
if (process.env.ASTRO_CI_PRINT_MAXRSS) {
  const { peakMemoryWithRuffProcess } = await import("../dags/analyzer.js");
  process.stderr.write(`astro-ci-maxrss-kb: ${Math.max(process.resourceUsage().maxRSS, peakMemoryWithRuffProcess())}\n`);
}
// runCli has awaited everything it started (workers, children, cache writes): exit once the output has left, rather
// than wait for Node to tear down a heap that a validation run grows to ~200 MB, which takes it a tenth of a second.
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit();
