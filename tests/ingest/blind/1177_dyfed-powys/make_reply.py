"""Build reply.csv: Dyfed-Powys Police FOI export (invented test material).

Run with: /work/main/.venv/bin/python make_reply.py
Writes Windows-1252 text with CRLF line endings and no BOM, as the force's
reporting tool exports it. Deterministic: no timestamps are generated.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")

EN = "\u2013"  # en dash, 0x96 in Windows-1252

rows = [
    ["Heddlu Dyfed-Powys Police", "", "", "", "", ""],
    ["Cais Rhyddid Gwybodaeth / Freedom of Information Request 0912/25", "", "", "", "", ""],
    ["Dyddiad / Date: 29/08/2025", "", "", "", "", ""],
    [f"Troseddau rhywiol yn erbyn plant / Sexual offences against children {EN} "
     "recorded crimes by Home Office code and financial year", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Cod y Swyddfa Gartref / HO Code", "Trosedd / Offence",
     "2022/23", "2023/24", "2024/25", "Cyfanswm / Total"],
    ["019D", "Rape of a female child under 16", "38", "44", "41", "123"],
    ["019E", "Rape of a female child under 13", "21", "26", "19", "66"],
    ["019G", "Rape of a male child under 16", "3", "-", "2", "5"],
    ["020A", "Sexual assault on a female aged 13 and over (victim under 18)", "112", "127", "118", "357"],
    ["020B", "Sexual assault on a female child under 13", "47", "52", "45", "144"],
    ["022B", "Sexual activity involving a child under 16", "64", "71", "58", "193"],
    ["071/17", "Sexual communication with a child", "59", "68", "74", "201"],
    ["Cyfanswm / Total", "", "344", "388", "357", "1089"],
    ["", "", "", "", "", ""],
    ["", "O'r rhain, baner ar-lein / Of which, online flag", "N/H", "96", "104", ""],
    ["", "", "", "", "", ""],
    ["Nodiadau / Notes", "", "", "", "", ""],
    [f"1. Victim aged under 18 at the time of the offence. Code 020A has been restricted to "
     f"offences where the victim was under 18.", "", "", "", "", ""],
    [f"2. '-' = dim / nil", "", "", "", "", ""],
    [f"3. N/H = heb ei gadw / not held. The force moved to a new crime recording system "
     f"(Niche RMS) in 2023. The online flag for crimes recorded before 1 April 2023 was not "
     f"migrated and cannot be reported.", "", "", "", "", ""],
    [f"4. Data extracted 12/08/2025 from Niche RMS. Crime data is live and may differ from "
     f"figures published elsewhere.", "", "", "", "", ""],
    [f"5. Financial year = 1 April {EN} 31 March.", "", "", "", "", ""],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r)
data = buf.getvalue().encode("cp1252")
with open(OUT, "wb") as f:
    f.write(data)
print("wrote", OUT, len(data), "bytes")
