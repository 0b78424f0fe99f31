"""Letters to authorities: the request itself, and chasers for the overdue.

A :class:`Letter` is written as Markdown (``md``), a Word document (``docx``) or an
RFC 5322 email message (``eml``, made with the standard library's ``email`` package,
marked ``X-Unsent: 1`` so a mail program opens it as a draft). An email goes to the
force's FOI address where campaign.toml or the reference data has one; otherwise its
``To:`` is left blank for the user to fill in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from markdown_it import MarkdownIt

from ..areas import Area
from ..paths import inside
from .campaign import Campaign
from .deadlines import LONG_OVERDUE_WORKING_DAYS, REVIEW_LATEST_WORKING_DAYS, REVIEW_WORKING_DAYS, long_date
from .law import Regime, RequestError, regime_for
from .log import EventKind
from .status import RequestStatus, State

FORMATS = ("md", "docx", "eml")


@dataclass(frozen=True)
class Letter:
    """One letter to one authority: a heading (sender, date, recipient) and a Markdown body."""

    authority: Area
    subject: str
    date: date
    sender_lines: tuple[str, ...]
    sender_name: str
    sender_email: str
    to: str
    body: str

    @property
    def recipient_lines(self) -> tuple[str, ...]:
        return (self.authority.name, "Freedom of Information team")

    def markdown(self) -> str:
        blocks = ["\n".join(self.sender_lines), long_date(self.date), "\n".join(self.recipient_lines),
                  f"**{self.subject}**", self.body]
        return "\n\n".join(b for b in blocks if b) + "\n"

    def email(self) -> EmailMessage:
        message = EmailMessage()
        message["From"] = formataddr((self.sender_name, self.sender_email)) if self.sender_email else ""
        message["To"] = self.to
        message["Subject"] = self.subject
        message["Date"] = format_datetime(datetime.combine(self.date, time(9, 0), tzinfo=timezone.utc))
        message["X-Unsent"] = "1"
        message.set_content(self.body + "\n")
        message.add_alternative(MarkdownIt().render(self.body), subtype="html")
        return message

    def docx(self):
        """The letter as a python-docx Document."""
        from docx import Document

        document = Document()
        for lines in (self.sender_lines, (long_date(self.date),), self.recipient_lines):
            _lines_paragraph(document, lines)
        document.add_paragraph().add_run(self.subject).bold = True
        _markdown_into(document, self.body)
        return document


def request_letter(campaign: Campaign, authority: Area, on: date) -> Letter:
    """The campaign's request, addressed to one authority."""
    regime = regime_for(authority)
    body = "\n\n".join([
        "Dear Freedom of Information team,",
        f"I am writing to make a request for information under the {regime.act}.",
        campaign.question_for(authority),
        _sign_off(campaign),
    ])
    return _letter(campaign, authority, campaign.subject, on, body)


def chase_letter(campaign: Campaign, status: RequestStatus, on: date) -> Letter:
    """A chaser for an overdue request or internal review."""
    authority, regime, history = status.authority, status.regime, status.history
    if status.state is State.INTERNAL_REVIEW:
        paragraphs = _review_chase(status, regime, history.review_asked)
    else:
        paragraphs = _reply_chase(campaign, status, regime)
    body = "\n\n".join([
        "Dear Freedom of Information team,",
        *paragraphs,
        "For reference, my request was:",
        _quote(campaign.question_for(authority)),
        _sign_off(campaign),
    ])
    return _letter(campaign, authority, f"Overdue: {campaign.subject}", on, body)


def _reply_chase(campaign: Campaign, status: RequestStatus, regime: Regime) -> list[str]:
    history = status.history
    acknowledged = any(e.kind is EventKind.ACKNOWLEDGED for e in history.events)
    asked = (f"On {long_date(status.sent)} I asked {status.authority.name} for information under the "
             f"{regime.act} ({campaign.title})")
    asked += ", and you acknowledged the request." if acknowledged else "."
    if history.extension is not None:
        rule = f"You extended the time to consider the public interest, to {long_date(status.due)}."
    elif history.clock_start != history.sent:
        rule = (f"After I clarified the request on {long_date(history.clock_start)}, section 10 of the Act required "
                f"a reply no later than {long_date(status.due)}, the 20th working day following.")
    else:
        rule = (f"Section 10 of the Act required a reply no later than {long_date(status.due)}, "
                "the 20th working day following receipt.")
    late = f"The reply is now {_working_days(status.working_days_overdue)} late."
    if status.state is State.LONG_OVERDUE:
        late += f" That is more than {LONG_OVERDUE_WORKING_DAYS} working days since the request was received."
    ask = ("Please send the information, or a refusal notice saying which exemptions you rely on, "
           "as soon as possible, and tell me when I can expect it.")
    if regime is Regime.FOISA:
        escalate = ("If I do not receive a reply, I will require a review under section 20 of the Act and then, "
                    f"if need be, apply to {regime.regulator}.")
    else:
        escalate = f"If I do not receive a reply, I will ask {regime.regulator} to look into the delay."
    return [asked, f"{rule} {late}", ask, escalate]


