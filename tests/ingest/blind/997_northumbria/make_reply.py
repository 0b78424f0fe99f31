"""Build reply.csv for the invented Northumbria Police FOI reply 2871/24.

Run with /work/main/.venv/bin/python make_reply.py. Writes an Excel-style CSV export:
Windows-1252 encoding, no BOM, CRLF line ends, every row padded to the width of the
widest table (5 columns), title and notes lines above and below the tables.
Deterministic: no dates or random values are generated at run time.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 5

rows = [
    ["Northumbria Police \u2013 Freedom of Information"],
    ["Request reference: 2871/24"],
    ["Sexual offences recorded where the victim was aged under 18 at the time of the offence"],
    ["Financial years 2021/22 to 2023/24, and 2024/25 from 1 April 2024 to 30 September 2024"],
    [],
    ["Table 1 \u2013 Recorded offences by victim gender"],
    ["Financial Year", "Female", "Male", "Not recorded", "Total"],
    ["2021/22", "1184", "287", "9", "1480"],
    ["2022/23", "1242", "301", "[c]", "1546"],
    ["2023/24", "1197", "276", "6", "1479"],
    ["2024/25 (Apr\u2013Sep)", "583", "139", "[c]", "724"],
    [],
    ["Table 2 \u2013 Recorded offences with the online (cyber) flag"],
    ["Financial Year", "Online flag"],
    ["2021/22", "214"],
    ["2022/23", "238"],
    ["2023/24", "251"],
    ["2024/25 (Apr\u2013Sep)", "127"],
    [],
    ["Table 3 \u2013 Platform/app recorded on online flagged offences (see note 3)"],
    ["Platform", "2023/24", "2024/25 (Apr\u2013Sep)"],
    ["Snapchat", "71", "38"],
    ["Instagram", "34", "19"],
    ["WhatsApp", "29", "12"],
    ["Facebook", "18", "7"],
    ["Discord", "[c]", "[c]"],
    ["Other", "30", "13"],
    ["Not recorded", "66", "36"],
    ["Total", "251", "127"],
    [],
    ["Notes"],
    ["1. [c] \u2013 a value between 1 and 4 that has been suppressed to reduce the risk of "
     "identifying a victim. Totals include suppressed values."],
    ["2. An offence is counted once, in the financial year it was recorded, where the victim "
     "was under 18 when the offence took place. Offences with more than one victim are counted "
     "once for each victim."],
    ["3. The platform/app field was added to the crime record on 1 April 2023. Platform "
     "information is not held for offences recorded in 2021/22 or 2022/23."],
    ["4. Where more than one platform was recorded, only the first has been counted."],
    ["5. 'Other' includes platforms each recorded on fewer than 10 offences in both years, "
     "for example online gaming chat and dating apps."],
    ["6. Data extracted from the crime recording system on 4 November 2024. Figures for "
     "2024/25 are provisional and may change."],
]


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r + [""] * (WIDTH - len(r)))
    with open(OUT, "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
