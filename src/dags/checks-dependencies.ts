import type { Finding, Level } from "../core/findings.js";
import type { FileInventory } from "./inventory.js";
import type { DependencyError, TaskGraph, TeardownRule } from "./task-graph.js";

export const DEPENDENCY_CHECKS: { id: string; defaultLevel: Level; description: string }[] = [
  {
    id: "dag-cycle",
    defaultLevel: "error",
    description:
      "Task dependencies that loop back (a >> b >> a, set_downstream/set_upstream, lists, chain(), a @task given another's output): DagBag refuses the DAG with AirflowDagCycleException and the file gets an import error. Only dependencies certain statically are read.",
  },
  {
    id: "task-dependency-invalid",
    defaultLevel: "error",
    description:
      "Task dependencies that raise while the file is imported: a list >> a list, an uncalled @task function as a task's relative, tasks of two DAGs, chain() over lists of different lengths, cross_downstream() from one task, a task called like a function. Only dependencies certain statically are read.",
  },
];

type Emit = (id: string, finding: Omit<Finding, "checkId" | "severity" | "file">) => void;

/** airflow/exceptions.py FailStopDagInvalidTriggerRule._allowed_rules at 2.10.5. */
const FAIL_STOP_RULES = new Set(["all_success", "all_done_setup_success"]);
/** TriggerRule values at 2.10.5 (a misspelt rule is task-argument-invalid's own finding). */
const KNOWN_RULES = new Set(["all_success", "all_failed", "all_done", "all_done_setup_success", "one_success", "one_failed", "one_done", "none_failed", "none_failed_or_skipped", "none_skipped", "dummy", "always", "none_failed_min_one_success", "all_skipped"]);

function teardownMessage(rule: TeardownRule): { message: string; fix: string } {
  switch (rule.problem) {
    case "decorator":
      return rule.keyword === undefined
        ? {
            message: `@teardown takes no trigger_rule (teardown function '${rule.function}'): importing the file fails with TypeError: teardown_task() got an unexpected keyword argument 'trigger_rule'`,
            fix: "remove the trigger_rule: a teardown task always runs with all_done_setup_success",
          }
        : {
            message: `@teardown(...) takes only on_failure_fail_dagrun, not '${rule.keyword}' (teardown function '${rule.function}'): importing the file fails with TypeError: teardown_task() got an unexpected keyword argument '${rule.keyword}'`,
            fix: `put the other arguments in a @task(...) under @teardown (\`@teardown\` then \`@task(${rule.keyword}=...)\`), or pass them with .override(...) when calling it`,
          };
    case "override":
      return {
        message: `teardown function '${rule.function}' is given a trigger_rule in .override(...): importing the file fails with ValueError: Trigger rule not configurable for teardown tasks.`,
        fix: "remove the trigger_rule: a teardown task always runs with all_done_setup_success",
      };
    case "reused":
      return {
        message: `teardown function '${rule.function}' is called again ${rule.firstLine === rule.line ? "on the loop's second pass" : `after its call on line ${rule.firstLine}`}: the first call wrote trigger_rule into the decorator's arguments, so importing the file fails with ValueError: Trigger rule not configurable for teardown tasks.`,
        fix: "define the @teardown function once per task (inside the DAG's block or @dag function, or in a small factory function that returns a new one each time), or call it only as .override(task_id=...)() (each override copies the decorator before any call wrote to it)",
      };
    case "setup-call":
      return {
        message:
          rule.keyword === undefined
            ? `@setup is used with parentheses (setup function '${rule.function}'): importing the file fails with TypeError: setup_task() missing 1 required positional argument: 'func'`
            : `@setup(...) takes no arguments, not '${rule.keyword}' (setup function '${rule.function}'): importing the file fails with TypeError: setup_task() got an unexpected keyword argument '${rule.keyword}'`,
        fix: rule.keyword === undefined ? "write @setup without parentheses" : `write @setup without arguments and put them in a @task(${rule.keyword}=...) under it, or pass them with .override(...)`,
      };
  }
}

