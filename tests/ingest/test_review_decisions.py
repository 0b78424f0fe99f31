"""Review decisions that must never write a wrong figure, nor seem to write one and write
nothing: a guessed measure is filed only once a person names it, an edit of a number the
reader did not take as a figure files it or says what is missing, a suppressed figure
takes its bounds from an edit, and the queue reads at 80 columns."""

from __future__ import annotations

import json
import re

import foistats

CAMPAIGN = '''title = "Online grooming"

[request]
release = "grooming-2024"
authorities = ["gwent", "dorset"]
periods = ["2021/22 to 2023/24"]
question = """
How many offences of sexual communication with a child and of sexual grooming did {authority_name}
record in each of the financial years {periods}?
"""

[request.measures]
sexual_communication_with_child = "offences"
grooming = "offences"

[request.requester]
name = "Jo Reporter"
email = "jo@example.org"
'''

YEARS = "Gwent Police\nResponse\nYear | Count\n2021/22 | 12\n2022/23 | *\n"
# "193, not 190": 190 is the figure put right, no figure; the 190 said again after it is a number nothing classes
CORRECTION = ("From: FOI Unit, Gwent Police\nSubject: Correction\n\nWe have identified an error in our response. "
              "The correct number of offences of sexual communication with a child recorded by Gwent Police in "
              "2023/24 is 193, not 190. Please disregard the 190 we sent.\n")


