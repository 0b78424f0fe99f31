"""The campaign spec: the ``[request]`` table of ``campaign.toml``.

::

    title = "Online sexual offences against children in Wales"

    [request]
    release = "nspcc-online-2019"      # the name the campaign's figures go under
    authorities = ["wales"]            # tags or force ids, in any spelling
    exclude = []                       # forces to leave out of a tag
    periods = ["2015/16 to 2018/19"]   # a run of years is asked year by year
    question = \"\"\"
    Please tell me how many offences … in each of the financial years {periods}.
    \"\"\"

    [request.measures]                 # each figure asked, with the unit it is counted in
    online_child_sexual_offences = "offences"

    [request.requester]
    name = "A. Reporter"
    organisation = "NSPCC Cymru"
    address = ["Diane Engelhardt House", "Cardiff"]
    email = "reporter@example.org"

    [request.foi_addresses]            # where the reference data has no FOI address
    gwent = "foi@example.org"

Tags are ``all-territorial`` (the 45 territorial forces of the UK), ``non-territorial``
(British Transport Police, the Ministry of Defence Police, the Civil Nuclear Constabulary)
and the id of any region, nation or group in ``data/areas.csv`` (``wales``, ``scotland``,
``england-and-wales``, ``uk``, ``north-west-region``…), meaning the forces in it.

Other tables of ``campaign.toml`` belong to other parts of foistats and are not read here.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..areas import Area, all_areas, ancestors, forces_in, resolve_area
from ..errors import AreaError, FoistatsError, InputError
from ..periods import Period, parse_period
from .law import join_words, regime_for

# a workspace's campaign: what it asks, of whom, for which periods
CAMPAIGN_FILE = "campaign.toml"

PLACEHOLDERS = {
    "authority_name": "the force's full name (Gwent Police)",
    "authority_short_name": "the name reporters use (Gwent)",
    "act": "the Act the force answers under",
    "periods": "the periods asked, as words (2017/18 and 2018/19)",
    "requester_name": "the requester's name",
    "title": "the campaign's title",
}
_REQUEST_KEYS = {"release", "subject", "authorities", "exclude", "periods", "question", "measures",
                 "requester", "foi_addresses"}
_REQUESTER_KEYS = {"name", "organisation", "address", "email"}


class CampaignError(InputError):
    """A ``[request]`` table that cannot be used; the message names the key and what to write."""


@dataclass(frozen=True)
class Requester:
    name: str
    organisation: str = ""
    address: tuple[str, ...] = ()
    email: str = ""


@dataclass(frozen=True)
class Campaign:
    """One FOI request sent to many authorities."""

    path: Path
    title: str
    release: str
    subject: str
    question: str
    periods: tuple[Period, ...]
    measures: dict[str, str]
    authorities: tuple[Area, ...]
    requester: Requester
    foi_addresses: dict[str, str] = field(default_factory=dict)

    def authority(self, text: str | Area) -> Area:
        """The campaign's authority a name means, in any spelling; an error if it was not asked."""
        area = resolve_area(text)
        if area not in self.authorities:
            asked = ", ".join(a.id for a in self.authorities)
            raise CampaignError(f"{area.id} is not one of the authorities asked in {self.path} ({asked})")
        return area

    def foi_address(self, area: Area) -> str:
        """The force's FOI email address: campaign.toml's, else the reference data's, else ''."""
        return self.foi_addresses.get(area.id) or area.foi_email

    def periods_in_words(self) -> str:
        return join_words([p.label for p in self.periods])

    def question_for(self, area: Area) -> str:
        """The question with its placeholders filled in for one authority."""
        return self.question.format_map(self.placeholders(area)).strip()

    def placeholders(self, area: Area) -> dict[str, str]:
        return {
            "authority_name": area.name,
            "authority_short_name": area.short_name,
            "act": regime_for(area).act,
            "periods": self.periods_in_words(),
            "requester_name": self.requester.name,
            "title": self.title,
        }


def has_request(path: Path) -> bool:
    """True when ``campaign.toml`` exists and has a ``[request]`` table."""
    return path.exists() and "request" in _read_toml(path)


def asks_anything(path: Path) -> bool:
    """Whether a campaign.toml exists and has a ``[request]`` table (a new workspace's has none yet)."""
    return path.exists() and "request" in _read_toml(path)


def load_campaign(path: Path) -> Campaign:
    """Read and check the ``[request]`` table of a campaign.toml."""
    data = _read_toml(path)
    if "request" not in data:
        raise CampaignError(
            f"{path}: there is no [request] table; add one with the question, authorities, periods "
            "and measures (the demo workspace has an example: foistats demo)"
        )
    request = _table(data, "request", path)
    _no_unknown_keys(request, _REQUEST_KEYS, "[request]", path)
    title = _text(data, "title", path, "the top-level") or path.parent.name
    question = _text(request, "question", path, "[request]", required=True)
    _check_placeholders(question, path)
    return Campaign(
        path=path,
        title=title,
        release=_text(request, "release", path, "[request]") or _slug(title),
        subject=_text(request, "subject", path, "[request]") or f"Freedom of Information request: {title}",
        question=question,
        periods=_periods(request, path),
        measures=_measures(request, path),
        authorities=_authorities(request, path),
        requester=_requester(request, path),
        foi_addresses=_foi_addresses(request, path),
    )


def authority_tags() -> dict[str, list[Area]]:
    """Every tag a campaign can name, with the forces it means."""
    forces = [a for a in all_areas().values() if a.is_force]
    tags = {
        "all-territorial": [a for a in forces if a.territorial and "uk" in ancestors(a.id)],
        "non-territorial": [a for a in forces if not a.territorial],
    }
    for area in all_areas().values():
        if not area.is_force:
            tags[area.id] = forces_in(area.id)
    return tags