/** What Python raises for a DependencyError, and how to fix it. */
function dependencyMessage(error: DependencyError): { message: string; fix: string } {
  const [first = "", second = ""] = error.types ?? [];
  switch (error.problem) {
    case "operands":
      return first === "_TaskDecorator" || second === "_TaskDecorator"
        ? {
            message: `'${error.operator}' between a ${first} and a ${second} (a @task function not called): importing the file fails with TypeError: unsupported operand type(s) for ${error.operator}: '${first}' and '${second}'`,
            fix: "call the @task function to make its task (load() >> ...), and keep one side a task",
          }
        : {
            message: `'${error.operator}' between a ${first} and a ${second}: Python lists and tuples have no such operator, so importing the file fails with TypeError: unsupported operand type(s) for ${error.operator}: '${first}' and '${second}'`,
            fix: "set each side's dependencies in steps (for t in downstream: upstream >> t), or use cross_downstream(upstream, downstream) for every pair, or chain(upstream, downstream) for pairs of equal-length lists",
          };
    case "task-function":
      return {
        message: `the @task function '${error.name}' is used as a task without being called: importing the file fails with AttributeError: '_TaskDecorator' object has no attribute 'update_relative'`,
        fix: `call it to make its task: ${error.name}()`,
      };
    case "dags": {
      const [a = "", b = ""] = error.dagIds ?? [];
      return {
        message: `this dependency joins a task of DAG '${a}' to a task of DAG '${b}': importing the file fails with AirflowException: Tried to set relationships between tasks in more than one DAG`,
        fix: "set dependencies only between tasks of one DAG; to wait for another DAG use an ExternalTaskSensor or a Dataset",
      };
    }
    case "chain-lengths": {
      const [a = 0, b = 0] = error.lengths ?? [];
      return {
        message: `chain() is given neighbouring lists of ${a} and ${b} tasks, which it pairs one to one: importing the file fails with AirflowException: Chain not supported for different length Iterable. Got ${a} and ${b}.`,
        fix: "give chain() neighbouring lists of one length, or use cross_downstream(...) to link every task of one list to every task of the other",
      };
    }
    case "not-iterable":
      return {
        message: `cross_downstream() is given one task as from_tasks, which it iterates over: importing the file fails with TypeError: '${first}' object is not iterable`,
        fix: "put the task in a list (cross_downstream([task], [...])), or write task >> [...]",
      };
    case "not-callable":
      return {
        message: `'${error.name}' is a task (${first}), not a function, and is called: importing the file fails with TypeError: '${first}' object is not callable`,
        fix: `use the task itself (${error.name}, without parentheses)`,
      };
  }
}

/**
 * One cycle of the graph, as task indexes in dependency order (the first repeated at the end), or undefined. Found by
 * depth-first search from the tasks in creation order, like airflow/utils/dag_cycle_tester.py check_cycle.
 */
