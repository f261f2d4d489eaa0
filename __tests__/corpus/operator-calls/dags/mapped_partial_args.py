"""Classic operators mapped with arguments partial() and expand() refuse (Airflow 2.10.5, TypeError when the DAG is
built): a partial() without its task_id, an argument both given in partial() and mapped in expand(), and a task
argument partial() sets for every mapped task (retries) mapped in expand()."""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("mapped_partial_args", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    BashOperator.partial(retries=1).expand(bash_command=["echo a", "echo b"])
    BashOperator.partial(task_id="twice", bash_command="echo").expand(bash_command=["echo a", "echo b"])
    BashOperator.partial(task_id="retried").expand(bash_command=["echo a", "echo b"], retries=[1, 2])
