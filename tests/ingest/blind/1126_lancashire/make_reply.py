"""Build reply.csv: the CSV attachment sent with Lancashire Constabulary FOI 2024/1873.

Saved from Excel as 'CSV (Comma delimited)': Windows-1252, CRLF line ends, every row padded
with commas to the width of the widest row. Deterministic: no dates are generated here.
Run with /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 6

rows = [
    ["Lancashire Constabulary - Freedom of Information Request 2024/1873"],
    ["Table 1: Suspects recorded against Home Office code 86/2 offences (take, make or distribute indecent photographs of children) by age of suspect at time of offence"],
    ["Calendar years 2020 to 2024 (2024 = 1 January to 30 June)"],
    [],
    ["Suspect age (years)", "2020", "2021", "2022", "2023", "2024 (01/01/24 \u2013 30/06/24)"],
    ["10 - 17", "N/H", "38", "44", "52", "23"],
    ["18 - 29", "N/H", "61", "57", "66", "31"],
    ["30 - 49", "N/H", "74", "81", "70", "35"],
    ["50 and over", "N/H", "29", "33", "27", "14"],
    ["Not recorded", "N/H", "12", "9", "<5", "<5"],
    ["Total", "N/H", "214", "224", "218", "105"],
    [],
    ["Table 2: Outcomes of Home Office code 86/2 crimes recorded 01/01/2021 \u2013 30/06/2024"],
    [],
    ["Outcome", "Number of crimes"],
    ["Charged/Summonsed", "231"],
    ["Youth Caution", "14"],
    ["Adult Caution", "9"],
    ["Community Resolution", "22"],
    ["Outcome 15 \u2013 Evidential difficulties (suspect identified, victim supports action)", "97"],
    ["Outcome 21 \u2013 Further investigation not in the public interest (Police decision)", "41"],
    ["Other outcomes", "64"],
    ["Under investigation", "84"],
    ["Total", "562"],
    [],
    ["Notes"],
    ["1. N/H = not held. Suspect age was not captured in a reportable field before the force\u2019s current crime recording system went live in January 2021. Figures for 2020 are therefore not held."],
    ["2. <5 = a figure below five. Figures below five have been replaced with <5 to reduce the risk of identifying individuals. Totals include these figures."],
    ["3. Table 1 counts suspects, not crimes: one crime can have more than one suspect, and a suspect can be linked to more than one crime. Table 2 counts crimes, by the outcome recorded on the crime at the time of extraction. The two tables will not match."],
    ["4. 'Other outcomes' includes outcomes 5, 9, 10, 12, 14, 16, 18 and 20 and crimes transferred to another force."],
    ["5. Data extracted 15/07/2024. Crime data is live and may change as investigations progress."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))
with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
