"""Builds reply.csv: the CSV attachment Norfolk Constabulary sent with FOI 003318/23.

Written as Windows-1252 with CRLF line endings, as exported from Excel.
Deterministic: no timestamps are written. Run with /work/main/.venv/bin/python.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))

rows = [
    ["Norfolk Constabulary \u2013 Freedom of Information Request FOI 003318/23", "", "", "", ""],
    ["Indecent images of children: crimes recorded under Home Office code 86/2 and their outcomes", "", "", "", ""],
    ["Calendar years 2020 to 2022. Source: Athena. Data extracted 09/10/2023.", "", "", "", ""],
    ["", "", "", "", ""],
    ["Table 1 \u2013 Crimes recorded (HO code 86/2)", "", "", "", ""],
    ["Calendar Year", "Crimes Recorded", "", "", ""],
    ["2020", "318", "", "", ""],
    ["2021", "342", "", "", ""],
    ["2022", "297", "", "", ""],
    ["", "", "", "", ""],
    ["Table 2 \u2013 Outcome of crimes recorded (HO code 86/2)", "", "", "", ""],
    ["Outcome", "2020", "2021", "2022", "Total"],
    ["01 \u2013 Charged/Summonsed", "71", "64", "48", "183"],
    ["02 \u2013 Caution \u2013 Youth", "*", "6", "*", "11"],
    ["03 \u2013 Caution \u2013 Adult", "9", "7", "*", "20"],
    ["08 \u2013 Community Resolution", "12", "15", "11", "38"],
    ["15 \u2013 Evidential difficulties (suspect identified, victim supports action)", "44", "51", "37", "132"],
    ["21 \u2013 Not in the public interest (police decision)", "58", "73", "49", "180"],
    ["Other outcome types", "97", "92", "66", "255"],
    ["No outcome yet assigned (under investigation)", "24", "34", "80", "138"],
    ["", "", "", "", ""],
    ["Notes", "", "", "", ""],
    ["1. Crimes are counted in the calendar year in which they were recorded. Outcomes are shown as at the date of extraction, so more of the recent crimes are still under investigation.", "", "", "", ""],
    ["2. To reduce the risk of identifying individuals, numbers from 1 to 4 have been replaced with *. Totals have not been adjusted.", "", "", "", ""],
    ["3. 'Other outcome types' combines all remaining Home Office outcome types recorded against these crimes, including those where no suspect was identified and those where the victim did not support further action.", "", "", "", ""],
    ["4. Code 86/2 covers taking, making, distributing, publishing or showing indecent photographs or pseudo-photographs of children. Possession offences are recorded under a separate code and are not included.", "", "", "", ""],
]

buf = io.StringIO()
writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    writer.writerow(r)

with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
