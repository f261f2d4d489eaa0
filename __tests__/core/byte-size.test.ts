import { describe, expect, it } from "vitest";
import { formatByteSize, parseByteSize } from "../../src/util/numbers.js";

describe("byte sizes in messages", () => {
  it("writes a limit set in binary units as it was set (the default max-file-size is 5 MiB, not '5.2 MB')", () => {
    expect(formatByteSize(parseByteSize("5MiB", "max-file-size", { example: "5MiB" }))).toBe("5 MiB");
    expect(formatByteSize(512 * 1024)).toBe("512 KiB");
  });
  it("writes other sizes in decimal units", () => {
    expect(formatByteSize(6_300_000)).toBe("6.3 MB");
    expect(formatByteSize(5_000_000)).toBe("5.0 MB");
    expect(formatByteSize(999)).toBe("999 bytes");
    expect(formatByteSize(1500)).toBe("1.5 kB");
  });
});
