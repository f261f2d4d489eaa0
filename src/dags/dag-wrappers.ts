import type { DagArgument, DagInfo, SourceSpan, Static, Unknown } from "../core/findings.js";
import { callArguments, spanOf, type SyntaxNode as Node } from "./syntax-tree.js";

/**
 * A DAG wrapper: a function whose body ends in `return dag(..., **kwargs)` (Airflow's `@dag` decorator factory: kind
 * "decorator", used as `@team_dag(schedule=...)` on a function that is then called) or `return DAG(..., **kwargs)` (a
 * DAG class: kind "class", used as `with team_dag(dag_id="x"):` or `d = team_dag(dag_id="x")`), `kwargs` being its
 * own `**` parameter. What a caller passes by keyword reaches `dag()`/`DAG()` through that splat unless the wrapper
 * takes it as a named parameter, sets, pops or overrides it (see `passes`).
 */
export interface DagWrapper {
  kind: "decorator" | "class";
  /** The returned `dag(...)`/`DAG(...)` call. */
  call: Node;
  /**
   * Whether a keyword the caller writes reaches `dag()`/`DAG()` as written: not a named parameter of the wrapper, not
   * written in the returned call, and the body neither sets (`kwargs["k"] = ...`), pops nor hands `kwargs` elsewhere.
   */
  passes(name: string): boolean;
  /** Whether the wrapper may give `name` a value of its own when the caller does not (`kwargs.setdefault("k", ...)`, the returned call's `k=`). */
  supplies(name: string): boolean;
  /**
   * Whether a caller's `name=` certainly reaches `dag()`/`DAG()` twice: the returned call writes `name=` itself and
   * `**kwargs` carries the caller's too (CPython: TypeError "got multiple values for keyword argument").
   */
  twice(name: string): boolean;
  /** The wrapper's own parameters in order (before `**kwargs`), and which have no default. */
  params: { name: string; required?: true }[];
  /** What `passes`/`supplies` answer from, as a record can keep it (see DagWrapperDefinition). */
  keywords: WrapperKeywords;
}

/** The keyword sets a DagWrapper's `passes`/`supplies` answer from. */
export interface WrapperKeywords {
  /** Keywords a caller writes that do not reach `dag()` as written: the wrapper's named parameters, the returned call's own keywords, keys it sets or pops. */
  takes: string[];
  /** Keywords the wrapper may give a value when the caller does not: the returned call's own, keys it sets, pops or `setdefault`s. */
  supplies: string[];
  /** `kwargs` handed on or changed in a way not read (`kwargs.update(...)`, `helper(kwargs)`): every keyword is the wrapper's. */
  open?: true;
  /**
   * Keywords the returned call writes itself that `**kwargs` may carry too (no parameter of the wrapper, neither set
   * nor popped in its body): a caller giving one makes the call fail (DagWrapper.twice). Absent in older records.
   */
  fixed?: string[];
}

/**
 * A decorator wrapper (DagWrapper of kind "decorator") defined at module level in a project module, as its
 * FileInventory.dagWrappers records it for the DAG files that import it (`from include.dag_defaults import team_dag`,
 * then `@team_dag(schedule=...)`): the project pass (project-factories.ts, resolveProjectFactories) lists the DAGs of
 * those files' ImportedWrapperDags through it. `def team_dag(**kwargs): kwargs.setdefault("start_date", ...); return
 * dag(**kwargs)` is `{ name: "team_dag", params: [], takes: [], supplies: ["start_date"] }`; `def sched_dag(sched,
 * **kwargs): return dag(schedule=sched, **kwargs)` is `{ name: "sched_dag", params: [{ name: "sched", required: true }],
 * takes: ["sched", "schedule"], supplies: ["schedule"] }`.
 */
export interface DagWrapperDefinition extends WrapperKeywords {
  /** The function's name. */
  name: string;
  /** Line of its `def`. */
  line: number;
  params: { name: string; required?: true }[];
}

