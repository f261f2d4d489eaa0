"""Refused: set_downstream, a list on the left of >>, then the last task back to the first; tasks join by dag=dag."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

dag = DAG("cycle_methods", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2}, tags=["ops"], catchup=False)
start = EmptyOperator(task_id="start", dag=dag)
middle = EmptyOperator(task_id="middle", dag=dag)
end = EmptyOperator(task_id="end", dag=dag)
start.set_downstream(middle)
[start, middle] >> end
end >> start