export function findCycle(graph: Pick<TaskGraph, "tasks" | "edges">): number[] | undefined {
  const next = new Map<number, number[]>();
  for (const e of graph.edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // 0 new, 1 on the current path, 2 done; iterative (a generated chain may hold thousands of tasks).
  const state = new Array<number>(graph.tasks.length).fill(0);
  for (let start = 0; start < graph.tasks.length; start++) {
    if (state[start] !== 0) continue;
    const path: number[] = [start];
    const cursor: number[] = [0];
    state[start] = 1;
    while (path.length) {
      const task = path[path.length - 1] as number;
      const children = next.get(task) ?? [];
      const at = cursor[cursor.length - 1] as number;
      if (at >= children.length) {
        state[task] = 2;
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[cursor.length - 1] = at + 1;
      const down = children[at] as number;
      if (state[down] === 1) return [...path.slice(path.indexOf(down)), down];
      if (state[down] === 0) {
        state[down] = 1;
        path.push(down);
        cursor.push(0);
      }
    }
  }
  return undefined;
}

/**
 * Checks on FileInventory.taskGraphs, teardownRules and dependencyErrors: `task-dependency-invalid` (see
 * DependencyError), `dag-cycle` (DagBag.bag_dag's check_cycle), and on Airflow 2
 * `task-argument-invalid` for a trigger rule a fail_stop DAG refuses (FailStopDagInvalidTriggerRule, raised when the
 * task is made), for a teardown task given a trigger_rule, and for a task right after a setup task whose trigger_rule
 * is not all_success (DAG.validate_setup_teardown).
 */
export function checkTaskDependencies(inventory: FileInventory, ctx: { airflowMajor: 2 | 3 }, emit: Emit): void {
  for (const error of inventory.dependencyErrors ?? []) {
    emit("task-dependency-invalid", { line: error.line, column: error.column, endLine: error.endLine, endColumn: error.endColumn, ...dependencyMessage(error) });
  }
  for (const graph of inventory.taskGraphs ?? []) {
    const dag = graph.dagId !== undefined ? `DAG '${graph.dagId}'` : `the DAG at line ${graph.line}`;
    const cycle = findCycle(graph);
    if (cycle) {
      const labels = cycle.map((t) => `'${graph.tasks[t]?.label}'`);
      // Reported where the dependency that closes the loop is written (the last one in the file).
      const edges = cycle.slice(1).map((to, i) => graph.edges.find((e) => e.from === cycle[i] && e.to === to)).filter((e): e is TaskGraph["edges"][number] => !!e);
      const last = edges.reduce((a, b) => (b.line > a.line || (b.line === a.line && b.column > a.column) ? b : a));
      emit("dag-cycle", {
        line: last.line,
        column: last.column,
        ...(graph.dagId !== undefined ? { dagId: graph.dagId } : {}),
        message:
          cycle.length === 2
            ? `task ${labels[0]} is set downstream of itself in ${dag}: DagBag refuses the DAG (AirflowDagCycleException: Cycle detected in DAG), so the file gets an import error`
            : `tasks ${labels.join(" >> ")} form a cycle in ${dag}: DagBag refuses the DAG (AirflowDagCycleException: Cycle detected in DAG), so the file gets an import error`,
        fix:
          cycle.length === 2
            ? "remove this dependency: a task cannot run before itself (to repeat work, use another task or dynamic task mapping)"
            : "remove or reverse one of these dependencies so that no task runs, directly or through others, before itself",
      });
    }
    if (ctx.airflowMajor !== 2) continue;
    // DAG.validate_setup_teardown at 2.10.5 (DagBag calls dag.validate() before bagging): a setup task's direct
    // downstream that is no teardown must keep all_success.
    const reported = new Set<number>();
    for (const edge of graph.edges) {
      const up = graph.tasks[edge.from];
      const down = graph.tasks[edge.to];
      const rule = down?.triggerRule;
      if (!up?.setup || !down || !rule || down.teardown || down.changed || reported.has(edge.to)) continue;
      if (rule.value === "all_success" || !KNOWN_RULES.has(rule.value) || (graph.failStop && !FAIL_STOP_RULES.has(rule.value))) continue;
      // One finding per default_args rule (many tasks may take it).
      const key = down.defaulted ? -1 : edge.to;
      if (reported.has(key)) continue;
      reported.add(key);
      emit("task-argument-invalid", {
        line: rule.line,
        column: rule.column,
        endLine: rule.endLine,
        endColumn: rule.endColumn,
        ...(graph.dagId !== undefined ? { dagId: graph.dagId } : {}),
        message: `task '${down.label}' runs directly after setup task '${up.label}' with trigger_rule '${rule.value}'${down.defaulted ? " (from the DAG's default_args)" : ""} in ${dag}: DagBag refuses the DAG with ValueError: Setup tasks must be followed with trigger rule ALL_SUCCESS.`,
        fix: down.defaulted
          ? "give the tasks right after a setup task trigger_rule='all_success' of their own, or drop trigger_rule from default_args"
          : "keep all_success on the tasks right after a setup task (put a task with the other rule further down), or make this task the setup's teardown",
      });
    }
    if (!graph.failStop) continue;
    let defaultReported = false;
    for (const task of graph.tasks) {
      const rule = task.triggerRule;
      if (!rule || FAIL_STOP_RULES.has(rule.value) || !KNOWN_RULES.has(rule.value)) continue;
      if (task.defaulted) {
        if (defaultReported) continue;
        defaultReported = true;
        emit("task-argument-invalid", {
          line: rule.line,
          column: rule.column,
          endLine: rule.endLine,
          endColumn: rule.endColumn,
          ...(graph.dagId !== undefined ? { dagId: graph.dagId } : {}),
          message: `default_args gives trigger_rule '${rule.value}' to task '${task.label}' (and any other task without a trigger_rule of its own) in ${dag}, which sets fail_stop=True: importing the file fails with FailStopDagInvalidTriggerRule: A 'fail-stop' dag can only have all_success trigger rule`,
          fix: "drop trigger_rule from default_args (all_success), or turn fail_stop off for this DAG",
        });
        continue;
      }
      emit("task-argument-invalid", {
        line: rule.line,
        column: rule.column,
        endLine: rule.endLine,
        endColumn: rule.endColumn,
        ...(graph.dagId !== undefined ? { dagId: graph.dagId } : {}),
        message: `task '${task.label}' has trigger_rule '${rule.value}' in ${dag}, which sets fail_stop=True: importing the file fails with FailStopDagInvalidTriggerRule: A 'fail-stop' dag can only have all_success trigger rule`,
        fix: "drop the trigger_rule (all_success), or turn fail_stop off for this DAG",
      });
    }
  }
  if (ctx.airflowMajor !== 2) return;
  for (const rule of inventory.teardownRules ?? []) {
    emit("task-argument-invalid", {
      line: rule.line,
      column: rule.column,
      endLine: rule.endLine,
      endColumn: rule.endColumn,
      ...teardownMessage(rule),
    });
  }
}
