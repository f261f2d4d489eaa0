"""Airflow DAGs made by factories imported from include/."""
from include.pipelines import bound_then_entered, entered, plain, sometimes, suffixed

single = entered("inc_single")
entered("inc_dropped_registered")
plain("dropped")  # a plain DAG nobody keeps: not found
kept = plain("kept")

REPORTS = {name: entered(name) for name in ["inc_report_a", "inc_report_b"]}
DRAFTS = [plain(name) for name in ["draft_a", "draft_b"]]  # plain DAGs only in a list: not found

for name in ["inc_loop_a", "inc_loop_b"]:
    globals()[name] = bound_then_entered(name)

for name in ["first", "second"]:
    latest = plain(name)  # bound again on each pass: only plain_second is left

REGISTRY = {}
REGISTRY["inc_setitem"] = bound_then_entered("inc_setitem")

ops = suffixed("ops")
hr = suffixed(team="hr", suffix="weekly")
unused = sometimes("inc_never")
