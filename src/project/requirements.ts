import { existsSync } from "node:fs";
import { readUserTextSync } from "../util/user-files.js";
import { dirname, relative, resolve, sep, isAbsolute } from "node:path";
import { ConfigurationError } from "../errors.js";

export interface Requirement {
  /** PEP 503 normalized distribution name. */
  name: string;
  rawName: string;
  specifier?: string;
  extras: string[];
  marker?: string;
  /** The version when pinned with `==`. */
  pinnedVersion?: string;
  /** Display path of the file it came from. */
  file: string;
  line: number;
}

export function normalizeDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

const NAME = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
const REQUIREMENT = new RegExp(
  `^(${NAME})\\s*(?:\\[([^\\]]*)\\])?\\s*(?:@\\s*(\\S+)|((?:\\s*(?:===|==|!=|~=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*,?)*))?\\s*$`,
);

/** Options pip accepts in requirements files that do not name a package (their values may hold credentials). */
const IGNORED_OPTIONS = /^(--index-url|-i|--extra-index-url|--find-links|-f|--trusted-host|--no-index|--pre|--prefer-binary|--no-binary|--only-binary|--use-feature|--require-hashes|--config-settings|--global-option)\b/;

export interface ParsedRequirements {
  requirements: Requirement[];
  constraintsFiles: string[];
}

/**
 * Parse a pip requirements file like pip does (comments, continuations, -r includes, markers, extras, direct
 * references, editable VCS lines), refusing includes that leave the project.
 */
export function parseRequirements(absPath: string, displayPath: string, projectRoot: string): ParsedRequirements {
  const result: ParsedRequirements = { requirements: [], constraintsFiles: [] };
  parseInto(absPath, displayPath, projectRoot, result, []);
  return result;
}

function parseInto(absPath: string, displayPath: string, projectRoot: string, out: ParsedRequirements, stack: string[]): void {
  if (stack.includes(absPath)) {
    throw new ConfigurationError(`requirements include cycle: ${[...stack, absPath].map((p) => relative(projectRoot, p)).join(" → ")}`, {
      file: displayPath,
      fix: "remove the -r line that includes a file already being read",
    });
  }
  const text = readUserTextSync(absPath);
  const physical = text.split(/\r?\n/);
  for (let i = 0; i < physical.length; i++) {
    const lineNo = i + 1;
    let line = physical[i] as string;
    while (line.endsWith("\\") && i + 1 < physical.length) {
      line = line.slice(0, -1) + (physical[++i] as string);
    }
    line = line.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const include = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)$/.exec(line);
    if (include) {
      const target = resolve(dirname(absPath), include[2] as string);
      const rel = relative(projectRoot, target);
      const targetDisplay = `${dirname(displayPath) === "." ? "" : dirname(displayPath) + "/"}${include[2]}`;
      if (rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) {
        throw new ConfigurationError(`'${include[0]}' includes a file outside the project`, {
          file: displayPath,
          line: lineNo,
          fix: "keep included requirements files inside the Astro project (the image build cannot see other files)",
        });
      }
      if (!existsSync(target)) {
        throw new ConfigurationError(`'${include[0]}' names a file that does not exist`, { file: displayPath, line: lineNo, fix: "fix the path or remove the line" });
      }
      if (include[1] === "-c" || include[1] === "--constraint") out.constraintsFiles.push(targetDisplay);
      else parseInto(target, targetDisplay, projectRoot, out, [...stack, absPath]);
      continue;
    }
    if (IGNORED_OPTIONS.test(line)) continue;
    const editable = /^(?:-e|--editable)\s+(\S+)$/.exec(line);
    const vcs = editable?.[1] ?? (/^(git\+|hg\+|svn\+|bzr\+|https?:\/\/|file:)/.test(line) ? line : undefined);
    if (vcs) {
      const egg = /#egg=([^&\s]+)/.exec(vcs);
      if (egg) out.requirements.push({ name: normalizeDistributionName(egg[1] as string), rawName: egg[1] as string, extras: [], file: displayPath, line: lineNo });
      continue;
    }
    const [spec, marker] = splitMarker(line);
    const withoutHashes = spec.replace(/\s--hash[=\s]\S+/g, "").trim();
    const match = REQUIREMENT.exec(withoutHashes);
    if (!match) {
      throw new ConfigurationError(`not a valid requirement: '${line}'`, {
        file: displayPath,
        line: lineNo,
        fix: "write one requirement per line, like `pandas==2.2.3` or `apache-airflow-providers-snowflake>=5.0`",
      });
    }
    const specifier = (match[4] ?? "").replace(/\s+/g, "") || undefined;
    const pinned = specifier && /^==([^,*]+)$/.exec(specifier);
    out.requirements.push({
      name: normalizeDistributionName(match[1] as string),
      rawName: match[1] as string,
      specifier: match[3] ? `@ ${match[3]}` : specifier,
      extras: (match[2] ?? "").split(",").map((e) => e.trim()).filter(Boolean),
      marker,
      pinnedVersion: pinned ? (pinned[1] as string) : undefined,
      file: displayPath,
      line: lineNo,
    });
  }
}

function splitMarker(line: string): [string, string | undefined] {
  const semi = line.indexOf(";");
  if (semi === -1) return [line, undefined];
  return [line.slice(0, semi).trim(), line.slice(semi + 1).trim() || undefined];
}

/** packages.txt: one apt package per line, comments allowed. */
export function parsePackagesTxt(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);
}
