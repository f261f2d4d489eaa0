import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { ConfigurationError } from "../errors.js";
import { isInside } from "../util/is-inside.js";

/**
 * pytest options that take a value as the next word (`-k slow`, `--tb short`): that word is not a test path. Options
 * whose value is optional (`--cov`, `--debug`, `--cache-show`) take the next word too, as argparse gives it to them.
 * A plugin's option missing here is still fine written `--option=value`.
 */
const SHORT_WITH_VALUE = new Set(["k", "m", "p", "o", "c", "W", "r", "n"]);
const LONG_WITH_VALUE = new Set([
  "--basetemp", "--cache-show", "--capture", "--code-highlight", "--color", "--confcutdir", "--config-file", "--cov", "--cov-config",
  "--cov-fail-under", "--cov-report", "--debug", "--deselect", "--dist", "--doctest-glob", "--doctest-report", "--durations",
  "--durations-min", "--html", "--ignore", "--ignore-glob", "--import-mode", "--junit-prefix", "--junit-xml", "--junitxml",
  "--last-failed-no-failures", "--lfnf", "--log-auto-indent", "--log-cli-date-format", "--log-cli-format", "--log-cli-level",
  "--log-date-format", "--log-file", "--log-file-date-format", "--log-file-format", "--log-file-level", "--log-format",
  "--log-level", "--maxfail", "--maxprocesses", "--numprocesses", "--override-ini", "--pastebin", "--randomly-seed",
  "--report-log", "--reruns", "--reruns-delay", "--rootdir", "--tb", "--timeout", "--timeout-method", "--tx", "--verbosity",
  "--inifile", "--assert", "--show-capture", "--pythonwarnings", "--css",
]);

/**
 * Split the words given to pytest (after `--` on the CLI, the action's pytest-args) into test paths and the rest:
 * a word that is neither an option nor an option's value is a path or node id (`tests/x.py`, `tests/x.py::test_c`,
 * `tests/dags/test_dag_example.py::test_file_imports[dags/a.py]`), which replaces the default `tests/` as in
 * `astro dev pytest tests/x.py`. Each is checked (testPathProblem); a problem is a ConfigurationError (exit 2).
 */
export function splitPytestArguments(args: string[], projectRoot: string): { paths: string[]; options: string[] } {
  const paths: string[] = [];
  const options: string[] = [];
  let takesValue = false;
  for (const word of args) {
    if (takesValue) {
      options.push(word);
      takesValue = false;
    } else if (word.startsWith("--")) {
      options.push(word);
      takesValue = !word.includes("=") && LONG_WITH_VALUE.has(word);
    } else if (word.startsWith("-") && word.length > 1) {
      options.push(word);
      // `-vk` takes a value next, `-kslow` has it: the first letter that takes a value ends the flags.
      const letters = word.slice(1);
      const at = [...letters].findIndex((c) => SHORT_WITH_VALUE.has(c));
      takesValue = at === letters.length - 1;
    } else {
      const problem = testPathProblem(projectRoot, word);
      if (problem) {
        throw new ConfigurationError(`pytest argument '${word}' ${problem}`, {
          fix: "give test paths relative to the project (tests/x.py, tests/x.py::test_name); an option's value goes with it as --option=value",
        });
      }
      paths.push(normalizeTestPath(projectRoot, word));
    }
  }
  return { paths, options };
}

/**
 * Why a project-relative test path or node id (`path::name[param]`) cannot be given to pytest: its file part is
 * outside the project, starts with `-` (pytest would read an option), or does not exist. Undefined when fine.
 */
export function testPathProblem(projectRoot: string, path: string): string | undefined {
  const file = path.split("::")[0] ?? "";
  if (!file) return "names no file";
  if (file.startsWith("-")) return "starts with '-' (pytest would read it as an option)";
  const rel = relative(projectRoot, resolve(projectRoot, file));
  if (!isInside(projectRoot, resolve(projectRoot, file))) return "is outside the project (tests run on a copy of the project only)";
  if (rel.split(sep)[0]?.startsWith("-")) return "starts with '-' (pytest would read it as an option)";
  if (!existsSync(resolve(projectRoot, file))) return `does not exist in the project${path.includes("::") ? ` (the file part of the node id, ${file})` : ""}`;
  return undefined;
}

/** A checked path as pytest gets it: the file part relative to the project (POSIX), the node id part as it was. */
function normalizeTestPath(projectRoot: string, path: string): string {
  const at = path.indexOf("::");
  const file = at === -1 ? path : path.slice(0, at);
  const rel = relative(projectRoot, resolve(projectRoot, file)).split(sep).join("/") || ".";
  return at === -1 ? rel : `${rel}${path.slice(at)}`;
}
