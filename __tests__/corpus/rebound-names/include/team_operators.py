from airflow.operators.bash import BashOperator


class TeamBash(BashOperator):
    """Runs a team script: takes script= instead of bash_command=."""

    def __init__(self, *, script: str, **kwargs):
        super().__init__(bash_command=f"bash /scripts/{script} ", **kwargs)
