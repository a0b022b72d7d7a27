"""The WSGI application of kg's query service: `gunicorn server:app`.

The store is `$KG_STORE` (default `./kg-data`), opened read-only.
"""

from kg.service import create_app

app = create_app()
