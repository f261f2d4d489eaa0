"""pytest plugin shipped with astro-ci: the same Astronomer-style lookup stubs as the import harness (Variables,
connections and os.getenv answer without secrets), for test suites that build a DagBag. Enabled with
`-p astro_ci_pytest_stubs` when the test action's `stub-lookups` is on."""


def pytest_configure(config):
    try:
        import airflow
    except Exception:  # suites that do not use Airflow: nothing to stub
        return
    import astro_ci_harness

    version = str(getattr(airflow, "__version__", "2"))
    astro_ci_harness.install_stubs(int(version.split(".")[0]) if version[:1].isdigit() else 2)
