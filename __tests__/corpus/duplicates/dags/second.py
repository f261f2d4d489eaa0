from datetime import datetime

from airflow.decorators import dag


@dag(dag_id="shared_id", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False)
def second():
    pass


second()
