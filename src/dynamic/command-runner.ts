import { spawn } from "node:child_process";
import type { CommandRunner } from "./airflow-environment.js";

export const nodeCommandRunner: CommandRunner = {
  run(command, args, options = {}) {
    return new Promise((resolve) => {
      const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"] });
      if (options.input !== undefined) child.stdin?.end(options.input);
      let stdout = "";
      let stderr = "";
      child.stdout?.on("data", (c: Buffer) => (stdout.length < 1 << 20 ? (stdout += c.toString()) : undefined));
      child.stderr?.on("data", (c: Buffer) => (stderr.length < 1 << 20 ? (stderr += c.toString()) : undefined));
      child.on("error", (error) => resolve({ exitCode: 127, stdout, stderr: error.message }));
      child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
    });
  },
};
