/**
 * A mistake in the user's setup (inputs, config files, project files).
 * Reported as a user error with exit code 2, never with a stack trace.
 * The message should name the file, the line and the fix.
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  /** Path of the offending file, relative to the working directory when possible. */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;
  /** What the user should do about it. */
  readonly fix?: string;

  constructor(message: string, where: { file?: string; line?: number; fix?: string } = {}) {
    super(message);
    this.file = where.file;
    this.line = where.line;
    this.fix = where.fix;
  }

  /** One human-readable line: `file:line: message. Fix: ...` */
  describe(): string {
    const place = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    const fix = this.fix ? ` Fix: ${this.fix}` : "";
    return `${place}${this.message}${fix}`;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}
