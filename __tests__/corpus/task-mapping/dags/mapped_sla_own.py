"""A mapped task with its own SLA: Airflow 2.10.5's MappedOperator refuses it while the DAG is built
(AirflowException: SLAs are unsupported with mapped tasks)."""
from datetime import datetime, timedelta

from airflow.decorators import dag, task


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["mapping"], catchup=False)
def mapped_sla_own():
    @task(sla=timedelta(hours=1))
    def score(shard):
        print(shard)

    score.expand(shard=[1, 2, 3])


mapped_sla_own()
