"""Build reply.csv: the CSV attachment sent by South Yorkshire Police with FOI 2024/0457.

Run from this folder:  /work/main/.venv/bin/python make_reply.py
The output is written byte for byte (UTF-8 with BOM, CRLF line endings, rows padded
with empty cells the way a spreadsheet "Save as CSV" pads them).
"""
import csv
import io
from pathlib import Path

WIDTH = 6

rows = [
    ["South Yorkshire Police"],
    ["Freedom of Information Request FOI 2024/0457"],
    ["Sexual offences against children - recorded crimes by Home Office offence code, 2020/21 \u00e2\u20ac\u201c 2022/23"],
    ["Date of response: 12/04/2024", "", "", "", "", ""],
    ["Data extracted: 08/04/2024"],
    [],
    ["HO Code", "Offence", "2020/21", "2021/22", "2022/23", "Total"],
    ["019D", "Rape of a female child under 16", "121", "133", "129", "383"],
    ["019E", "Rape of a female child under 13", "88", "97", "104", "289"],
    ["019G", "Rape of a male child under 16", "14", "11", "17", "42"],
    ["019H", "Rape of a male child under 13", "<5", "6", "<5", "13"],
    ["020B", "Sexual assault on a female child under 13", "203", "231", "248", "682"],
    ["021", "Sexual activity involving a child under 13", "47", "52", "61", "160"],
    ["022B", "Sexual activity involving a child under 16", "96", "104", "117", "317"],
    ["Total", "", "572", "634", "680", "1886"],
    [],
    ["Of the above, number of crimes flagged as online (cyber-enabled)"],
    ["", "", "2020/21", "2021/22", "2022/23", "Total"],
    ["Online flag", "", "71", "84", "97", "252"],
    [],
    ["Notes"],
    ["1. Figures of fewer than 5 have been shown as \"<5\" in order to reduce the risk of a victim being identified."],
    ["2. Totals include all crimes, including those shown as <5."],
    ["3. Financial years run from 1 April to 31 March."],
    ["4. A crime can only be recorded under one Home Office code, so each crime is counted once. Figures are recorded crimes, not victims."],
    ["5. Data is taken from a live crime recording system and may differ slightly from figures published elsewhere."],
]

buf = io.StringIO()
writer = csv.writer(buf, lineterminator="\r\n")
for row in rows:
    writer.writerow(row + [""] * (WIDTH - len(row)))
Path("reply.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
