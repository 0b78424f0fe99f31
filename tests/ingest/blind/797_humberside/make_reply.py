"""Build reply.csv: Humberside Police FOI/24/1142, sent as a CSV export.

Run with /work/main/.venv/bin/python make_reply.py ; the output is deterministic.
Written as Excel writes a 'CSV UTF-8' file: byte-order mark, CRLF line ends, every
row padded to the same number of columns.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 8

PART = "2024/25 (01/04/2024 - 30/09/2024)"

ROWS = [
    ["Humberside Police - Information Access Team"],
    ["Freedom of Information Request Ref: FOI/24/1142"],
    ["Date of response: 11/10/2024"],
    ["Data source: Niche RMS. Data extracted 07/10/2024."],
    [],
    ["Q1 & Q2. Crimes recorded with a Child Sexual Exploitation (CSE) flag where the victim "
     "was aged under 18, and the number of these which also carry the Online flag"],
    ["Financial Year", "CSE flagged crimes", "Of which Online flag"],
    ["2020/21", "N/H", "N/H"],
    ["2021/22", "187", "61"],
    ["2022/23", "203", "74"],
    ["2023/24", "219", "88"],
    [PART, "104", "47"],
    ["Total (see note 2)", "713", "270"],
    [],
    ["Q3. Victims of CSE flagged crimes by gender and age at the time of the offence"],
    ["", "Female", "", "", "Male", "", "", "Total"],
    ["Financial Year", "0-12", "13-15", "16-17", "0-12", "13-15", "16-17", ""],
    ["2023/24", "24", "97", "38", "6", "11", "-", "176"],
    [PART, "9", "45", "21", "-", "4", "2", "81"],
    [],
    ["Q4. Number of persons arrested in connection with CSE flagged crimes"],
    ["Financial Year", "Persons arrested"],
    ["2020/21", "N/H"],
    ["2021/22", "58"],
    ["2022/23", "71"],
    ["2023/24", "66"],
    [PART, "29"],
    [],
    ["Notes"],
    ["1. N/H = Not held. Humberside Police moved to the Niche records management system on "
     "01/04/2021. The CSE flag was not carried over from the previous crime system when "
     "records were migrated, so crimes recorded in 2020/21 cannot be identified as CSE "
     "flagged and the information for that year is not held."],
    ["2. The totals for Q1 and Q2 cover 2021/22 to 30/09/2024 only and exclude 2020/21."],
    ["3. - denotes nil."],
    ["4. Q3 counts each victim once per financial year, even where a victim is linked to more "
     "than one crime. The Q3 totals will therefore not match the crime counts at Q1."],
    ["5. Q4 counts each person once per financial year; a person arrested on more than one "
     "occasion in a year is counted once."],
    ["6. All figures are provisional and are taken from a live system; they may differ from "
     "figures published elsewhere."],
]


def build():
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in ROWS:
            w.writerow(row + [""] * (WIDTH - len(row)))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
