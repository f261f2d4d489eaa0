"""tags as a set (through a module constant): DAG() type-checks tags on Airflow 2.10, TypeError: 'tags' has an invalid
type <class 'set'>, expected type is <class 'list'>."""
import pendulum

from airflow import DAG
from airflow.operators.empty import EmptyOperator

TEAM_TAGS = {"finance", "ledger"}

with DAG("ledger_tags_set", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), default_args={"owner": "finance", "retries": 2}, tags=TEAM_TAGS, catchup=False):
    EmptyOperator(task_id="tagged")
