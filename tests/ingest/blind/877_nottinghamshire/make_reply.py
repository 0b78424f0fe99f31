"""Build reply.csv: the data attachment sent by Nottinghamshire Police with FOI 2024/001187.

Written the way Excel saves "CSV UTF-8": a byte-order mark, CRLF line ends, every row
padded with commas to the width of the widest row, quotes only where a cell needs them.
Run:  python make_reply.py   (output is reproducible byte for byte)
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")

YEARS = ["2021/22", "2022/23", "2023/24"]

ROWS = [
    ["Nottinghamshire Police - Freedom of Information Request 2024/001187"],
    ["Child Sexual Exploitation (CSE) flagged crimes \u2013 financial years 2021/22 to 2023/24"],
    ["Source: Niche RMS, data extracted 08/05/2024"],
    [],
    ["Table 1: CSE flagged crimes by victim gender and online flag"],
    [""] + YEARS + ["Total"],
    ["Crimes with a CSE flag", "187", "213", "228", "628"],
    ["Of which: online flag applied", "N/H", "121", "138", "259"],
    ["Victim gender - Female", "154", "176", "189", "519"],
    ["Victim gender - Male", "30", "32", "36", "98"],
    ["Victim gender - Not recorded", "1-4", "5", "1-4", "11"],
    [],
    ["Table 2: CSE flagged crimes by age of victim at time of offence"],
    [""] + YEARS + ["Total"],
    ["Under 13", "21", "26", "24", "71"],
    ["13 to 15", "112", "124", "131", "367"],
    ["16 to 17", "51", "61", "69", "181"],
    ["Age not recorded", "1-4", "1-4", "1-4", "9"],
    [],
    ["Notes:"],
    ["1. Financial years run from 1 April to 31 March."],
    ["2. Crimes are counted once, by the date the crime was recorded. Where a crime has "
     "more than one victim it is counted against the first victim recorded."],
    ["3. N/H = not held. Before 1 April 2022 the online marker was held in a free-text "
     "field and cannot be retrieved from the system. The Total for the online flag covers "
     "2022/23 and 2023/24 only."],
    ["4. Figures between 1 and 4 are shown as 1-4 to reduce the risk of identification. "
     "Totals have not been suppressed."],
    ["5. Part 3 of your request (the outcome of each crime) is refused under Section 12(1) "
     "of the Freedom of Information Act 2000, as explained in the covering letter."],
    ["6. Figures are taken from a live system and may differ from figures published "
     "previously."],
]


def build():
    width = max(len(r) for r in ROWS)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in ROWS:
        w.writerow(r + [""] * (width - len(r)))
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
