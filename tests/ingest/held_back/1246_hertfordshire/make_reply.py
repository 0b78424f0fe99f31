"""Builds reply.csv: the CSV attachment sent with Hertfordshire Constabulary FOI 01093/24.

Saved from Excel as 'CSV (Comma delimited)': Windows-1252, CRLF line ends, every row padded
with commas to the width of the widest row. Deterministic: no dates are taken from the clock.
Run with /work/main/.venv/bin/python (or any Python 3).
"""
import csv
import io
import os

WIDTH = 6

rows = [
    ["Hertfordshire Constabulary"],
    ["Freedom of Information Request – FOI 01093/24"],
    ["Sexual grooming (88A) and sexual communication with a child (71/17) – crimes recorded 01/01/2021 to 30/09/2024"],
    [],
    ["Table 1 – Crimes recorded by calendar year"],
    ["Year", "HO Code", "Offence", "Crimes recorded", "Of which online flag"],
    ["2021", "88A", "Sexual grooming", "38", "29"],
    ["2021", "71/17", "Sexual communication with a child", "176", "161"],
    ["2022", "88A", "Sexual grooming", "44", "35"],
    ["2022", "71/17", "Sexual communication with a child", "203", "188"],
    ["2023", "88A", "Sexual grooming", "51", "40"],
    ["2023", "71/17", "Sexual communication with a child", "189", "172"],
    ["2024 (Jan–Sep)", "88A", "Sexual grooming", "27", "21"],
    ["2024 (Jan–Sep)", "71/17", "Sexual communication with a child", "131", "120"],
    ["Total", "88A", "Sexual grooming", "160", "125"],
    ["Total", "71/17", "Sexual communication with a child", "699", "641"],
    [],
    ["Table 2 – Suspects linked to the crimes in Table 1 (88A and 71/17 combined) by age at time of offence"],
    ["Suspect age", "2021", "2022", "2023", "2024 (Jan–Sep)"],
    ["Under 18", "27", "35", "30", "22"],
    ["18 and over", "141", "150", "162", "98"],
    ["Not recorded", "1-4", "9", "1-4", "6"],
    ["Total", "171", "194", "194", "126"],
    [],
    ["Notes"],
    ["1. Data extracted from the force crime recording system on 14/10/2024. Figures are provisional and may change as investigations progress."],
    ["2. Crimes are counted by the date on which they were recorded, not the date on which the offence took place."],
    ["3. The online flag is applied where the crime was committed wholly or partly through a computer, network or other internet-enabled device."],
    ["4. Values between 1 and 4 have been shown as \"1-4\" to reduce the risk of individuals being identified."],
    ["5. A suspect is counted once for each crime they are linked to. Many crimes have no identified suspect, so suspect totals do not match crime totals."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
