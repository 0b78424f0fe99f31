"""Write reply.csv: the CSV annex PSNI attached to FOI F-2025-01418 (online-flagged sexual offences
against children by victim age band, FY22/23 to FY24/25). Saved as an Excel-style CSV: UTF-8 with
BOM, CRLF line ends, padded to four columns."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = 4

lines = [
    ["Police Service of Northern Ireland"],
    ["Freedom of Information Request F-2025-01418 - Annex A"],
    ["Sexual offences recorded where the victim was under 18 at the time of the offence and the "
     "Online / Cyber-enabled crime qualifier was applied, by age of victim"],
    ["Source: PSNI Statistics Branch, NICHE RMS. Data extracted 14/05/2025."],
    [],
    ["Victim age at time of offence", "FY22/23", "FY23/24", "FY24/25"],
    ["0 - 12", "41", "38", "52"],
    ["13 - 15", "167", "189", "203"],
    ["16 - 17", "58", "64", "71"],
    ["Age not recorded", "*", "-", "*"],
    ["Total", "268", "291", "330"],
    [],
    ["Notes:"],
    ["1. Financial years run from 1 April to 31 March, e.g. FY22/23 is 1 April 2022 to 31 March 2023."],
    ["2. * Figure suppressed as disclosure of a small number could lead to the identification of a victim."],
    ["3. - denotes nil."],
    ["4. Offences are counted under the Sexual Offences (Northern Ireland) Order 2008 and other "
     "relevant legislation. Figures are provisional and may change as investigations progress."],
    ["5. The Online / Cyber-enabled qualifier is applied by the recording officer and may not be "
     "applied to every relevant offence."],
]

with open(HERE / "reply.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for row in lines:
        w.writerow(row + [""] * (W - len(row)))
print("wrote", HERE / "reply.csv")
