"""Build reply.csv (Hampshire and Isle of Wight Constabulary FOI export, invented).

Windows-1252, CRLF line ends, Excel-style padding commas. Deterministic.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 8  # columns in the widest block


def pad(row):
    return list(row) + [""] * (W - len(row))


rows = [
    ["Hampshire and Isle of Wight Constabulary \u2013 Freedom of Information Request"],
    ["Reference: FOI/2025/04127"],
    ["Date of response: 26/09/2025"],
    [],
    ["Q1 \u2013 Crimes recorded by Home Office offence code and victim gender, financial years 2022/23 to 2024/25"],
    ["", "", "2022/23", "", "2023/24", "", "2024/25", ""],
    ["HO Code", "Offence description", "Female", "Male", "Female", "Male", "Female", "Male"],
    ["021", "Sexual activity involving a child under 13", "148", "61", "139", "57", "151", "66"],
    ["022B", "Sexual activity involving a child under 16", "412", "88", "437", "95", "401", "79"],
    ["071/17", "Sexual communication with a child", "203", "34", "226", "41", "198", "29"],
    ["088A", "Sexual grooming", "17", "<5", "12", "6", "9", "<5"],
    ["Total", "", "780", "186", "814", "199", "759", "176"],
    [],
    ["Q2 \u2013 Of the crimes in Q1, the number with the online flag applied"],
    ["Financial year", "Crimes flagged online"],
    ["2022/23", "312"],
    ["2023/24", "341"],
    ["2024/25", "297"],
    [],
    ["Notes"],
    ["1. Data extracted from the force Records Management System on 11/09/2025. Crime data is live and figures may change."],
    ["2. Values of fewer than 5 are shown as <5 to reduce the risk of identifying individuals. Totals include these values."],
    ["3. Crimes where the victim\u2019s gender is not recorded, or where no victim is linked to the crime, are not included in Q1 or Q2."],
    ["4. Q3 (apps or platforms used) \u2013 information not held. The force does not capture the app, website or platform in a structured field and the online flag does not identify the service used."],
    ["5. Please see the covering letter for the full response, including your right to request an internal review."],
]

buf = io.StringIO(newline="")
w = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    w.writerow(pad(r))
with open(OUT, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", OUT)
