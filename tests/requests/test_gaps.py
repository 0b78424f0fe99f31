"""Replies feed the data: the log's answers become no_response / exempt / not_held figures."""

from foistats.model import Status
from foistats.requests.gaps import gap_observations
from foistats.requests.log import LOG_FILE


def _rows(gaps):
    return sorted((g.area, g.measure, g.period.label, g.status.value) for g in gaps)


def test_no_answer_becomes_no_response_for_each_figure_asked_and_goes_when_the_answer_comes(campaign_ws):
    requests = campaign_ws.requests
    requests.log("Dyfed Powys", "sent", on="2019-07-01")
    requests.log("Dyfed Powys", "acknowledged", on="2019-07-03")
    gaps = gap_observations(campaign_ws)
    # sexual communication with a child came into force on 3 April 2017: 2016/17 is not
    # a gap of the force (it is not_in_force), so two periods for it and three for platforms
    assert _rows(gaps) == [
        ("dyfed-powys", "platforms_used", "2016/17", "no_response"),
        ("dyfed-powys", "platforms_used", "2017/18", "no_response"),
        ("dyfed-powys", "platforms_used", "2018/19", "no_response"),
        ("dyfed-powys", "sexual_communication_with_child", "2017/18", "no_response"),
        ("dyfed-powys", "sexual_communication_with_child", "2018/19", "no_response"),
    ]
    first = gaps[0]
    assert first.value is None and first.unit == "offences" and first.release == "test-2019"
    assert first.note == "Dyfed-Powys Police has not responded to the request sent on 1 July 2019"
    assert (first.source.file_name, first.source.location, first.source.method) == (LOG_FILE, "line 1", "request_log")
    requests.log("Dyfed Powys", "answered", on="2019-07-20")
    assert gap_observations(campaign_ws) == []


def test_refusals_and_not_held_cover_the_figures_they_name(campaign_ws):
    requests = campaign_ws.requests
    for force in ("gwent", "south-wales", "north-wales", "police-scotland"):
        requests.log(force, "sent", on="2019-07-01")
    requests.log("gwent", "answered", on="2019-07-20")
    requests.log("south-wales", "partial", on="2019-07-22")
    requests.log("south-wales", "refused", on="2019-07-22", sections="12", measures=["platforms_used"],
                 note="the system cannot be searched by app")
    requests.log("north-wales", "partial", on="2019-07-23", periods=["2018/19"])
    requests.log("north-wales", "not-held", on="2019-07-23", periods=["2016/17 to 2017/18"])
    requests.log("police-scotland", "withdrawn", on="2019-07-05")
    gaps = gap_observations(campaign_ws)
    assert _rows(gaps) == [
        ("north-wales", "platforms_used", "2016/17", "not_held"),
        ("north-wales", "platforms_used", "2017/18", "not_held"),
        ("north-wales", "sexual_communication_with_child", "2017/18", "not_held"),
        ("south-wales", "platforms_used", "2016/17", "exempt"),
        ("south-wales", "platforms_used", "2017/18", "exempt"),
        ("south-wales", "platforms_used", "2018/19", "exempt"),
    ]
    exempt = next(g for g in gaps if g.status is Status.EXEMPT)
    assert exempt.note == (
        "South Wales Police refused it on 22 July 2019 under section 12 (cost of compliance exceeds the "
        "appropriate limit) (the system cannot be searched by app)"
    )
    not_held = next(g for g in gaps if g.status is Status.NOT_HELD)
    assert not_held.note == "North Wales Police said on 23 July 2019 that it does not hold the information"


def test_a_later_answer_replaces_an_earlier_refusal(campaign_ws):
    requests = campaign_ws.requests
    requests.log("gwent", "sent", on="2019-07-01")
    requests.log("gwent", "refused", on="2019-07-20", sections="12")
    requests.log("gwent", "review-asked", on="2019-07-22")
    assert {g.status for g in gap_observations(campaign_ws)} == {Status.EXEMPT}
    requests.log("gwent", "answered", on="2019-08-12", note="released on internal review")
    assert gap_observations(campaign_ws) == []


def test_no_request_table_or_another_release_means_no_gaps(ws, campaign_ws):
    assert gap_observations(ws) == []
    campaign_ws.requests.log("gwent", "sent", on="2019-07-01")
    assert gap_observations(campaign_ws, release="another-release") == []
    assert len(gap_observations(campaign_ws, release="test-2019")) == 5


def test_the_demo_log_says_dyfed_powys_did_not_respond(demo_ws):
    gaps = demo_ws.request_gaps(release="nspcc-online-2019")
    assert _rows(gaps) == [
        ("dyfed-powys", "online_child_sexual_offences", "2015/16", "no_response"),
        ("dyfed-powys", "online_child_sexual_offences", "2016/17", "no_response"),
        ("dyfed-powys", "online_child_sexual_offences", "2017/18", "no_response"),
        ("dyfed-powys", "online_child_sexual_offences", "2018/19", "no_response"),
    ]
    # the release published 2018/19 as missing; the other years asked come from the log
    given = demo_ws.observations(release="nspcc-online-2019", area="dyfed-powys")
    assert [(o.measure, o.period.label, o.status, o.source.file_name) for o in given] == [
        ("online_child_sexual_offences", "2018/19", Status.NO_RESPONSE, "published_figures.csv"),
        ("online_child_sexual_offences", "2015/16", Status.NO_RESPONSE, "requests.log.jsonl"),
        ("online_child_sexual_offences", "2016/17", Status.NO_RESPONSE, "requests.log.jsonl"),
        ("online_child_sexual_offences", "2017/18", Status.NO_RESPONSE, "requests.log.jsonl")]
    from_log = next(g for g in gaps if g.period.label == "2018/19")
    assert from_log.note == "Dyfed-Powys Police has not responded to the request sent on 1 July 2019"


def test_the_demo_forces_that_answered_are_the_ones_the_release_sums(demo_ws):
    answered = {s.authority.id for s in demo_ws.requests.status() if s.state.value == "successful"}
    wales_note = next(o.note for o in demo_ws.observations(release="nspcc-online-2019", area="wales", period="2018/19"))
    assert answered == {"gwent", "north-wales", "south-wales"}
    assert wales_note == "sum of the three forces that responded"
    reported = demo_ws.observations(release="nspcc-online-2019", period="2018/19", status="reported")
    by_area = {o.area: o.value for o in reported}
    assert by_area["wales"] == sum(by_area[f] for f in answered)
