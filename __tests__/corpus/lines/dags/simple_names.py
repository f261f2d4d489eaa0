from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable as V

YESTERDAY = datetime.now() - timedelta(days=1)
BUCKET = V.get("bucket", default_var="corpus-bucket")

with DAG(
    "simple_names",
    schedule="@daily",
    start_date=YESTERDAY,
    tags=["corpus"],
    default_args={"owner": "data", "retries": 2},
    catchup=False,
):
    pass
