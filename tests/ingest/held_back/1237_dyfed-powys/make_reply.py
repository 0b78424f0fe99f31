"""Builds reply.csv (Dyfed-Powys Police FOI attachment) deterministically.

An Excel-style CSV export: Windows-1252, CRLF line ends, every row padded with
commas to six columns, title and notes lines around two blocks of figures.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 6

rows = [
    ["Heddlu Dyfed-Powys Police"],
    ["Cais Rhyddid Gwybodaeth / Freedom of Information Request – 0741/2025"],
    ["Q1 – Sexual offences against children recorded, by Home Office offence code and financial year"],
    [],
    ["HO Code", "Offence Description", "2022/23", "2023/24", "2024/25", "Total"],
    ["019D", "Rape of a female child under 16", "22", "27", "19", "68"],
    ["019E", "Rape of a female child under 13", "14", "11", "16", "41"],
    ["019H", "Rape of a male child under 13", "*", "5", "*", "11"],
    ["020B", "Sexual assault on a female child under 13", "31", "26", "35", "92"],
    ["021", "Sexual activity involving a child under 13", "18", "23", "20", "61"],
    ["022B", "Sexual activity involving a child under 16", "47", "52", "44", "143"],
    ["071/17", "Sexual communication with a child", "58", "71", "66", "195"],
    ["Total", "", "193", "215", "203", "611"],
    [],
    ["Q2 – Number of the offences above with the online (cyber-enabled) flag applied"],
    ["", "", "2022/23", "2023/24", "2024/25"],
    ["All offences above", "", "N/H", "96", "88"],
    [],
    ["Notes / Nodiadau"],
    ["1. Crimes recorded 01/04/2022 to 31/03/2025, extracted from Niche RMS on 14/05/2025. "
     "Figures are crimes, not victims, and are by the Home Office code on the crime at the date of extraction."],
    ["2. * denotes a figure between 1 and 4. Small figures have been suppressed to reduce the risk of "
     "identifying victims (Section 40(2) FOIA). Totals include the suppressed figures."],
    ["3. N/H = not held. Dyfed-Powys Police moved to the Niche records management system on 03/04/2023. "
     "Crimes recorded on the previous system were migrated without the cyber-enabled marker, so the "
     "number of flagged offences for 2022/23 cannot be produced."],
    ["4. Offence descriptions are the Home Office Counting Rules titles. Codes 019D/019E/019H/020B/021/022B "
     "relate to child victims by definition; 071/17 is recorded within class 071."],
    ["Prepared by: Information Management / Rheoli Gwybodaeth – Disclosure Unit"],
]

buf = io.StringIO(newline="")
wr = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    wr.writerow(r + [""] * (W - len(r)))
data = buf.getvalue().encode("cp1252")
with open(OUT, "wb") as f:
    f.write(data)
print("wrote", OUT, len(data), "bytes")
