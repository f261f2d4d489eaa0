import pendulum
from airflow.decorators import dag, task


# `@dag` without parentheses: on Airflow 2 the function becomes dag()'s dag_id and the call below raises TypeError.
@dag
def bare_taskflow():
    @task
    def hello():
        return "hello"

    hello()


bare_taskflow()


# Bare too, but never called: nothing fails and no DAG is created.
@dag
def bare_unused():
    pass
