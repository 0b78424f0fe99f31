"""Build reply.csv for 1217_hampshire deterministically.

An Excel-style CSV export: title and notes lines padded with commas to the table width,
Windows-1252 encoding, CRLF line ends, no BOM.
Run with: /work/main/.venv/bin/python make_reply.py  (plain python3 also works)
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 6

rows = [
    ["Hampshire and Isle of Wight Constabulary"],
    ["Freedom of Information Request 25-03981"],
    ["Crimes with a Child Sexual Exploitation (CSE) flag, by Home Office offence code and financial year of recording"],
    [],
    ["HO Code", "Offence", "2021/22", "2022/23", "2023/24", "2024/25"],
    ["019D", "Rape of a female child under 16", "N/H", "14", "17", "11"],
    ["019E", "Rape of a female child under 13", "N/H", "[c]", "6", "[c]"],
    ["020A", "Sexual assault on a female aged 13 and over", "N/H", "9", "12", "8"],
    ["022B", "Sexual activity involving a child under 16", "N/H", "41", "48", "37"],
    ["071", "Abuse of children through sexual exploitation", "N/H", "23", "19", "26"],
    ["071/17", "Sexual communication with a child", "N/H", "18", "22", "15"],
    ["088A", "Sexual grooming", "N/H", "[c]", "5", "7"],
    ["Total", "", "N/H", "109", "129", "107"],
    [],
    ["Of which flagged as online (cyber-enabled)", "", "N/H", "47", "58", "44"],
    [],
    ["Notes:"],
    ["1. N/H \u2013 not held. The force moved to its current records management system in March 2022 and "
     "CSE flags held on the previous system were not migrated, so crimes recorded before 1 April 2022 "
     "cannot be identified as CSE-flagged."],
    ["2. [c] \u2013 figures of 1 to 4 have been suppressed to reduce the risk of identifying victims."],
    ["3. Code 071 excludes crimes recorded under 071/17, which are shown on their own row."],
    ["4. Each crime is counted once, under the Home Office code held at the time of extraction (23/06/2025)."],
    ["5. The online flag is applied where the offence was committed, in full or in part, through a computer, "
     "computer network or other computer-enabled device."],
    ["Source: Hampshire and Isle of Wight Constabulary RMS \u2013 Performance and Insight"],
]

buf = io.StringIO()
wr = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    wr.writerow(r + [""] * (W - len(r)))
with open(OUT, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
