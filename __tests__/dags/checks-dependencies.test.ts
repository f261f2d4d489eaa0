import { beforeAll, describe, expect, it } from "vitest";
import { createPythonParser, type PythonParser } from "../../src/dags/python-parser.js";
import { extractDagInventory, type FileInventory } from "../../src/dags/inventory.js";
import { runFileChecks } from "../../src/dags/checks.js";
import { findCycle } from "../../src/dags/checks-dependencies.js";
import { createModuleResolver } from "../../src/dags/module-resolver.js";

// Every source here was imported by Airflow 2.10.5's DagBag: the positive ones fail (AirflowDagCycleException,
// FailStopDagInvalidTriggerRule, TypeError/ValueError of the teardown and setup rules), the negative ones import.
let parser: PythonParser;
beforeAll(async () => {
  parser = await createPythonParser();
});
const inventoryOf = (source: string): FileInventory => extractDagInventory(parser.parse(source), source, "dags/x.py");
const resolver = createModuleResolver({ pythonVersion: "3.12", airflowMajor: 2, requirementNames: [], localModules: [] });
const judged = (source: string, airflowMajor: 2 | 3 = 2) =>
  runFileChecks(inventoryOf(source), { settings: {}, airflowMajor, resolver, file: "dags/x.py" }).filter((f) => f.checkId === "dag-cycle" || f.checkId === "task-argument-invalid");

