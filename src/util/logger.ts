/** Where progress and diagnostics go: the Actions log in an action, stderr in the CLI. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** Logger for the CLI: everything to stderr (or `write`) so stdout stays machine-readable. */
export function createConsoleLogger(verbose = false, write: (text: string) => void = (t) => process.stderr.write(t)): Logger {
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}\n`);
    },
    info: (m) => write(`${m}\n`),
    warning: (m) => write(`warning: ${m}\n`),
    error: (m) => write(`error: ${m}\n`),
  };
}
