"""Build reply.csv: the data attachment sent with Cambridgeshire Constabulary's FOI reply 0612/2024.

The sheet was exported from Excel as "CSV UTF-8", so it starts with a byte-order mark, uses
CRLF line ends and pads every row out to the full width with empty cells. The part-year
heading was typed with an en dash in a file that had already been through a Windows-1252
round trip, so the dash appears as mojibake.
"""
import csv
from pathlib import Path

WIDTH = 6
PART = "2024 (01/01/2024 \u00e2\u20ac\u201c 31/05/2024)"  # mojibake of an en dash

rows = [
    ["Cambridgeshire Constabulary"],
    ["Freedom of Information Request 0612/2024"],
    ["Date of response: 11/06/2024"],
    ["Source: Athena crime recording system. Data extracted 03/06/2024"],
    [],
    ["Q1. Rape offences recorded where the victim was a child under 16, by Home Office offence code"],
    ["HO Code", "Offence Description", "2021", "2022", "2023", PART],
    ["019D", "Rape of a female child under 16", "61", "74", "68", "27"],
    ["019E", "Rape of a female child under 13", "38", "45", "41", "16"],
    ["019G", "Rape of a male child under 16", "9", "*", "11", "*"],
    ["019H", "Rape of a male child under 13", "*", "7", "*", "*"],
    ["", "Total", "112", "129", "122", "46"],
    [],
    ["Q2. Outcomes assigned to the offences in Q1 (as at 03/06/2024)"],
    ["Outcome", "Outcome Description", "2021", "2022", "2023", PART],
    ["01", "Charged/Summonsed", "14", "11", "7", "*"],
    ["15", "Evidential difficulties - suspect identified, victim supports action", "31", "36", "22", "*"],
    ["16", "Evidential difficulties - victim does not support action", "42", "45", "38", "9"],
    ["", "Under investigation - no outcome assigned", "6", "19", "41", "33"],
    [],
    ["Notes"],
    ["1. Figures are for crimes recorded in each calendar year. 2024 covers 1 January to 31 May 2024 only."],
    ["2. * = figure suppressed because of the small number involved, to reduce the risk of identifying a victim."],
    ["3. Totals include the suppressed figures."],
    ["4. Only the outcomes asked for in Q2 are shown, so the outcome rows will not add up to the totals in Q1."],
    ["5. Outcomes are as at the date of extraction and may change as investigations conclude."],
]

out = Path(__file__).with_name("reply.csv")
with out.open("w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (WIDTH - len(r)))
