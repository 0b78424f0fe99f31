"""Build reply.csv for Wiltshire Police FOI/2024/1187 (deterministic).

Written as the force's export: Windows-1252, CRLF line endings, title and
notes lines around the table.  Run with /work/main/.venv/bin/python.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = 6  # columns in the export

rows = [
    ["Wiltshire Police - Freedom of Information Request FOI/2024/1187"],
    ["Sexual offences against children (victim aged under 18 at the time of the offence) - crimes recorded by Home Office offence code"],
    ["Source: Niche RMS crime records. Data extracted 21/10/2024"],
    [],
    ["HO Code", "Offence Description", "2022/23", "2023/24", "2024/25 (Apr \u2013 Sep)", "Total"],
    ["019E", "Rape of a female child under 13", "24", "19", "11", "54"],
    ["019H", "Rape of a male child under 13", "<5", "<5", "<5", "9"],
    ["020B", "Sexual assault on a female child under 13", "58", "63", "27", "148"],
    ["017B", "Sexual assault on a male child under 13", "14", "17", "6", "37"],
    ["021", "Sexual activity involving a child under 13", "31", "26", "15", "72"],
    ["022B", "Sexual activity involving child under 16", "97", "104", "49", "250"],
    ["071/17", "Sexual communication with a child", "61", "72", "38", "171"],
    ["Grand Total", "", "288", "305", "148", "741"],
    [],
    ["Of which Cyber/Online flag applied", "", "74", "83", "41", "198"],
    [],
    ["Notes:"],
    ["1. Financial years run from 1 April to 31 March. 2024/25 covers 01/04/2024 \u2013 30/09/2024 only."],
    ["2. Figures of fewer than 5 are shown as <5 to reduce the risk of identifying victims. Totals include these figures."],
    ["3. The Cyber/Online flag is applied where the offence was committed, in full or in part, through a computer, computer network or other internet-enabled device. The row is a subset of the Grand Total."],
    ["4. Data is taken from a live crime recording system and may differ slightly from figures published elsewhere."],
]

buf = io.StringIO(newline="")
wr = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    wr.writerow(r + [""] * (W - len(r)))
with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
