"""The errors foistats raises on purpose: each says what went wrong, where, and what to do.

The CLI prints these as one line and exits non-zero; anything else is a bug and shows a
traceback with ``--debug``.
"""


class FoistatsError(Exception):
    """Base class: a problem the user can fix."""

    exit_code = 1


class PeriodError(FoistatsError, ValueError):
    """A period that cannot be read."""


class AreaError(FoistatsError, LookupError):
    """A name that is not a known area."""


class ValidationError(FoistatsError, ValueError):
    """A figure that breaks the rules of the data model."""


class WorkspaceError(FoistatsError):
    """No workspace, or a workspace that cannot be used."""

    exit_code = 2


class WorkspaceBusy(WorkspaceError):
    """Another process is writing to the workspace."""

    exit_code = 3


class InputError(FoistatsError):
    """A file that cannot be read or imported; the message names the file and line."""
