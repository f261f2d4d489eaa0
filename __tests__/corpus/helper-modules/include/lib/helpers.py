import os

TABLE = "events"


def make_table(name):
    return f"{os.getenv('SCHEMA', 'public')}.{name}"


class Loader:
    pass
