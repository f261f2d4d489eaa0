import { execFileSync } from "node:child_process";
import { writeTree, makeTempTree } from "./temp-dir.js";

/** A real git repository in a temp dir, for tests that need history (DAG diff, deploy inference). */
export interface TempGitRepo {
  dir: string;
  write(files: Record<string, string | Uint8Array>): void;
  git(...args: string[]): string;
  commit(message: string): string;
  cleanup(): void;
}

export function createTempGitRepo(initial: Record<string, string | Uint8Array> = {}): TempGitRepo {
  const tree = makeTempTree(initial, "astro-ci-git-");
  const git = (...args: string[]): string =>
    execFileSync("git", args, {
      cwd: tree.dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.com",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.com",
        GIT_CONFIG_NOSYSTEM: "1",
      },
    }).trim();
  git("init", "-q", "-b", "main");
  return {
    dir: tree.dir,
    write: (files) => writeTree(tree.dir, files),
    git,
    commit(message) {
      git("add", "-A");
      git("commit", "-q", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD");
    },
    cleanup: tree.cleanup,
  };
}
