"""Request letters and chasers, as Markdown, Word and email."""

import email
from email import policy

import pytest
from docx import Document

from foistats.requests import RequestError


def test_markdown_letters_one_per_authority(campaign_ws):
    paths = campaign_ws.requests.letters("md", on="2019-07-01")
    assert [p.name for p in paths] == ["dyfed-powys.md", "gwent.md", "north-wales.md", "south-wales.md",
                                       "police-scotland.md"]
    assert paths[0].parent == campaign_ws.folder / "out" / "requests" / "letters"
    gwent = paths[1].read_text(encoding="utf-8")
    assert gwent.startswith("Sam Reporter\nThe Example Post\n1 High Street\nCardiff\nsam@example.org\n\n1 July 2019\n\n"
                            "Gwent Police\nFreedom of Information team\n\n")
    assert "I am writing to make a request for information under the Freedom of Information Act 2000." in gwent
    assert "child Gwent Police\nrecorded in each of the financial years 2016/17, 2017/18 and 2018/19." in gwent
    assert gwent.rstrip().endswith("Yours faithfully,\n\nSam Reporter")
    scotland = paths[4].read_text(encoding="utf-8")
    assert "under the Freedom of Information (Scotland) Act 2002." in scotland


def test_email_letters_are_addressed_where_an_address_is_known(campaign_ws):
    paths = campaign_ws.requests.letters("eml", on="2019-07-01")
    messages = {p.stem: email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in paths}
    gwent = messages["gwent"]
    assert gwent["To"] == "foi@gwent.example.org"
    assert messages["north-wales"]["To"] == ""  # left blank for the user
    assert gwent["From"] == "Sam Reporter <sam@example.org>"
    assert gwent["Subject"] == "Freedom of Information request: Sexual communication with a child"
    assert gwent["X-Unsent"] == "1"
    assert gwent["Date"].datetime.date().isoformat() == "2019-07-01"
    plain = gwent.get_body(("plain",)).get_content()
    html = gwent.get_body(("html",)).get_content()
    assert plain.startswith("Dear Freedom of Information team,")
    assert "<li>by the <strong>age</strong> of the victim</li>" in html


def test_word_letters_keep_the_lists_and_bold(campaign_ws):
    path = campaign_ws.requests.letters("docx", on="2019-07-01")[1]
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Sam Reporter\nThe Example Post\n1 High Street\nCardiff\nsam@example.org"
    assert texts[1] == "1 July 2019"
    assert texts[3] == "Freedom of Information request: Sexual communication with a child"
    assert document.paragraphs[3].runs[0].bold
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == ["by year", "by the age of the victim"]
    assert [r.text for r in bullets[1].runs if r.bold] == ["age"]
    assert texts[-1] == "Sam Reporter"


def test_an_unknown_format_is_refused(campaign_ws):
    with pytest.raises(RequestError, match="not a letter format"):
        campaign_ws.requests.letters("pdf")


def test_chasers_go_only_to_the_overdue(campaign_ws):
    requests = campaign_ws.requests
    for force in ("gwent", "north-wales", "south-wales", "police-scotland"):
        requests.log(force, "sent", on="2019-07-01")  # FOIA due Tue 30 July (12 July is a NI holiday)
    requests.log("gwent", "acknowledged", on="2019-07-02")
    requests.log("north-wales", "answered", on="2019-07-20")
    requests.log("south-wales", "extension", on="2019-07-25", until="2019-08-30")
    paths = requests.chase("md", as_of="2019-08-02")
    # Police Scotland: FOISA, 12 July is a working day there: due Mon 29 July
    assert sorted(p.name for p in paths) == ["gwent.md", "police-scotland.md"]
    assert paths[0].parent == campaign_ws.folder / "out" / "requests" / "chase"
    gwent = (paths[0].parent / "gwent.md").read_text(encoding="utf-8")
    assert "**Overdue: Freedom of Information request: Sexual communication with a child**" in gwent
    assert "On 1 July 2019 I asked Gwent Police for information under the Freedom of Information Act 2000" in gwent
    assert "and you acknowledged the request." in gwent
    # 31 July, 1 and 2 August
    assert "no later than 30 July 2019, the 20th working day following receipt. The reply is now 3 working days late." in gwent
    assert "I will ask the Information Commissioner's Office to look into the delay." in gwent
    assert "> Please tell me how many offences of sexual communication with a child Gwent Police" in gwent
    scotland = (paths[0].parent / "police-scotland.md").read_text(encoding="utf-8")
    assert "no later than 29 July 2019" in scotland and "4 working days late" in scotland
    assert "require a review under section 20 of the Act" in scotland
    assert "the Scottish Information Commissioner" in scotland


def test_a_long_overdue_chaser_says_so(campaign_ws):
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    # 30 July is the 20th working day; 31 July-2 Aug = 23; 5 Aug (Scottish summer holiday)
    # skipped; 6-9 Aug = 27; 12-16 = 32; 19-23 = 37; 26 Aug (E&W summer holiday) skipped;
    # 27-29 Aug = 40. On Fri 30 Aug it is 21 working days late and past the 40th.
    text = requests.chase("md", as_of="2019-08-30")[0].read_text(encoding="utf-8")
    assert "The reply is now 21 working days late. That is more than 40 working days since the request was received." in text


def test_an_overdue_internal_review_is_chased_with_the_review_rules(campaign_ws):
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    requests.log("gwent", "refused", on="2019-07-20", sections="12")
    requests.log("gwent", "review-asked", on="2019-07-22")
    # review due: 23-26 July = 4, 29 July-2 Aug = 9, 5 Aug (Scotland) skipped, 6-9 Aug = 13,
    # 12-16 Aug = 18, 19, 20 Aug = 20 -> Tue 20 August; as of Fri 23 Aug: 3 working days late
    text = requests.chase("md", as_of="2019-08-23")[0].read_text(encoding="utf-8")
    assert "On 22 July 2019 I asked Gwent Police for an internal review" in text
    assert "within 20 working days, by 20 August 2019; it is now 3 working days late." in text
