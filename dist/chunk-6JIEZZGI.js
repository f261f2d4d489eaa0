import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError,
  isInside
} from "./chunk-MOGDTFFA.js";

// src/cli/parse-args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, args, options, settings = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: settings.allowPositionals ?? true, tokens: true });
  } catch (error) {
    const message = error.message;
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      throw new ConfigurationError(`${ambiguous[1]} needs a value, and '-...' after it reads as another option`, { fix: `write ${ambiguous[1]}=VALUE for a value that starts with '-', or run \`astro-ci ${command} --help\` for its options` });
    }
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new ConfigurationError(`unknown option '${unknown[1]}'`, { fix: `run \`astro-ci ${command} --help\` for its options` });
    throw new ConfigurationError(message.split("\n")[0] ?? String(error), { fix: `run \`astro-ci ${command} --help\` for its options` });
  }
  const given = /* @__PURE__ */ new Map();
  for (const token of parsed.tokens) {
    if (token.kind !== "option" || token.value === void 0) continue;
    const option = `--${token.name}`;
    if (token.value === "") {
      throw new ConfigurationError(`${option} was given an empty value`, { fix: `give ${option} a value, or leave it out for its default (run \`astro-ci ${command} --help\` for its options)` });
    }
    const before = given.get(token.name);
    if (before !== void 0 && !options[token.name]?.multiple) {
      throw new ConfigurationError(`${option} was given twice ('${before}', then '${token.value}'): it takes one value`, { fix: `give ${option} once` });
    }
    given.set(token.name, token.value);
  }
  const { tokens: _tokens, ...result } = parsed;
  return result;
}

// src/util/logger.ts
function createConsoleLogger(verbose = false, write = (t) => process.stderr.write(t)) {
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}
`);
    },
    info: (m) => write(`${m}
`),
    warning: (m) => write(`warning: ${m}
`),
    error: (m) => write(`error: ${m}
`)
  };
}

// src/util/repo-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findRepositoryRoot(start) {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function defaultRepositoryRoot(project, cwd) {
  const checkout = findRepositoryRoot(project);
  if (checkout !== void 0) return checkout;
  const root = resolve(cwd);
  return isInside(root, resolve(project)) ? root : resolve(project);
}

export {
  parseCommandArgs,
  createConsoleLogger,
  findRepositoryRoot,
  defaultRepositoryRoot
};
