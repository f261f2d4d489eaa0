import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 1, 1, tz="UTC")

# Shards numbered from 1: `i + 1` adds integers (shard_1, shard_2, shard_3), it does not join digits.
for i in range(3):
    with DAG(f"shard_{i + 1}", start_date=START, schedule="@daily", catchup=False):
        EmptyOperator(task_id="load")

VERSION = 2
NEXT_VERSION = VERSION + 1

with DAG(f"model_v{NEXT_VERSION}", start_date=START, schedule=None):
    EmptyOperator(task_id="train")

with DAG("model_v" + str(VERSION + 1) + "_eval", start_date=START, schedule=None):
    EmptyOperator(task_id="evaluate")
