"""Build reply.csv: the CSV attachment Avon and Somerset Constabulary sent with FOI 0417-24.

Deterministic: fixed content, Windows-1252 encoding, CRLF line endings, no BOM.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = 5  # columns in the widest table; title and note rows are padded to this width, as Excel does

P24 = "2024 (to 31/05/2024)"

rows = [
    ["Avon and Somerset Constabulary"],
    ["Freedom of Information Request 0417-24 \u2013 Indecent images of children offences"],
    ["Crimes recorded under Home Office offence code 086/02 (take, make, distribute or publish indecent photographs or pseudo-photographs of children)"],
    ["Period: calendar years 2022 and 2023, and 2024 to date (01/01/2024 \u2013 31/05/2024)"],
    ["Source: Niche RMS via Qlik Sense. Data extracted 04/06/2024. Produced by Performance & Insight for the Information Governance Unit."],
    [],
    ["Table 1: Crimes recorded"],
    ["Measure", "", "2022", "2023", P24],
    ["Crimes recorded", "", "486", "523", "207"],
    ["Of which flagged online (cyber)", "", "441", "479", "192"],
    ["Of which at least one suspect aged under 18 at the time of the offence", "", "97", "118", "44"],
    [],
    ["Table 2: Crimes recorded by outcome (outcome status as at 04/06/2024)"],
    ["HO Outcome", "Outcome description", "2022", "2023", P24],
    ["01", "Charged/Summonsed", "61", "48", "5"],
    ["02", "Caution - youth", "<5", "<5", "-"],
    ["03", "Caution - adult", "7", "<5", "<5"],
    ["15", "Evidential difficulties - named suspect identified, victim supports action", "58", "49", "11"],
    ["18", "Investigation complete - no suspect identified", "39", "31", "9"],
    ["21", "Further investigation not in the public interest", "84", "97", "26"],
    ["Other", "All other outcome types", "102", "88", "17"],
    ["n/a", "Investigation ongoing - no outcome assigned", "132", "204", "138"],
    ["Total", "", "486", "523", "207"],
    [],
    ["Notes"],
    ["1. Numbers fewer than 5 are shown as <5 in line with the Constabulary's approach to small numbers. Totals include these values."],
    ["2. - denotes nil."],
    ["3. Crimes are counted in the year they were recorded. Outcomes are those held on the date of extraction, so crimes recorded in 2024 in particular may not yet have an outcome."],
    ["4. Table 1: the online flag is applied where the offence was committed, in whole or in part, using the internet or other electronic communication."],
    ["5. Figures are provisional and may differ from those published by the Home Office or ONS."],
]

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (W - len(r)))

with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
