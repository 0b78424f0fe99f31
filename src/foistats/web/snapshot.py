"""What the pages read: one state of a workspace, computed once and shared by every request.

The Facts, the stories and the request statuses of a workspace change only when its store,
campaign, request log or population table does; a :class:`Snapshot` holds them for one such
state, with each page rendered once. :class:`Live` hands out the current snapshot, reading
the workspace's state at most once every ``recheck`` seconds (the store's state costs a
query of tens of milliseconds, more than a cached page) and at once after a write made
through the dashboard.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from ..analysis import Fact
from ..areas import all_areas
from ..errors import FoistatsError
from ..model import Observation
from ..narrative import chart_of

RECHECK_SECONDS = 1.0


class Snapshot:
    """Every Fact, observation, story and request status of one state of a workspace."""

    def __init__(self, ws, key: object) -> None:
        self.ws = ws
        self.key = key
        self.composer = ws.composer()
        self.material = self.composer.material
        self.facts: dict[str, Fact] = self.material.by_id
        self.observations: dict[str, Observation] = {o.id: o for o in ws.observations()}
        self.published = ws.releases()
        self.releases = sorted(set(self.material.releases()) | set(self.published)
                               | {o.release for o in self.observations.values() if o.release})
        self.review_open = ws.review_items()
        self.requests = ws.requests.status() if ws.requests.asked() else []
        self.campaign = ws.requests.asked()
        self.by_release: dict[str, list[Observation]] = defaultdict(list)
        for obs in self.observations.values():
            self.by_release[obs.release].append(obs)
        self._stories: dict[tuple[str, str], object] = {}
        self._charts: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()
        self.rendered: dict[object, object] = {}  # a page's cache key -> its response body

    def story(self, release: str, area: str):
        """The story of an area (``area == "briefing"``: the national briefing), or the
        :class:`FoistatsError` that says why it cannot be written."""
        key = (release, area)
        if key not in self._stories:
            with self._lock:
                try:
                    made = self.composer.briefing(release) if area == "briefing" else self.composer.story(release, area)
                except FoistatsError as exc:
                    made = exc
                self._stories[key] = made
        return self._stories[key]

    def chart(self, release: str, area: str):
        """The story's chart as ``(chart, svg)``, or None when it has none."""
        key = (release, area)
        if key not in self._charts:
            story = self.story(release, area)
            with self._lock:
                chart = None if isinstance(story, FoistatsError) else chart_of(story, self.material)
                self._charts[key] = None if chart is None else (chart, chart.svg())
        return self._charts[key]

    def area_name(self, area: str) -> str:
        found = all_areas().get(area)
        return found.name if found else area


class Live:
    """The current :class:`Snapshot` of a workspace.

    A page is never kept waiting for the check that the workspace has not changed: once
    ``recheck`` seconds have passed, the check runs in a thread of its own while pages are
    served from the snapshot at hand. Only the first snapshot, and the one after a write
    through the dashboard (:meth:`changed`), are waited for; ``recheck=0`` checks before
    every page."""

    def __init__(self, ws, recheck: float = RECHECK_SECONDS) -> None:
        self.ws = ws
        self.recheck = recheck
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._dirty = True
        self._checking = False
        self._lock = threading.Lock()

    def current(self) -> Snapshot | None:
        """The snapshot to serve now, or None when it must be made first (:meth:`snapshot`)."""
        if self._dirty or self._snapshot is None or self.recheck <= 0:
            return None
        if time.monotonic() - self._checked >= self.recheck and not self._checking:
            self._checking = True
            # never a daemon (as a thread started by one would be): a check cut off by the end of
            # the process takes DuckDB down with it
            threading.Thread(target=self._check, daemon=False).start()
        return self._snapshot

    def snapshot(self) -> Snapshot:
        """The snapshot of the workspace as it is now (checked, and made again if it changed)."""
        self._check()
        return self._snapshot

    def get(self) -> Snapshot:
        """The snapshot at hand when there is one to serve, else a fresh one (in a thread's handler)."""
        return self.current() or self.snapshot()

    def _check(self) -> None:
        try:
            with self._lock:
                facts = self.ws.fact_set()  # a new FactSet exactly when the workspace changed
                if self._snapshot is None or self._snapshot.key is not facts:
                    self._snapshot = Snapshot(self.ws, facts)
                self._checked = time.monotonic()
                self._dirty = False
        finally:
            self._checking = False

    def changed(self) -> None:
        """A write was made through the dashboard: the next page waits for a fresh snapshot."""
        self._dirty = True
