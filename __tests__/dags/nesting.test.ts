import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SAFE_NESTING, isStackOverflow, nestingBound } from "../../src/dags/nesting.js";
import { createPythonParser, treeDepth, type PythonParser } from "../../src/dags/python-parser.js";

let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});

/** tree-sitter's real depth of a source. */
function depthOf(source: string): { depth: number; line: number } {
  const tree = parser.parse(source);
  try {
    return treeDepth(tree);
  } finally {
    tree.delete();
  }
}

/** Nestings of every kind Python has, `n` levels deep (the shapes a deep-nesting crash was measured with, and more). */
const SHAPES: Record<string, (n: number) => string> = {
  rshift: (n) => `x = ${Array(n).fill("t").join(" >> ")}\n`,
  parens: (n) => `x = ${"(".repeat(n)}a${")".repeat(n)}\n`,
  lists: (n) => `x = ${"[".repeat(n)}a${"]".repeat(n)}\n`,
  listsWithSiblings: (n) => `x = ${"[1, ".repeat(n)}a${"]".repeat(n)}\n`,
  unary: (n) => `x = ${"-".repeat(n)}a\n`,
  not: (n) => `x = ${"not ".repeat(n)}a\n`,
  attributes: (n) => `x = a${".b".repeat(n)}\n`,
  calls: (n) => `x = f${"()".repeat(n)}\n`,
  subscripts: (n) => `x = f${"[0]".repeat(n)}\n`,
  lambdas: (n) => `x = ${"lambda: ".repeat(n)}0\n`,
  lambdasWithParameters: (n) => `x = ${"lambda a, b: ".repeat(n)}0\n`,
  lambdasInCalls: (n) => `x = ${"f(1, lambda a, b=2: ".repeat(n)}0${")".repeat(n)}\n`,
  conditionals: (n) => `x = ${"a if b else ".repeat(n)}c\n`,
  powers: (n) => `x = ${Array(n).fill("a").join(" ** ")}\n`,
  and: (n) => `x = ${Array(n).fill("a").join(" and ")}\n`,
  walrus: (n) => `x = ${"(y := ".repeat(n)}0${")".repeat(n)}\n`,
  dicts: (n) => `x = ${"{1: ".repeat(n)}0${"}".repeat(n)}\n`,
  dictsWithSiblings: (n) => `x = ${'{"k": 1, "v": '.repeat(n)}0${"}".repeat(n)}\n`,
  keywordArguments: (n) => `x = ${"f(a=".repeat(n)}0${")".repeat(n)}\n`,
  keywordSiblings: (n) => `x = ${"f(a=1, b=".repeat(n)}0${")".repeat(n)}\n`,
  generics: (n) => `x: ${"list[".repeat(n)}int${"]".repeat(n)} = []\n`,
  fstringField: (n) => `x = f'{${Array(n).fill("a").join(" + ")}}'\n`,
  fstringNested: (n) => `x = ${'f"{'.repeat(Math.min(n, 150))}0${'}"'.repeat(Math.min(n, 150))}\n`,
  fstringFormatSpec: (n) => `x = f"{a:{${Array(n).fill("b").join("+")}}}"\n`,
  comprehensions: (n) => `x = ${"[a for a in ".repeat(n)}b${"]".repeat(n)}\n`,
  tuples: (n) => `x = ${"(1, ".repeat(n)}2${")".repeat(n)}\n`,
  starred: (n) => `x = ${"f(*".repeat(n)}a${")".repeat(n)}\n`,
  awaits: (n) => `async def f():\n    return ${"await ".repeat(n)}a\n`,
  yields: (n) => `def f():\n    x = ${"(yield ".repeat(n)}a${")".repeat(n)}\n`,
  sets: (n) => `x = ${"{".repeat(n)}a${"}".repeat(n)}\n`,
  slices: (n) => `x = a${"[b:".repeat(n)}c${"]".repeat(n)}\n`,
  backslashLines: (n) => `x = a ${"\\\n    + a ".repeat(n)}\n`,
  bracketLines: (n) => `x = (\n${"    a >>\n".repeat(n)}    a\n)\n`,
  semicolons: (n) => `${Array(n).fill("a = 1").join("; ")}; x = ${Array(n).fill("a").join(" >> ")}\n`,
  ifBlocks: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(i)}if a:\n`).join("")}${" ".repeat(Math.min(n, 99))}x = ${Array(n).fill("a").join(" + ")}\n`,
  tryBlocks: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(i)}try:\n${" ".repeat(i + 1)}pass\n${" ".repeat(i)}except E:\n`).join("")}${" ".repeat(Math.min(n, 99))}pass\n`,
  decorated: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(i)}@d(${"[".repeat(3)}1${"]".repeat(3)})\n${" ".repeat(i)}def f():\n`).join("")}${" ".repeat(Math.min(n, 99))}pass\n`,
  matchBlocks: (n) => `${Array.from({ length: Math.min(n, 49) }, (_, i) => `${"  ".repeat(i)}match a:\n${"  ".repeat(i)} case [1, {"k": (2 | 3)}]:\n`).join("")}${"  ".repeat(Math.min(n, 49))}  pass\n`,
  tabs: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${"\t".repeat(i)}while a:\n`).join("")}${"\t".repeat(Math.min(n, 99))}pass\n`,
  stringsHidingBrackets: (n) => `x = "${"(".repeat(n)}" + '''${"[".repeat(n)}\n''' + a${".b".repeat(n)}\n`,
  unclosed: (n) => `x = ${"(".repeat(n)}a\n`,
  unterminatedString: (n) => `x = 'abc\ny = ${"(".repeat(n)}a${")".repeat(n)}\n`,
  unterminatedTriple: (n) => `x = """abc\ny = ${"(".repeat(n)}a\n`,
  strayClosers: (n) => `${")".repeat(n)}\nx = ${"(".repeat(n)}a${")".repeat(n)}\n`,
  // Found by a fresh tester (each hid deep code from an earlier scanner):
  backslashNewlineInString: (n) => `x = 'a\\\n' + ${"-".repeat(n)}1\n`,
  fstringBraceInNestedString: (n) => `x = f"{'}"'}" + ${"(".repeat(n)}1${")".repeat(n)}\n`,
  fstringCommentInField: (n) => `x = f"""{1 # }"""\n}"""\ny = ${"-".repeat(n)}1\n`,
  fstringNestedFormatted: (n) => `x = f"{f'{"}"}' + ${"(".repeat(n)}1${")".repeat(n)}}"\n`,
  formFeedIndent: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(Math.min(n, 99) - i)}\f${" ".repeat(i)}if x:\n`).join("")}${" ".repeat(Math.min(n, 99) + 1)}pass\n`,
  tabsAfterSpaces: (n) => `if x:\n${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(i)}\tif x:\n`).join("")}${" ".repeat(Math.min(n, 99))}\t pass\n`,
  // Found by a second tester:
  chainedTupleAssignments: (n) => `${"a, b = ".repeat(n)}1, 2\n`,
  chainedStarredAssignments: (n) => `${"*a, b = ".repeat(n)}1, 2\n`,
  annotatedChain: (n) => `x: int = ${"a, b = ".repeat(n)}1, 2\n`,
  digitBeforeFstring: (n) => `x = 1f"{${"-".repeat(n)}1}"\n`,
  spaceLikeBeforeFstring: (n) => `x = \u00a0f"{${"-".repeat(n)}1}"\n`,
  longPrefix: (n) => `x = fffff"{${"-".repeat(n)}1}"\n`,
  mismatchedClosers: (n) => `x = ${"(".repeat(Math.min(n, 150))}${"]".repeat(Math.min(n, 150))}${"-".repeat(n)}1${")".repeat(Math.min(n, 150))}\n`,
  classes: (n) => `${Array.from({ length: Math.min(n, 99) }, (_, i) => `${" ".repeat(i)}class C${i}(B[${"[".repeat(2)}int${"]".repeat(2)}], metaclass=M):\n`).join("")}${" ".repeat(Math.min(n, 99))}pass\n`,
};

/** A random expression of the shapes above, mixed (seeded, so a failure reproduces). */
function randomSource(seed: number): string {
  let state = seed;
  const next = (k: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % k;
  };
  const expression = (depth: number): string => {
    if (depth === 0 || next(6) === 0) return ["a", "1", "'s'", "f'{b}'", "x.y", "None"][next(6)] as string;
    const inner = (): string => expression(depth - 1);
    switch (next(16)) {
      case 0: return `(${inner()})`;
      case 1: return `[${inner()}, ${inner()}]`;
      case 2: return `{${inner()}: ${inner()}}`;
      case 3: return `${inner()} >> ${inner()}`;
      case 4: return `not ${inner()}`;
      case 5: return `f(${inner()}, k=${inner()})`;
      case 6: return `lambda a, b=1: ${inner()}`;
      case 7: return `${inner()} if ${inner()} else ${inner()}`;
      case 8: return `${inner()}[${inner()}:${inner()}]`;
      case 9: return `f'{${inner()}!r:>{${inner()}}}'`;
      case 10: return `[${inner()} for a in ${inner()} if ${inner()}]`;
      case 11: return `-${inner()}`;
      case 12: return `(y := ${inner()})`;
      case 13: return `${inner()}.attr(*${inner()}, **${inner()})`;
      case 14: return `{**${inner()}, 'k': ${inner()}}`;
      default: return `${inner()} and ${inner()} or ${inner()}`;
    }
  };
  const lines: string[] = [];
  let indent = 0;
  for (let i = 0; i < 6; i++) {
    const pad = "    ".repeat(indent);
    if (next(3) === 0 && indent < 8) {
      lines.push(`${pad}${["if", "while", "with"][next(3)]} ${expression(4)}:`);
      indent++;
    } else lines.push(`${pad}x = ${expression(9)}`);
  }
  lines.push(`${"    ".repeat(indent)}pass`);
  return `${lines.join("\n")}\n`;
}

describe("nestingBound: an upper bound on the syntax tree's depth, found without parsing", () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`is never below tree-sitter's real depth: ${name}`, () => {
      for (const n of [1, 2, 5, 30, 150, 600]) {
        const source = make(n);
        const real = depthOf(source);
        const bound = nestingBound(source);
        expect(bound.depth, `${name} at ${n}: bound ${bound.depth} < real ${real.depth}`).toBeGreaterThanOrEqual(real.depth);
      }
    });
  }

  it("is never below the real depth on 400 random mixes of the shapes", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const source = randomSource(seed);
      const real = depthOf(source).depth;
      expect(nestingBound(source).depth, `seed ${seed}:\n${source}`).toBeGreaterThanOrEqual(real);
    }
  });

  it("finds the first bracket nested deeper than CPython's tokenizer allows (200), outside strings and comments", () => {
    expect(nestingBound(`x = ${"(".repeat(200)}1${")".repeat(200)}\n`).tooManyBrackets).toBeUndefined();
    expect(nestingBound(`x = ${"(".repeat(201)}1${")".repeat(201)}\n`).tooManyBrackets).toBe(4 + 200);
    expect(nestingBound(`# ${"(".repeat(300)}\nx = "${"[".repeat(300)}"\ny = f"{${"(".repeat(150)}1${")".repeat(150)}}"\n`).tooManyBrackets).toBeUndefined();
    expect(nestingBound(`x = [\n${"  {\n".repeat(201)}`).tooManyBrackets).toBe(6 + 199 * 4 + 2);
  });

  it("follows formatted strings nested in fields without recursing deeper than Python allows (6,000 levels: no stack overflow)", () => {
    const source = `x = ${'f"{'.repeat(6000)}1${'}"'.repeat(6000)}\n`;
    expect(nestingBound(source).depth).toBeGreaterThan(SAFE_NESTING);
  });

  it("says where the nesting peaks", () => {
    const source = `import os\n\nx = 1\ny = (\n    1,\n    ${"(".repeat(200)}a${")".repeat(200)},\n)\n`;
    expect(nestingBound(source).line).toBe(6);
    expect(depthOf(source).line).toBe(6);
  });

  it("keeps real DAG files (the examples and the test corpus) on the usual way, below SAFE_NESTING", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".py")) files.push(path);
      }
    };
    walk("examples");
    walk("__tests__/corpus");
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const bound = nestingBound(source).depth;
      expect(bound, file).toBeGreaterThanOrEqual(depthOf(source).depth);
      expect(bound, file).toBeLessThanOrEqual(SAFE_NESTING);
    }
  });

  it("a 1,050-task >> chain, as generated DAG code writes it, is above SAFE_NESTING", () => {
    expect(nestingBound(SHAPES.rshift!(1050)).depth).toBeGreaterThan(SAFE_NESTING);
  });
});

describe("isStackOverflow", () => {
  it("tells V8's stack overflow from other errors", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let overflow: unknown;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError("Invalid array length"))).toBe(false);
    expect(isStackOverflow(new Error("Maximum call stack size exceeded"))).toBe(false);
  });
});
