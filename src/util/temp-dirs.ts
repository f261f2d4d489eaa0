import { rmSync } from "node:fs";
import { constants } from "node:os";

/** Temporary folders astro-ci made and has not removed yet: removed on a signal too (a cancelled job, Ctrl-C). */
const live = new Set<string>();

/** What to do first when the run is stopped (kill a child still writing into a tracked folder). */
const hooks = new Set<() => void>();

/** Runs `hook` if the run is stopped by a signal before the returned function is called. */
export function onStop(hook: () => void): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Remembers `dir` (a folder this run made: a throwaway copy, a docker login config) until `released`. */
export function tracked(dir: string): string {
  live.add(dir);
  return dir;
}

/** Forgets `dir`: its owner removed it (or keeps it on purpose). */
export function released(dir: string): void {
  live.delete(dir);
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Once per process (the actions' wrapper may run more than once in a test process). */
let installed = false;

/**
 * On SIGINT, SIGTERM or SIGHUP (Ctrl-C, a cancelled GitHub job, a test killing its parent): remove the tracked
 * folders, say why the run stopped, and exit as a process killed by that signal would (128 + its number). Without
 * this, Node exited 143 without a word and left the project's throwaway copy, and with a deploy a docker login
 * config, in the temp folder.
 */
export function stopCleanlyOnSignals(say: (line: string) => void): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      for (const hook of hooks) {
        try {
          hook();
        } catch {
          // best effort: the run is ending
        }
      }
      const removed = live.size;
      for (const dir of live) {
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          // best effort: the run is ending
        }
      }
      live.clear();
      say(`astro-ci: stopped by ${signal}${removed ? ` (removed ${removed} temporary folder${removed === 1 ? "" : "s"})` : ""}`);
      process.exit(128 + constants.signals[signal]);
    });
  }
}
