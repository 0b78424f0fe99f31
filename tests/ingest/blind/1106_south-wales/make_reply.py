"""Build reply.csv: the CSV attachment South Wales Police sent with FOI 731/24.

Excel-style export: Windows-1252, CRLF line endings, rows padded with commas
to the width of the table. Deterministic: no dates or randomness are generated.
Run with /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

WIDTH = 6
rows = [
    ["South Wales Police / Heddlu De Cymru"],
    ["Freedom of Information Request Ref: 731/24"],
    ["Recorded sexual offences against children, selected Home Office offence codes"],
    ["Period: 1 January 2021 \u2013 31 May 2024 (2024 is a part year)"],
    [],
    ["HO Code", "Offence description", "2021", "2022", "2023", "2024 (Jan\u2013May)"],
    ["019E", "Rape of a female child under 13", "58", "64", "71", "27"],
    ["019H", "Rape of a male child under 13", "14", "*", "11", "*"],
    ["020B", "Sexual assault on a female child under 13", "142", "157", "149", "61"],
    ["017B", "Sexual assault on a male child under 13", "46", "39", "52", "18"],
    ["071/17", "Sexual communication with a child", "131", "148", "163", "70"],
    ["073", "Abuse of position of trust of a sexual nature", "6", "-", "*", "-"],
    ["Total", "", "397", "411", "450", "178"],
    [],
    ["Of which Online flag applied", "", "149", "171", "188", "79"],
    [],
    ["Notes:"],
    ["* denotes a figure between 1 and 4 which has been suppressed to prevent the identification of individuals."],
    ["- denotes nil."],
    ["Totals include suppressed values."],
    ["Online flag: offences where the internet or an internet-enabled device was used in the commission of the crime (all codes above combined)."],
    ["Data extracted from Niche RMS on 10/06/2024, counted by date crime recorded. Figures are provisional and subject to change."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
