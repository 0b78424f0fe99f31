"""Build reply.csv: Cheshire Constabulary FOI 4213/24 data attachment.

Written the way Excel's 'CSV UTF-8' export writes it: a byte-order mark, CRLF line
endings, every row padded to the width of the widest row, fields quoted only when needed.
Deterministic: rerunning rewrites the same bytes.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 4

rows = [
    ["Cheshire Constabulary"],
    ["Freedom of Information Request 4213/24"],
    ["Child Sexual Exploitation (CSE) flagged crimes"],
    ["Data extracted 02/05/2024"],
    [],
    ["Table 1 - CSE flagged crimes by quarter"],
    ["Financial Year", "Quarter", "CSE flagged crimes", "Of which also flagged Online"],
    ["2022/23", "Q1 (Apr-Jun)", "38", "11"],
    ["2022/23", "Q2 (Jul-Sep)", "44", "15"],
    ["2022/23", "Q3 (Oct-Dec)", "35", "9"],
    ["2022/23", "Q4 (Jan-Mar)", "41", "13"],
    ["2022/23", "Total", "158", "48"],
    ["2023/24", "Q1 (Apr-Jun)", "47", "18"],
    ["2023/24", "Q2 (Jul-Sep)", "39", "14"],
    ["2023/24", "Q3 (Oct-Dec)", "43", "16"],
    ["2023/24", "Q4 (Jan-Mar)", "36", "12"],
    ["2023/24", "Total", "165", "60"],
    [],
    ["Table 2 - Outcomes of CSE flagged crimes, by financial year the crime was recorded"],
    ["Outcome", "2022/23", "2023/24"],
    ["01 Charged/Summonsed", "21", "14"],
    ["02 Caution - Youth", "*", "*"],
    ["03 Caution - Adult", "5", "*"],
    ["08 Community Resolution", "*", "6"],
    ["14 Evidential difficulties: suspect not identified", "12", "15"],
    ["16 Evidential difficulties: victim does not support action", "64", "58"],
    ["21 Further investigation not in the public interest (police decision)", "9", "7"],
    ["No outcome - under investigation", "42", "62"],
    [],
    ["Table 3 - Arrests linked to CSE flagged crimes"],
    ["Financial Year", "Arrests"],
    ["2022/23", "N/H"],
    ["2023/24", "53"],
    [],
    ["Notes"],
    ["* Figures have been suppressed where disclosure could lead to the identification of individuals."],
    ["Crimes are counted once, in the quarter in which they were recorded. A crime can carry more than one flag."],
    ["Outcomes are as at the date of extraction; crimes still under investigation may later receive a different outcome."],
    ["N/H - Not held. Cheshire Constabulary moved to a new custody system in April 2023. Arrests recorded on the previous system are not linked to crime flags, so arrest data for 2022/23 is not held."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))
with open(OUT, "wb") as f:
    f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
print("wrote", OUT)
