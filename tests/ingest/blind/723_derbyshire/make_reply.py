"""Build reply.csv: Derbyshire Constabulary FOI 24-0215, Attachment A.

Written the way Excel saves "CSV UTF-8": byte order mark, CRLF line ends, every row padded
with empty cells to the width of the widest table, quotes only where a cell holds a comma.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = 5

ROWS = [
    ["Derbyshire Constabulary"],
    ["Freedom of Information Request 24-0215 - Attachment A"],
    ["Crimes recorded under Home Office offence code 086/02 (Take, make, distribute or publish "
     "indecent photographs or pseudo-photographs of children) where a suspect was aged under 18"],
    ["Period covered: 01/04/2020 to 31/12/2023. Data extracted 15/01/2024, figures are provisional "
     "and may change."],
    [],
    ["Table 1 - Crimes by financial year recorded and age of youngest suspect"],
    ["Financial Year", "Suspect aged 10-13", "Suspect aged 14-15", "Suspect aged 16-17",
     "Total (under 18)"],
    ["2020/21", "<5", "27", "31", "61"],
    ["2021/22", "6", "34", "29", "69"],
    ["2022/23", "9", "41", "38", "88"],
    ["2023/24 (Apr-Dec)", "<5", "25", "22", "51"],
    ["Total", "22", "127", "120", "269"],
    [],
    ["Table 2 - Crimes in Table 1 carrying the online (cyber) flag"],
    ["Financial Year", "Online flag"],
    ["2020/21", "N/H"],
    ["2021/22", "52"],
    ["2022/23", "71"],
    ["2023/24 (Apr-Dec)", "40"],
    [],
    ["Table 3 - Outcome of crimes in Table 1, 01/04/2020 to 31/12/2023"],
    ["Outcome", "Number of crimes"],
    ["Charged/Summonsed", "14"],
    ["Youth Caution", "9"],
    ["Community Resolution", "23"],
    ["Outcome 15 - Evidential difficulties, suspect identified", "11"],
    ["Outcome 16 - Evidential difficulties, victim does not support", "27"],
    ["Outcome 20 - Action undertaken by another body/agency", "<5"],
    ["Outcome 21 - Not in the public interest (police decision)", "97"],
    ["Outcome 22 - Diversionary, educational or intervention activity", "38"],
    ["Investigation ongoing - no outcome", "31"],
    [],
    ["Notes"],
    ["<5 - Figures of fewer than 5 have been suppressed to reduce the risk of identifying "
     "individuals."],
    ["N/H - Not held. The online flag was not recorded in a retrievable form on the force's "
     "previous crime recording system, which was replaced on 01/04/2021. The flag is available "
     "for crimes recorded from that date."],
    ["Where a crime has more than one suspect, it is counted once, against the age of the "
     "youngest suspect."],
    ["Table 3 shows the main outcome types only, so it will not sum to the totals in Table 1. "
     "Outcomes are as at the date of extraction."],
]


def build():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in ROWS:
        writer.writerow(row + [""] * (WIDTH - len(row)))
    (HERE / "reply.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


if __name__ == "__main__":
    build()
