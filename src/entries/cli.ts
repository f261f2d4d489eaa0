import { runCli } from "../cli/main.js";
import { classifyError } from "../errors.js";

// A pipe closed early (`astro-ci ... | head`) ends quietly like other tools; any other stdout failure is the
// environment's (exit 2 with the reason), never an unhandled 'error' event with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`astro-ci: cannot write to standard output: ${classifyError(error).describe()}\n`);
  process.exit(2);
});

process.exitCode = await runCli(process.argv.slice(2));
// For the benchmark: peak memory of the whole process, worker threads included.
if (process.env.ASTRO_CI_PRINT_MAXRSS) process.stderr.write(`astro-ci-maxrss-kb: ${process.resourceUsage().maxRSS}\n`);
