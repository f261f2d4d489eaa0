"""@task.<kind>(...) keywords each decorator's operator takes (BashOperator's env, a sensor's mode, short_circuit's
ignore_downstream_trigger_rules, external_python's python), a misspelt rule every call overrides, a misspelt keyword
on a function nothing calls (the decorator keeps keywords; nothing judges them then), a bad value only in an uncalled
function's decorator, @task.branch, @task.run_if."""
import pendulum
from airflow.decorators import dag, task


def unused_helper():
    @task(execution_timeout=600)
    def never_made():
        return 1

    never_made()


@dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"])
def task_decorator_ok():
    @task.bash(env={"MODE": "full"}, append_env=True, cwd="/tmp", retries=1)
    def archive():
        return "echo done"

    @task.sensor(mode="reschedule", poke_interval=30, timeout=600)
    def wait_for_file():
        return True

    @task.short_circuit(ignore_downstream_trigger_rules=False, pool_slots=2)
    def is_weekday():
        return True

    @task.external_python(python="/usr/bin/python3", expect_airflow=False)
    def isolated():
        return 1

    @task.branch(retries=2, trigger_rule="none_failed")
    def choose():
        return "archive"

    @task(trigger_rule="all_sucess")
    def extract():
        return 1

    @task(retires=3)
    def drafted():
        return 1

    @task.run_if(lambda context: True)
    @task
    def maybe():
        return 1

    wait_for_file() >> is_weekday() >> extract.override(trigger_rule="all_done")() >> choose() >> archive()
    isolated()
    maybe()


task_decorator_ok()
