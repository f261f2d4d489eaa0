"""A DAG file that does not compile (its own syntax-error), imported by imports_dag_file.py."""
from airflow import DAG

# a DAG module other files import, with a syntax error
X = [
