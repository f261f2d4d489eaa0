/** The README's CLI synopsis and each command's --help name the same options: a newcomer reading either finds the other true. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Command (e.g. "connections sync") → the `--flags` its lines of the README's `## CLI` block name. */
function readmeSynopsis(): Map<string, Set<string>> {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const block = readme.split("\n## CLI\n")[1]?.split("```")[1];
  if (!block) throw new Error("README.md has no ## CLI code block");
  const commands = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  for (const line of block.split("\n")) {
    const start = /^astro-ci (connections sync|[a-z][a-z-]*)/.exec(line);
    if (line.startsWith("astro-ci --version")) current = undefined;
    else if (start) commands.set(start[1] as string, (current = new Set()));
    for (const flag of line.match(/--[a-z][a-z-]*/g) ?? []) current?.add(flag);
  }
  return commands;
}

async function helpOf(command: string): Promise<string> {
  let stdout = "";
  const code = await runCli([...command.split(" "), "--help"], { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: repoRoot, isTty: false, env: {} });
  expect(code).toBe(0);
  return stdout;
}

describe("README ## CLI against --help", () => {
  const synopsis = readmeSynopsis();
  it("lists the eight commands", () => {
    expect([...synopsis.keys()].sort()).toEqual(["branch-deploy", "command", "connections sync", "deploy", "drift", "teardown", "test", "validate-dags"]);
  });
  it.each([...synopsis.entries()])("astro-ci %s: every option the README names is in --help, and the other way round", async (command, flags) => {
    const help = await helpOf(command);
    const listed = new Set([...help.matchAll(/^ {2}(?:-[a-z], )?(--[a-z][a-z-]*)/gm)].map((m) => m[1] as string));
    listed.delete("--help");
    // validate-dags --help did not list --no-cache, which the README documents.
    expect([...flags].filter((f) => !listed.has(f)), "in the README, not in --help").toEqual([]);
    expect([...listed].filter((f) => !flags.has(f)), "in --help, not in the README").toEqual([]);
  });
});
