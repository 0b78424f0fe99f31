"""Build reply.csv: a Police Scotland FOI data export (Windows-1252, CRLF, title and notes rows).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: no dates are taken from the clock.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

W = 7  # columns in the sheet the export came from

rows = [
    ["Police Scotland - Freedom of Information Response"],
    ["Our Reference: IM-FOI-2025-0731"],
    ["Date of Response: 25/04/2025"],
    ["Recorded and detected Group 2 sexual crimes against children - Scotland"],
    ["Financial years 2021/22 \u2013 2023/24"],
    [],
    ["", "2021/22", "", "2022/23", "", "2023/24", ""],
    ["Crime", "Recorded", "Detected", "Recorded", "Detected", "Recorded", "Detected"],
    ["Rape of a young child (under 13)", "148", "96", "162", "101", "171", "88"],
    ["Sexual assault on a young child (under 13)", "612", "402", "655", "431", "698", "447"],
    ["Communicating indecently with a young or older child", "893", "610", "941", "655", "1007", "702"],
    ["Grooming of a child for the purposes of sexual offences", "31", "24", "22", "19", "27", "21"],
    ["Paying for sexual services of a child", "3", "2", "-", "1", "4", "3"],
    ["Total", "1687", "1134", "1780", "1207", "1907", "1261"],
    [],
    ["Of which recorded with cyber-enabled marker (all crimes above)", "N/H", "", "412", "", "468", ""],
    [],
    ["Notes"],
    ["1. Question 1 asked for the number of sexual crimes recorded where the victim was a child, by crime type, and the number detected, for the last three financial years. Question 2 asked how many of these were committed online."],
    ["2. All statistics are provisional and should be treated as management information. All data have been extracted from Police Scotland internal systems and are correct as at 08/04/2025."],
    ["3. A crime is regarded as detected where there is a sufficiency of evidence under Scots law to justify consideration of criminal proceedings. Detections may relate to crimes recorded in a previous year, so a crime type can show a detection in a year in which none was recorded."],
    ["4. '-' denotes nil."],
    ["5. Crime types are those of Group 2 (Sexual Crimes) of the Scottish Government Justice Department crime classification which by definition involve a child victim, recorded under the Sexual Offences (Scotland) Act 2009 and the Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005. 'Young child' means a child under 13 and 'older child' a child aged 13 to 15."],
    ["6. Question 2: the cyber-enabled marker was introduced on the national crime recording system on 1 April 2022. Crimes recorded before that date cannot be identified as cyber-enabled without examining every crime report, and in terms of Section 17 of the Freedom of Information (Scotland) Act 2002 this information is not held for 2021/22 (shown as N/H)."],
    ["7. The marker is applied where the crime was committed, wholly or in part, through a computer, computer network or other computer-enabled device. A crime may involve more than one platform or device; no breakdown by platform is held."],
]

buf = io.StringIO(newline="")
writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    writer.writerow(r + [""] * (W - len(r)))

with open(os.path.join(HERE, "reply.csv"), "wb") as fh:
    fh.write(buf.getvalue().encode("cp1252"))