# --- reading the table -------------------------------------------------------------------


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CampaignError(f"{path}: no campaign.toml; run `foistats init` to make one") from None
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(f"{path}: not valid TOML ({exc}); fix the file and try again") from None


def _table(data: dict, key: str, path: Path) -> dict:
    value = data[key]
    if not isinstance(value, dict):
        raise CampaignError(f"{path}: {key} must be a table ([{key}]), not {type(value).__name__}")
    return value


def _no_unknown_keys(table: dict, known: set[str], where: str, path: Path) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise CampaignError(f"{path}: {where} has unknown keys {', '.join(unknown)}; the keys are {', '.join(sorted(known))}")


def _text(table: dict, key: str, path: Path, where: str, *, required: bool = False) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise CampaignError(f"{path}: {where} {key} must be text in quotes")
    if required and not value.strip():
        raise CampaignError(f"{path}: {where} needs {key} = \"…\"")
    return value.strip()


def _list(table: dict, key: str, path: Path, *, required: bool = True) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CampaignError(f"{path}: [request] {key} must be a list of text, such as [\"wales\"]")
    if required and not value:
        raise CampaignError(f"{path}: [request] {key} is empty; name at least one")
    return value


def _check_placeholders(question: str, path: Path) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(question) if name is not None}
    except ValueError as exc:
        raise CampaignError(f"{path}: [request] question: {exc}; write a literal brace as {{{{ or }}}}") from None
    unknown = sorted(names - set(PLACEHOLDERS))
    if unknown:
        raise CampaignError(
            f"{path}: [request] question uses {{{unknown[0]}}}, which is not a placeholder; "
            f"use {', '.join('{' + p + '}' for p in PLACEHOLDERS)}"
        )


def _periods(request: dict, path: Path) -> tuple[Period, ...]:
    periods: list[Period] = []
    for text in _list(request, "periods", path):
        try:
            period = parse_period(text)
        except FoistatsError as exc:
            raise CampaignError(f"{path}: [request] periods: {exc}") from None
        for one in period.years or [period]:
            if one not in periods:
                periods.append(one)
    return tuple(sorted(periods))


def _measures(request: dict, path: Path) -> dict[str, str]:
    measures = request.get("measures")
    if not isinstance(measures, dict) or not measures:
        raise CampaignError(
            f"{path}: [request.measures] must list each figure asked with its unit, "
            "such as online_child_sexual_offences = \"offences\""
        )
    for measure, unit in measures.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", measure):
            raise CampaignError(f"{path}: [request.measures] {measure!r} must be a lowercase slug")
        if not isinstance(unit, str) or not re.fullmatch(r"[a-z]+(?:_[a-z]+)*", unit):
            raise CampaignError(f"{path}: [request.measures] {measure} = {unit!r}: the unit must be a word such as \"offences\"")
    return dict(measures)


def _authorities(request: dict, path: Path) -> tuple[Area, ...]:
    tags = authority_tags()
    chosen = {a.id: a for entry in _list(request, "authorities", path) for a in _expand(entry, tags, path)}
    for entry in _list(request, "exclude", path, required=False):
        for area in _expand(entry, tags, path):
            chosen.pop(area.id, None)
    if not chosen:
        raise CampaignError(f"{path}: [request] authorities: every force named is excluded")
    for area in chosen.values():
        try:
            regime_for(area)
        except FoistatsError as exc:
            raise CampaignError(f"{path}: [request] authorities: {exc}") from None
    order = list(all_areas())
    return tuple(sorted(chosen.values(), key=lambda a: order.index(a.id)))


def _expand(entry: str, tags: dict[str, list[Area]], path: Path) -> list[Area]:
    if entry in tags:
        return tags[entry]
    try:
        area = resolve_area(entry)
    except AreaError as exc:
        raise CampaignError(f"{path}: [request] authorities: {exc}; tags are {', '.join(tags)}") from None
    return forces_in(area.id)


def _requester(request: dict, path: Path) -> Requester:
    table = request.get("requester")
    if not isinstance(table, dict):
        raise CampaignError(f"{path}: [request.requester] needs at least name = \"…\" (letters are signed with it)")
    _no_unknown_keys(table, _REQUESTER_KEYS, "[request.requester]", path)
    address = table.get("address", [])
    if isinstance(address, str):
        address = address.splitlines()
    if not isinstance(address, list) or not all(isinstance(line, str) for line in address):
        raise CampaignError(f"{path}: [request.requester] address must be a list of lines")
    return Requester(
        name=_text(table, "name", path, "[request.requester]", required=True),
        organisation=_text(table, "organisation", path, "[request.requester]"),
        address=tuple(address),
        email=_text(table, "email", path, "[request.requester]"),
    )


def _foi_addresses(request: dict, path: Path) -> dict[str, str]:
    table = request.get("foi_addresses", {})
    if not isinstance(table, dict):
        raise CampaignError(f"{path}: [request.foi_addresses] must map force ids to email addresses")
    addresses = {}
    for name, email in table.items():
        try:
            area = resolve_area(name)
        except AreaError as exc:
            raise CampaignError(f"{path}: [request.foi_addresses]: {exc}") from None
        if not isinstance(email, str) or "@" not in email:
            raise CampaignError(f"{path}: [request.foi_addresses] {name} = {email!r} is not an email address")
        addresses[area.id] = email
    return addresses


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "campaign"
