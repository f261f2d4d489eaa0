"""Names a DAG file takes with `from include.star_operators import *`: a BashOperator taking env_name=."""
from airflow.operators.bash import BashOperator as _CoreBash


class BashOperator(_CoreBash):
    """The team's BashOperator: runs a script for env_name= when no bash_command is given."""

    def __init__(self, env_name: str = "dev", **kwargs):
        kwargs.setdefault("bash_command", f"run.sh {env_name}")
        super().__init__(**kwargs)
