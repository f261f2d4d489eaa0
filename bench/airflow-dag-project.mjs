// Generates a project of real Airflow 2.10 DAG files for the dynamic-tier benchmark: classic `with DAG` files with
// Bash/Python/Empty operators, task groups and sensors, TaskFlow `@dag` files with mapped tasks, loop-generated DAGs
// and DAGs built by a helper module in include/. Every file imports cleanly with Airflow 2.10.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function classic(i) {
  return `"""Partner feed ${i}: extract, transform and load into the warehouse."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import BranchPythonOperator, PythonOperator
from airflow.sensors.time_delta import TimeDeltaSensor
from airflow.utils.task_group import TaskGroup

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}


def _transform(**context):
    rows = context["ti"].xcom_pull(task_ids="extract")
    return [row for row in (rows or []) if row]


def _choose(**context):
    return "load.full" if context["logical_date"].day == 1 else "load.incremental"


with DAG(
    dag_id="partner_feed_${i}",
    start_date=datetime(2024, 1, 1),
    schedule="${["@daily", "0 3 * * *", "*/30 * * * *", "@hourly"][i % 4]}",
    catchup=False,
    default_args=default_args,
    tags=["partner", "feed-${i % 10}"],
    doc_md=__doc__,
) as dag:
    start = EmptyOperator(task_id="start")
    wait = TimeDeltaSensor(task_id="wait", delta=timedelta(minutes=${i % 30}), mode="reschedule")
    extract = BashOperator(task_id="extract", bash_command="echo extract ${i} {{ ds }}")
    transform = PythonOperator(task_id="transform", python_callable=_transform)
    choose = BranchPythonOperator(task_id="choose", python_callable=_choose)
    with TaskGroup("load") as load:
        full = BashOperator(task_id="full", bash_command="echo full")
        incremental = BashOperator(task_id="incremental", bash_command="echo incremental")
    done = EmptyOperator(task_id="done", trigger_rule="none_failed_min_one_success")
    start >> wait >> extract >> transform >> choose >> load >> done
`;
}

function taskflow(i) {
  return `"""Orders roll-up ${i} (TaskFlow)."""
import pendulum

from airflow.datasets import Dataset
from airflow.decorators import dag, task

orders = Dataset("s3://warehouse/orders/${i}")


@dag(
    schedule=[orders],
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["orders"],
    default_args={"owner": "analytics", "retries": 3},
)
def orders_rollup_${i}():
    @task
    def regions() -> list[str]:
        return ["eu", "us", "apac"]

    @task
    def extract(region: str) -> list[dict]:
        return [{"region": region, "amount": n * 1.5} for n in range(10)]

    @task(outlets=[Dataset("s3://warehouse/rollups/${i}")])
    def total(batches) -> float:
        return sum(row["amount"] for batch in batches for row in batch)

    total(extract.expand(region=regions()))


orders_rollup_${i}()
`;
}

function loop(i) {
  return `"""Per-customer exports ${i}: one DAG per customer, generated in a loop."""
from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator

CUSTOMERS = ["acme", "globex", "initech"]

for customer in CUSTOMERS:
    with DAG(
        dag_id=f"export_${i}_{customer}",
        start_date=datetime(2024, 1, 1),
        schedule="@daily",
        catchup=False,
        default_args={"owner": "exports", "retries": 1},
        tags=["export", customer],
    ) as dag:
        EmptyOperator(task_id="start") >> BashOperator(task_id="export", bash_command=f"echo {customer}")
    globals()[dag.dag_id] = dag
`;
}

function helperBuilt(i) {
  return `"""Reporting ${i}: an Airflow DAG built by the shared factory in include/."""
from include.factory import build_report_dag

dag = build_report_dag("report_${i}", tables=["orders", "customers", "events"], schedule="@weekly")
`;
}

const FACTORY = `"""Shared DAG factory used by several reporting DAG files."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import PythonOperator


def _refresh(table):
    return table


def build_report_dag(dag_id, tables, schedule):
    with DAG(dag_id, start_date=datetime(2024, 1, 1), schedule=schedule, catchup=False,
             default_args={"owner": "reporting", "retries": 2}, tags=["reporting"]) as dag:
        done = EmptyOperator(task_id="done")
        for table in tables:
            PythonOperator(task_id=f"refresh_{table}", python_callable=_refresh, op_args=[table]) >> done
    return dag
`;

/** Write `files` DAG files (a mix of the four kinds) under root/dags, plus include/factory.py; returns the paths. */
export function generateAirflowProject(root, files = 150) {
  mkdirSync(join(root, "dags"), { recursive: true });
  mkdirSync(join(root, "include"), { recursive: true });
  writeFileSync(join(root, "include", "__init__.py"), "");
  writeFileSync(join(root, "include", "factory.py"), FACTORY);
  writeFileSync(join(root, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.7.1\n");
  const paths = [];
  for (let i = 0; i < files; i++) {
    const kind = [classic, taskflow, loop, helperBuilt][i % 4];
    const sub = join(root, "dags", `team_${i % 8}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `dag_${i}.py`);
    writeFileSync(path, kind(i));
    paths.push(path);
  }
  return paths;
}
