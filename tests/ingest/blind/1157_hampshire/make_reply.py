"""Build reply.csv for 1157_hampshire deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
An invented export attached to an FOI reply: Windows-1252, CRLF line ends, title and notes
lines around the data. References and figures are made up.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
NCOL = 6

TITLE = [
    ["Hampshire and Isle of Wight Constabulary"],
    ["Freedom of Information Request \u2013 Reference HIOW-FOI-24-03318"],
    ["Recorded crimes: sexual communication with a child (HO 071/17) and sexual grooming "
     "(HO 088A), by financial quarter"],
    ["Period: 01/04/2023 \u2013 30/09/2024 (date crime recorded)"],
    ["Source: force Records Management System, extracted 14/10/2024"],
    [],
]

HEADER = ["Financial Year", "Quarter", "HO Code", "HO Offence Description",
          "Crimes Recorded", "Of Which Online Flag"]

Q = ["Q1 (Apr\u2013Jun)", "Q2 (Jul\u2013Sep)", "Q3 (Oct\u2013Dec)", "Q4 (Jan\u2013Mar)"]
SCWC = "Sexual communication with a child"
GROOM = "Sexual grooming"

DATA = [
    ["2023/24", Q[0], "071/17", SCWC, "58", "51"],
    ["2023/24", Q[1], "071/17", SCWC, "64", "57"],
    ["2023/24", Q[2], "071/17", SCWC, "49", "44"],
    ["2023/24", Q[3], "071/17", SCWC, "61", "55"],
    ["2023/24", "Year Total", "071/17", SCWC, "232", "207"],
    ["2024/25", Q[0], "071/17", SCWC, "66", "60"],
    ["2024/25", Q[1], "071/17", SCWC, "53", "47"],
    ["2024/25", "YTD Total (to 30/09/2024)", "071/17", SCWC, "119", "107"],
    ["2023/24", Q[0], "088A", GROOM, "7", "5"],
    ["2023/24", Q[1], "088A", GROOM, "[c]", "[c]"],
    ["2023/24", Q[2], "088A", GROOM, "9", "6"],
    ["2023/24", Q[3], "088A", GROOM, "5", "[c]"],
    ["2023/24", "Year Total", "088A", GROOM, "24", "14"],
    ["2024/25", Q[0], "088A", GROOM, "[c]", "[c]"],
    ["2024/25", Q[1], "088A", GROOM, "6", "[c]"],
    ["2024/25", "YTD Total (to 30/09/2024)", "088A", GROOM, "8", "5"],
]

NOTES = [
    [],
    ["Notes:"],
    ["1. Crimes are counted by the date the crime was recorded, not the date the offence took "
     "place. One crime is counted per victim."],
    ["2. [c] = value suppressed to reduce the risk of identifying a victim. Totals include "
     "suppressed values."],
    ["3. 'Of Which Online Flag' = crimes where the online crime flag was applied at the time "
     "of recording. The flag is applied by the recording officer and may be under-used."],
    ["4. 2024/25 is a part year (1 April 2024 to 30 September 2024)."],
    ["5. Figures are provisional and may change as crimes are reclassified or cancelled."],
]


def pad(row):
    return row + [""] * (NCOL - len(row))


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in TITLE:
        w.writerow(pad(row))
    w.writerow(HEADER)
    for row in DATA:
        w.writerow(row)
    for row in NOTES:
        w.writerow(pad(row))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
