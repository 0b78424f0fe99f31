"""Build reply.csv: the CSV attachment sent with Leicestershire Police FOI 004417/24.

Deterministic: no timestamps are written; Windows-1252 encoding and CRLF line endings,
as the force's reporting tool exports them.
Run: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

rows = [
    ["Leicestershire Police \u2013 Freedom of Information Request 004417/24", "", "", ""],
    ["Recorded sexual offences against children by Home Office offence code", "", "", ""],
    ["Date of extract: 14/10/2024", "", "", ""],
    ["", "", "", ""],
    ["HO Code", "Offence Description", "2022/23", "2023/24",
     "2024/25 (01/04/2024 \u2013 30/09/2024)"],
    ["019D", "Rape of a female child under 16", "131", "124", "58"],
    ["019E", "Rape of a female child under 13", "88", "102", "47"],
    ["019G", "Rape of a male child under 16", "12", "15", "6"],
    ["019H", "Rape of a male child under 13", "14", "11", "5"],
    ["017B", "Sexual assault on a male child under 13", "38", "44", "19"],
    ["020B", "Sexual assault on a female child under 13", "155", "149", "71"],
    ["022B", "Sexual activity involving a child under 16", "174", "191", "88"],
    ["071/17", "Sexual communication with a child", "109", "134", "62"],
    ["073", "Abuse of position of trust of a sexual nature", "6", "11", "-"],
    ["Total", "", "727", "781", "356"],
    ["", "", "", ""],
    ["Notes:", "", "", ""],
    ["1. Figures are recorded crimes, counted by the date the crime was recorded (not the date it was committed). One crime may involve more than one victim.", "", "", ""],
    ["2. Financial years run from 1 April to 31 March. 2024/25 is a part year, 1 April 2024 \u2013 30 September 2024.", "", "", ""],
    ["3. '-' = nil return (no crimes recorded).", "", "", ""],
    ["4. Offence 073 applies to victims aged under 18; all other offences listed apply to victims aged under 16 or under 13 as stated in the description.", "", "", ""],
    ["5. Data is taken from a live system and may differ from figures published elsewhere, e.g. by the Office for National Statistics.", "", "", ""],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    # saved from Excel: every line is padded to the width of the table
    w.writerow(r + [""] * (5 - len(r)))

with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
