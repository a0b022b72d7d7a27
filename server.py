"""The WSGI application of kg's query service: `gunicorn server:app`, or `kg serve`.

Settings come from the environment: the store is `$KG_STORE` (default `./kg-data`), writing
is allowed with `$KG_UPDATE_TOKEN`, and `$KG_QUERY_TIMEOUT`, `$KG_ROW_CAP`,
`$KG_QUERY_WORKERS` bound the queries (see `kg/service/config.py`).
"""

from kg.service import create_app

app = create_app()
