"""A campaign made with ``foistats init`` that asked six forces (three in the South West,
three in Wales) for sexual communication with a child, 2021/22 to 2023/24: Gwent refused on
cost (s.12), the others gave a figure for each year. Never asked: Gloucestershire and
Wiltshire (the rest of the South West), North Wales, and every force beyond.

:data:`FIGURES` is what the forces gave; the tests work their expectations out from it by
hand.
"""

from __future__ import annotations

from pathlib import Path

import foistats

RELEASE = "sw-wales-2024"
MEASURE = "sexual_communication_with_child"
YEARS = ("2021/22", "2022/23", "2023/24")
ASKED = ("avon-and-somerset", "devon-and-cornwall", "dorset", "gwent", "south-wales", "dyfed-powys")
# Dyfed-Powys' 37 (2023/24) is the one figure under 40
FIGURES = {
    "avon-and-somerset": (212, 245, 268),
    "devon-and-cornwall": (301, 327, 344),
    "dorset": (88, 97, 103),
    "south-wales": (156, 171, 190),
    "dyfed-powys": (41, 45, 37),
}
CAMPAIGN = f'''title = "Online grooming in the South West and Wales"

[request]
release = "{RELEASE}"
authorities = ["Avon and Somerset", "Devon and Cornwall", "Dorset", "Gwent", "South Wales", "Dyfed-Powys"]
periods = ["2021/22 to 2023/24"]
question = """
Please tell me, for each of the financial years {{periods}}, how many offences of sexual
communication with a child {{authority_name}} recorded.
"""

[request.measures]
{MEASURE} = "offences"

[request.requester]
name = "Jo Reporter"
organisation = "Western Daily Bugle"
email = "jo@bugle.example"
'''


def six_forces(folder: Path):
    """The workspace, made with ``foistats init`` and the forces' answers ingested."""
    ws = foistats.init(folder)
    (folder / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    rows = ["release,published,measure,area,period,breakdown,value,unit,qualifier,status,note"]
    for area, values in FIGURES.items():
        rows += [f"{RELEASE},2024,{MEASURE},{area},{year},,{value},offences,exact,reported," for year, value in zip(YEARS, values)]
    rows += [f"{RELEASE},2024,{MEASURE},gwent,{year},,,offences,,exempt,refused under s.12 (cost)" for year in YEARS]
    answers = folder / "answers.csv"
    answers.write_text("\n".join(rows) + "\n", encoding="utf-8")
    ws.ingest(answers)
    return ws
