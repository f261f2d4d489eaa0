"""default_args values of None every task refuses (BaseOperator applies them): retry_delay (TypeError: unsupported
type for timedelta seconds component: NoneType), pool_slots (TypeError: '<' not supported between instances of
'NoneType' and 'int'). The first ends the import."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG(
    "ledger_no_delay",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    default_args={"owner": "finance", "retries": 2, "retry_delay": None, "pool_slots": None},
    tags=["finance"],
    catchup=False,
):
    EmptyOperator(task_id="book")
