"""Build reply.csv: West Mercia Police FOI data attachment, as exported from Excel
(UTF-8 with BOM, CRLF line endings, every row padded to the full width).

Run with /work/main/.venv/bin/python make_reply.py from this folder; the output is
deterministic.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 8

rows = [
    ["West Mercia Police"],
    ["Freedom of Information Request FOI-2024-00217"],
    ["Sexual offences recorded where the victim was aged under 18, by Home Office offence code and online flag"],
    ["Financial years 2021/22 to 2023/24 (2023/24 to 31/01/2024)"],
    [],
    ["HO Code", "Offence Description", "2021/22", "", "2022/23", "", "2023/24", ""],
    ["", "", "All offences", "Online flag", "All offences", "Online flag", "All offences", "Online flag"],
    ["017B", "Sexual assault on a male child under 13", "34", "*", "29", "*", "25", "*"],
    ["019E", "Rape of a female child under 13", "41", "*", "45", "*", "38", "*"],
    ["020B", "Sexual assault on a female child under 13", "88", "11", "97", "14", "79", "10"],
    ["022B", "Sexual activity involving a child under 13", "52", "13", "61", "17", "44", "12"],
    ["071/17", "Sexual communication with a child", "117", "109", "132", "126", "104", "98"],
    ["Total", "", "332", "138", "364", "164", "290", "123"],
    [],
    ["Notes:"],
    ["1. Data extracted from the force crime recording system on 05/02/2024. Figures are subject to change as crimes are reclassified or cancelled."],
    ["2. 2023/24 is a part year covering 01/04/2023 to 31/01/2024."],
    ["3. Financial years run from 1 April to 31 March."],
    ["4. Online flag = crimes where the online crime flag was applied because the offence was committed, in full or in part, through a computer, computer network or other computer-enabled device."],
    ["5. * = fewer than 5 offences. Figures fewer than 5 have been suppressed in line with West Mercia Police disclosure guidance. Totals include the suppressed figures."],
    ["6. The offences shown are those where the victim is a child by definition; no age breakdown has been applied."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))

with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
print("wrote", OUT)
