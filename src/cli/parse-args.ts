import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigurationError } from "../errors.js";

/**
 * The one argument parser of every `astro-ci` command: Node's `parseArgs` (positionals allowed unless
 * `allowPositionals: false`), with its errors turned into usage errors (exit 2) that point at the command's `--help`,
 * never a stack trace. `command` is how the command is typed after `astro-ci` (e.g. `"connections sync"`).
 *
 * @throws ConfigurationError for an unknown option, a missing value, or a value that starts with `-` given apart
 *   from its option (`--pr -1`: Node reads `-1` as another option; the message says to write `--pr=-1`); an option
 *   taking one value given twice (`--format json --format text`: Node kept the last without a word), unless it is
 *   `multiple` (documented as repeatable); an empty value (`--output ""`), which no option takes.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: O, settings: { allowPositionals?: boolean } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: settings.allowPositionals ?? true, tokens: true });
  } catch (error) {
    const message = (error as Error).message;
    // `--import-timeout -1`: parseArgs will not take a value that starts with a dash unless it is joined with `=`.
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      throw new ConfigurationError(`${ambiguous[1]} needs a value, and '-...' after it reads as another option`, { fix: `write ${ambiguous[1]}=VALUE for a value that starts with '-', or run \`astro-ci ${command} --help\` for its options` });
    }
    // Node's own wording for an unknown option suggests '-- "--x"', which means a positional here: leave it out.
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new ConfigurationError(`unknown option '${unknown[1]}'`, { fix: `run \`astro-ci ${command} --help\` for its options` });
    throw new ConfigurationError(message.split("\n")[0] ?? String(error), { fix: `run \`astro-ci ${command} --help\` for its options` });
  }
  const given = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const option = `--${token.name}`;
    if (token.value === "") {
      throw new ConfigurationError(`${option} was given an empty value`, { fix: `give ${option} a value, or leave it out for its default (run \`astro-ci ${command} --help\` for its options)` });
    }
    const before = given.get(token.name);
    if (before !== undefined && !options[token.name]?.multiple) {
      throw new ConfigurationError(`${option} was given twice ('${before}', then '${token.value}'): it takes one value`, { fix: `give ${option} once` });
    }
    given.set(token.name, token.value);
  }
  const { tokens: _tokens, ...result } = parsed;
  return result;
}
