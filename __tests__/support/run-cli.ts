import { vi } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main.js";

/**
 * Run the CLI in-process from `cwd`, capturing what it prints: `stdout`, and `stderr` together with the console
 * logger's lines (which go to process.stderr directly). Not a TTY. `env`: the environment the CLI reads (default: ours).
 */
export async function runCliCaptured(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, ...(env ? { env } : {}) };
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await runCli(args, io), stdout, stderr };
  } finally {
    spy.mockRestore();
  }
}
