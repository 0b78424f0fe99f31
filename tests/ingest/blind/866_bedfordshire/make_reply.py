"""Build reply.csv: Bedfordshire Police FOI data attachment (CSV export, UTF-8 with BOM)."""
import csv
from pathlib import Path

OUT = Path(__file__).with_name("reply.csv")

DESC = ("Take, make, distribute or publish indecent photographs "
        "or pseudo-photographs of children")

rows = [
    ["Bedfordshire Police", "", "", "", ""],
    ["Freedom of Information Act 2000 - Disclosure data", "", "", "", ""],
    ["Reference", "FOI 24-1873", "", "", ""],
    ["Request received", "23/09/2024", "", "", ""],
    ["Date of response", "18/10/2024", "", "", ""],
    ["Data source", "Athena crime recording system", "", "", ""],
    ["Date of extraction", "14/10/2024", "", "", ""],
    ["", "", "", "", ""],
    ["Table 1: Crimes of taking/making/distributing indecent images of children (HO 086/02) "
     "where a suspect was aged under 18 at the time of the offence, by financial year of recording", "", "", "", ""],
    ["Financial Year", "HO Offence Code", "Offence Description", "Suspect Age Band", "Number of Crimes"],
]

table1 = {
    "2021-22": ["<5", "11", "17", "31"],
    "2022-23": ["6", "15", "19", "40"],
    "2023-24": ["<5", "18", "22", "44"],
}
bands = ["10 - 13", "14 - 15", "16 - 17", "Total"]
for fy, vals in table1.items():
    for band, v in zip(bands, vals):
        rows.append([fy, "086/02", DESC, band, v])

rows += [
    ["", "", "", "", ""],
    ["Table 2: Outcomes recorded for the crimes in Table 1", "", "", "", ""],
    ["Outcome", "2021-22", "2022-23", "2023-24", ""],
    ["Charged/Summonsed", "5", "<5", "<5", ""],
    ["Youth Caution", "<5", "<5", "", ""],
    ["Community Resolution", "7", "9", "6", ""],
    ["Outcome 21 - Further investigation not in the public interest (police decision)", "<5", "6", "<5", ""],
    ["Outcome 22 - Diversionary, educational or intervention activity", "9", "12", "10", ""],
    ["Investigation ongoing (no outcome yet)", "", "<5", "13", ""],
    ["", "", "", "", ""],
    ["Notes", "", "", "", ""],
    ["1. A crime with more than one suspect aged under 18 is counted once, against the age band of the youngest suspect.", "", "", "", ""],
    ["2. Figures less than 5 are shown as <5 to reduce the risk that individuals could be identified.", "", "", "", ""],
    ["3. A blank cell means no crimes were recorded in that category.", "", "", "", ""],
    ["4. Only the outcomes asked for are shown. Other outcomes (e.g. evidential difficulties) are not included, so Table 2 will not sum to the totals in Table 1.", "", "", "", ""],
    ["5. Data is taken from a live system and may change \u00e2\u20ac\u201c figures may not match those published by the Home Office.", "", "", "", ""],
]

with OUT.open("w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerows(rows)
print(f"wrote {OUT}")
