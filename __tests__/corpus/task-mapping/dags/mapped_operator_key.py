"""expand() over one key of a classic operator's output (op.output["rows"]): ValueError: cannot map over XCom with
custom key 'rows' while the DAG is built."""
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator

with DAG("mapped_operator_key", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False):
    count = BashOperator(task_id="count", bash_command="wc -l /tmp/input.csv")

    @task
    def report(rows):
        print(rows)

    report.expand(rows=count.output["rows"])
