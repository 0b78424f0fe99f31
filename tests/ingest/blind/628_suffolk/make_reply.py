"""Build reply.csv: Suffolk Constabulary FOI data attachment, reference FOI 004217/24.

Medium reply (24 figures). Rape of a child under 13 (019E, 019H), sexual activity involving a
child under 13 (021) and under 16 (022B), by victim gender, for FY22/23, FY23/24 and the part
year FY24/25 to 30/09/2024, with a Total row.
Quirks: title/preamble rows above the header and note rows below the data; financial years
written 'FY22/23'; a part-year column; small numbers as 'x' with the rule (1 to 4) stated in a
note; en dashes saved as mojibake ('â€“') as happens when a Windows-1252 export is re-encoded;
a UTF-8 BOM and CRLF line endings as Excel writes them. Gender column blank on the 019E/019H
rows (the code fixes the gender).
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = "â€“"  # en dash as mojibake
# (offence label, gender, [FY22/23, FY23/24, FY24/25 part]) ; None marks a suppressed cell
TRUE = [
    (f"019E {D} Rape of a female child under 13", "", [31, 27, 12]),
    (f"019H {D} Rape of a male child under 13", "", [8, 3, 2]),
    (f"021 {D} Sexual activity involving a child under 13", "Female", [19, 23, 9]),
    (f"021 {D} Sexual activity involving a child under 13", "Male", [6, 4, 5]),
    (f"022B {D} Sexual activity involving child under 16", "Female", [74, 81, 37]),
    (f"022B {D} Sexual activity involving child under 16", "Male", [11, 9, 3]),
    (f"022B {D} Sexual activity involving child under 16", "Unknown", [1, 0, 0]),
]
totals = [sum(r[2][i] for r in TRUE) for i in range(3)]
assert totals == [150, 147, 68], totals


def show(v):
    return "x" if 1 <= v <= 4 else str(v)


rows = [
    [f"Suffolk Constabulary {D} Freedom of Information Request FOI 004217/24"],
    ["Recorded rape and sexual activity offences against children, by victim gender"],
    ["Source: Athena crime recording system. Data extracted 14/10/2024"],
    [],
    ["Offence", "Victim Gender", "FY22/23", "FY23/24", "FY24/25 (to 30/09/24)"],
]
for label, gender, vals in TRUE:
    rows.append([label, gender] + [show(v) for v in vals])
rows.append(["Total", ""] + [str(t) for t in totals])
rows += [
    [],
    ["Notes:"],
    ["x = a figure between 1 and 4 which has been suppressed to reduce the risk of identifying a victim"],
    [f"FY24/25 {D} part year only: 01/04/2024 to 30/09/2024"],
    ["Crimes are counted in the financial year in which they were recorded. Figures are from a live system and subject to change."],
]
with open(HERE / "reply.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
print("wrote", HERE / "reply.csv")
