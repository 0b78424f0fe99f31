"""Build reply.csv for 1137_surrey (invented FOI reply).

A spreadsheet export as the force would attach it: title and notes lines,
every row padded to four columns, Windows-1252 encoding, CRLF line ends,
no BOM. Deterministic: run with /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 4  # columns in the sheet

ROWS = [
    ["Surrey Police"],
    ["Freedom of Information Request 2025/FOI/03162"],
    ["Sexual communication with a child (HO code 71/17) and sexual grooming (HO code 88A) "
     "- crimes recorded by quarter, financial years 2023/24 and 2024/25"],
    ["Source: Niche RMS. Data extracted 28/05/2025. Crimes counted by date recorded."],
    [],
    ["Table 1 \u2013 Crimes recorded"],
    ["Financial Year", "Quarter", "71/17 Sexual communication with a child", "88A Sexual grooming"],
    ["2023/24", "Q1 (Apr\u2013Jun)", "38", "5"],
    ["2023/24", "Q2 (Jul\u2013Sep)", "33", "5"],
    ["2023/24", "Q3 (Oct\u2013Dec)", "41", "1-4"],
    ["2023/24", "Q4 (Jan\u2013Mar)", "36", "6"],
    ["2023/24", "Total", "148", "19"],
    ["2024/25", "Q1 (Apr\u2013Jun)", "44", "7"],
    ["2024/25", "Q2 (Jul\u2013Sep)", "39", "1-4"],
    ["2024/25", "Q3 (Oct\u2013Dec)", "47", "5"],
    ["2024/25", "Q4 (Jan\u2013Mar)", "42", "1-4"],
    ["2024/25", "Total", "172", "18"],
    [],
    ["Table 2 \u2013 Outcomes assigned to the crimes in Table 1 (both offence codes combined)"],
    ["HO Outcome", "Description", "2023/24", "2024/25"],
    ["1", "Charged/Summonsed", "24", "17"],
    ["2", "Caution \u2013 youth", "1-4", "0"],
    ["3", "Caution \u2013 adult", "0", "1-4"],
    ["8", "Community resolution", "1-4", "1-4"],
    ["15", "Evidential difficulties \u2013 suspect identified, victim supports action", "22", "14"],
    ["16", "Evidential difficulties \u2013 suspect identified, victim does not support action",
     "41", "33"],
    ["18", "Investigation complete \u2013 no suspect identified", "52", "47"],
    ["Other", "Other outcomes (5, 10, 20, 21, 22)", "5", "1-4"],
    ["-", "Not yet finalised \u2013 under investigation", "19", "73"],
    ["Total", "", "167", "190"],
    [],
    ["Notes:"],
    ["1. Figures between 1 and 4 have been shown as 1-4 to reduce the risk of identifying "
     "victims. Totals are exact and include these figures."],
    ["2. Outcomes are shown as at the date of extraction and may change as investigations "
     "are concluded."],
    ["3. The 2023/24 Q2 figure for 88A has been corrected to 5. Our response to FOI "
     "2024/FOI/02207 gave this figure as 6; the crime concerned has since been reclassified "
     "following a crime data integrity audit."],
    ["4. A crime is counted once, under the offence code it held at the date of extraction."],
]


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in ROWS:
        w.writerow(row + [""] * (W - len(row)))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
