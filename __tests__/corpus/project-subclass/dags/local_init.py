from datetime import datetime

from airflow.models import DAG


class Renamed(DAG):
    def __init__(self, dag_id, **kwargs):
        kwargs.setdefault("tags", ["team"])
        super().__init__(dag_id="local_" + dag_id, **kwargs)


class Passing(DAG):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


# DagBag lists local_renamed and local_passing: only the first one's class renames it.
with Renamed("renamed", schedule="@weekly", start_date=datetime(2024, 1, 1), catchup=False, default_args={"owner": "team", "retries": 2}):
    pass

with Passing("local_passing", schedule="@weekly", start_date=datetime(2024, 1, 1), catchup=False, tags=["team"], default_args={"owner": "team", "retries": 2}):
    pass
