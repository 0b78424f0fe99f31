"""Build reply.csv: a spreadsheet saved by Excel as 'CSV' (Windows-1252, CRLF, padded rows).

Run with /work/main/.venv/bin/python make_reply.py (only the standard library is used).
The output is byte-for-byte deterministic.
"""
import csv
import io
import os

WIDTH = 6
ROWS = [
    ["West Midlands Police \u2013 Freedom of Information Request 2874_24"],
    ["Indecent images of children \u2013 crimes recorded under Home Office code 86/2 (take, make, distribute or publish indecent photographs or pseudo-photographs of children)"],
    ["Period covered: financial years 2021/22 to 2023/24 (1 April 2021 to 31 March 2024)"],
    ["Source: force crime recording system. Data extracted 03/06/2024"],
    [],
    ["Table 1 \u2013 Crimes recorded and cyber flag"],
    ["Financial Year", "Crimes recorded", "Of which cyber flagged"],
    ["2021/22", "734", "688"],
    ["2022/23", "802", "751"],
    ["2023/24", "869", "812"],
    ["Total", "2,405", "2,251"],
    [],
    ["Table 2 \u2013 Suspects linked to the crimes in Table 1, by age at the time of the offence"],
    ["Financial Year", "Under 18", "18-24", "25 and over", "Not recorded", "Total"],
    ["2021/22", "212", "141", "298", "57", "708"],
    ["2022/23", "241", "150", "311", "62", "764"],
    ["2023/24", "263", "172", "327", "71", "833"],
    [],
    ["Table 3 \u2013 Outcomes assigned to crimes recorded in 2023/24"],
    ["Outcome type", "Description", "Crimes"],
    ["1", "Charge/Summons", "84"],
    ["2", "Youth caution", "<5"],
    ["4", "Adult caution", "11"],
    ["8", "Community resolution", "7"],
    ["15", "Evidential difficulties \u2013 suspect identified, victim supports action", "142"],
    ["16", "Evidential difficulties \u2013 victim does not support action", "19"],
    ["18", "Investigation complete \u2013 no suspect identified", "36"],
    ["20", "Action taken by another body or agency", "<5"],
    ["21", "Further investigation not in the public interest (police decision)", "58"],
    ["22", "Diversionary, educational or intervention activity", "12"],
    ["Other", "All other outcome types", "23"],
    ["Outstanding", "No outcome assigned \u2013 under investigation", "472"],
    [],
    ["Notes"],
    ["1. Values of less than 5 have been shown as <5 to reduce the risk of identifying individuals."],
    ["2. A crime can have more than one suspect and some crimes have no suspect identified, so the totals in Table 2 will not match Table 1. Each suspect is counted once per crime."],
    ["3. Outcomes are Home Office outcome types and show the position on the date the data was extracted. Crimes still under investigation are shown as Outstanding."],
    ["4. The cyber flag is applied where the offence was committed, in full or in part, through a computer, computer network or other computer-enabled device."],
    ["5. Data is taken from a live system and may differ slightly from figures previously published."],
]


def build(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in ROWS:
        w.writerow(row + [""] * (WIDTH - len(row)))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reply.csv"))
