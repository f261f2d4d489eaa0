from datetime import datetime

from cosmos import DbtDag

jaffle_shop = DbtDag(
    dag_id="dbt_jaffle",
    project_config={"dbt_project_path": "/usr/local/airflow/dbt/jaffle_shop"},
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    tags=["dbt"],
    default_args={"owner": "analytics", "retries": 2},
    catchup=False,
)
