/**
 * JUnit XML as pytest writes it (xunit2 by default, xunit1 with `file`/`line`). A small reader written for this one
 * shape: it refuses DOCTYPE and custom entities (no entity expansion tricks from a test suite's output), knows the
 * five XML entities, numeric references and CDATA, and nothing else.
 */
export interface TestCaseResult {
  classname: string;
  name: string;
  /** xunit1 only. */
  file?: string;
  /** xunit1 only, converted to 1-based. */
  line?: number;
  time: number;
  outcome: "passed" | "failed" | "error" | "skipped";
  message?: string;
  text?: string;
}

export interface JUnitReport {
  tests: TestCaseResult[];
  totals: { tests: number; passed: number; failed: number; errors: number; skipped: number };
  /** Test modules pytest could not even collect (an import error in the test file). */
  collectionErrors: TestCaseResult[];
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class JUnitParseError extends Error {}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity] as string;
  });
}

export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new JUnitParseError("JUnit XML with a DOCTYPE or entity declarations is refused");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const current = stack[stack.length - 1] as XmlElement;
    if (lt === -1) {
      current.text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) current.text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end === -1) throw new JUnitParseError("unterminated CDATA section");
      current.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end === -1) throw new JUnitParseError("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end === -1) throw new JUnitParseError("unterminated processing instruction");
      i = end + 2;
    } else if (xml.startsWith("</", lt)) {
      const end = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new JUnitParseError(`mismatched closing tag </${name}>`);
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt, lt + 65536 * 16));
      if (!match) throw new JUnitParseError(`malformed tag at offset ${lt}`);
      const element: XmlElement = { name: match[1] as string, attributes: {}, children: [], text: "" };
      for (const attr of (match[2] as string).matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[attr[1] as string] = decodeEntities(attr[2] ?? attr[3] ?? "");
      }
      current.children.push(element);
      if (!match[3]) stack.push(element);
      i = lt + match[0].length;
    }
  }
  if (stack.length !== 1) throw new JUnitParseError(`unclosed <${stack[stack.length - 1]?.name}>`);
  return root;
}

function collect(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    else collect(child, name, out);
  }
  return out;
}

export function parseJUnitXml(xml: string): JUnitReport {
  const root = parseXml(xml);
  const tests: TestCaseResult[] = collect(root, "testcase").map((tc) => {
    const failure = tc.children.find((c) => c.name === "failure");
    const error = tc.children.find((c) => c.name === "error");
    const skipped = tc.children.find((c) => c.name === "skipped");
    const problem = failure ?? error ?? skipped;
    const line = tc.attributes.line !== undefined ? Number(tc.attributes.line) + 1 : undefined;
    return {
      classname: tc.attributes.classname ?? "",
      name: tc.attributes.name ?? "",
      file: tc.attributes.file,
      line: line !== undefined && Number.isFinite(line) ? line : undefined,
      time: Number(tc.attributes.time ?? 0) || 0,
      outcome: failure ? "failed" : error ? "error" : skipped ? "skipped" : "passed",
      message: problem?.attributes.message,
      text: problem?.text.trim() || undefined,
    };
  });
  const count = (outcome: TestCaseResult["outcome"]): number => tests.filter((t) => t.outcome === outcome).length;
  return {
    tests,
    totals: { tests: tests.length, passed: count("passed"), failed: count("failed"), errors: count("error"), skipped: count("skipped") },
    collectionErrors: tests.filter((t) => t.outcome === "error" && (t.message === "collection failure" || (t.classname === "" && /ImportError|collect/i.test(t.text ?? "")))),
  };
}

/**
 * Where a failure belongs: the DAG file a parametrised id (`test_file_imports[dags/bad.py]`) or a traceback frame
 * names, else the test file and line from the traceback's last `path.py:LINE: ` line in the project (pytest writes
 * the project's files relative to its rootdir; an exception raised inside a library, `/usr/lib/.../json/decoder.py`,
 * still belongs on the project line that called it), else the test function's `def` line (`readText`, when given,
 * reads a project file: a strict XPASS has no traceback).
 */
export function locateFailure(test: TestCaseResult, fileExists: (relativePath: string) => boolean, readText?: (relativePath: string) => string | undefined): { file: string; line: number; dagFile?: string } | undefined {
  const text = test.text ?? "";
  const param = /\[([^\]]+\.py)\]$/.exec(test.name)?.[1];
  let dagFile = param && fileExists(param) ? param : undefined;
  let dagLine = 1;
  for (const frame of text.matchAll(/File "([^"]+\.py)", line (\d+)/g)) {
    const rel = (frame[1] as string).replace(/^.*?\/(dags\/)/, "$1");
    if (rel.startsWith("dags/") && fileExists(rel)) {
      dagFile = rel;
      dagLine = Number(frame[2]);
    }
  }
  const locations = [...text.matchAll(/^([^\s:][^:\n]*\.py):(\d+): /gm)];
  const location = [...locations].reverse().find((m) => fileExists(m[1] as string)) ?? locations.pop();
  const testFile = location ? (location[1] as string) : test.file ?? classnameToPath(test.classname);
  const testLine = location ? Number(location[2]) : test.line;
  if (dagFile) return { file: dagFile, line: dagLine, dagFile };
  if (testFile && fileExists(testFile)) return { file: testFile, line: testLine ?? definitionLine(readText?.(testFile), test.name) ?? 1 };
  const collected = /while importing test module '([^']+)'/.exec(text)?.[1];
  if (collected) {
    const rel = collected.replace(/^.*?\/(tests\/)/, "$1");
    if (fileExists(rel)) return { file: rel, line: 1 };
  }
  return undefined;
}

/** The line of `def name(` (the test's name without its parameter id) in a test file's source, if there. */
function definitionLine(source: string | undefined, testName: string): number | undefined {
  const name = testName.split("[")[0] ?? "";
  if (!source || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const at = source.split("\n").findIndex((l) => new RegExp(`^\\s*(?:async\\s+)?def\\s+${name}\\s*\\(`).test(l));
  return at === -1 ? undefined : at + 1;
}

function classnameToPath(classname: string): string | undefined {
  if (!classname) return undefined;
  const parts = classname.split(".");
  // `tests.dags.test_x.TestClass` → tests/dags/test_x.py; the class part is dropped by trying shorter prefixes.
  for (let n = parts.length; n > 0; n--) if (!/^[A-Z]/.test(parts[n - 1] ?? "")) return `${parts.slice(0, n).join("/")}.py`;
  return undefined;
}
