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