/** The `passes`/`supplies` answers of recorded WrapperKeywords (see DagWrapper). */
export function wrapperRules(keywords: WrapperKeywords): Pick<DagWrapper, "passes" | "supplies" | "twice"> {
  const takes = new Set(keywords.takes);
  const supplies = new Set(keywords.supplies);
  const fixed = new Set(keywords.fixed ?? []);
  return { passes: (name) => !keywords.open && !takes.has(name), supplies: (name) => keywords.open === true || supplies.has(name), twice: (name) => !keywords.open && fixed.has(name) };
}

/**
 * The DagWrapper `definition` (a function_definition) is, if any. `dagCallKind` says whether a call is one of
 * Airflow's `dag(...)` ("decorator") or of a DAG class ("class"). Only the plain shape is taken: positional-or-keyword
 * parameters and one `**kwargs`; a body with one `return` (its last statement), no `yield`, no `raise`; the returned
 * call passes no positional argument and `**kwargs` once; `kwargs` is otherwise only read with `.get("k")`, given
 * defaults with `.setdefault("k", ...)`, or set/popped by literal key (`kwargs["k"] = ...`, `.pop("k")`: that key is
 * then not the caller's). Anything else (`kwargs.update(...)`, `kwargs = {...}`, `helper(kwargs)`) leaves every
 * caller's keyword unknown. airflow/models/dag.py at 2.10.5: neither `dag()` nor `DAG.__init__` takes `**kwargs`,
 * so a keyword that passes is judged as if written in the call.
 */
export function dagWrapperOf(definition: Node, dagCallKind: (call: Node) => "decorator" | "class" | undefined): DagWrapper | undefined {
  const body = definition.childForFieldName("body");
  if (!body) return undefined;
  const bodyText = body.text;
  if ((bodyText.match(/\breturn\b/g) ?? []).length !== 1 || /\b(yield|raise)\b/.test(bodyText)) return undefined;
  let splatName: string | undefined;
  const named = new Set<string>();
  const params: DagWrapper["params"] = [];
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    let param: DagWrapper["params"][number] | undefined;
    if (p.type === "dictionary_splat_pattern") splatName = p.namedChildren.find((c) => c?.type === "identifier")?.text;
    else if (p.type === "identifier") param = { name: p.text, required: true };
    else if (/^(default_parameter|typed_default_parameter)$/.test(p.type)) param = { name: p.childForFieldName("name")?.text ?? "" };
    else if (p.type === "typed_parameter") param = { name: p.namedChildren.find((c) => c?.type === "identifier")?.text ?? "", required: true };
    else return undefined;
    if (param) {
      named.add(param.name);
      params.push(param);
    }
  }
  if (!splatName) return undefined;
  const statements = body.namedChildren.filter((s): s is Node => !!s && s.type !== "comment");
  const last = statements[statements.length - 1];
  const call = last?.type === "return_statement" ? last.namedChildren[0] : undefined;
  if (call?.type !== "call") return undefined;
  const kind = dagCallKind(call);
  if (!kind) return undefined;
  const args = call.childForFieldName("arguments")?.namedChildren.filter((a): a is Node => !!a && a.type !== "comment") ?? [];
  const splats = args.filter((a) => a.type === "dictionary_splat");
  if (splats.length !== 1 || splats[0]?.namedChildren[0]?.text !== splatName || args.some((a) => a.type !== "keyword_argument" && a.type !== "dictionary_splat")) return undefined;
  const explicit = new Set(callArguments(call).keywords.keys());
  // Every use of the `**` dict in the body: the returned call's splat, `.get`/`.setdefault`/`.pop("k")`, `["k"]`.
  const touched = new Set<string>();
  const defaults = new Set<string>();
  let open = false;
  const uses = new RegExp(`(\\*\\*\\s*)?\\b${splatName}\\b(?:\\s*\\.\\s*(setdefault|pop|get)\\s*\\(\\s*(["'])(\\w+)\\3|\\s*\\[\\s*(["'])(\\w+)\\5\\s*\\])?`, "g");
  for (const match of bodyText.matchAll(uses)) {
    if (match[1] !== undefined) continue; // the returned call's `**kwargs` (checked above to be the only splat)
    const method = match[2];
    const key = match[4] ?? match[6];
    if (key === undefined) open = true;
    else if (method === "setdefault") defaults.add(key);
    else if (method !== "get") touched.add(key);
  }
  if ((bodyText.match(new RegExp(`\\*\\*\\s*${splatName}\\b`, "g")) ?? []).length !== 1) open = true;
  const fixed = [...explicit].filter((k) => !named.has(k) && !touched.has(k));
  const keywords: WrapperKeywords = {
    takes: [...new Set([...named, ...explicit, ...touched])],
    supplies: [...new Set([...explicit, ...touched, ...defaults])],
    ...(open ? { open: true as const } : {}),
    ...(fixed.length && !open ? { fixed } : {}),
  };
  return { kind, call, ...wrapperRules(keywords), params, keywords };
}

