"""Build reply.csv for 1206_cheshire deterministically.

The force's export: Windows-1252 text, CRLF line ends, no BOM, title and note
lines padded with commas to the width of the table (as Excel writes them).
Run with /work/main/.venv/bin/python (or any Python 3).
"""
from pathlib import Path

WIDTH = 6  # columns in the data table

rows = [
    ["Cheshire Constabulary \u2013 Freedom of Information Request 13482"],
    ["Sexual offences against children \u2013 crimes recorded by Home Office offence code"],
    ["Calendar years 2022 to 2024 and 2025 to date (01/01/2025 \u2013 30/06/2025)"],
    ["Date of extract: 07/07/2025"],
    [],
    ["HO Code", "Offence", "2022", "2023", "2024", "2025 (Jan\u2013Jun)"],
    ["19D", "Rape of a female child under 16", "41", "37", "45", "22"],
    ["19E", "Rape of a female child under 13", "33", "29", "36", "14"],
    ["19G", "Rape of a male child under 16", "6", "*", "7", "*"],
    ["19H", "Rape of a male child under 13", "11", "9", "8", "*"],
    ["22B", "Sexual activity involving a child under 16", "118", "126", "109", "57"],
    ["73", "Abuse of position of trust of a sexual nature", "9", "12", "*", "5"],
    ["Total", "", "218", "213", "205", "98"],
    [],
    ["Of which online (cyber) flag", "", "37", "44", "52", "29"],
    [],
    ["Notes:"],
    ["* = a value between 1 and 4. Small numbers have been suppressed to reduce the risk of identifying victims."],
    ["Totals exclude suppressed values."],
    ["Crimes are counted by the date the crime was recorded, not the date the offence took place."],
    ["2025 figures cover 01/01/2025 to 30/06/2025 only and are provisional."],
    ["The online (cyber) flag row counts crimes under all of the codes above, including suppressed values."],
    ["Data is taken from a live system and may differ slightly from figures published by the Home Office or ONS."],
]


def cell(v: str) -> str:
    if any(c in v for c in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


lines = []
for r in rows:
    r = list(r) + [""] * (WIDTH - len(r))
    lines.append(",".join(cell(v) for v in r))
data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
Path(__file__).with_name("reply.csv").write_bytes(data)
