from airflow import DAG


class TeamDag(DAG):
    """The team's DAG: every DAG of the team is built from it."""

    def __init__(self, dag_id, **kwargs):
        kwargs.setdefault("catchup", False)
        super().__init__(dag_id, **kwargs)


class StrictTeamDag(TeamDag):
    pass


class Settings:
    """Not a DAG, though it is called with DAG-like arguments."""

    def __init__(self, dag_id, schedule=None):
        self.dag_id = dag_id
        self.schedule = schedule


class PrefixedTeamDag(DAG):
    """Names every DAG after the team and fills in the team's defaults: the dag_id DagBag lists is not the one passed."""

    def __init__(self, dag_id, **kwargs):
        kwargs.setdefault("tags", ["team"])
        kwargs.setdefault("default_args", {"owner": "team", "retries": 3})
        super().__init__(dag_id=f"team_{dag_id}", **kwargs)
