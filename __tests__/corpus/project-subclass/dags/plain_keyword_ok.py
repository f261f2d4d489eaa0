from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from include.plain_dag import KeywordDag, MetaDag


def with_team(cls):
    original = cls.__init__

    def init(self, *args, team=None, **kwargs):
        original(self, *args, **kwargs)

    cls.__init__ = init
    return cls


@with_team
class DecoratedDag(DAG):
    pass


# Each class takes team= itself (its __init__, its metaclass, a class decorator): DAG never sees it.
with KeywordDag("keyword_ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, team="data"):
    EmptyOperator(task_id="start")

with MetaDag("meta_ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, team="data"):
    EmptyOperator(task_id="start")

with DecoratedDag("decorated_ok", schedule="@daily", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}, team="data"):
    EmptyOperator(task_id="start")