def _review_chase(status: RequestStatus, regime: Regime, asked: date) -> list[str]:
    basis = ("Section 21(1) of the Act requires" if regime is Regime.FOISA
             else "The code of practice under section 45 of the Act expects")
    taken = status.working_days_overdue + REVIEW_WORKING_DAYS
    beyond = (f", past the {REVIEW_LATEST_WORKING_DAYS} working days that even a complex review should take"
              if taken > REVIEW_LATEST_WORKING_DAYS else "")
    return [
        f"On {long_date(asked)} I asked {status.authority.name} for an internal review of its handling of my request.",
        f"{basis} a review to be answered within {REVIEW_WORKING_DAYS} working days, by {long_date(status.due)}; "
        f"it is now {_working_days(status.working_days_overdue)} late{beyond}.",
        f"Please complete the review as soon as possible. If I do not hear from you, I will apply to {regime.regulator}.",
    ]


def _working_days(n: int) -> str:
    return "one working day" if n == 1 else f"{n} working days"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _sign_off(campaign: Campaign) -> str:
    return f"Yours faithfully,\n\n{campaign.requester.name}"


def _letter(campaign: Campaign, authority: Area, subject: str, on: date, body: str) -> Letter:
    requester = campaign.requester
    sender = tuple(x for x in (requester.name, requester.organisation, *requester.address, requester.email) if x)
    return Letter(
        authority=authority,
        subject=subject,
        date=on,
        sender_lines=sender,
        sender_name=requester.name,
        sender_email=requester.email,
        to=campaign.foi_address(authority),
        body=body,
    )


def write_letters(letters: Iterable[Letter], folder: Path, fmt: str) -> list[Path]:
    """Write each letter as ``folder/<authority id>.<fmt>``; the paths written."""
    if fmt not in FORMATS:
        raise RequestError(f"{fmt!r} is not a letter format; use {', '.join(FORMATS)}")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for letter in letters:
        path = inside(folder, letter.authority.id, suffix=f".{fmt}")
        if fmt == "md":
            path.write_text(letter.markdown(), encoding="utf-8")
        elif fmt == "eml":
            path.write_bytes(bytes(letter.email()))
        else:
            letter.docx().save(path)
        paths.append(path)
    return paths


# --- Markdown into Word ----------------------------------------------------------------------


def _lines_paragraph(document, lines: Iterable[str]) -> None:
    paragraph = document.add_paragraph()
    for i, line in enumerate(lines):
        if i:
            paragraph.add_run().add_break()
        paragraph.add_run(line)


def _markdown_into(document, text: str) -> None:
    """Add Markdown paragraphs, headings, lists and block quotes, with bold and italics."""
    tokens = MarkdownIt().parse(text)
    lists: list[str] = []
    quoted = False
    style = None
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append("List Bullet" if token.type == "bullet_list_open" else "List Number")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "blockquote_open":
            quoted = True
        elif token.type == "blockquote_close":
            quoted = False
        elif token.type == "heading_open":
            style = f"Heading {min(int(token.tag[1]), 3)}"
        elif token.type == "inline":
            if style is None:
                style = lists[-1] if lists else ("Quote" if quoted else None)
            _inline_runs(document.add_paragraph(style=style), token.children or [])
            style = None


def _inline_runs(paragraph, children) -> None:
    bold = italic = False
    for child in children:
        if child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type in ("em_open", "em_close"):
            italic = child.type == "em_open"
        elif child.type in ("softbreak", "hardbreak"):
            paragraph.add_run().add_break()
        elif child.type in ("text", "code_inline"):
            run = paragraph.add_run(child.content)
            run.bold, run.italic = bold or None, italic or None
