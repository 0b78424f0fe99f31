"""Build reply.csv: the CSV export Hampshire and Isle of Wight Constabulary attached to FOI 2024/01386."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

rows = [
    ["Hampshire and Isle of Wight Constabulary - Freedom of Information", "", "", "", "", "", ""],
    ["Request ref: HIOW/FOI/2024/01386 - Annex A", "", "", "", "", "", ""],
    ["Recorded crime - child victims (aged under 18 at time of offence) - selected Home Office codes", "", "", "", "", "", ""],
    ["Source: RMS (Niche) crime data extract 27/09/2024. Data is subject to change.", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["HO Code", "Offence", "Victim Age Group", "FY21/22", "FY22/23", "FY23/24", "Total"],
    ["71/17", "Sexual communication with a child", "Under 13", "41", "48", "53", "142"],
    ["71/17", "Sexual communication with a child", "13 to 15", "126", "139", "121", "386"],
    ["71/17", "Sexual communication with a child", "Age not recorded", "*", "7", "*", "12"],
    ["71/17", "Sexual communication with a child", "Total", "170", "194", "176", "540"],
    ["19E", "Rape of a female child under 13", "All", "62", "71", "58", "191"],
    ["19H", "Rape of a male child under 13", "All", "24", "19", "27", "70"],
    ["", "Grand Total", "", "256", "284", "261", "801"],
    ["", "", "", "", "", "", ""],
    ["Notes:", "", "", "", "", "", ""],
    ["* = a value of between 1 and 4 which has been suppressed to reduce the risk of identifying individuals.", "", "", "", "", "", ""],
    ["Totals are calculated before suppression is applied and therefore include suppressed values.", "", "", "", "", "", ""],
    ["FY = financial year (1 April to 31 March).", "", "", "", "", "", ""],
    ["Counts are of crimes recorded in the period, not of individual victims. A crime is counted once.", "", "", "", "", "", ""],
]

with open(HERE / "reply.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerows(rows)
