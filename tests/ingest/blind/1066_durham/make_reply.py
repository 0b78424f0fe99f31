"""Build reply.csv for Durham Constabulary FOI 1187/24 (deterministic).

Windows-1252, CRLF line endings, title and notes lines around the table, as exported
from a spreadsheet. Run with /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = [
    ("019D", "Rape of a female child under 16", "38", "42", "29", "109"),
    ("019E", "Rape of a female child under 13", "27", "31", "20", "78"),
    ("019G", "Rape of a male child under 16", "5", "7", "4", "16"),
    ("019H", "Rape of a male child under 13", "9", "6", "-", "15"),
    ("020B", "Sexual assault on a female child under 13", "44", "51", "35", "130"),
    ("022B", "Sexual activity involving a child under 16", "61", "58", "47", "166"),
    ("071/17", "Sexual communication with a child", "33", "40", "26", "99"),
]

W = 6  # columns in the sheet, so every line carries the same number of separators


def pad(cells):
    cells = list(cells)
    return cells + [""] * (W - len(cells))


lines = [
    pad(["Durham Constabulary \u2013 Freedom of Information Request 1187/24"]),
    pad(["Sexual offences recorded where the victim was aged under 18 at the time of the offence"]),
    pad(["Recorded 1 January 2022 \u2013 30 September 2024 (2024 figures are for January to September only)"]),
    pad(["Data extracted 21/10/2024"]),
    pad([]),
    ["HO Code", "Offence Description", "2022", "2023", "2024 (Jan\u2013Sep)", "Total"],
]
lines += [list(r) for r in ROWS]
lines += [
    ["Total", "", "217", "235", "161", "613"],
    pad([]),
    ["", "Of which flagged as online (cyber) offence", "71", "84", "55", "210"],
    pad([]),
    pad(["Notes:"]),
    pad(["1. A dash (-) indicates that no offences were recorded (nil)."]),
    pad(["2. Figures are counts of crimes, not of victims; one crime may involve more than one victim, and one victim may be subject of more than one crime."]),
    pad(["3. Rape of a child aged 13 to 15 is recorded under 019D/019G; rape of a child under 13 is recorded under 019E/019H."]),
    pad(["4. The online (cyber) flag is applied where, on the balance of probability, the offence was committed in full or in part through a computer, computer network or other computer-enabled device."]),
    pad(["5. Crime data is dynamic and figures may change as investigations progress. Figures for 2024 will change as the year completes."]),
]

buf = io.StringIO()
writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for row in lines:
    writer.writerow(row)

with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