const SCHEDULING = ["schedule", "schedule_interval", "timetable"];

/**
 * The DagInfo of a DAG a wrapper makes, from the one read from the caller's own call as if it were `dag(...)`/`DAG(...)`
 * (`dag`, changed in place and returned): only the arguments that reach Airflow as written are kept (a positional
 * argument binds to the wrapper's parameters: dropped), and a `**` entry stands for what the wrapper adds, so checks
 * that need an argument to be absent stay quiet; each value the wrapper may set or override becomes unknown
 * (`written` is the callee as written, for the unknown's text; `call` the caller's call, or its span when the wrapper
 * is another module's, see resolveProjectFactories). `fallbackId`: the dag_id when the caller gives none
 * (an `@dag` function's name: `dag_id or f.__name__`, airflow/models/dag.py at 2.10.5); undefined for a class wrapper.
 * A caller's keyword the wrapper's call also writes (DagWrapper.twice) is kept, marked `givenTwice`.
 */
export function throughWrapper(dag: DagInfo, wrapper: Pick<DagWrapper, "passes" | "supplies" | "twice">, call: Node | SourceSpan, written: string, fallbackId: Static<string> | undefined): DagInfo {
  const made: Unknown = { unknown: true, expression: `${written}(...)` };
  const given = new Set((dag.arguments ?? []).map((a) => a.name));
  const kept = (name: string): boolean => given.has(name) && wrapper.passes(name);
  // A value read from the caller's keywords is the DAG's when each keyword it reads that is given passes unchanged.
  const known = (...names: string[]): boolean => names.some((n) => given.has(n)) && names.every((n) => !given.has(n) || wrapper.passes(n));
  const argumentsKept: DagArgument[] = (dag.arguments ?? [])
    .filter((a) => !/^#\d+$/.test(a.name) && a.name !== "*" && (a.name === "**" || wrapper.passes(a.name) || wrapper.twice(a.name)))
    .map((a) => (a.name !== "**" && !wrapper.passes(a.name) ? { ...a, givenTwice: true as const } : a));
  argumentsKept.push({ name: "**", ...("startPosition" in call ? spanOf(call) : { line: call.line, column: call.column, endLine: call.endLine, endColumn: call.endColumn }) });
  dag.arguments = argumentsKept;
  if (!known(...SCHEDULING)) dag.schedule = made;
  if (!known("tags")) dag.tags = made;
  if (!known("catchup")) dag.catchup = made;
  if (!kept("start_date")) dag.startDate = undefined;
  if (!kept("default_args")) {
    delete dag.defaultArgs;
    delete dag.defaultArgsComplete;
    delete dag.sensorTask;
    delete dag.customOperatorsOnly;
    dag.retries = made;
    if (!kept("owner")) dag.owner = made;
  }
  if (!kept("params")) delete dag.invalidParams;
  if (!wrapper.passes("dag_id") || wrapper.supplies("dag_id")) dag.dagId = made;
  else if (!kept("dag_id")) dag.dagId = fallbackId ?? made;
  return dag;
}
