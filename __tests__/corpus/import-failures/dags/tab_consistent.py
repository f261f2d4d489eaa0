"""Indented with tabs throughout (a tab counts the same to both of CPython's measures): compiles."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def add_tasks(dag):
	for i in range(3):
		EmptyOperator(task_id=f"t{i}", dag=dag,
        		retries=1)
	doc = """
    	not indentation
"""
	return doc


with DAG("tab_consistent", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["reports"], catchup=False) as dag:
	add_tasks(dag)
