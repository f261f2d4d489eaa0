import { COMMAND_NAMES, type CommandName } from "./settings.js";

/** What the first line of a comment asks for. */
export type ParsedCommand =
  | { kind: "none" }
  | { kind: "command"; name: CommandName; args: string[]; target?: string }
  | { kind: "invalid"; reason: string; name?: string };

/**
 * Target names as `deployments:` `name:` allows them (schema/astro-ci.schema.json): also a valid part of a git ref name
 * (git check-ref-format: no `..`, no trailing `.` or `.lock`), as the lock refs `refs/astro-ci/locks/<target>` need.
 */
export const TARGET_NAME = /^(?!.*\.\.)(?!.*\.lock$)[A-Za-z0-9][A-Za-z0-9._-]{0,62}(?<!\.)$/;
const MAX_LINE = 200;

const ARITY: Record<CommandName, 0 | 1> = { help: 0, status: 0, validate: 0, preview: 0, teardown: 0, deploy: 1, lock: 1, unlock: 1 };

/**
 * `text` with the ASCII letters A-Z lower-cased and every other character as it is: `String.prototype.toLowerCase`
 * also maps non-ASCII letters onto ASCII ones (the Kelvin sign U+212A to `k`, U+0130 to `i` and a combining dot).
 */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}

/**
 * Parse the FIRST line of a comment body: `<prefix> <command> [target]`. The prefix and command are compared
 * case-insensitively for ASCII letters only (a fullwidth solidus, Cyrillic letters or the Kelvin sign U+212A are not
 * `/`, `a` or `k`: `/astro locK` is no `lock`, and a command word with any non-ASCII character is invalid); words are split on
 * whitespace as JavaScript's `\s` knows it (a no-break space pasted from a rendered comment, U+3000...), never through
 * a shell; invisible characters that are not whitespace (U+200B) stay in the word and make it invalid. Anything else
 * on later lines is ignored.
 * Returns `none` when the line does not start with the prefix, `invalid` (with a reason for the reply) when it does
 * but the command or its arguments are wrong.
 */
export function parseCommandLine(body: string, prefix: string): ParsedCommand {
  const firstLine = (body.split(/\r\n|\n|\r/, 1)[0] ?? "").replace(/^\s+|\s+$/g, "");
  const words = firstLine.split(/\s+/).filter(Boolean);
  if (words.length === 0 || asciiLowerCase(words[0] as string) !== asciiLowerCase(prefix)) return { kind: "none" };
  if (firstLine.length > MAX_LINE) return { kind: "invalid", reason: `the command line is longer than ${MAX_LINE} characters` };
  if (words.length === 1) return { kind: "command", name: "help", args: [] };
  const word = asciiLowerCase(words[1] as string);
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(word)) return { kind: "invalid", reason: "a command is ASCII letters only (a look-alike character such as the Kelvin sign is not a letter k)" };
  const name = (COMMAND_NAMES as readonly string[]).includes(word) ? (word as CommandName) : undefined;
  if (!name) return { kind: "invalid", reason: "unknown command" };
  const args = words.slice(2);
  if (args.length !== ARITY[name]) {
    return { kind: "invalid", name, reason: ARITY[name] === 1 ? `${name} takes exactly one target name` : `${name} takes no arguments` };
  }
  if (ARITY[name] === 1) {
    const target = args[0] as string;
    if (!TARGET_NAME.test(target)) return { kind: "invalid", name, reason: "a target name is letters, digits, '.', '_' and '-' (up to 63; no '..', no trailing '.' or '.lock')" };
    return { kind: "command", name, args, target };
  }
  return { kind: "command", name, args };
}

/**
 * Render untrusted text (a comment's line, a login) for a Markdown reply: one line, at most `max` characters, inside a
 * code span with backticks replaced, so nothing in it can mention, link, format or inject HTML.
 */
export function quoteUntrusted(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  let line = (text.split(/\r\n|\n|\r/, 1)[0] ?? "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/`/g, "'");
  if (Array.from(line).length > max) line = `${Array.from(line).slice(0, max).join("")}…`;
  return line ? `\`${line}\`` : "(empty)";
}
