"""Settings: what a workspace may change about its stories — its templates (run in a
sandbox: a template failure is one line naming its file and line) and its house style.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..errors import InputError
from ..offences import measures
from . import numbers

TEMPLATE_FOLDER = "templates"
HELPLINES = (
    {"who": "children and young people", "name": "Childline", "number": "0800 1111"},
    {"who": "adults worried about a child", "name": "the NSPCC helpline", "number": "0808 800 5000"},
)


def _capfirst(value: object) -> str:
    text = str(value)
    return text[:1].upper() + text[1:]


class _Sandbox(ImmutableSandboxedEnvironment):
    """The environment a workspace's own templates run in: they may read the phrases they
    are given and nothing else (no private attributes, no changing what they are given).
    Jinja's sandbox turns a forbidden attribute into an empty value; here it is an error,
    so an attempt to reach outside is reported, not silently printed as nothing."""

    def unsafe_undefined(self, obj: object, attribute: str):
        raise SecurityError(f"the template may not use {attribute!r} of a {type(obj).__name__}")


def template_error(exc: jinja2.TemplateError) -> InputError:
    """A template's failure as one line naming its file and line: a template reaching
    outside the sandbox, an unknown name or a syntax error."""
    where, line = getattr(exc, "filename", None) or getattr(exc, "name", None), getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:  # the deepest template frame is where it failed
        template = tb.tb_frame.f_globals.get("__jinja_template__")
        if template is not None:  # a macro called from Python: the compiled line maps back
            where, line = template.filename or template.name, template.get_corresponding_lineno(tb.tb_lineno)
        elif not tb.tb_frame.f_code.co_filename.endswith(".py"):  # a frame Jinja rewrote to the template's line
            where, line = tb.tb_frame.f_code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    place = f"{where or 'a template'}" + (f", line {line}" if line else "")
    return InputError(f"{place}: {exc.message or exc}; fix the template (templates may only use the phrases "
                      "they are given)")


def templates_checked(func):
    """``func`` with any template failure raised as :func:`template_error`: one line, and
    the whole command stops (a broken template would break every story alike)."""

    @functools.wraps(func)
    def run(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except jinja2.TemplateError as exc:
            raise template_error(exc) from None

    return run


@dataclass
class Settings:
    """What a workspace may change about its stories: templates, words, style."""

    env: jinja2.Environment
    words: dict[str, dict[str, str]]
    symbol: bool = False  # "%" instead of "per cent"
    helplines: tuple[dict[str, str], ...] = HELPLINES
    published: dict[str, str] = field(default_factory=dict)
    quote_from: str = ""  # who asked (the campaign's organisation)

    @property
    def macros(self):
        return self.env.get_template("sentences.j2").module

    @classmethod
    def load(cls, folder: Path | None = None, *, published: dict[str, str] | None = None) -> "Settings":
        """Templates from ``<workspace>/templates/`` first, then those shipped with foistats;
        house style from ``campaign.toml``'s ``[stories]`` table: ``percent = "%"`` and
        ``helplines = [{who = …, name = …, number = …}]``."""
        loaders: list[jinja2.BaseLoader] = []
        if folder is not None and (folder / TEMPLATE_FOLDER).is_dir():
            loaders.append(jinja2.FileSystemLoader(folder / TEMPLATE_FOLDER))
        loaders.append(jinja2.PackageLoader("foistats.narrative", TEMPLATE_FOLDER))
        env = _Sandbox(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
            keep_trailing_newline=True,
        )
        env.filters["capfirst"] = _capfirst
        try:
            words = tomllib.loads(env.loader.get_source(env, "measures.toml")[0])
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"templates/measures.toml: {exc}") from None
        style: dict[str, object] = {}
        quote_from = ""
        if folder is not None and (folder / "campaign.toml").exists():
            try:
                campaign = tomllib.loads((folder / "campaign.toml").read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise InputError(f"campaign.toml: {exc}") from None
            style = campaign.get("stories", {}) or {}
            quote_from = str(((campaign.get("request") or {}).get("requester") or {}).get("organisation") or "")
        helplines = tuple(style.get("helplines") or HELPLINES)
        for line in helplines:
            if not isinstance(line, dict) or not all(line.get(k) for k in ("who", "name", "number")):
                raise InputError("campaign.toml [stories] helplines: each needs who, name and number, "
                                 'e.g. {who = "children", name = "Childline", number = "0800 1111"}')
        if style.get("percent", "per cent") not in ("%", "per cent"):
            raise InputError('campaign.toml [stories] percent: write "%" or "per cent"')
        settings = cls(env=env, words=words, symbol=style.get("percent") == "%", helplines=helplines,
                       published=dict(published or {}), quote_from=quote_from)
        try:
            settings.macros  # noqa: B018 - a broken template fails here, before any story
        except jinja2.TemplateError as exc:
            raise template_error(exc) from None
        return settings

    def word(self, measure: str, key: str) -> str:
        """A measure's word from measures.toml, else from measures.csv (its title; its notes
        when they hold no number)."""
        own = self.words.get(measure, {})
        if own.get(key):
            return own[key]
        known = measures().get(measure)
        title = known.title if known else measure.replace("_", " ")
        if key in ("noun", "title"):
            return title
        if key == "includes":
            notes = known.notes if known else ""
            return notes if notes and not numbers.numbers_in(notes) else f"{title} recorded by the police"
        if key == "share_of":
            return "of the figures of"
        if key == "share_what":
            return f"were {title}"
        return ""
