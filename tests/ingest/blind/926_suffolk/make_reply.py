"""Build reply.csv: the data attachment sent with Suffolk Constabulary's reply to FOI 000876/24.

The force saved it from Excel as "CSV (Comma delimited)", so the file is Windows-1252 with CRLF
line ends and every row padded to the width of the widest row.
Run: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
from pathlib import Path

WIDTH = 7

rows = [
    ["Suffolk Constabulary"],
    ["Freedom of Information Request Reference No: FOI 000876/24"],
    ["Recorded crimes of sexual offences against children aged under 13, by Home Office offence code"],
    ["Calendar year of recording. 2024 is a part year (01/01/2024 to 31/03/2024)"],
    ["Source: Athena. Data extracted 09/04/2024"],
    [],
    ["HO Code", "Offence Description", "2021", "2022", "2023", "2024 (Jan\u2013Mar)", "Total"],
    ["019E", "Rape of a female child under 13", "31", "27", "35", "9", "102"],
    ["019H", "Rape of a male child under 13", "<5", "6", "<5", "<5", "14"],
    ["020B", "Sexual assault on a female child under 13", "58", "64", "71", "15", "208"],
    ["017B", "Sexual assault on a male child under 13", "19", "23", "17", "<5", "62"],
    ["021", "Sexual activity involving a child under 13", "22", "18", "26", "7", "73"],
    ["Total", "", "133", "138", "151", "37", "459"],
    ["", "Of which online (cyber) flag applied", "11", "14", "19", "<5", "46"],
    [],
    ["Notes"],
    ["1. Crimes are counted by the date the crime was recorded, not the date the offence took place."],
    ["2. Any figure below 5 has been replaced with <5 to reduce the risk of identifying victims. "
     "Totals are calculated from the unrounded figures."],
    ["3. The online (cyber) flag is applied where, on the balance of probability, the offence was "
     "committed in full or in part through a computer, computer network or other computer-enabled "
     "device."],
    ["4. Athena is a live system and figures may change as crimes are reclassified or cancelled."],
]

buf = io.StringIO()
writer = csv.writer(buf, lineterminator="\r\n")
for row in rows:
    writer.writerow(row + [""] * (WIDTH - len(row)))

Path(__file__).with_name("reply.csv").write_bytes(buf.getvalue().encode("cp1252"))
