"""A row that names a measure's own offence code or description ("Meeting a child following
sexual grooming (88A)") is that measure, and its total, not a breakdown of it; a Total row
over several measures' rows is none of them, even with ``ingest --measure``."""

from __future__ import annotations

import pytest

import foistats

from .test_campaign_replies import CAMPAIGN as CHILD_CAMPAIGN
from .test_review_decisions import CAMPAIGN

TABLE = "Gwent Police\nResponse\nOffence | 2021/22 | 2022/23\n{s15a} | 301 | 327\n{s15} | 22 | 19\nTotal | 323 | 346\n"
LABELS = [
    ("Sexual communication with a child (71/17)", "Meeting a child following sexual grooming (88A)"),
    ("Sexual communication with a child (s.15A)", "Meeting a child following sexual grooming (s.15)"),
    ("Sexual communication with a child", "Meeting a child following sexual grooming"),
]
EXPECTED = {("sexual_communication_with_child", "2021/22", ""): 301,
            ("sexual_communication_with_child", "2022/23", ""): 327,
            ("grooming", "2021/22", ""): 22, ("grooming", "2022/23", ""): 19}


def _ingest(tmp_path, run_cli, campaign: str, text: str, *options: str):
    ws = foistats.init(tmp_path / "ws")
    (ws.folder / "campaign.toml").write_text(campaign, encoding="utf-8")
    path = tmp_path / "gwent.txt"
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli("ingest", path, "--authority", "gwent", "--workspace", ws.folder, *options)
    assert code == 0, err
    return ws


def _figures(ws) -> dict:
    return {(o.measure, o.period.label, str(o.breakdown)): o.value for o in ws.observations()}


@pytest.mark.parametrize("s15a, s15", LABELS)
@pytest.mark.parametrize("options", [(), ("--measure", "sexual_communication_with_child")])
def test_rows_naming_a_measures_own_offence_are_its_totals_and_their_total_is_neither(tmp_path, run_cli, s15a, s15,
                                                                                      options):
    ws = _ingest(tmp_path, run_cli, CAMPAIGN, TABLE.format(s15a=s15a, s15=s15), *options)
    assert _figures(ws) == EXPECTED
    held = ws.review_items()
    assert sorted(i.guess["value"] for i in held) == [323, 346]
    # named for the reply or not, the total is none of the measures, and the reason says so
    assert all(i.reason.endswith("the total adds rows of several measures (grooming, sexual_communication_with_child)"
                                 "; it is none of them alone") for i in held)
    assert all(i.guess["measure_choices"] == ["grooming", "sexual_communication_with_child"] or
               i.guess["measure_choices"] == ["sexual_communication_with_child", "grooming"] for i in held)


def test_a_total_over_the_parts_of_one_measure_is_that_measures(tmp_path, run_cli):
    text = ("Gwent Police\nResponse\nOffence | 2021/22\nSexual grooming (88A) | 5\n"
            "Sexual communication with a child (71/17) | 6\nTotal | 11\n")
    ws = _ingest(tmp_path, run_cli, CHILD_CAMPAIGN.replace("{extra}", ""), text)
    assert _figures(ws) == {("child_sexual_offences", "2021/22", "offence_code=88A"): 5,
                            ("child_sexual_offences", "2021/22", "offence_code=71/17"): 6,
                            ("child_sexual_offences", "2021/22", ""): 11}
    assert ws.review_items() == []
