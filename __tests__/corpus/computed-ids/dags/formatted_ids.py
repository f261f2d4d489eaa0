"""dag_ids formatted the older ways: str.format (positional and named), % and str.join."""
import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

DESK = "treasury"
ARGS = {"owner": DESK, "retries": 2, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")}

cash = DAG("{}_cash_position".format(DESK), schedule="0 7 * * 1-5", default_args=ARGS, catchup=False, tags=[DESK])
EmptyOperator(task_id="load", dag=cash)

fx = DAG("{desk}_fx_rates".format(desk=DESK), schedule="@hourly", default_args=ARGS, catchup=False, tags=[DESK])
EmptyOperator(task_id="load", dag=fx)

bonds = DAG("%s_bond_prices" % DESK, schedule="@daily", default_args=ARGS, catchup=False, tags=[DESK])
EmptyOperator(task_id="load", dag=bonds)

limits = DAG("_".join([DESK, "limits"]), schedule="@daily", default_args=ARGS, catchup=False, tags=[DESK])
EmptyOperator(task_id="load", dag=limits)
