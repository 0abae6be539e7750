"""The web dashboard and REST API: `dyadwatch serve`, or `create_app(db)` for any ASGI server.

    from dyadwatch.web import create_app
    app = create_app("dyadwatch.db")          # uvicorn.run(app)
"""

from dyadwatch.web.app import create_app

__all__ = ["create_app"]
