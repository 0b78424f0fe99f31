"""The [request] table of campaign.toml: tags, periods, placeholders, and errors that say
what to write."""

import pytest

from foistats.requests.campaign import CampaignError, authority_tags, load_campaign
from foistats.requests.law import Regime, RequestError, parse_sections, regime_for
from foistats.areas import resolve_area

from .conftest import CAMPAIGN


def test_the_campaign_reads_every_part(campaign_ws):
    campaign = load_campaign(campaign_ws.folder / "campaign.toml")
    assert campaign.title == "Sexual communication with a child"
    assert campaign.release == "test-2019"
    assert [a.id for a in campaign.authorities] == ["dyfed-powys", "gwent", "north-wales", "south-wales", "police-scotland"]
    assert [p.label for p in campaign.periods] == ["2016/17", "2017/18", "2018/19"]
    assert campaign.measures == {"sexual_communication_with_child": "offences", "platforms_used": "offences"}
    assert campaign.requester.address == ("1 High Street", "Cardiff")
    assert campaign.foi_address(resolve_area("gwent")) == "foi@gwent.example.org"
    assert campaign.foi_address(resolve_area("north-wales")) == ""
    assert campaign.subject == "Freedom of Information request: Sexual communication with a child"


def test_the_question_is_filled_in_for_each_authority(campaign_ws):
    campaign = load_campaign(campaign_ws.folder / "campaign.toml")
    assert campaign.question_for(resolve_area("Police Scotland")) == (
        "Please tell me how many offences of sexual communication with a child Police Service of Scotland\n"
        "recorded in each of the financial years 2016/17, 2017/18 and 2018/19.\n"
        "\n"
        "- by year\n"
        "- by the **age** of the victim"
    )


def test_tags_mean_the_forces_areas_csv_puts_in_them():
    tags = authority_tags()
    assert len(tags["all-territorial"]) == 45  # 43 in England and Wales, Police Scotland, PSNI
    assert {a.id for a in tags["non-territorial"]} == {"btp", "ministry-of-defence", "civil-nuclear"}
    assert {a.id for a in tags["wales"]} == {"dyfed-powys", "gwent", "north-wales", "south-wales"}
    assert [a.id for a in tags["scotland"]] == ["police-scotland"]
    assert len(tags["england-and-wales"]) == 43
    assert "jersey" not in {a.id for a in tags["all-territorial"]}


def _with(ws, old, new):
    text = CAMPAIGN.replace(old, new)
    assert text != CAMPAIGN
    (ws.folder / "campaign.toml").write_text(text, encoding="utf-8")
    return ws.folder / "campaign.toml"


def test_exclude_takes_forces_out_of_a_tag(campaign_ws):
    path = _with(campaign_ws, 'authorities = ["wales", "Police Scotland"]',
                 'authorities = ["all-territorial"]\nexclude = ["england", "Dyfed Powys"]')
    assert [a.id for a in load_campaign(path).authorities] == [
        "gwent", "north-wales", "south-wales", "police-scotland", "psni"]


@pytest.mark.parametrize(("old", "new", "message"), [
    ('authorities = ["wales", "Police Scotland"]', 'authorities = ["Narnia"]', "not a known police force"),
    ('authorities = ["wales", "Police Scotland"]', 'authorities = ["jersey"]', "own island's law"),
    ('periods = ["2016/17 to 2018/19"]', 'periods = ["2019/21"]', "not a financial year"),
    ('periods = ["2016/17 to 2018/19"]', "periods = []", "periods is empty"),
    ("{authority_name}", "{force}", "{force}, which is not a placeholder"),
    ('sexual_communication_with_child = "offences"', 'sexual_communication_with_child = 3', "the unit must be a word"),
    ('name = "Sam Reporter"', 'nom = "Sam Reporter"', "unknown keys nom"),
    ('gwent = "foi@gwent.example.org"', 'gwent = "nobody"', "not an email address"),
    ('release = "test-2019"', 'relase = "test-2019"', "unknown keys relase"),
])
def test_mistakes_are_named(campaign_ws, old, new, message):
    path = _with(campaign_ws, old, new)
    with pytest.raises(CampaignError, match=message) as raised:
        load_campaign(path)
    assert str(path) in str(raised.value)


def test_a_campaign_without_a_request_table_says_what_to_add(ws):
    with pytest.raises(CampaignError, match=r"no \[request\] table"):
        load_campaign(ws.folder / "campaign.toml")


def test_an_authority_not_asked_is_refused(campaign_ws):
    campaign = load_campaign(campaign_ws.folder / "campaign.toml")
    with pytest.raises(CampaignError, match="kent is not one of the authorities asked"):
        campaign.authority("Kent Police")


def test_which_act_each_kind_of_force_answers_under():
    assert regime_for(resolve_area("gwent")) is Regime.FOIA
    assert regime_for(resolve_area("psni")) is Regime.FOIA
    assert regime_for(resolve_area("btp")) is Regime.FOIA
    assert regime_for(resolve_area("police-scotland")) is Regime.FOISA
    with pytest.raises(RequestError, match="own island's law"):
        regime_for(resolve_area("isle-of-man"))
    with pytest.raises(RequestError, match="not a police force"):
        regime_for(resolve_area("wales"))


def test_sections_are_read_in_the_ways_people_write_them():
    assert parse_sections("12, s.40(2); section 31(1)(a), 40(2)") == ["12", "40(2)", "31(1)(a)"]
    assert parse_sections("") == []
    with pytest.raises(RequestError, match="not a section number"):
        parse_sections("cost")
