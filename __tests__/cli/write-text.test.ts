import { describe, expect, it } from "vitest";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeTextInChunks } from "../../src/util/write-text.js";
import { makeTempTree } from "../support/temp-dir.js";

describe("writeTextInChunks", () => {
  it("writes the exact UTF-8 of the text, never splitting a surrogate pair at a chunk boundary", () => {
    const t = makeTempTree({});
    try {
      // Chunks of every width through one reused buffer: 3-byte characters filling it, a lone surrogate, ASCII after.
      for (const text of ["ab😀cdé→😀😀x".repeat(5), `${"→".repeat(3000)}\ud800${"x".repeat(2500)}😀`]) {
        for (const chunk of [1, 2, 3, 4, 7, 1000]) {
          const path = join(t.dir, `out-${chunk}`);
          const fd = openSync(path, "w");
          writeTextInChunks(fd, text, chunk);
          closeSync(fd);
          expect(readFileSync(path)).toEqual(Buffer.from(text, "utf8"));
        }
      }
    } finally {
      t.cleanup();
    }
  });
});
