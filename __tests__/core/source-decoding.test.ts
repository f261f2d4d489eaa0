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
