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
from ..narrative import StoryError, chart_of, checked_story

RECHECK_SECONDS = 1.0


class Snapshot:
    """Every Fact, observation, story and request status of one state of a workspace, and
    what publishing it under ``rule`` would not show (``withheld``): the pages show no more."""

    def __init__(self, ws, key: object, rule: str | None = None) -> None:
        self.ws = ws
        self.key = key
        self.composer = ws.composer()
        self.checker = ws.story_checker()
        self.material = self.composer.material
        self.facts: dict[str, Fact] = self.material.by_id
        self.withheld = ws.withheld(rule)
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
        """The story of an area (``area == "briefing"``: the national briefing) as ``foistats
        stories`` writes it, or the :class:`FoistatsError` that says why it is not shown: it
        cannot be written, its checker refuses it, or it states a figure publishing hides."""
        key = (release, area)
        if key not in self._stories:
            with self._lock:
                try:
                    made = (self.composer.briefing(release) if area == "briefing"
                            else checked_story(self.composer, release, area, self.checker))
                    if any(self.withheld.hides(f) for f in made.facts):
                        raise StoryError(f"it states {self._hidden}")
                except FoistatsError as exc:
                    made = exc
                self._stories[key] = made
        return self._stories[key]

    @property
    def _hidden(self) -> str:
        return (f"a figure that publishing hides (rule {self.withheld.rule.name}: a small number, or one hidden "
                "so that a small number cannot be worked out)")

    def chart(self, release: str, area: str):
        """The story's chart as ``(chart, svg)``, or None when it has none to show."""
        drawn = self._chart(release, area)
        return None if isinstance(drawn, str) else drawn

    def chart_withheld(self, release: str, area: str) -> str | None:
        """Why the story's chart is not shown, when it has one that draws a hidden figure."""
        drawn = self._chart(release, area)
        return drawn if isinstance(drawn, str) else None

    def _chart(self, release: str, area: str):
        key = (release, area)
        if key not in self._charts:
            story = self.story(release, area)
            with self._lock:
                chart = None if isinstance(story, FoistatsError) else chart_of(story, self.material)
                if chart is not None and any(self.withheld.hides(f) for f in chart.fact_ids):
                    self._charts[key] = f"Its chart is not shown: it draws {self._hidden}."
                else:
                    self._charts[key] = None if chart is None else (chart, chart.svg())
        return self._charts[key]

    def shows(self, fact: Fact | str) -> bool:
        """Whether a page may show a Fact's value (publishing would not hide it)."""
        return not self.withheld.hides(fact)

    def formula(self, fact: Fact) -> str:
        """A shown Fact's formula, unless it names a figure publishing hides (a nation's total
        listing its forces, a rank its league)."""
        if fact.id in self.withheld.named:
            return f"its formula is not shown: it names {self._hidden}"
        return fact.formula

    def shows_observation(self, obs_id: str) -> bool:
        """Whether a page may show an observation's figure and the text around it."""
        return obs_id not in self.withheld.observations

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

    def __init__(self, ws, recheck: float = RECHECK_SECONDS, rule: str | None = None) -> None:
        self.ws = ws
        self.recheck = recheck
        self.rule = rule
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
                    self._snapshot = Snapshot(self.ws, facts, self.rule)
                self._checked = time.monotonic()
                self._dirty = False
        finally:
            self._checking = False

    def changed(self) -> None:
        """A write was made through the dashboard: the next page waits for a fresh snapshot."""
        self._dirty = True
