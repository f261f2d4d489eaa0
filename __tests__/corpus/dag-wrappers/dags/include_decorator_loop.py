"""Airflow DAGs from the team decorator in include/: in a factory called per pass, and handed on by a list."""
from include.dag_defaults import team_dag


def build(name):
    @team_dag(dag_id=f"loop_{name}", schedule=None)
    def pipeline():
        pass

    return pipeline()


for name in ["a", "b"]:
    build(name)


@team_dag(schedule=None)
def referenced():
    pass


JOBS = [referenced]
for job in JOBS:
    job()
