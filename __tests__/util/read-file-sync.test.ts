/**
 * The one reader of files a repository controls: regular files only, never more than the limit (also when the file
 * turns out larger than its fstat said), and its refusals classified as the user's (exit 2) in words naming the file.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyError } from "../../src/errors.js";
import { readEventPayload } from "../../src/github/context.js";
import { readRegularFile, readRegularFileChunks, readRegularFileSync } from "../../src/util/read-file-sync.js";
import { PROJECT_FILE_LIMIT, readNonRepositoryBytes, readNonRepositoryTextSync, readUserBytes, readUserTextSync } from "../../src/util/user-files.js";
import { tempDirPath } from "../support/temp-dir.js";

// A regular file whose fstat size (0) is less than what it holds: the reader's "it grew meanwhile" path, every time.
const GROWS = "/proc/self/maps";

describe("a file larger than its fstat said is read no further than the limit", () => {
  it("sync: the bytes seen (above the limit) instead of the content", () => {
    const bounded = readRegularFileSync(GROWS, 16);
    expect(typeof bounded).toBe("number");
    expect(bounded as number).toBeGreaterThan(16);
    const whole = readRegularFileSync(GROWS);
    expect(Buffer.isBuffer(whole) && whole.length > 16).toBe(true);
  });

  it("async: the same", async () => {
    const bounded = await readRegularFile(GROWS, 16);
    expect(typeof bounded).toBe("number");
    expect(bounded as number).toBeGreaterThan(16);
    const whole = await readRegularFile(GROWS);
    expect(Buffer.isBuffer(whole) && whole.length > 16).toBe(true);
  });
});

describe("what is not a regular file is refused before a byte is read", () => {
  it.each([
    ["a symlink to /dev/zero", (dir: string) => (symlinkSync("/dev/zero", join(dir, "f")), join(dir, "f")), "EINVAL", "a symlink to /dev/zero, which is a character device, not a regular file"],
    ["a FIFO", (dir: string) => (execFileSync("mkfifo", [join(dir, "f")]), join(dir, "f")), "EINVAL", "a FIFO (named pipe), not a regular file"],
    ["a folder", (dir: string) => dir, "EISDIR", "is a folder, but a file is expected here"],
    ["a symlink to a folder", (dir: string) => (symlinkSync(tmpdir(), join(dir, "f")), join(dir, "f")), "EISDIR", `a symlink to ${tmpdir()}, which is a folder, but a file is expected here`],
  ])("%s", async (_name, make, code, reason) => {
    const dir = tempDirPath();
    const path = make(dir);
    const reads: (() => unknown)[] = [
      () => readRegularFileSync(path),
      () => readRegularFile(path),
      () => readUserTextSync(path, { repoRoot: dir }),
      () => readUserBytes(path, { repoRoot: dir }),
      () => readNonRepositoryTextSync(path),
      () => readNonRepositoryBytes(path),
    ];
    for (const read of reads) {
      const error = await Promise.resolve().then(read).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code, path });
      const classified = classifyError(error, "/");
      expect(classified.kind).toBe("user");
      expect(classified.describe()).toContain(`cannot read: ${reason}`);
    }
    await expect(readRegularFileChunks(path, 10).next()).rejects.toMatchObject({ code });
  }, 10_000);
});

describe("a user's file above the limit", () => {
  it("is EFBIG naming its size and the limit, without reading it", async () => {
    const path = join(tempDirPath(), "requirements.txt");
    writeFileSync(path, "");
    truncateSync(path, PROJECT_FILE_LIMIT + 1);
    const repoRoot = dirname(path);
    const reads: (() => unknown)[] = [() => readUserTextSync(path, { repoRoot }), () => readUserBytes(path, { repoRoot }), () => readNonRepositoryTextSync(path), () => readNonRepositoryBytes(path)];
    for (const read of reads) {
      const error = await Promise.resolve().then(read).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "EFBIG", path });
      expect(classifyError(error, "/").describe()).toContain("cannot read: the file is 4.2 MB, above the 4 MiB limit for project settings files");
    }
  });

  it("a smaller limit of the caller's, with its name and fix", () => {
    const path = join(tempDirPath(), "event.json");
    writeFileSync(path, "{}".padEnd(100));
    expect(() => readNonRepositoryTextSync(path, { limit: 10, limitName: "for tests", fix: "do this" })).toThrow(expect.objectContaining({ code: "EFBIG", reason: "the file is 100 bytes, above the 10 bytes limit for tests", fix: "do this" }));
  });
});

describe("readRegularFileChunks (the deploy tarball's large files)", () => {
  it("stops at maxBytes even when the file holds more", async () => {
    const path = join(tempDirPath(), "big.py");
    writeFileSync(path, Buffer.alloc(200_000, 0x61));
    let total = 0;
    for await (const chunk of readRegularFileChunks(path, 150_000)) total += chunk.length;
    expect(total).toBe(150_000);
  });
});

describe("GITHUB_EVENT_PATH", () => {
  it("naming /dev/zero is a ConfigurationError saying what it is, never an endless read", () => {
    expect(() => readEventPayload({ GITHUB_EVENT_PATH: "/dev/zero" })).toThrow(/cannot read the event payload: a character device, not a regular file/);
  });
});
