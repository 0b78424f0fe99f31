"""Build reply.csv: the CSV a Lincolnshire Police analyst exported from an Excel pivot table
for an FOI about sexual communication with a child (071/17) by the platform or app recorded,
calendar years 2023 and 2024. Written as Excel's 'CSV UTF-8' does it: a byte-order mark,
CRLF line ends, every row padded to four columns. Pivot layout: 'Count of Crime Number',
'Year Recorded' above the year headers, 'Row Labels', 'Grand Total' row and column, and
blank cells where the pivot had no records (not keyed)."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

DATA = [
    ("Snapchat", 38, 49),
    ("Instagram", 11, 9),
    ("WhatsApp", 7, None),
    ("Facebook", 5, 6),
    ("TikTok", None, 4),
    ("Other", 6, 8),
    ("Not recorded", 21, 17),
]

n = lambda v: v or 0
t23 = sum(n(r[1]) for r in DATA)
t24 = sum(n(r[2]) for r in DATA)
assert (t23, t24) == (88, 93)

rows = [
    ["Lincolnshire Police - FOI 001417/24", "", "", ""],
    ["Offence: 071/17 Sexual Communication with a Child", "", "", ""],
    ["Date Recorded: 01/01/2023 to 31/12/2024", "", "", ""],
    ["", "", "", ""],
    ["Count of Crime Number", "Year Recorded", "", ""],
    ["Row Labels", "2023", "2024", "Grand Total"],
]
for name, a, b in DATA:
    rows.append([name, "" if a is None else str(a), "" if b is None else str(b), str(n(a) + n(b))])
rows.append(["Grand Total", str(t23), str(t24), str(t23 + t24)])
rows += [
    ["", "", "", ""],
    ["Platform is taken from the 'Method of Contact' field on the crime record. Where more than one "
     "platform was used, the platform through which contact was first made has been counted.", "", "", ""],
    ["Counts are of crimes recorded in the calendar year, not of victims.", "", "", ""],
]

with open(HERE / "reply.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
print("wrote", HERE / "reply.csv")
