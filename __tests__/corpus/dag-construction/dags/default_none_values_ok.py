"""default_args values of None every task takes (probed with DagBag 2.10.5): execution_timeout, retries,
priority_weight, max_retry_delay, weight_rule, pool, queue, email, depends_on_past; and a retry_delay of None the only
task replaces with its own."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_none_ok",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": None, "execution_timeout": None, "priority_weight": None, "max_retry_delay": None, "weight_rule": None, "pool": None, "queue": None, "email": None, "depends_on_past": None},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="book")

with DAG(
    "ledger_delay_replaced",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2, "retry_delay": None},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="book", retry_delay=300)
