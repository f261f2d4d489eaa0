"""Task arguments Airflow 2.10.5 takes as None (each probed with DagBag): execution_timeout, retries, priority_weight,
max_retry_delay, weight_rule, owner, pool, queue, sla, email, max_active_tis_per_dag, retry_exponential_backoff; and
a @task's retry_delay=None that .override() replaces before the one call."""
import pendulum
from airflow import DAG
from airflow.decorators import task
from airflow.operators.empty import EmptyOperator

with DAG("task_none_values_ok", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    EmptyOperator(task_id="a", execution_timeout=None, retries=None, priority_weight=None, max_retry_delay=None, weight_rule=None)
    EmptyOperator(task_id="b", owner=None, pool=None, queue=None, sla=None, email=None, max_active_tis_per_dag=None, retry_exponential_backoff=None)

    @task(retry_delay=None)
    def report():
        return 1

    report.override(retry_delay=300)()
