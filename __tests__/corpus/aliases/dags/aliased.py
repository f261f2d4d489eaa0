from datetime import datetime

import airflow.models.dag as dag_module
from airflow import DAG as AirflowDAG
from airflow.decorators import dag as make_dag
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "data", "retries": 2}

with AirflowDAG("alias_with", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args=ARGS, catchup=False):
    EmptyOperator(task_id="a")

module_dag = dag_module.DAG("alias_module", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args=ARGS, catchup=False)


@make_dag(schedule="@hourly", start_date=datetime(2024, 1, 1), tags=["corpus"], default_args=ARGS, catchup=False)
def alias_decorated():
    EmptyOperator(task_id="b")


alias_decorated()
