from datetime import datetime

from airflow import DAG
from airflow.contrib.hooks.ftp_hook import FTPHook
from airflow.contrib.hooks.imap_hook import ImapHook
from airflow.operators.empty import EmptyOperator

# Deprecated aliases of providers Airflow itself preinstalls (FTP, IMAP): they import (with a deprecation warning).
with DAG("provider_alias_installed", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}, doc_md=f"{FTPHook.conn_name_attr} {ImapHook.conn_name_attr}"):
    EmptyOperator(task_id="start")
