import { runCli } from "../cli/main.js";

process.exitCode = await runCli(process.argv.slice(2));
// For the benchmark: peak memory of the whole process, worker threads included.
if (process.env.ASTRO_CI_PRINT_MAXRSS) process.stderr.write(`astro-ci-maxrss-kb: ${process.resourceUsage().maxRSS}\n`);
