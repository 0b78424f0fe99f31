"""Build reply.csv: the data attachment Warwickshire Police sent with its reply to FOI 2024/00587.

Saved the way Excel writes "CSV (Comma delimited)": Windows-1252 text, CRLF line ends,
every row padded with commas to the width of the widest row.
Run:  /work/main/.venv/bin/python make_reply.py
"""
import csv
from pathlib import Path

WIDTH = 6
HERE = Path(__file__).resolve().parent

rows = [
    ["Warwickshire Police \u2013 Freedom of Information Request 2024/00587"],
    ["Sexual offences against children recorded, financial years 2021-22 to 2023-24"],
    [],
    ["Table 1: Crimes recorded by Home Office offence code"],
    ["HO Code", "Offence", "2021-22", "2022-23", "2023-24", "Total"],
    ["019D", "Rape of a female child under 16", 31, 27, 35, 93],
    ["019E", "Rape of a female child under 13", 18, 22, 16, 56],
    ["021", "Sexual activity involving a child under 13", 24, 30, 29, 83],
    ["022B", "Sexual activity involving a child under 16", 58, 63, 71, 192],
    ["071/17", "Sexual communication with a child", 44, 52, 49, 145],
    ["Total", "", 175, 194, 200, 569],
    [],
    ["Table 2: Crimes in Table 1 where the online / cyber flag has been applied"],
    ["", "", "2021-22", "2022-23", "2023-24"],
    ["", "Online flag", 61, 72, 68],
    [],
    ["Table 3: Outcomes of 071/17 crimes recorded 2021-22 to 2023-24 (outcome as at 17/04/2024)"],
    ["Outcome No.", "Outcome", "Crimes"],
    ["01", "Charged/Summonsed", 23],
    ["02", "Caution \u2013 Youth", "-"],
    ["03", "Caution \u2013 Adult", 2],
    ["08", "Community Resolution", 3],
    ["14", "Evidential difficulties \u2013 suspect not identified, victim does not support", 6],
    ["15", "Evidential difficulties \u2013 suspect identified, victim supports", 41],
    ["16", "Evidential difficulties \u2013 victim does not support", 29],
    ["18", "Investigation complete \u2013 no suspect identified", 9],
    ["21", "Not in the public interest \u2013 police decision", 4],
    ["", "Not yet finalised (investigation ongoing)", 28],
    ["", "Total", 145],
    [],
    ["Notes:"],
    ["1. Data extracted from the force crime recording system on 17/04/2024. Crimes are counted by the date "
     "they were recorded. These are management information, not official statistics, and may change as "
     "crimes are reclassified."],
    ["2. '-' = nil"],
    ["3. Codes are Home Office Counting Rules codes. The offence of sexual communication with a child "
     "(071/17) came into force on 3 April 2017."],
    ["4. Table 3 gives the outcome recorded against each crime on the date of extraction; a crime still "
     "under investigation has no final outcome."],
]


def main() -> None:
    out = HERE / "reply.csv"
    with out.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            cells = [str(c) for c in row]
            writer.writerow(cells + [""] * (WIDTH - len(cells)))


if __name__ == "__main__":
    main()
