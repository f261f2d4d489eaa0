from datetime import datetime

from airflow import DAG
from airflow.operators.docker_operator import DockerOperator

# A deprecated alias of the Docker provider's operator: the name comes from airflow.providers.docker, which Astro
# Runtime 12 does not ship and requirements.txt does not add (ImportError: Could not import ... while trying to import ...).
with DAG("provider_alias_missing", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    DockerOperator(task_id="run", image="alpine")
