"""Build reply.csv: the CSV a Suffolk Constabulary analyst exported from a crime-data query
for an FOI about offences against children under 13 (rape and sexual assault of a child under
13 and sexual activity involving a child under 13), financial years 2022-23 to 2024-25.
Long ("one row per year and offence") layout as a reporting tool writes it: title lines,
a header row, Home Office codes with leading zeros ('019E', '021'), a 'Total' line after
each year and an 'All years' total, '<5' for small numbers, and numbered notes at the foot.
No byte-order mark; CRLF line ends; every row padded to four fields; fields quoted only
where they contain a comma."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

OFFENCES = [
    ("019E", "Rape of a female child under 13"),
    ("019H", "Rape of a male child under 13"),
    ("020B", "Sexual assault on a female child under 13"),
    ("017B", "Sexual assault on a male child under 13"),
    ("021", "Sexual activity involving a child under 13"),
]
# true values; the small ones are printed as <5
DATA = {
    "2022-23": [38, 3, 71, 17, 29],
    "2023-24": [45, 6, 64, 22, 33],
    "2024-25": [41, 2, 80, 15, 26],
}
TOTALS = {y: sum(v) for y, v in DATA.items()}
assert TOTALS == {"2022-23": 158, "2023-24": 170, "2024-25": 164}, TOTALS
GRAND = sum(TOTALS.values())
assert GRAND == 492

show = lambda v: "<5" if 0 < v < 5 else v

rows = [
    ["Suffolk Constabulary - Freedom of Information Request FOI 002906/25", "", "", ""],
    ["Offences against children under 13 - crimes recorded 01/04/2022 to 31/03/2025", "", "", ""],
    ["", "", "", ""],
    ["Financial Year", "HO Code", "Offence", "Crimes Recorded"],
]
for year, vals in DATA.items():
    for (code, name), v in zip(OFFENCES, vals):
        rows.append([year, code, name, show(v)])
    rows.append([year, "", "Total", TOTALS[year]])
rows.append(["All years", "", "Total", GRAND])
rows.append(["", "", "", ""])
rows += [
    ["Notes:", "", "", ""],
    ["1. Figures of fewer than five have been shown as <5 to reduce the risk that an individual could be identified.", "", "", ""],
    ["2. Totals include all crimes recorded, including those shown as <5.", "", "", ""],
    ["3. Counts are of crimes recorded in the financial year (1 April to 31 March), not of victims or offenders.", "", "", ""],
    ["4. Source: Athena crime recording system, extracted 14/08/2025. Figures may change as crimes are reclassified.", "", "", ""],
]

with open(HERE / "reply.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
print(open(HERE / "reply.csv", encoding="utf-8").read())
