"""Build reply.csv for 977_hertfordshire (invented Hertfordshire Constabulary FOI export).

Run with: /work/main/.venv/bin/python make_reply.py
Writes Windows-1252, CRLF line endings, no BOM. Deterministic (no dates taken from the clock).
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")

Q = {1: "Q1 (Apr\u2013Jun)", 2: "Q2 (Jul\u2013Sep)", 3: "Q3 (Oct\u2013Dec)", 4: "Q4 (Jan\u2013Mar)"}

quarterly = [
    ("2022/23", [(1, 231, 44), (2, 247, 52), (3, 219, 39), (4, 238, 47)], "2022/23 Total"),
    ("2023/24", [(1, 252, 50), (2, 266, 58), (3, 241, 46), (4, 259, 55)], "2023/24 Total"),
    ("2024/25", [(1, 270, 61), (2, 281, 63), (3, 255, 57)], "2024/25 Total (to 31/12/2024)"),
]

gender = [
    ("2022/23", "139", "40", "[c]"),
    ("2023/24", "160", "49", "0"),
    ("2024/25 (to 31/12/2024)", "137", "41", "[c]"),
]

rows = [
    ["Hertfordshire Constabulary", "", "", ""],
    ["Freedom of Information Request FOI-2025-0418", "", "", ""],
    ["Sexual offences recorded where the victim was aged under 18 at the time of the offence, by quarter, "
     "and the number carrying the online (cyber) flag", "", "", ""],
    ["Period: 1 April 2022 \u2013 31 December 2024", "", "", ""],
    ["", "", "", ""],
    ["Financial Year", "Quarter", "Offences recorded (victim under 18)", "Of which online flagged"],
]
for fy, qs, tot_label in quarterly:
    for q, n, onl in qs:
        rows.append([fy, Q[q], str(n), str(onl)])
    rows.append([tot_label, "", str(sum(x[1] for x in qs)), str(sum(x[2] for x in qs))])
rows += [
    ["", "", "", ""],
    ["Online flagged offences by victim gender", "", "", ""],
    ["Financial Year", "Female", "Male", "Unknown"],
]
for g in gender:
    rows.append(list(g))
rows += [
    ["", "", "", ""],
    ["Notes", "", "", ""],
    ["1. Data extracted from Athena on 10/03/2025. Figures are crimes recorded in the period and are "
     "subject to change as investigations progress.", "", "", ""],
    ["2. A crime is included where at least one victim was aged under 18 at the time of the offence. "
     "Offences are those in the Home Office \u2018Sexual offences\u2019 group.", "", "", ""],
    ["3. [c] = a value between 1 and 4, suppressed to reduce the risk of identifying individuals.", "", "", ""],
    ["4. The 2022/23 Q2 (Jul\u2013Sep) figure for offences recorded has been revised from 243, as given in our "
     "response to FOI-2024-1172, following a crime data integrity audit.", "", "", ""],
    ["5. \u2018Unknown\u2019 = victim gender not recorded.", "", "", ""],
]

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r)
with open(OUT, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
