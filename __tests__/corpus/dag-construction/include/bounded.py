"""A project operator that sets its own execution_timeout, whatever default_args says."""
from datetime import timedelta

from airflow.models.baseoperator import BaseOperator


class BoundedOperator(BaseOperator):
    def __init__(self, **kwargs):
        kwargs["execution_timeout"] = timedelta(minutes=10)
        super().__init__(**kwargs)

    def execute(self, context):
        return 1
