import { describe, expect, it } from "vitest";
import { decodePythonSource } from "../../src/dags/source-decoding.js";

const bytes = (s: string | number[]): Uint8Array => (typeof s === "string" ? new TextEncoder().encode(s) : Uint8Array.from(s));

describe("decodePythonSource", () => {
  it("decodes UTF-8 and strips a BOM", () => {
    expect(decodePythonSource(bytes("x = 'é'\n"))).toEqual({ ok: true, text: "x = 'é'\n", encoding: "utf-8" });
    const withBom = decodePythonSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("x = 1\n")]));
    expect(withBom).toMatchObject({ ok: true, text: "x = 1\n" });
  });

  it("reads line ends as CPython's tokenizer does: \\r\\n and a lone \\r are \\n", () => {
    expect(decodePythonSource(bytes("a = 1\r\nb = 2\r\n"))).toMatchObject({ ok: true, text: "a = 1\nb = 2\n" });
    // A lone \r ends a comment for CPython and ruff; tree-sitter's grammar read on through it, hiding the code after.
    expect(decodePythonSource(bytes("x = 1  # note\ry = 2\rz = '\r\n'"))).toMatchObject({ ok: true, text: "x = 1  # note\ny = 2\nz = '\n'" });
    // Latin-1 source too, and a file without \r is the very string decoded.
    expect(decodePythonSource(Uint8Array.from([...bytes("# -*- coding: latin-1 -*-\r\nname = '"), 0xe9, ...bytes("'\r")]))).toMatchObject({ ok: true, text: "# -*- coding: latin-1 -*-\nname = 'é'\n" });
  });

  it("reads the coding cookie and reports positions with lone \\r line ends too (second tester)", () => {
    const cookie = [...bytes("#!/usr/bin/env python\r# -*- coding: latin-1 -*-\r# airflow dag\rx = \"caf"), 0xe9, ...bytes('"\r')];
    expect(decodePythonSource(Uint8Array.from(cookie))).toMatchObject({ ok: true, text: expect.stringContaining('x = "café"\n') });
    expect(decodePythonSource(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("#!/x\r# coding: latin-1\r# airflow dag\ry = 1\r")]))).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/with BOM/) });
    expect(decodePythonSource(Uint8Array.from([...bytes('# airflow dag\rx = 1\r\ny = "caf'), 0xe9, ...bytes('"\r')]))).toMatchObject({ ok: false, line: 3, column: 9 });
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

  it("refuses a BOM beside a coding declaration for another codec, in CPython's words (get_normal_name)", () => {
    // CPython 3.11/3.12: SyntaxError: encoding problem: iso-8859-1 with BOM (and 'utf8', 'cp1252' as written).
    const bom = (text: string): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(text)]);
    const refused = (text: string): string | undefined => {
      const result = decodePythonSource(bom(text));
      return result.ok ? undefined : `${result.line}: ${result.message.split(":")[0]}`;
    };
    expect(refused("# -*- coding: Latin_1 -*-\nx = 1\n")).toBe("1: encoding problem");
    expect(decodePythonSource(bom("#!/usr/bin/env python\n# coding: cp1252\nx = 1\n"))).toMatchObject({ ok: false, line: 2, message: expect.stringContaining("encoding problem: cp1252 with BOM") });
    expect(decodePythonSource(bom("# coding: utf8\nx = 1\n"))).toMatchObject({ ok: false, message: expect.stringContaining("encoding problem: utf8 with BOM") });
    expect(decodePythonSource(bom("# coding: latin-1\nx = 1\n"))).toMatchObject({ ok: false, message: expect.stringContaining("encoding problem: iso-8859-1 with BOM") });
    expect(refused("# -*- coding: UTF-8 -*-\nx = 1\n")).toBeUndefined();
    expect(refused("# coding: utf-8-sig\nx = 1\n")).toBeUndefined();
  });

  it("reports an unknown codec in the cookie", () => {
    expect(decodePythonSource(bytes("# coding: klingon\nx = 1\n"))).toMatchObject({ ok: false, line: 1 });
  });
});

describe("the offending byte of a decoding error (CPython's byte and position)", () => {
  it.each([
    ["a Latin-1 é before an ASCII quote", [...bytes("# airflow dag\nname = '"), 0xe9, ...bytes("'\n")], 0xe9, 22, 2, 9, "invalid continuation byte"],
    ["a lone continuation byte", [...bytes("x = '"), 0x80, ...bytes("'\n")], 0x80, 5, 1, 6, "invalid start byte"],
    ["a truncated 3-byte sequence at the end", [...bytes("x = 1\n"), 0xe2, 0x82], 0xe2, 6, 2, 1, "unexpected end of data"],
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

describe("bytes that are not UTF-8 inside comments (CPython compiles source bytes decoding tokens, never comments)", () => {
  // Each case checked against CPython 3.11.7, 3.12.1 and 3.13.0: compile(source_bytes, path, "exec"), which is what
  // importlib's SourceLoader (and so Airflow's DagBag) does with a DAG file.
  it.each([
    ["a Latin-1 é in a trailing comment", [...bytes("x = 1  # caf"), 0xe9, ...bytes("\n")]],
    ["a comment line of stray bytes", [...bytes("x = 1\n#"), 0xff, 0xfe, ...bytes("\n")]],
    ["a truncated sequence in the last comment, no newline", [...bytes("x = 1\n# "), 0xe2, 0x82]],
    ["an encoded surrogate in a comment", [...bytes("x = 1 # "), 0xed, 0xa0, 0x80, ...bytes(" surrogate\n")]],
    ["after an explicit utf-8 cookie", [...bytes("# -*- coding: utf-8 -*-\nx = 1  # caf"), 0xe9, ...bytes("\n")]],
    ["after a BOM", [0xef, 0xbb, 0xbf, ...bytes("x = 1  # caf"), 0xe9, ...bytes("\n")]],
    ["after an f-string", [...bytes('x = f"{1}" # caf'), 0xe9, ...bytes("\n")]],
    ["with a CRLF line end", [...bytes("# caf"), 0xe9, ...bytes("\r\nx = 1\r\n")]],
  ])("%s imports: no decoding error", (_name, input) => {
    const result = decodePythonSource(Uint8Array.from(input));
    expect(result).toMatchObject({ ok: true, encoding: "utf-8" });
    if (result.ok) expect(result.text).toContain("\ufffd");
  });

  it.each([
    ["in a triple-quoted string, on a line that looks like a comment", [...bytes('x = """a\n# caf'), 0xe9, ...bytes('\n"""\n')], 2, 6],
    ["in a string after one holding '#'", [...bytes('x = "# " + "caf'), 0xe9, ...bytes('"\n')], 1, 16],
    ["in a string with an escaped quote before the '#'", [...bytes('x = 1 # ok\ny = "a\\"# caf'), 0xe9, ...bytes('"\n')], 2, 14],
    ["in an identifier", [...bytes("caf"), 0xe9, ...bytes(" = 1  # caf"), 0xe9, ...bytes("\n")], 1, 4],
  ])("%s still fails, on that byte", (_name, input, line, column) => {
    expect(decodePythonSource(Uint8Array.from(input))).toMatchObject({ ok: false, line, column });
  });
});
