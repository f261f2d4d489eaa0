from datetime import datetime

import cosmos

# A copy left behind with the same dag_id: the scheduler keeps one of the two silently.
jaffle_copy = cosmos.DbtDag(
    dag_id="dbt_jaffle",
    project_config={"dbt_project_path": "/usr/local/airflow/dbt/jaffle_shop_v1"},
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    tags=["dbt"],
    default_args={"owner": "analytics", "retries": 2},
    catchup=False,
)
