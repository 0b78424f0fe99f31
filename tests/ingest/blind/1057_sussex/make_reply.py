"""Build reply.csv (Sussex Police FOI export) deterministically.

Windows-1252, CRLF line endings, no BOM, Excel-style trailing commas on title and note lines.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 6  # columns in the export

rows = [
    ["Sussex Police - Freedom of Information Act 2000"],
    ["Request reference: SP-FOI-1307-24"],
    ["Date of response: 05/07/2024"],
    [],
    ["Q1 - Sexual offences recorded where the victim was aged under 18 at the time of the offence"],
    ["Financial years 2021/22 to 2023/24 (1 April 2021 \u2013 31 March 2024)"],
    [],
    ["HO Code", "Offence description", "2021/22", "2022/23", "2023/24", "Total"],
    ["019D", "Rape of a female child under 16", "96", "104", "111", "311"],
    ["019E", "Rape of a female child under 13", "71", "66", "78", "215"],
    ["020A", "Sexual assault on a female aged 13 and over, victim under 18 (see note 2)", "284", "301", "296", "881"],
    ["020B", "Sexual assault on a female child under 13", "139", "152", "147", "438"],
    ["022B", "Sexual activity involving a child under 16", "208", "219", "236", "663"],
    ["071/17", "Sexual communication with a child (see note 3)", "118", "127", "141", "386"],
    ["Total", "", "916", "969", "1009", "2894"],
    [],
    ["Q2 - Of the crimes in Q1, the number with the online (cyber) flag applied"],
    ["", "", "2021/22", "2022/23", "2023/24"],
    ["Online flag", "All offences in Q1", "203", "221", "248"],
    [],
    ["Q3 - Apps / platforms used in offences of sexual communication with a child (071/17)"],
    ["", "", "2021/22", "2022/23", "2023/24"],
    ["Platform", "", "See note 4", "See note 4", "See note 4"],
    [],
    ["Notes"],
    ["1. Data extracted from Niche RMS on 19/06/2024. Figures are crimes recorded, not victims, "
     "and are taken from a live system so may change."],
    ["2. 020A \u2013 only crimes where the victim was aged 13\u201317 at the time of the offence are included."],
    ["3. The 2022/23 figure for 071/17 shown above replaces the figure of 131 provided in our response to "
     "SP-FOI-0988-23. A number of crimes were reclassified to other offence codes following a data quality audit."],
    ["4. Q3 \u2013 exempt under Section 12(1) FOIA. The platform used is not a searchable field and is "
     "recorded only in free text. Reviewing each 071/17 crime shown above at an estimated 3 minutes per "
     "crime would take in excess of 19 hours, which exceeds the appropriate limit of 18 hours (\u00a3450)."],
]


def build():
    with open(OUT, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))


if __name__ == "__main__":
    build()
