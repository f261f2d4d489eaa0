"""Each pass of a loop copies its plain DAG into globals() under a name computed from the loop variable."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "platform", "retries": 2}

for name in ["gamma", "delta"]:
    dag = DAG(f"keyed_{name}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keyed"], catchup=False)
    EmptyOperator(task_id="start", dag=dag)
    globals()[f"keyed_{name}"] = dag

for region in ["north", "south"]:
    dag_id = f"regional_{region}"
    regional = DAG(dag_id, schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keyed"], catchup=False)
    globals()[dag_id] = regional
regional = None

# One name for every pass: the global holds the last pass's DAG only.
for stage in ["draft", "final"]:
    staged = DAG(f"stage_{stage}", schedule="@daily", start_date=datetime(2024, 1, 1), default_args=ARGS, tags=["keyed"], catchup=False)
    globals()["current_stage"] = staged