const REFUSED: [string, string, string, number][] = [
  ["a >> b >> a in a with DAG block", "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nimport pendulum\nwith DAG(\"c1\", start_date=pendulum.datetime(2024,1,1), schedule=None) as dag:\n    a = EmptyOperator(task_id=\"a\")\n    b = EmptyOperator(task_id=\"b\")\n    a >> b >> a\n", "dag-cycle", 7],
  ["set_downstream, a list on the left and a module DAG joined by dag=dag", "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nimport pendulum\ndag = DAG(\"c2\", start_date=pendulum.datetime(2024,1,1), schedule=None)\na = EmptyOperator(task_id=\"a\", dag=dag)\nb = EmptyOperator(task_id=\"b\", dag=dag)\nc = EmptyOperator(task_id=\"c\", dag=dag)\na.set_downstream(b)\n[a, b] >> c\nc >> a\n", "dag-cycle", 10],
  ["a task downstream of itself", "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nimport pendulum\nwith DAG(\"c3\", start_date=pendulum.datetime(2024,1,1), schedule=None) as dag:\n    a = EmptyOperator(task_id=\"a\")\n    a >> a\n", "dag-cycle", 6],
  ["a data dependency between @task calls, then chain() back", "from airflow.decorators import dag, task\nfrom airflow.models.baseoperator import chain\nimport pendulum\n@dag(start_date=pendulum.datetime(2024,1,1), schedule=None)\ndef c4():\n    @task\n    def e(): return 1\n    @task\n    def l(x): return x\n    x = e()\n    y = l(x)\n    chain(y, x)\nc4()\n", "dag-cycle", 12],
  ["an operator's .output given to a @task, then the task back to the operator", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@task\ndef e(): return 1\n@task\ndef l(x): return x\nwith DAG(\"p5\", schedule=None, start_date=datetime(2024, 1, 1)):\n    op = EmptyOperator(task_id=\"op\")\n    y = l(op.output)\n    y >> op\n", "dag-cycle", 14],
  ["set_downstream with a list in a called @dag function", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef p6():\n    a = EmptyOperator(task_id=\"a\")\n    b = EmptyOperator(task_id=\"b\")\n    chain_ = [a, b]\n    a >> b\n    b.set_downstream([a])\np6()\n", "dag-cycle", 13],
  ["chain() from a task through a list back to it", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nfrom airflow.models.baseoperator import chain\nwith DAG(\"p9\", schedule=None, start_date=datetime(2024, 1, 1)) as d:\n    a = EmptyOperator(task_id=\"a\")\n    b = EmptyOperator(task_id=\"b\")\n    c = EmptyOperator(task_id=\"c\")\n    chain(a, [b, c], a)\n", "dag-cycle", 12],
  ["fail_stop with an operator's trigger_rule", "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nimport pendulum\nwith DAG(\"f1\", start_date=pendulum.datetime(2024,1,1), schedule=None, fail_stop=True) as dag:\n    a = EmptyOperator(task_id=\"a\", trigger_rule=\"all_done\")\n", "task-argument-invalid", 5],
  ["fail_stop with a @task's trigger_rule", "from airflow.decorators import dag, task, teardown\nimport pendulum\n@dag(start_date=pendulum.datetime(2024,1,1), schedule=None, fail_stop=True)\ndef f2():\n    @teardown\n    def td(): pass\n    @task(trigger_rule=\"none_failed\")\n    def t(): pass\n    td()\n    t()\nf2()\n", "task-argument-invalid", 7],
  ["fail_stop with a deprecated rule (dummy) on a task made a teardown afterwards", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"p4\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True):\n    a = EmptyOperator(task_id=\"a\", trigger_rule=\"dummy\").as_teardown()\n", "task-argument-invalid", 8],
  ["fail_stop with .override(trigger_rule=TriggerRule.ONE_SUCCESS)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True)\ndef p11():\n    @task\n    def t(): pass\n    t.override(trigger_rule=TriggerRule.ONE_SUCCESS)()\np11()\n", "task-argument-invalid", 11],
  ["@teardown(trigger_rule=...)", "from airflow.decorators import dag, task, teardown\nimport pendulum\n@dag(start_date=pendulum.datetime(2024,1,1), schedule=None)\ndef t1():\n    @teardown(trigger_rule=\"all_done\")\n    def td(): pass\n    td()\nt1()\n", "task-argument-invalid", 5],
  ["a teardown's .override(trigger_rule=...)", "from airflow.decorators import dag, task, teardown\nimport pendulum\n@dag(start_date=pendulum.datetime(2024,1,1), schedule=None)\ndef t2():\n    @teardown\n    def td(): pass\n    td.override(trigger_rule=\"all_done\")()\nt2()\n", "task-argument-invalid", 7],
  ["a @task with all_done right after a @setup task", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef s1():\n    @setup\n    def s(): pass\n    @task(trigger_rule=\"all_done\")\n    def w(): pass\n    s() >> w()\ns1()\n", "task-argument-invalid", 10],
  ["an operator with one_success right after an .as_setup() operator", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\nwith DAG(\"s2\", schedule=None, start_date=datetime(2024, 1, 1)):\n    s = EmptyOperator(task_id=\"s\").as_setup()\n    w = EmptyOperator(task_id=\"w\", trigger_rule=\"one_success\")\n    s >> w\n", "task-argument-invalid", 8],
  ["a setup's output given to a @task with none_failed", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\n@setup\ndef make(): return 1\n@task(trigger_rule=\"none_failed\")\ndef use(x): return x\nwith DAG(\"s6\", schedule=None, start_date=datetime(2024, 1, 1)):\n    use(make())\n", "task-argument-invalid", 8],
  ["a @teardown function called twice in one @dag body", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef r1():\n    @teardown\n    def td(): pass\n    td()\n    td()\nr1()\n", "task-argument-invalid", 13],
  ["a module @teardown function called in two with DAG blocks", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\nwith DAG(\"r2a\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td()\nwith DAG(\"r2b\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td()\n", "task-argument-invalid", 13],
  ["a teardown called, then its .override(task_id=...)()", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\nwith DAG(\"r3\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td()\n    td.override(task_id=\"again\")()\n", "task-argument-invalid", 12],
  ["a teardown .expand(...)ed, then called", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(x): pass\nwith DAG(\"r4\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td.expand(x=[1, 2])\n    td(3)\n", "task-argument-invalid", 12],
  ["a module teardown called in a DAG factory called twice", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\ndef make(dag_id):\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        td()\nmake(\"r5a\")\nmake(\"r5b\")\n", "task-argument-invalid", 12],
  ["a teardown called, then .partial().expand()", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(x): pass\nwith DAG(\"r6\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td(1)\n    td.partial().expand(x=[1])\n", "task-argument-invalid", 12],
  ["@setup()", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@setup()\ndef s(): pass\nwith DAG(\"u1\", schedule=None, start_date=datetime(2024, 1, 1)):\n    s()\n", "task-argument-invalid", 8],
  ["@setup(retries=2)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@setup(retries=2)\ndef s(): pass\n", "task-argument-invalid", 8],
  ["@teardown(retries=2)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown(retries=2)\ndef s(): pass\n", "task-argument-invalid", 8],
  ["delete.as_teardown(setups=create) inline in a >> chain after an all_done task", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"a1\", schedule=None, start_date=datetime(2024, 1, 1)):\n    create = EmptyOperator(task_id=\"create\")\n    delete = EmptyOperator(task_id=\"delete\")\n    w = EmptyOperator(task_id=\"w\", trigger_rule=\"all_done\")\n    create >> w >> delete.as_teardown(setups=create)\n", "task-argument-invalid", 11],
  ["as_teardown(setups=create) as a statement after create >> w", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"a2\", schedule=None, start_date=datetime(2024, 1, 1)):\n    create = EmptyOperator(task_id=\"create\")\n    delete = EmptyOperator(task_id=\"delete\")\n    w = EmptyOperator(task_id=\"w\", trigger_rule=TriggerRule.ONE_SUCCESS)\n    create >> w\n    delete.as_teardown(setups=[create])\n", "task-argument-invalid", 11],
  ["with delete.as_teardown(setups=create): an all_done task made in the block", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"a3\", schedule=None, start_date=datetime(2024, 1, 1)):\n    create = EmptyOperator(task_id=\"create\")\n    delete = EmptyOperator(task_id=\"delete\")\n    with delete.as_teardown(setups=create):\n        w = EmptyOperator(task_id=\"w\", trigger_rule=\"all_done\")\n", "task-argument-invalid", 12],
  ["fail_stop with PythonOperator.partial(trigger_rule=...).expand(...)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"f1\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True):\n    PythonOperator.partial(task_id=\"p\", python_callable=print, trigger_rule=\"all_done\").expand(op_args=[[1], [2]])\n", "task-argument-invalid", 9],
  ["fail_stop with @task(trigger_rule=...) .expand(...)ed", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@task(trigger_rule=\"all_done\")\ndef t(x): pass\nwith DAG(\"f2\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True):\n    t.expand(x=[1, 2])\n", "task-argument-invalid", 8],
  ["fail_stop with default_args trigger_rule in the same DAG call", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"f3\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True, default_args={\"trigger_rule\": \"all_done\"}):\n    EmptyOperator(task_id=\"a\")\n    EmptyOperator(task_id=\"b\")\n", "task-argument-invalid", 8],
  ["fail_stop @dag with default_args TriggerRule.ONE_SUCCESS and a @task", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True, default_args={\"retries\": 1, \"trigger_rule\": TriggerRule.ONE_SUCCESS})\ndef f4():\n    @task\n    def t(): pass\n    t()\nf4()\n", "task-argument-invalid", 8],
  ["fail_stop and the rule in module constants", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nRULE = TriggerRule.ALL_DONE\nFAIL_STOP = True\nwith DAG(\"f5\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=FAIL_STOP):\n    EmptyOperator(task_id=\"a\", trigger_rule=RULE)\n", "task-argument-invalid", 11],
  ["fail_stop in a DAG factory called once", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\ndef create_dag(dag_id):\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True) as d:\n        EmptyOperator(task_id=\"a\", trigger_rule=\"all_done\")\n    return d\ncreated = create_dag(\"f6\")\n", "task-argument-invalid", 10],
  ["a cycle in a DAG factory", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\ndef create_dag(dag_id):\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)) as d:\n        a = EmptyOperator(task_id=\"a\")\n        b = EmptyOperator(task_id=\"b\")\n        a >> b >> a\n        return d\ncreate_dag(\"c1\")\n", "dag-cycle", 12],
  ["default_args all_done and a task right after a setup", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"d1\", schedule=None, start_date=datetime(2024, 1, 1), default_args={\"trigger_rule\": \"all_done\"}):\n    s = EmptyOperator(task_id=\"s\").as_setup()\n    w = EmptyOperator(task_id=\"w\")\n    s >> w\n", "task-argument-invalid", 8],
  ["as_teardown(setups=) given a @task's output (its XComArg marks its operator a setup)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@task\ndef make(): return 1\nwith DAG(\"n8\", schedule=None, start_date=datetime(2024, 1, 1)):\n    create = make()\n    delete = EmptyOperator(task_id=\"delete\")\n    w = EmptyOperator(task_id=\"w\", trigger_rule=\"all_done\")\n    create >> w\n    delete.as_teardown(setups=create)\n", "task-argument-invalid", 13],
  ["a module @teardown called in a for loop over two DAG ids", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\nfor dag_id in [\"l1a\", \"l1b\"]:\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        td()\n", "task-argument-invalid", 12],
  ["a module @teardown called in a loop over a module list of configs, after other statements", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\nIDS = (\"l2a\", \"l2b\", \"l2c\")\nfor dag_id in IDS:\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        start = EmptyOperator(task_id=\"start\")\n        start >> td()\n", "task-argument-invalid", 14],
];

const ACCEPTED: [string, string][] = [
  ["a cycle in a DAG with auto_register=False that no global holds", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"n1\", schedule=None, start_date=datetime(2024, 1, 1), auto_register=False):\n    a = EmptyOperator(task_id=\"a\")\n    a >> a\n"],
  ["fail_stop with all_done_setup_success and a @teardown", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"n3\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True, default_args={\"trigger_rule\": \"all_success\"}):\n    a = EmptyOperator(task_id=\"a\", trigger_rule=TriggerRule.ALL_DONE_SETUP_SUCCESS)\n    @teardown\n    def td(): pass\n    a >> td()\n"],
  ["a name a nested function rebinds with nonlocal", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef n8():\n    a = EmptyOperator(task_id=\"a\")\n    b = EmptyOperator(task_id=\"b\")\n    a >> b\n    def again():\n        nonlocal a\n        a = EmptyOperator(task_id=\"c\")\n    again()\n    b >> a\nn8()\n"],
  ["a fail_stop @task with a rule that is never called", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True)\ndef n12():\n    @task(trigger_rule=\"all_done\")\n    def t(): pass\nn12()\n"],
  ["rules other than all_success further from a setup and on its teardown", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\nwith DAG(\"s3\", schedule=None, start_date=datetime(2024, 1, 1)):\n    s = EmptyOperator(task_id=\"s\").as_setup()\n    w = EmptyOperator(task_id=\"w\")\n    x = EmptyOperator(task_id=\"x\", trigger_rule=\"all_done\")\n    t = EmptyOperator(task_id=\"t\", trigger_rule=\"all_done\")\n    s >> w >> x >> t.as_teardown(setups=s)\n"],
  ["a rule put back to all_success after the dependency", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\nwith DAG(\"s4\", schedule=None, start_date=datetime(2024, 1, 1)):\n    s = EmptyOperator(task_id=\"s\").as_setup()\n    w = EmptyOperator(task_id=\"w\", trigger_rule=\"all_done\")\n    s >> w\n    w.trigger_rule = \"all_success\"\n"],
  ["a task a helper makes a teardown", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\n\ndef make_teardown(t):\n    t.as_teardown()\nwith DAG(\"s5\", schedule=None, start_date=datetime(2024, 1, 1)):\n    s = EmptyOperator(task_id=\"s\").as_setup()\n    w = EmptyOperator(task_id=\"w\", trigger_rule=\"all_done\")\n    s >> w\n    make_teardown(w)\n"],
  ["a teardown's trigger_rule set as an attribute", "from airflow import DAG\nfrom airflow.operators.empty import EmptyOperator\nimport pendulum\nwith DAG(\"t4\", start_date=pendulum.datetime(2024,1,1), schedule=None) as dag:\n    a = EmptyOperator(task_id=\"a\", trigger_rule=\"one_success\")\n    td = EmptyOperator(task_id=\"td\").as_teardown()\n    a >> td\n    td.trigger_rule = \"all_done\"\n"],
  ["teardown calls through .override only, then one plain call last", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\nwith DAG(\"n1\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td.override(task_id=\"x\")()\n    td.override(task_id=\"y\")()\n    td()\n"],
  ["a teardown defined in the @dag function, the @dag function called twice", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1))\ndef n2():\n    @teardown\n    def td(): pass\n    td()\nfirst = n2()\nsecond = n2.override(dag_id=\"n2b\")() if hasattr(n2, \"override\") else None\n"],
  ["@teardown() and @teardown(on_failure_fail_dagrun=True) called once each", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown()\ndef td(): pass\n@teardown(on_failure_fail_dagrun=True)\ndef td2(): pass\nwith DAG(\"n3\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td()\n    td2()\n"],
  ["a teardown's expand_kwargs after a call (no check there)", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(x): pass\nwith DAG(\"n4\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td(1)\n    td.expand_kwargs([{\"x\": 1}])\n"],
  ["a task's own all_success over default_args all_done in a fail_stop DAG; a TaskGroup's default_args", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nfrom airflow.utils.task_group import TaskGroup\nwith DAG(\"n5\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True, default_args={\"trigger_rule\": \"all_done\"}):\n    EmptyOperator(task_id=\"a\", trigger_rule=\"all_success\")\n    with TaskGroup(\"g\", default_args={\"trigger_rule\": \"all_success\"}):\n        EmptyOperator(task_id=\"b\")\n"],
  ["a fail_stop @dag with default_args all_done and only a @teardown task", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@dag(schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True, default_args={\"trigger_rule\": \"all_done\"})\ndef n6():\n    @teardown\n    def t(): pass\n    t()\nn6()\n"],
  ["with as_teardown(setups=...): the all_done task is not a root of the block", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nwith DAG(\"n7\", schedule=None, start_date=datetime(2024, 1, 1)):\n    create = EmptyOperator(task_id=\"create\")\n    delete = EmptyOperator(task_id=\"delete\")\n    with delete.as_teardown(setups=create):\n        w = EmptyOperator(task_id=\"w\")\n        x = EmptyOperator(task_id=\"x\", trigger_rule=\"all_done\")\n        w >> x\n"],
  ["a factory never called and one whose DAG is auto_register=False with a cycle", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\ndef never(dag_id):\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True):\n        EmptyOperator(task_id=\"a\", trigger_rule=\"all_done\")\ndef hidden():\n    with DAG(\"hidden\", schedule=None, start_date=datetime(2024, 1, 1), auto_register=False):\n        a = EmptyOperator(task_id=\"a\")\n        a >> a\nhidden()\nwith DAG(\"n9\", schedule=None, start_date=datetime(2024, 1, 1)):\n    EmptyOperator(task_id=\"a\")\n"],
  ["a rule constant rebound, a fail_stop flag False", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\nRULE = TriggerRule.ALL_DONE\nRULE = TriggerRule.ALL_SUCCESS\nFAIL_STOP = False\nwith DAG(\"n10\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True):\n    EmptyOperator(task_id=\"a\", trigger_rule=RULE)\nwith DAG(\"n10b\", schedule=None, start_date=datetime(2024, 1, 1), fail_stop=FAIL_STOP):\n    EmptyOperator(task_id=\"b\", trigger_rule=\"all_done\")\n"],
  ["loops a teardown call may not run twice in: one pass, a break, an if first, a list changed", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\n@teardown\ndef td2(): pass\n@teardown\ndef td3(): pass\nfor dag_id in [\"l3a\"]:\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        td()\nfor dag_id in [\"l3b\", \"l3c\"]:\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        td2()\n    break\nIDS = [\"l3d\", \"l3e\"]\nIDS.clear()\nfor dag_id in IDS:\n    if dag_id:\n        continue\n    with DAG(dag_id, schedule=None, start_date=datetime(2024, 1, 1)):\n        td3()\n"],
  ["a helper function called inside a generator or async def is not run", "from datetime import datetime\nfrom airflow import DAG\nfrom airflow.decorators import dag, task, teardown, setup\nfrom airflow.operators.empty import EmptyOperator\nfrom airflow.operators.python import PythonOperator\nfrom airflow.utils.trigger_rule import TriggerRule\n\n@teardown\ndef td(): pass\ndef gen():\n    td()\n    yield 1\nasync def agen():\n    td()\nwith DAG(\"l4\", schedule=None, start_date=datetime(2024, 1, 1)):\n    td()\n    gen()\n    agen()\n"],
];

describe("task dependencies and trigger rules DagBag refuses", () => {
  it.each(REFUSED)("reports %s", (_name, source, check, line) => {
    const findings = judged(source);
    expect(findings.map((f) => `${f.checkId}:${f.line}`)).toEqual([`${check}:${line}`]);
    expect(findings[0]?.severity).toBe("error");
  });

  it.each(ACCEPTED)("does not report %s", (_name, source) => {
    expect(judged(source)).toEqual([]);
  });

  it("names the tasks of the loop, with their group prefix, and the fix", () => {
    const source = `from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.utils.task_group import TaskGroup

with DAG("loop", schedule=None, start_date=datetime(2024, 1, 1)):
    with TaskGroup("stage"):
        first = EmptyOperator(task_id="first")
        second = EmptyOperator(task_id="second")
        first >> second
    publish = EmptyOperator(task_id="publish")
    second >> publish >> first
`;
    const [finding] = judged(source);
    expect(finding).toMatchObject({ checkId: "dag-cycle", line: 12, dagId: "loop" });
    expect(finding?.message).toContain("'stage.first' >> 'stage.second' >> 'publish' >> 'stage.first'");
    expect(finding?.fix).toMatch(/remove or reverse/);
  });

  it("words the self-loop fix, the reused teardown, @setup() and the default_args rule", () => {
    const self = judged(REFUSED.find(([name]) => name === "a task downstream of itself")?.[1] as string);
    expect(self[0]?.fix).toMatch(/^remove this dependency: a task cannot run before itself/);
    expect(self[0]?.fix).not.toMatch(/reverse/);
    const reused = judged(REFUSED.find(([name]) => name.startsWith("a module @teardown function called in two"))?.[1] as string);
    expect(reused[0]?.message).toBe(
      "teardown function 'td' is called again after its call on line 11: the first call wrote trigger_rule into the decorator's arguments, so importing the file fails with ValueError: Trigger rule not configurable for teardown tasks.",
    );
    expect(reused[0]?.fix).toMatch(/define the @teardown function once per task/);
    const loop = judged(REFUSED.find(([name]) => name.startsWith("a module @teardown called in a for loop"))?.[1] as string);
    expect(loop[0]?.message).toMatch(/^teardown function 'td' is called again on the loop's second pass/);
    const setupCall = judged(REFUSED.find(([name]) => name === "@setup()")?.[1] as string);
    expect(setupCall[0]?.message).toMatch(/TypeError: setup_task\(\) missing 1 required positional argument: 'func'$/);
    expect(setupCall[0]?.fix).toBe("write @setup without parentheses");
    const defaults = judged(REFUSED.find(([name]) => name.startsWith("fail_stop with default_args"))?.[1] as string);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ line: 8, column: 110 });
    expect(defaults[0]?.message).toMatch(/^default_args gives trigger_rule 'all_done' to task 'a' \(and any other task/);
  });

  // Limits, not DagBag-verified files: what the file does to the decorator or default_args is not followed.
  it("leaves a teardown function alone when the file touches a decorator's kwargs or its rule, and a DAG's default_args when changed", () => {
    const twice = REFUSED.find(([name]) => name.startsWith("a module @teardown function called in two"))?.[1] as string;
    expect(judged(`${twice}td.kwargs.pop("trigger_rule", None)\n`)).toEqual([]);
    expect(judged(`${twice}td.is_teardown = False\n`)).toEqual([]);
    const defaults = REFUSED.find(([name]) => name.startsWith("fail_stop with default_args"))?.[1] as string;
    expect(judged(defaults.replace('EmptyOperator(task_id="a")', 'dag.default_args.clear()\n    EmptyOperator(task_id="a")').replace("}):", "}) as dag:"))).toEqual([]);
  });

  it("records the graph: tasks by key, edges with where they are written", () => {
    const source = `from datetime import datetime
from airflow.decorators import dag, task
from airflow.operators.empty import EmptyOperator

@dag(schedule=None, start_date=datetime(2024, 1, 1), fail_stop=True)
def flow():
    @task
    def load(x):
        return x

    start = EmptyOperator(task_id="start", trigger_rule="all_success")
    a = load(start.output)
    b = load(a)
    start >> b

flow()
`;
    expect(inventoryOf(source).taskGraphs).toEqual([
      {
        dagId: "flow",
        line: 16,
        failStop: true,
        tasks: [
          { label: "start", line: 11, column: 13, endLine: 11, endColumn: 26, triggerRule: { value: "all_success", line: 11, column: 57, endLine: 11, endColumn: 70 } },
          { label: "load", line: 12, column: 9, endLine: 12, endColumn: 13 },
          { label: "load__1", line: 13, column: 9, endLine: 13, endColumn: 13 },
        ],
        edges: [
          { from: 0, to: 1, line: 12, column: 9 },
          { from: 1, to: 2, line: 13, column: 9 },
          { from: 0, to: 2, line: 14, column: 11 },
        ],
      },
    ]);
  });

  // Limits, not DagBag-clean files: each of these does loop (or may) at import, but the loop is not certain statically.
  it("leaves dependencies it cannot be sure of alone: loops, branches, rebound names, unknown calls, files binding globals", () => {
    const header = `from datetime import datetime
from airflow import DAG
from airflow.operators.empty import EmptyOperator
from helpers import wire, make_task
`;
    for (const body of [
      "    for t in [b]:\n        t >> a",
      "    if FLAG:\n        b >> a",
      "    a = EmptyOperator(task_id='c')\n    b >> a",
      "    wire(b, a)",
      "    c = make_task()\n    b >> c >> a",
      "    globals()['x'] = 1\n    b >> a",
    ]) {
      const source = `${header}FLAG = True\nwith DAG("d", schedule=None, start_date=datetime(2024, 1, 1)):\n    a = EmptyOperator(task_id="a")\n    b = EmptyOperator(task_id="b")\n    a >> b\n${body}\n`;
      expect(judged(source).filter((f) => f.checkId === "dag-cycle"), body).toEqual([]);
    }
  });

  it("judges fail_stop and setup/teardown rules on Airflow 2 only; cycles on both", () => {
    expect(judged(REFUSED.find(([name]) => name.startsWith("fail_stop with an operator"))?.[1] as string, 3)).toEqual([]);
    expect(judged(REFUSED[0]?.[1] as string, 3).map((f) => f.checkId)).toEqual(["dag-cycle"]);
  });

  it("finds a cycle iteratively in a long chain", () => {
    const n = 20000;
    const tasks = Array.from({ length: n }, (_, i) => ({ label: `t${i}`, line: 1, column: 1, endLine: 1, endColumn: 2 }));
    const edges = Array.from({ length: n - 1 }, (_, i) => ({ from: i, to: i + 1, line: 1, column: 1 }));
    expect(findCycle({ tasks, edges })).toBeUndefined();
    const cycle = findCycle({ tasks, edges: [...edges, { from: n - 1, to: 5, line: 2, column: 1 }] });
    expect(cycle?.[0]).toBe(5);
    expect(cycle?.at(-1)).toBe(5);
    expect(cycle).toHaveLength(n - 5 + 1);
  });
});

// Each positive body was imported by Airflow 2.10.5's DagBag and failed with the quoted error; each negative imported.
describe("dependencies that raise at import (task-dependency-invalid)", () => {
  const header = `from datetime import datetime
from airflow import DAG
from airflow.decorators import task
from airflow.models.baseoperator import chain, cross_downstream
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
FLAG = False
@task
def load():
    return 1
with DAG("d", schedule=None, start_date=datetime(2024, 1, 1)) as d:
    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
    c = EmptyOperator(task_id="c")
`;
  const found = (body: string) =>
    runFileChecks(inventoryOf(`${header}${body}\n`), { settings: {}, airflowMajor: 2, resolver, file: "dags/x.py" })
      .filter((f) => f.checkId === "task-dependency-invalid")
      .map((f) => ({ line: f.line, message: f.message }));

  it.each([
    ["    [a, b] >> [c]", "TypeError: unsupported operand type(s) for >>: 'list' and 'list'"],
    ["    ups = (a, b)\n    ups << [c]", "TypeError: unsupported operand type(s) for <<: 'tuple' and 'list'"],
    ["    [a] >> load", "TypeError: unsupported operand type(s) for >>: 'list' and '_TaskDecorator'"],
    ["    load >> a", "AttributeError: '_TaskDecorator' object has no attribute 'update_relative'"],
    ["    a.set_downstream(load)", "AttributeError: '_TaskDecorator' object has no attribute 'update_relative'"],
    ["    chain(load, a)", "AttributeError: '_TaskDecorator' object has no attribute 'update_relative'"],
    ["    chain(a, [b], (c, a))", "AirflowException: Chain not supported for different length Iterable. Got 1 and 2."],
    ["    cross_downstream(load(), [a])", "TypeError: 'XComArg' object is not iterable"],
    ["    x = load()\n    x()", "TypeError: 'PlainXComArg' object is not callable"],
    ["    m = BashOperator.partial(task_id='m').expand(bash_command=['x'])\n    a >> m()", "TypeError: 'MappedOperator' object is not callable"],
    ["with DAG('e', schedule=None, start_date=datetime(2024, 1, 1)):\n    e = EmptyOperator(task_id='e')\n    e >> a", "Tried to set relationships between tasks in more than one DAG"],
  ])("%s", (body, error) => {
    const results = found(body);
    expect(results).toHaveLength(1);
    expect(results[0]?.message).toContain(error);
    expect(results[0]?.line).toBe(14 + body.split("\n").length);
  });

  it("stays quiet where the dependency is fine or not certain to run", () => {
    for (const body of [
      "    [a, b] >> c\n    a >> [b, c]",
      "    chain([a, b], [c, load()])",
      "    ups = [a]\n    ups.append(b)\n    chain(ups, [c, load()])",
      "    cross_downstream([a], b)",
      "    a >> load()",
      "    if FLAG:\n        [a] >> [b]",
      "    try:\n        [a] >> [b]\n    except TypeError:\n        pass",
      "def later():\n    [a] >> [b]",
      "with DAG('e', schedule=None, start_date=datetime(2024, 1, 1)):\n    e = EmptyOperator(task_id='e', dag=d)\n    e >> a",
    ]) {
      expect(found(body), body).toEqual([]);
    }
  });

  it("leaves what it cannot be sure of alone: a computed dag_id, a name bound twice", () => {
    // Limits, not DagBag-clean: both fail at import (two DAGs; 'EmptyOperator' object is not callable).
    for (const body of [
      "with DAG(f'e{FLAG}', schedule=None, start_date=datetime(2024, 1, 1)):\n    e = EmptyOperator(task_id='e')\n    e >> a",
      "    a = EmptyOperator(task_id='a2')\n    a()",
    ]) {
      expect(found(body), body).toEqual([]);
    }
  });
});
