"""Names nothing defines, only where nothing runs at import: under __main__ (`dag.test()` with `dag` never bound),
under `if False:` / `if 0:`, and in else/elif branches a constant condition rules out."""
from datetime import datetime

from airflow import DAG

with DAG("main_and_dead_blocks", start_date=datetime(2024, 1, 1), schedule=None, tags=["t"], default_args={"owner": "o", "retries": 2}) as the_dag:
    pass

if False:
    undefined_in_false_block()
if 0:
    undefined_in_zero_block()
if True:
    pass
else:
    undefined_in_dead_else()
if 0:
    pass
elif 1:
    pass
elif undefined_condition:
    pass
else:
    undefined_after_true_elif()

if __name__ == "__main__":
    dag.test()
