"""foistats: every police force's reply to one FOI request, as one verified dataset.

The Python API has the same verbs as the CLI::

    import foistats
    ws = foistats.init("my-campaign")        # foistats init my-campaign
    ws.ingest("published_figures.csv")       # foistats ingest published_figures.csv
    ws.observations(area="Dyfed Powys")      # foistats observations --area "Dyfed Powys"
"""

from .areas import Area, resolve_area
from .errors import FoistatsError
from .model import Breakdown, Observation, Qualifier, SourceRef, Status
from .periods import Period, parse_period
from .workspace import Workspace, demo, init
from .workspace import open_workspace as open  # noqa: A001  (foistats.open mirrors open())

__version__ = "0.1.0"

__all__ = [
    "Area",
    "Breakdown",
    "FoistatsError",
    "Observation",
    "Period",
    "Qualifier",
    "SourceRef",
    "Status",
    "Workspace",
    "demo",
    "init",
    "open",
    "parse_period",
    "resolve_area",
]
