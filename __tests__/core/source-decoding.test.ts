import { describe, expect, it } from "vitest";
import { decodePythonSource } from "../../src/dags/source-decoding.js";

const bytes = (s: string | number[]): Uint8Array => (typeof s === "string" ? new TextEncoder().encode(s) : Uint8Array.from(s));

describe("decodePythonSource", () => {
  it("decodes UTF-8 and strips a BOM", () => {
    expect(decodePythonSource(bytes("x = 'é'\n"))).toEqual({ ok: true, text: "x = 'é'\n", encoding: "utf-8" });
    const withBom = decodePythonSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("x = 1\n")]));
    expect(withBom).toMatchObject({ ok: true, text: "x = 1\n" });
  });

  it("honours a PEP 263 coding cookie on line 2", () => {
    const source = [...bytes("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nname = '"), 0xe9, ...bytes("'\n")];
    expect(decodePythonSource(Uint8Array.from(source))).toMatchObject({ ok: true, text: expect.stringContaining("name = 'é'") });
  });

  it("reports the line and column of bytes that are not UTF-8", () => {
    const result = decodePythonSource(Uint8Array.from([...bytes("a = 1\nb = '"), 0xff, ...bytes("'\n")]));
    expect(result).toMatchObject({ ok: false, line: 2, column: 6 });
    if (!result.ok) expect(result.message).toContain("0xff");
  });

  it("refuses NUL bytes like CPython does", () => {
    const result = decodePythonSource(Uint8Array.from([...bytes("x = 1\n\n"), 0, 1, 2]));
    expect(result).toMatchObject({ ok: false, line: 3, column: 1 });
    if (!result.ok) expect(result.message).toContain("null bytes");
  });

  it("reports an unknown codec in the cookie", () => {
    expect(decodePythonSource(bytes("# coding: klingon\nx = 1\n"))).toMatchObject({ ok: false, line: 1 });
  });
});

describe("the offending byte of a decoding error (CPython's byte and position)", () => {
  it.each([
    ["a Latin-1 é before an ASCII quote", [...bytes("# airflow dag\nname = '"), 0xe9, ...bytes("'\n")], 0xe9, 22, 2, 9, "invalid continuation byte"],
    ["a lone continuation byte", [...bytes("x = '"), 0x80, ...bytes("'\n")], 0x80, 5, 1, 6, "invalid start byte"],
    ["a truncated 3-byte sequence at the end", [...bytes("x = 1\n# "), 0xe2, 0x82], 0xe2, 8, 2, 3, "unexpected end of data"],
    ["an encoded surrogate", [...bytes("s = '"), 0xed, 0xa0, 0x80, ...bytes("'\n")], 0xed, 5, 1, 6, "invalid continuation byte"],
    ["an overlong encoding", [...bytes("s = '"), 0xc0, 0xaf, ...bytes("'\n")], 0xc0, 5, 1, 6, "invalid start byte"],
  ])("%s", (_name, input, byte, position, line, column, reason) => {
    const result = decodePythonSource(Uint8Array.from(input));
    expect(result).toMatchObject({ ok: false, line, column });
    if (!result.ok) expect(result.message).toContain(`can't decode byte 0x${byte.toString(16)} in position ${position}: ${reason}`);
  });

  it("counts the position after a UTF-8 BOM the way the file holds it", () => {
    const result = decodePythonSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("x = '"), 0xff, ...bytes("'\n")]));
    if (result.ok) throw new Error("expected a decoding error");
    expect(result.message).toContain("byte 0xff in position 8");
  });
});
