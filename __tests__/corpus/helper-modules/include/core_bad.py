from airflow.operators.bash import BashOperatorr
