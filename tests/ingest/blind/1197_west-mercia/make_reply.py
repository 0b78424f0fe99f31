"""Build reply.csv for the West Mercia Police FOI reply (invented test material).

Run with: /work/main/.venv/bin/python make_reply.py
Written as the force's export would be: Windows-1252, CRLF line ends, title and note lines
around the tables, and the year header over the first column of each Female/Male pair only
(merged cells flattened on export). The output is deterministic.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 7  # columns in the widest table

rows = [
    ["West Mercia Police \u2013 Freedom of Information Disclosure"],
    ["Reference: WMP-FOI-25-00518"],
    ["Date of response: 14/02/2025"],
    ["Request: \u201cPlease provide the number of victims aged under 18 of sexual offences "
     "recorded by West Mercia Police in each of the calendar years 2022, 2023 and 2024, by "
     "gender and by age band at the time of the offence, and state how many of the crimes "
     "were flagged as online.\u201d"],
    [],
    ["Table 1: Victims aged under 18 of recorded sexual offences, by gender and age band"],
    ["", "2022", "", "2023", "", "2024", ""],
    ["Age band at time of offence", "Female", "Male", "Female", "Male", "Female", "Male"],
    ["0-12", "188", "121", "201", "133", "176", "127"],
    ["13-15", "342", "64", "365", "72", "351", "66"],
    ["16-17", "97", "11", "104", "8", "112", "14"],
    ["Not recorded", "<5", "<5", "6", "<5", "5", "<5"],
    ["Total", "630", "198", "676", "215", "644", "208"],
    [],
    ["Table 2: Crimes in Table 1 flagged as online (cyber-enabled)"],
    ["Calendar year", "Crimes flagged online"],
    ["2022", "161"],
    ["2023", "188"],
    ["2024", "203"],
    [],
    ["Notes"],
    ["1. Data extracted from the force crime recording system (Athena) on 10/02/2025. 2024 "
     "figures are provisional."],
    ["2. Table 1 counts victims: a crime with more than one victim aged under 18 is counted "
     "once for each victim. Table 2 counts crimes."],
    ["3. Victims whose gender was not recorded are not included in Table 1."],
    ["4. To protect the identity of victims, numbers fewer than 5 are shown as <5. Totals "
     "include these figures."],
    ["5. Figures are based on the date the crime was recorded, not the date it was committed."],
]

buf = io.StringIO(newline="")
writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    writer.writerow(r + [""] * (W - len(r)))

with open(OUT, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
