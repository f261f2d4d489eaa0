import type { RE2JS as RE2JSClass } from "re2js";
import { namedExport } from "../util/interop.js";

/**
 * `.airflowignore` rules, as Airflow's `airflow/utils/file.py` evaluates them:
 * - regexp syntax (Airflow 2 default): RE2, unanchored `search` on the path relative to the DAG folder; any match ignores.
 * - glob syntax (Airflow 3 default): gitignore wildmatch; a pattern with a `/` at the start or middle matches the path
 *   relative to the ignore file's folder, otherwise the basename only; `!` negates; the last matching rule wins.
 * In both, text from `#` on is removed (`re.sub(r"\s*#.*", "", line)`) and empty lines are skipped.
 */
export type IgnoreSyntax = "regexp" | "glob";

export interface IgnoreRule {
  syntax: IgnoreSyntax;
  pattern: string;
  /** Display path of the .airflowignore and the line the rule is on. */
  file: string;
  line: number;
  /** glob: false for a `!` negation. */
  include: boolean;
  /** glob: anchored rules match paths relative to this folder (absolute); others the basename. */
  relativeTo?: string;
  dirOnly: boolean;
  test(relativePath: string): boolean;
}

export interface IgnoreProblem {
  file: string;
  line: number;
  message: string;
  fix: string;
}

/** RE2 for regexp rules, loaded only for an .airflowignore that has any (Astro's template ships an empty one). */
let re2: Promise<typeof RE2JSClass> | undefined;

export async function parseIgnoreFile(
  text: string,
  options: { syntax: IgnoreSyntax; file: string; definitionDir: string },
): Promise<{ rules: IgnoreRule[]; problems: IgnoreProblem[] }> {
  const rules: IgnoreRule[] = [];
  const problems: IgnoreProblem[] = [];
  // Airflow's `re.sub(r"\s*#.*", "", line)`, and a CRLF file's carriage returns.
  const patterns = text.split("\n").map((raw) => raw.replace(/\s*#.*/, "").replace(/\r$/, ""));
  if (options.syntax === "regexp" && patterns.some(Boolean)) re2 ??= import("re2js").then((module) => namedExport<typeof RE2JSClass>(module, "RE2JS"));
  const RE2JS = options.syntax === "regexp" && re2 ? await re2 : undefined;
  patterns.forEach((pattern, index) => {
    const line = index + 1;
    if (!pattern) return;
    if (options.syntax === "regexp") {
      try {
        const compiled = (RE2JS as typeof RE2JSClass).compile(pattern);
        rules.push({ syntax: "regexp", pattern, file: options.file, line, include: true, dirOnly: false, test: (p) => compiled.matcher(p).find() });
      } catch (error) {
        problems.push({
          file: options.file,
          line,
          message: `invalid regular expression '${pattern}' (Airflow skips this line): ${(error as Error).message}`,
          fix: "fix the pattern (RE2 syntax: no lookarounds or backreferences), or set [core] dag_ignore_file_syntax = glob",
        });
      }
      return;
    }
    const glob = compileGlob(pattern);
    if (!glob) {
      if (pattern.trim() === "/") problems.push({ file: options.file, line, message: "the pattern '/' matches nothing (Airflow skips it)", fix: "remove the line" });
      return;
    }
    const anchored = pattern.startsWith("/") || pattern.replace(/\/+$/, "").includes("/");
    rules.push({
      syntax: "glob",
      pattern,
      file: options.file,
      line,
      include: glob.include,
      relativeTo: anchored ? options.definitionDir : undefined,
      dirOnly: pattern.endsWith("/"),
      test: (p) => glob.regex.test(p),
    });
  });
  return { rules, problems };
}

/** gitwildmatch → RegExp, following pathspec's GitWildMatchPattern (which Airflow uses). */
export function compileGlob(rawPattern: string): { regex: RegExp; include: boolean } | undefined {
  let pattern = rawPattern;
  // Trailing spaces are ignored unless escaped with a backslash.
  pattern = pattern.replace(/(?<!\\) +$/, "");
  if (!pattern || pattern.trim() === "/") return undefined;
  let include = true;
  if (pattern.startsWith("!")) {
    include = false;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith("\\!") || pattern.startsWith("\\#")) pattern = pattern.slice(1);
  const segments = pattern.split("/");
  if (segments[0] === "") segments.shift();
  else if (segments.length === 1 || (segments.length === 2 && segments[1] === "")) {
    // No slash (or only a trailing one): matches at any depth.
    if (segments[0] !== "**") segments.unshift("**");
  }
  if (segments.length > 1 && segments[segments.length - 1] === "") segments[segments.length - 1] = "**";
  let regex = "^";
  let needSlash = false;
  const last = segments.length - 1;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) regex += ".+";
      else if (i === 0) {
        regex += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) regex += "/.*";
      else {
        regex += "(?:/.+)?";
        needSlash = true;
      }
    } else if (segment === "*") {
      if (needSlash) regex += "/";
      regex += "[^/]+";
      if (i === last) regex += "(?:/.*)?";
      needSlash = true;
    } else {
      if (needSlash) regex += "/";
      regex += translateSegment(segment);
      if (i === last) regex += "(?:/.*)?";
      needSlash = true;
    }
  });
  regex += "$";
  return { regex: new RegExp(regex, "s"), include };
}

function translateSegment(segment: string): string {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i] as string;
    if (ch === "\\" && i + 1 < segment.length) out += escapeRegex(segment[++i] as string);
    else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) out += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else out += escapeRegex(ch);
  }
  return out;
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
