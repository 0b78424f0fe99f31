"""Builds reply.csv: the CSV attachment sent with West Midlands Police FOI 2811A/24.

Written the way an Excel 'Save as CSV' export from a Windows desktop comes out:
Windows-1252 encoding (en dashes are byte 0x96), CRLF line endings, no BOM, every
row padded to the same number of commas. Deterministic: no timestamps are written.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = 5  # columns in the sheet

rows = [
    ["West Midlands Police \u2013 Freedom of Information"],
    ["Request reference: 2811A/24"],
    ["Indecent images of children \u2013 Home Office offence code 86/2 (take, make, distribute or publish indecent photographs of children)"],
    ["Crimes recorded 01/04/2021 \u2013 31/03/2024, by financial year"],
    [],
    ["Table 1 \u2013 Crimes recorded and crimes with the Online flag"],
    ["", "2021/22", "2022/23", "2023/24", "Total"],
    ["Crimes recorded", "1167", "1054", "1212", "3433"],
    ["Crimes with Online flag", "1002", "896", "1057", "2955"],
    [],
    ["Table 2 \u2013 Suspects linked to the crimes in Table 1, by age at time of offence"],
    ["Age group", "2021/22", "2022/23", "2023/24"],
    ["10 \u2013 17", "214", "228", "263"],
    ["18 \u2013 24", "187", "172", "201"],
    ["25 \u2013 39", "296", "281", "309"],
    ["40 \u2013 59", "211", "197", "226"],
    ["60+", "63", "58", "71"],
    ["Not known", "<5", "9", "<5"],
    ["Total", "975", "945", "1073"],
    [],
    ["Notes"],
    ["1. Figures below 5 are shown as <5 to reduce the risk of identifying individuals. Totals include these figures."],
    ["2. A crime can have more than one suspect and one suspect can be linked to more than one crime, so the suspect totals in Table 2 will not match the crime totals in Table 1."],
    ["3. The Online flag is applied where the offence was committed wholly or partly online; it depends on the flag being added at the time of recording."],
    ["4. Age is calculated from the date of birth held on the suspect's record and the date the offence was committed. Where no date of birth is held the age is shown as 'Not known'."],
    ["5. Data extracted from the force crime recording system on 14/10/2024. Figures are live and may differ slightly from those published elsewhere."],
]

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (W - len(r)))

with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
