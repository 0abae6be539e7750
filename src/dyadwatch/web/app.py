"""The web application: `create_app(db)` gives a FastAPI app with the dashboard pages (/),
the REST API (/api/...), an offline API reference (/docs, /openapi.json) and static files."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadwatch.errors import DyadwatchError
from dyadwatch.store import Store, StoreError
from dyadwatch.version import __version__
from dyadwatch.web.data import FrameCache, ResponseCache, warm_overview
from dyadwatch.web.security import MAX_BODY_BYTES, BodyLimit, Csrf, SecurityHeaders

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


@dataclass
class WebState:
    """Everything the routes share: the store, the coder, the CSRF signer, caches."""

    store: Store
    allow_private: bool
    coder_factory: Callable[[], Any]
    csrf: Csrf
    frames: FrameCache
    responses: ResponseCache
    secure_cookies: bool = False
    code_lock: threading.Lock = field(default_factory=threading.Lock)
    _coder: Any = None

    def coder(self) -> Any:
        """The coder, made on first use (loading spaCy takes seconds)."""
        if self._coder is None:
            self._coder = self.coder_factory()
        return self._coder


def current_state(request: Request) -> WebState:
    return request.app.state.web


State = Annotated[WebState, Depends(current_state)]


def default_coder() -> Any:
    import dyadwatch

    return dyadwatch.get_coder()


def make_templates() -> Jinja2Templates:
    # Jinja2Templates turns autoescaping on for .html templates; we make it unconditional.
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.autoescape = True
    from dyadwatch.web import filters

    filters.install(templates.env)
    return templates


def create_app(
    db: str | Store | None = None,
    allow_private: bool = False,
    *,
    coder_factory: Callable[[], Any] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    secure_cookies: bool = False,
    cache: bool = True,
    csrf_secret: bytes | None = None,
) -> FastAPI:
    """The dashboard and API over the database `db` (a path, a URL or an open Store).
    `allow_private` lets POST /api/code fetch URLs on private/loopback addresses; `cache`
    keeps answers to repeated event and cluster queries until the store changes."""
    import dyadwatch

    store = db if isinstance(db, Store) else dyadwatch.open(db)
    frames = FrameCache(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        threading.Thread(target=warm_overview, args=(frames,), daemon=True,
                         name="dyadwatch-warm").start()
        yield

    app = FastAPI(title="dyadwatch", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="Auditable political event data: who did what to whom, "
                              "when and where, with the evidence.")
    app.state.web = WebState(
        store=store, allow_private=allow_private,
        coder_factory=coder_factory or default_coder, csrf=Csrf(csrf_secret),
        frames=frames, responses=ResponseCache(store, enabled=cache),
        secure_cookies=secure_cookies)
    app.state.templates = make_templates()
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _install_error_handlers(app)

    from dyadwatch.web import api, pages

    app.include_router(api.router)
    app.include_router(api.alias_router)
    app.include_router(pages.router)
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/code", "/ingest", "/openapi.json")


def _error(request: Request, status: int, message: str) -> Any:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html",
                                      {"status": status, "message": message},
                                      status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return _error(request, 503, str(exc))

    @app.exception_handler(DyadwatchError)
    async def bad_input(request: Request, exc: DyadwatchError):
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ())[1:]) or 'body'}: {err.get('msg')}"
            for err in exc.errors()[:5])
        return _error(request, 400, problems or "bad request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response


def html_response(request: Request, template: str, context: dict[str, Any],
                  status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status_code)


SETTINGS_ENV = "DYADWATCH_SERVE_SETTINGS"


@dataclass(frozen=True)
class ServeSettings:
    """What `dyadwatch serve` passes to each worker process."""

    db: str
    allow_private: bool
    cache: bool
    csrf_secret: str  # hex; every worker must sign and check CSRF tokens alike

    @classmethod
    def new(cls, db: str, *, allow_private: bool, cache: bool) -> ServeSettings:
        import secrets

        return cls(db, allow_private, cache, secrets.token_hex(32))

    def app(self) -> FastAPI:
        return create_app(self.db, self.allow_private, cache=self.cache,
                          csrf_secret=bytes.fromhex(self.csrf_secret))

    def export(self) -> None:
        import json
        import os

        os.environ[SETTINGS_ENV] = json.dumps(self.__dict__)


def app_from_environment() -> FastAPI:
    """The app for one `dyadwatch serve --workers N` worker."""
    import json
    import os

    return ServeSettings(**json.loads(os.environ[SETTINGS_ENV])).app()
