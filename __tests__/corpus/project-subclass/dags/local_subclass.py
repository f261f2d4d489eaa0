from datetime import datetime

from airflow.models import DAG


class AuditedDag(DAG):
    pass


class ExtraAudited(AuditedDag):
    pass


with ExtraAudited("local_subclass", schedule="@weekly", start_date=datetime(2024, 1, 1), tags=["team"], default_args={"owner": "team", "retries": 2}):
    pass
