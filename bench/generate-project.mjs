// Generates a realistic Astro project with many DAG files (Airflow 2 and 3 styles mixed) for benchmarks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OPERATORS = ["BashOperator", "PythonOperator", "EmptyOperator"];

function classicDag(i, padding) {
  return `"""Load partner feed ${i} into the warehouse."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.operators.empty import EmptyOperator

default_args = {
    "owner": "data-eng",
    "retries": ${i % 7 === 0 ? 0 : 2},
    "retry_delay": timedelta(minutes=5),
}


def _transform(**context):
    rows = context["ti"].xcom_pull(task_ids="extract")
    return [row for row in (rows or []) if row]


with DAG(
    dag_id="partner_feed_${i}",
    start_date=datetime(2024, 1, 1),
    schedule="${i % 5 === 0 ? "0 25 * * *" : "@daily"}",
    catchup=False,
    default_args=default_args,
    tags=["partner", "feed-${i % 10}"],
) as dag:
    start = EmptyOperator(task_id="start")
    extract = BashOperator(task_id="extract", bash_command="echo extract ${i}")
    transform = PythonOperator(task_id="transform", python_callable=_transform)
    load = BashOperator(task_id="load", bash_command="echo load {{ ds }}")
    ${OPERATORS.map((op, k) => `extra_${k} = ${op === "PythonOperator" ? `PythonOperator(task_id="extra_${k}", python_callable=_transform)` : op === "BashOperator" ? `BashOperator(task_id="extra_${k}", bash_command="true")` : `EmptyOperator(task_id="extra_${k}")`}`).join("\n    ")}
    start >> extract >> transform >> load
${padding}
`;
}

function taskflowDag(i, padding) {
  return `"""Airflow 3 TaskFlow pipeline ${i}."""
import pendulum

from airflow.sdk import Asset, dag, task

orders = Asset("s3://warehouse/orders/${i}")


@dag(
    schedule=[orders],
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    tags=["orders"],
    default_args={"owner": "analytics", "retries": 3},
)
def orders_rollup_${i}():
    @task
    def extract() -> list[dict]:
        return [{"id": n, "amount": n * 1.5} for n in range(10)]

    @task
    def total(rows: list[dict]) -> float:
        return sum(row["amount"] for row in rows)

    total(extract())


orders_rollup_${i}()
${padding}
`;
}

function migrationDag(i, padding) {
  return `from airflow import DAG
from airflow.operators.bash_operator import BashOperator
from airflow.utils.dates import days_ago
from airflow.models import Variable

with DAG("legacy_${i}", schedule_interval="@hourly", start_date=days_ago(1), tags=["legacy"],
         default_args={"owner": "ops", "retries": 2}) as dag:
    BashOperator(task_id="run", bash_command="echo {{ execution_date }}")
${padding}
`;
}

/** Comments and helper functions so files average ~2.5 KB, like real DAG files. */
function padding(i, bytes) {
  const lines = [];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const line = `\n\ndef helper_${i}_${n}(value):\n    """Normalise one record field (${n})."""\n    if value is None:\n        return ""\n    return str(value).strip().lower()\n`;
    lines.push(line);
    size += line.length;
    n++;
  }
  return lines.join("");
}

export function generateProject(root, { files = 2000, targetBytes = 5 * 1024 * 1024 } = {}) {
  mkdirSync(join(root, "dags"), { recursive: true });
  writeFileSync(join(root, "Dockerfile"), "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
  writeFileSync(join(root, "requirements.txt"), "apache-airflow-providers-snowflake==5.8.0\n");
  const perFile = Math.floor(targetBytes / files);
  let total = 0;
  for (let i = 0; i < files; i++) {
    const kind = i % 3;
    const base = kind === 0 ? classicDag(i, "") : kind === 1 ? taskflowDag(i, "") : migrationDag(i, "");
    const body = (kind === 0 ? classicDag : kind === 1 ? taskflowDag : migrationDag)(i, padding(i, Math.max(0, perFile - base.length)));
    const sub = join(root, "dags", `team_${i % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `dag_${i}.py`), body);
    total += body.length;
  }
  return { files, bytes: total };
}
