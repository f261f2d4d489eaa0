from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook

HOOK = SnowflakeHook
