"""Corpus stand-in for astronomer-cosmos (not installed with Airflow): like cosmos/airflow/dag.py, DbtDag is a DAG
subclass taking Cosmos' own arguments besides DAG's. Enough for Airflow's DagBag to build the corpus DAGs."""
from airflow.models.dag import DAG


class DbtDag(DAG):
    def __init__(self, *args, project_config=None, profile_config=None, **kwargs):
        self.project_config = project_config
        self.profile_config = profile_config
        super().__init__(*args, **kwargs)
