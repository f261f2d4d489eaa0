from include.lib.helpers import make_tables

WRONG = make_tables("x")
