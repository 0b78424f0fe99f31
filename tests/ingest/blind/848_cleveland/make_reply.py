"""Build reply.csv: the data attachment to Cleveland Police FOI 2023/0917.

Written the way a spreadsheet saves "CSV UTF-8": byte-order mark, CRLF line ends,
every row padded to five columns. Run with /work/main/.venv/bin/python make_reply.py;
the output is the same bytes every time.
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = 5

ROWS = [
    # the title came through a copy/paste from a Word document, hence the mojibake dash
    ["Cleveland Police \u00e2\u20ac\u201c Freedom of Information Request"],
    ["FOI Ref: 2023/0917"],
    ["Indecent images of children offences (Home Office code 86/2)"],
    ["Date of response: 18/07/2023"],
    ["Data extracted from Niche RMS on 04/07/2023"],
    [],
    ["Q1 & Q2 - 86/2 offences recorded and persons arrested"],
    ["Period", "Offences recorded", "Arrests - suspect aged under 18",
     "Arrests - suspect aged 18 and over", "Total arrests"],
    ["2020/21", "171", "N/H", "N/H", "86"],
    ["2021/22", "158", "19", "81", "100"],
    ["2022/23", "182", "11", "94", "105"],
    ["Apr-23", "17", "-", "8", "8"],
    ["May-23", "12", "*", "6", "8"],
    ["Jun-23", "15", "*", "9", "10"],
    [],
    ["Q3 - Outcomes of 86/2 offences recorded in each financial year (outcome as at 04/07/2023)"],
    ["Outcome", "2020/21", "2021/22", "2022/23"],
    ["Charge/Summons", "45", "41", "29"],
    ["Youth Caution", "*", "-", "*"],
    ["Adult Caution", "5", "9", "4"],
    ["Investigation ongoing", "3", "11", "64"],
    [],
    ["Notes"],
    ["N/H = Not held. Arrests made before 1 April 2021 are held on the legacy custody system, "
     "which does not record the age of the arrested person in a retrievable format. The total "
     "for 2020/21 has been taken from the annual arrests return."],
    ["- = nil return"],
    ["* = figure withheld. The number is low and, combined with other information in the "
     "public domain, could lead to the identification of individuals."],
    ["Offences are counted by the date the crime was recorded. Arrests are counted by the "
     "date of arrest and a person arrested more than once is counted each time."],
    ["Q3 shows the outcomes requested only. Other outcome types have not been included, so "
     "the figures will not add up to the number of offences recorded."],
    ["Monthly figures for April to June 2023 are provisional."],
]


def build():
    with open(HERE / "reply.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in ROWS:
            w.writerow(row + [""] * (WIDTH - len(row)))


if __name__ == "__main__":
    build()
