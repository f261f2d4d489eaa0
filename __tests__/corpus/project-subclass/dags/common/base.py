from include.team_dag import TeamDag


class NightlyDag(TeamDag):
    """Runs at night."""
