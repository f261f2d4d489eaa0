import { calleeName, type SyntaxNode as Node } from "./syntax-tree.js";

/**
 * What a path expression built from a DAG file's `__file__` stands for, as far as it is the same wherever the project
 * runs. DagBag imports each file by its real path (`/usr/local/airflow/dags/team_a/export.py` in the Astro image, the
 * checkout's own path in CI), so `__file__` is absolute: only the part from the DAG folder (always `dags/` of an Astro
 * project) down is known here. `tail` is that part, `["dags", "team_a", "export.py"]`; only the base name
 * (`["export.py"]`) when the repository-relative path shows no `dags` folder; shorter after each `.parent` /
 * `os.path.dirname` (empty: a folder above the DAG folder, not known). `kind`: a str (`__file__`, `os.path` results)
 * or a `pathlib` object (`.parent`, `.name`, `.stem`, `.with_suffix()` only work on those). `resolved`: after
 * `.resolve()`/`os.path.realpath`, which follow symlinks, so its folders may not be the ones DagBag walked.
 */
export interface FilePath {
  tail: string[];
  kind: "str" | "path";
  resolved?: true;
}

/** How a file's expressions are read: its repository-relative path, a callee resolver (imports and aliases), a str literal reader. */
export interface FilePathContext {
  /** The DAG file's repository-relative path (`dags/team_a/export.py`, `projects/sales/dags/x.py`). */
  file: string;
  /** The dotted name a written callee stands for (`Path` → `pathlib.Path`, `os.path.dirname` as written). */
  resolve(written: string): string;
  /** The static str value of a literal argument (`".py"`), else undefined. */
  literal(node: Node): string | undefined;
}

/** `pathlib` classes whose objects of `__file__` give its parts (`Path(__file__).parent.name`). */
const PATH_CLASSES = new Set(["pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath"]);

/** `os.path` functions returning the same absolute path for an absolute path without `..` (as `__file__` is). */
const SAME_PATH = new Set(["os.path.abspath", "os.path.normpath", "posixpath.abspath", "posixpath.normpath"]);
const DIRNAME = new Set(["os.path.dirname", "posixpath.dirname"]);
const REALPATH = new Set(["os.path.realpath", "posixpath.realpath"]);

/**
 * The known tail of `__file__` for a repository-relative DAG file path: from the deepest `dags` folder on the way down
 * (that is the DAG folder or one inside it, so every name from there is the same in the image and in CI), else the
 * base name alone.
 */
export function fileTail(file: string): string[] {
  const parts = file.split("/").filter((p) => p !== "" && p !== ".");
  const folder = parts.slice(0, -1).lastIndexOf("dags");
  return folder === -1 ? parts.slice(-1) : parts.slice(folder);
}

function plainArguments(call: Node): Node[] | undefined {
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => !!c && c.type !== "comment") ?? [];
  return args.every((a) => a.type !== "keyword_argument" && a.type !== "list_splat" && a.type !== "dictionary_splat") ? args : undefined;
}

/** The folder holding `path`: undefined after a symlink-following step (its folders are not known to be the walked ones). */
function parentOf(path: FilePath, kind: FilePath["kind"]): FilePath | undefined {
  return path.resolved ? undefined : { tail: path.tail.slice(0, -1), kind };
}

/** The last part of a name after its final dot, as `PurePath.suffix` takes it (`"x.py"` → `".py"`; `".env"`, `"x."` → ""). */
function suffixOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot) : "";
}

/**
 * The FilePath an expression computes from `__file__` (see FilePath), else undefined: `__file__`, `Path(p)` (and the
 * other `pathlib` classes), `os.path.abspath(p)`/`normpath(p)`, `os.path.realpath(p)`, `os.path.dirname(p)`,
 * `p.parent`, `p.resolve()`, `p.absolute()`, `p.with_suffix(".x")` / `p.with_suffix("")`. `use.file` is set when
 * `__file__` is read (the value then depends on where the file is: see DagInfo.dagIdFromFile).
 */
export function filePathOf(node: Node, ctx: FilePathContext, use: { file: boolean }, depth = 0): FilePath | undefined {
  if (depth > 12) return undefined;
  const again = (n: Node | null | undefined): FilePath | undefined => (n ? filePathOf(n, ctx, use, depth + 1) : undefined);
  switch (node.type) {
    case "parenthesized_expression":
      return node.namedChildren.length === 1 ? again(node.namedChildren[0]) : undefined;
    case "identifier":
      if (node.text !== "__file__") return undefined;
      use.file = true;
      return { tail: fileTail(ctx.file), kind: "str" };
    case "attribute": {
      if (node.childForFieldName("attribute")?.text !== "parent") return undefined;
      const object = again(node.childForFieldName("object"));
      return object?.kind === "path" ? parentOf(object, "path") : undefined;
    }
    case "call": {
      const fn = node.childForFieldName("function");
      const args = plainArguments(node);
      if (!fn || !args) return undefined;
      const written = calleeName(fn);
      const resolved = written ? ctx.resolve(written) : undefined;
      if (resolved && args.length === 1) {
        if (PATH_CLASSES.has(resolved)) {
          const path = again(args[0]);
          return path && { ...path, kind: "path" };
        }
        if (SAME_PATH.has(resolved) || REALPATH.has(resolved) || DIRNAME.has(resolved)) {
          const path = again(args[0]);
          if (!path) return undefined;
          if (DIRNAME.has(resolved)) return parentOf(path, "str");
          return { ...path, kind: "str", ...(REALPATH.has(resolved) ? { resolved: true as const } : {}) };
        }
      }
      if (fn.type !== "attribute") return undefined;
      const method = fn.childForFieldName("attribute")?.text;
      const object = again(fn.childForFieldName("object"));
      if (object?.kind !== "path") return undefined;
      if ((method === "resolve" || method === "absolute") && args.length === 0) return method === "resolve" ? { ...object, resolved: true } : object;
      if (method === "with_suffix" && args.length === 1) {
        const suffix = ctx.literal(args[0] as Node);
        const name = object.tail.at(-1);
        // PurePath.with_suffix raises ValueError for a suffix that is not "" or ".x" (no separator), or an empty name.
        if (suffix === undefined || name === undefined || (suffix !== "" && (!suffix.startsWith(".") || suffix === "." || suffix.includes("/")))) return undefined;
        const stem = name.slice(0, name.length - suffixOf(name).length);
        return stem ? { ...object, tail: [...object.tail.slice(0, -1), stem + suffix] } : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The `.name` (`os.path.basename`) of a FilePath, or its `.stem`; undefined for a folder above the DAG folder. */
export function filePathName(path: FilePath, part: "name" | "stem"): string | undefined {
  const name = path.tail.at(-1);
  if (name === undefined) return undefined;
  return part === "name" ? name : name.slice(0, name.length - suffixOf(name).length);
}
