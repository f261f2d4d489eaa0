import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { emitReport, type CliIo } from "../../src/cli/main.js";
import { makeTempTree } from "../support/temp-dir.js";

describe("emitReport", () => {
  it("writes a report in parts to stdout part by part, in order, and to --output as the text they make", async () => {
    const t = makeTempTree({});
    try {
      const out: string[] = [];
      const io: CliIo = { stdout: (text) => out.push(text), stderr: () => undefined, cwd: t.dir, isTty: false };
      const parts = ['{"a":', '{"hits":1}', ',"é😀":2}', "\n"];
      expect(await emitReport(parts, undefined, io)).toBeUndefined();
      expect(out).toEqual(parts);
      expect(await emitReport(parts, "reports/r.json", io)).toBeUndefined();
      expect(readFileSync(join(t.dir, "reports/r.json"), "utf8")).toBe(parts.join(""));
    } finally {
      t.cleanup();
    }
  });
});
