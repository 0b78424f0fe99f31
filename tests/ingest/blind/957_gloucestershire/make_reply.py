"""Build reply.csv: Gloucestershire Constabulary FOI attachment (FOI 2024/1187).

The sheet was saved from Excel as "CSV (Comma delimited)": Windows-1252 text,
CRLF line ends, every row padded with commas to the width of the widest row.
Run with /work/main/.venv/bin/python make_reply.py from this folder.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 6
PART = "2024 (1 Jan \u2013 30 Sep)"

ROWS = [
    ["Gloucestershire Constabulary"],
    ["Freedom of Information Request - Reference FOI 2024/1187"],
    ["Crimes recorded with a Child Sexual Exploitation (CSE) flag"],
    ["Date of response: 04/11/2024"],
    ["Period covered: 01/01/2021 to 30/09/2024 (date crime recorded)"],
    [],
    ["Q1. Number of crimes recorded with a CSE flag in each year, by age of victim at time of offence"],
    ["Year", "Victim aged 0-12", "Victim aged 13-15", "Victim aged 16-17", "Age not recorded", "Total"],
    ["2021", "6", "21", "9", "<5", "38"],
    ["2022", "8", "27", "11", "-", "46"],
    ["2023", "<5", "24", "13", "<5", "42"],
    [PART, "5", "17", "7", "-", "29"],
    ["Total, 2021 to 30/09/2024", "22", "89", "40", "<5", "155"],
    [],
    ["Q2. Number of those crimes where the online (cyber) flag was also applied"],
    ["", "2021", "2022", "2023", PART, "Total, 2022 to 30/09/2024"],
    ["Online flag applied", "N/H", "19", "22", "16", "57"],
    [],
    ["Q3. Number of arrests made in connection with the crimes above"],
    ["Information not held. Arrests are recorded on the custody system and are not linked to crime "
     "flags, so arrests connected to CSE flagged crimes cannot be identified. Gloucestershire "
     "Constabulary therefore does not hold this information for any of the years requested "
     "(Section 1(1)(a) of the Freedom of Information Act 2000)."],
    [],
    ["Notes"],
    ["<5", "Figures of fewer than five have been shown as <5 to reduce the risk of identifying a victim. "
           "Section 40(2) (personal information) applies to the exact figures. Totals include these figures."],
    ["-", "Nil - no crimes recorded."],
    ["N/H", "Not held. The online flag has only been applied to CSE flagged crimes since a change in "
            "recording practice on 1 January 2022, so it is not held for 2021."],
    ["", "A crime may carry both a CSE flag and an online flag. Each crime is counted once, against the "
         "first victim recorded."],
    ["", "Data is taken from the live crime recording system and is correct as at 14/10/2024. Figures may "
         "change as crimes are reviewed."],
]


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in ROWS:
        w.writerow(row + [""] * (WIDTH - len(row)))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
