"""The dashboard: the workspace's releases, stories, Facts, sources, review queue and
request statuses in a browser (``foistats serve``), or as static pages (``foistats site``).

:func:`create_app` makes the FastAPI application over the same Python API as the CLI;
pages are built in :mod:`.pages`, kept per state of the workspace in :mod:`.snapshot`, and
written as files by :mod:`.site`.
"""

from .app import create_app

__all__ = ["create_app"]
