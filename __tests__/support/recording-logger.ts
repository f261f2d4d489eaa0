import type { Logger } from "../../src/util/logger.js";

/** Logger that keeps messages, for tests. */
export class RecordingLogger implements Logger {
  readonly messages: { level: "debug" | "info" | "warning" | "error"; message: string }[] = [];
  debug(message: string): void {
    this.messages.push({ level: "debug", message });
  }
  info(message: string): void {
    this.messages.push({ level: "info", message });
  }
  warning(message: string): void {
    this.messages.push({ level: "warning", message });
  }
  error(message: string): void {
    this.messages.push({ level: "error", message });
  }
}
