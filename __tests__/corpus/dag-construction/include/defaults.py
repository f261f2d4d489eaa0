"""A team helper that turns shorthand default_args values into what Airflow wants, in place."""
from datetime import timedelta


def normalize(args):
    args["retry_delay"] = timedelta(minutes=int(str(args["retry_delay"]).rstrip("m")))
