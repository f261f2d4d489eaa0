from airflow import DAG


class PlainDag(DAG):
    """A team DAG class that adds nothing to construction: DAG.__init__ takes the call's arguments as written."""

    team = "data"


class PlainerDag(PlainDag):
    pass


class KeywordDag(DAG):
    """Takes a keyword of its own: DAG never sees it."""

    def __init__(self, dag_id, team=None, **kwargs):
        super().__init__(dag_id, **kwargs)


class TeamMeta(type):
    def __call__(cls, *args, team=None, **kwargs):
        return super().__call__(*args, **kwargs)


class MetaDag(DAG, metaclass=TeamMeta):
    pass