def _workspace(tmp_path, run_cli, name: str, text: str, campaign: str = CAMPAIGN):
    ws = foistats.init(tmp_path / "ws")
    (ws.folder / "campaign.toml").write_text(campaign, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = run_cli("ingest", path, "--authority", "gwent", "--workspace", ws.folder)
    assert code == 0, err
    return ws


def _figures(ws) -> set:
    return {(o.measure, o.area, o.release, o.period.label, o.status.value, o.value, o.lower, o.upper, str(o.breakdown))
            for o in ws.observations()}


def test_accepting_a_guessed_measure_is_refused_naming_the_candidates(tmp_path, run_cli):
    ws = _workspace(tmp_path, run_cli, "gwent.txt", YEARS)
    twelve = next(i for i in ws.review_items() if i.guess["value"] == 12)
    code, out, err = run_cli("review", "accept", twelve.id, "--by", "Jo", "--workspace", ws.folder)
    assert code == 1 and out == ""
    assert err == (f"error: review item {twelve.id}: the measure sexual_communication_with_child was guessed, not "
                   "read (it may be sexual_communication_with_child or grooming); say which with `foistats review "
                   f"edit {twelve.id} --measure SLUG`\n")
    code, _, err = run_cli("review", "edit", twelve.id, "--value", "13", "--by", "Jo", "--workspace", ws.folder)
    assert code == 1 and "was guessed, not read" in err  # any figure filed from the guess waits for its measure
    assert ws.observations() == []
    code, _, err = run_cli("review", "edit", twelve.id, "--measure", "grooming", "--by", "Jo", "--workspace", ws.folder)
    assert code == 0, err
    assert _figures(ws) == {("grooming", "gwent", "grooming-2024", "2021/22", "reported", 12, None, None, "")}


def test_a_suppressed_figure_takes_its_bounds_from_an_edit(tmp_path, run_cli):
    ws = _workspace(tmp_path, run_cli, "gwent.txt", YEARS)
    star = next(i for i in ws.review_items() if i.guess["status"] == "suppressed")
    twelve = next(i for i in ws.review_items() if i.guess["value"] == 12)
    refused = [
        (twelve.id, ["--measure", "grooming", "--lower", "1"],
         f"error: review item {twelve.id}: --lower and --upper are the bounds of a suppressed figure, and this one "
         "is reported; add --status suppressed\n"),
        (star.id, ["--measure", "grooming", "--value", "3"],
         f"error: review item {star.id}: a suppressed figure has no value, so --value 3 would be lost; add --status "
         "reported (or give a suppressed one --lower and --upper)\n"),
        (star.id, ["--measure", "grooming", "--lower", "two"], "error: --lower 'two' is not a whole number\n"),
    ]
    for item, options, message in refused:
        code, _, err = run_cli("review", "edit", item, *options, "--by", "Jo", "--workspace", ws.folder)
        assert (code, err) == (1, message)
    assert ws.observations() == []
    code, _, err = run_cli("review", "edit", star.id, "--measure", "grooming", "--status", "suppressed", "--lower", "1",
                           "--upper", "2", "--by", "Jo", "--workspace", ws.folder)
    assert code == 0, err
    assert _figures(ws) == {("grooming", "gwent", "grooming-2024", "2022/23", "suppressed", None, 1, 2, "")}


def test_an_edit_of_a_number_not_read_as_a_figure_files_it_or_says_what_is_missing(tmp_path, run_cli):
    ws = _workspace(tmp_path, run_cli, "correction.eml", CORRECTION)
    assert ws.observations() == []
    notes = {re.search(r"the number (\d+) ", i.reason).group(1): i for i in ws.review_items() if i.guess is None}
    assert {"190", "193"} <= notes.keys()
    right, wrong = notes["193"].id, notes["190"].id
    code, out, err = run_cli("review", "edit", right, "--value", "193", "--measure", "sexual_communication_with_child",
                             "--by", "Jo", "--workspace", ws.folder)
    assert (code, out) == (1, "")
    assert err == (f"error: review item {right} holds no figure, so the edit must give a whole one; missing: "
                   "--period P (or reject the item if it is not a figure)\n")
    code, _, err = run_cli("review", "edit", right, "--period", "2023/24", "--by", "Jo", "--workspace", ws.folder)
    assert code == 1 and "missing: --value N (or --status), --measure SLUG (or reject" in err
    assert ws.observations() == [] and ws.review_item(right).state == "open"
    code, out, err = run_cli("review", "edit", right, "--value", "193", "--measure", "sexual_communication_with_child",
                             "--period", "2023/24", "--by", "Jo", "--workspace", ws.folder)
    assert code == 0, err
    assert _figures(ws) == {("sexual_communication_with_child", "gwent", "grooming-2024", "2023/24", "reported", 193,
                             None, None, "")}
    (written,) = ws.observations()
    assert out == f"{right}: edited by Jo; figure {written.id} written\n"

    code, out, err = run_cli("review", "accept", right, "--by", "Ann", "--workspace", ws.folder)
    assert code == 0 and "no figure written" not in out, err  # accepting the edit keeps its figure
    assert {o.value for o in ws.observations()} == {193}
    # accepting a number that is no figure writes none, and says so
    code, out, err = run_cli("review", "accept", wrong, "--by", "Jo", "--workspace", ws.folder)
    assert code == 0, err
    assert out == (f"{wrong}: accepted by Jo; no figure written (it holds none: to file one, `foistats review edit "
                   f"{wrong} --value N --measure SLUG --period P`)\n")
    assert len(ws.observations()) == 1


def test_a_row_item_is_not_given_one_value_for_all_its_figures(tmp_path, run_cli):
    # more unsure figures than review takes one by one: each row is one item
    rows = "".join(f"Category {chr(97 + i)}{chr(97 + i)} | {i + 1} | {i + 40}\n" for i in range(26))
    ws = _workspace(tmp_path, run_cli, "gwent.txt", "Gwent Police\nResponse\nOffence | 2021/22 | 2022/23\n" + rows)
    row = next(i for i in ws.review_items() if i.guess and len(i.figures) == 2)
    code, _, err = run_cli("review", "edit", row.id, "--value", "9", "--measure", "grooming", "--by", "Jo",
                           "--workspace", ws.folder)
    assert (code, err) == (1, f"error: review item {row.id} holds the 2 figures of one row, and --value, --lower and "
                              "--upper would give them all the same; accept or reject the row, or correct the reply "
                              "and ingest it again\n")
    assert ws.observations() == []


def test_the_review_list_reads_at_80_columns_and_its_json_is_unchanged(tmp_path, run_cli):
    ws = _workspace(tmp_path, run_cli, "gwent.txt", YEARS)
    code, out, err = run_cli("review", "list", "--workspace", ws.folder)
    assert code == 0, err
    assert max(map(len, out.splitlines())) <= 80
    twelve = next(i for i in ws.review_items() if i.guess["value"] == 12)
    block = out.split(f"\n{twelve.id}  open  gwent.txt, ")[1].split("\n\n")[0]
    joined = re.sub(r"\s+", " ", block)
    assert ("guess: reported 12, sexual_communication_with_child, 2021/22 (measure guessed: may be "
            "sexual_communication_with_child or grooming)") in joined
    assert f"why: {twelve.reason}" in joined  # whole, wrapped, never cut
    code, out, _ = run_cli("review", "list", "--format", "json", "--workspace", ws.folder)
    assert json.loads(out) == [i.to_json() for i in ws.review_items()]


def test_naming_the_measure_rederives_the_breakdown_and_a_rejection_drops_nothing_silently(tmp_path, run_cli):
    # grooming and all child sexual offences asked; the row names 71/17, the own code of neither
    campaign = CAMPAIGN.replace('sexual_communication_with_child = "offences"', 'child_sexual_offences = "offences"')
    row = "Gwent Police\nResponse\nOffence | 2021/22 | 2022/23\nSexual communication with a child (71/17) | 88 | 97\n"
    ws = _workspace(tmp_path, run_cli, "gwent.txt", row, campaign)
    first, second = sorted(ws.review_items(), key=lambda i: i.guess["value"])
    assert first.guess["breakdown"] == {"offence_code": "71/17"} and first.guess["measure_choices"]
    code, _, err = run_cli("review", "reject", first.id, "--period", "2019/20", "--by", "Jo", "--workspace", ws.folder)
    assert (code, err) == (1, "error: a rejection files no figure, so --period would be lost: use `review edit` to "
                              "change the figure, or reject without them\n")
    assert ws.review_item(first.id).state == "open"
    for item, measure in ((first, "sexual_communication_with_child"), (second, "child_sexual_offences")):
        code, _, err = run_cli("review", "edit", item.id, "--measure", measure, "--by", "Jo", "--workspace", ws.folder)
        assert code == 0, err
    # 71/17 is sexual communication with a child itself (its total), and one code of all child sexual offences
    assert _figures(ws) == {
        ("sexual_communication_with_child", "gwent", "grooming-2024", "2021/22", "reported", 88, None, None, ""),
        ("child_sexual_offences", "gwent", "grooming-2024", "2022/23", "reported", 97, None, None, "offence_code=71/17")}
