"""Build reply.csv (MPS FOI data attachment) deterministically.

The file is written the way an Excel "Save as CSV" from a Windows desktop
comes out: Windows-1252 encoding (no BOM), CRLF line endings, every row padded
to the width of the widest table, fields with commas in double quotes.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 6

rows = [
    ["Metropolitan Police Service - Freedom of Information Request Ref: 01/FOI/25/048213"],
    ["Sexual offences against children \u2013 offences recorded by the MPS, financial years 2021-22 to 2024-25"],
    [],
    ["Table 1: Sexual Communication with a Child (Home Office Offence Code 71/17) \u2013 offences by victim gender"],
    ["Financial Year", "Female", "Male", "Unknown", "Total", "Online Flag"],
    ["2021-22", "612", "143", "38", "793", "702"],
    ["2022-23", "668", "151", "29", "848", "751"],
    ["2023-24", "701", "172", "41", "914", "809"],
    ["2024-25", "655", "160", "52", "867", "N/H"],
    ["Total", "2,636", "626", "160", "3,422", ""],
    [],
    ["Table 2: Take, make or distribute indecent photographs of children (Home Office Offence Code 86/2)"],
    ["Financial Year", "Offences", "Online Flag"],
    ["2021-22", "2,147", "1,938"],
    ["2022-23", "2,318", "2,101"],
    ["2023-24", "2,460", "2,219"],
    ["2024-25", "2,295", "N/H"],
    [],
    ["Notes:"],
    ["1. Data is based on the financial year in which the offence was recorded (1 April to 31 March)."],
    ["2. Data for 2021-22 to 2023-24 is taken from the Crime Recording Information System (CRIS). During 2024-25 the MPS replaced CRIS with the Connect system; figures for 2024-25 combine both systems."],
    ["3. N/H = Not held. The online (cyber) flag was not carried across to Connect in a form that can be reported on, so online flag figures cannot be provided for 2024-25."],
    ["4. 'Unknown' includes victims whose gender was not recorded or was recorded as not stated."],
    ["5. Crime data is dynamic and figures may differ from those previously published or provided in response to other requests."],
    ["Source: MPS Performance & Insight \u2013 data extracted 03/06/2025"],
]

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))
with open(OUT, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
