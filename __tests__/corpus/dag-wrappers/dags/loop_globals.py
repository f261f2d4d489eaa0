from datetime import datetime

from airflow import DAG

dags = {}
for name in ["alpha", "beta"]:
    dags[name] = DAG(dag_id=f"loop_{name}", start_date=datetime(2024, 1, 1), schedule=None)
    globals()[f"dag_{name}"] = dags[name]
