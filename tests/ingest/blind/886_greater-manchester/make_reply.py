"""Build reply.csv: Greater Manchester Police FOI disclosure attachment (CSV export).

Run with:  /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (no timestamps are written).
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.csv"

NBSP = "\u00a0"

rows = [
    ["Greater Manchester Police", "", "", "", ""],
    ["Information Disclosure Unit - Freedom of Information Act 2000", "", "", "", ""],
    ["Reference", "FOI 3612/24", "", "", ""],
    ["Date request received", "15/04/2024", "", "", ""],
    ["Date of response", "10/05/2024", "", "", ""],
    ["Subject", "Indecent images of children - suspects aged under 18 and outcomes", "", "", ""],
    ["", "", "", "", ""],
    ["Request", "", "", "", ""],
    ["1) For each financial year from 2020/21 to 2023/24, the number of crimes recorded of taking, making or distributing indecent images of children, and how many of these were flagged as cyber/online enabled.", "", "", "", ""],
    ["2) The same figures for crimes where the suspect was aged under 18.", "", "", "", ""],
    ["3) For 2022/23 and 2023/24, the outcomes of the crimes in question 2.", "", "", "", ""],
    ["", "", "", "", ""],
    ["Table 1: Recorded crimes - Home Office code 86/2 (take, make or distribute indecent photographs or pseudo-photographs of children), by financial year", "", "", "", ""],
    ["", "All 86/2 crimes", "", "Crimes with a suspect aged under 18", ""],
    ["Financial Year", "Recorded", "Cyber flagged", "Recorded", "Cyber flagged"],
    ["2020/21", "512", "471", "58", "55"],
    ["2021/22", "587", "549", "66", "63"],
    ["2022/23", "634", "602", "71", "69"],
    ["2023/24", "701", "668", "83", "80"],
    ["Total" + NBSP, "2434", "2290", "278", "267"],
    ["", "", "", "", ""],
    ["Table 2: Outcomes of 86/2 crimes with a suspect aged under 18, 2022/23 \u00e2\u20ac\u201c 2023/24", "", "", "", ""],
    ["Outcome", "2022/23", "2023/24", "", ""],
    ["Charged/Summonsed", "9", "11", "", ""],
    ["Youth Caution", "<5", "<5", "", ""],
    ["Community Resolution", "6", "<5", "", ""],
    ["Outcome 15 - Evidential difficulties (suspect identified; victim supports action)", "8", "6", "", ""],
    ["Outcome 21 - Further investigation not in the public interest", "19", "17", "", ""],
    ["Outcome 22 - Diversionary, educational or intervention activity", "15", "21", "", ""],
    ["Investigation ongoing - no outcome yet", "11", "20", "", ""],
    ["", "", "", "", ""],
    ["Notes", "", "", "", ""],
    ["1. Data extracted from GMP crime recording systems on 03/05/2024. Figures are for crimes recorded in each financial year (1 April to 31 March) and may differ slightly from previously published figures due to reclassification.", "", "", "", ""],
    ["2. Suspect age is the age at the time of the offence as recorded on the crime. Crimes with no suspect recorded, or where the suspect\u00e2\u20ac\u2122s age was not recorded, are included in 'All 86/2 crimes' only.", "", "", "", ""],
    ["3. Outcomes are shown as at the date of extraction. Crimes still under investigation may receive a different outcome at a later date.", "", "", "", ""],
    ["4. Figures of less than 5 have been shown as <5 in order to reduce the risk of identifying individuals. For this reason no totals are provided for Table 2.", "", "", "", ""],
    ["5. The cyber flag is applied where the crime was committed, in full or in part, through a computer, computer network or other computer-enabled device.", "", "", "", ""],
]


def main():
    with OUT.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerows(rows)


if __name__ == "__main__":
    main()
