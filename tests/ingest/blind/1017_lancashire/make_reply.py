"""Build reply.csv (Lancashire Constabulary FOI data export) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
The file is written as a spreadsheet program saves "CSV": Windows-1252, CRLF line ends,
every row padded with empty fields to the width of the widest row, no BOM.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 7

ROWS = [
    ["Lancashire Constabulary \u2013 Information Access Team"],
    ["Freedom of Information Request FOI/2024/0912"],
    ["Child Sexual Exploitation (CSE) flagged crimes by victim age band and gender, "
     "financial years 2021/22 to 2023/24"],
    [],
    ["", "2021/22", "", "2022/23", "", "2023/24", ""],
    ["Victim age band", "Female", "Male", "Female", "Male", "Female", "Male"],
    ["0\u201310", "14", "*", "11", "*", "9", "5"],
    ["11\u201313", "61", "17", "57", "14", "66", "21"],
    ["14\u201315", "118", "23", "131", "28", "142", "31"],
    ["16\u201317", "52", "*", "60", "*", "71", "12"],
    ["Total", "245", "47", "259", "48", "288", "69"],
    [],
    ["CSE flagged crimes where the online (cyber) flag was also applied"],
    ["Financial year", "Crimes"],
    ["2021\u201322", "97"],
    ["2022\u201323", "112"],
    ["2023\u201324", "134"],
    [],
    ["Notes"],
    ["1. * denotes a figure between 1 and 4. Numbers below 5 have been suppressed to reduce "
     "the risk of identifying individual victims (Section 40(2) FOIA)."],
    ["2. Totals include the suppressed figures."],
    ["3. Figures are crimes recorded in the period that carry a CSE flag, counted by the age "
     "and gender of the victim at the time of the offence. Crimes where the victim\u2019s age "
     "or gender was not recorded are not included in the age/gender table."],
    ["4. Data taken from the force crime recording system on 3 May 2024. Figures are "
     "provisional and may change as crimes are reviewed or reclassified."],
]


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in ROWS:
        w.writerow(list(r) + [""] * (WIDTH - len(r)))
    data = buf.getvalue().encode("cp1252")
    with open(OUT, "wb") as fh:
        fh.write(data)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
