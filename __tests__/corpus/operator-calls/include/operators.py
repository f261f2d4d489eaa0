"""A project operator: it takes a keyword of its own and sets BashOperator's required bash_command itself."""
from airflow.operators.bash import BashOperator


class ReportOperator(BashOperator):
    def __init__(self, report_name, **kwargs):
        super().__init__(bash_command=f"echo {report_name}", **kwargs)
