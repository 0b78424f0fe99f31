"""Build reply.csv: the data attachment sent with Sussex Police FOI 1187/24.

Written the way Excel saves "CSV UTF-8": byte-order mark, CRLF line ends, every row
padded to the width of the widest row.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
W = 6

rows = [
    ["Sussex Police - Freedom of Information Request 1187/24"],
    ["Sexual offences against children (victim aged under 18) recorded by Home Office offence code"],
    ["Calendar years 2021 to 2023 (1 January - 31 December)"],
    [],
    ["HO Code", "Offence Description", "2021", "2022", "2023", "Total"],
    ["017B", "Sexual assault on a male child under 13", "58", "64", "71", "193"],
    ["019H", "Rape of a male child under 13", "6", "-", "4", "10"],
    ["020B", "Sexual assault on a female child under 13", "143", "156", "162", "461"],
    ["021", "Sexual activity involving a child under 13", "97", "105", "118", "320"],
    ["022B", "Sexual activity involving a child under 16", "211", "236", "249", "696"],
    ["071/17", "Sexual communication with a child", "164", "178", "203", "545"],
    ["088A", "Sexual grooming", "22", "19", "27", "68"],
    ["Total", "", "701", "758", "834", "2293"],
    [],
    ["", "", "2021", "2022", "2023", "Total"],
    ["Of which flagged as online (cyber)", "", "188", "214", "251", "653"],
    ["Of which flagged as child sexual exploitation (CSE)", "", "N/H", "96", "112", ""],
    [],
    ["Notes:"],
    ["- denotes nil."],
    ["N/H = not held. Before 1 January 2022 the CSE marker was recorded on a legacy system that was "
     "decommissioned on migration and cannot be searched, so 2021 CSE figures are not held."],
    ["A crime can carry both the online and the CSE flag, so the two flagged rows should not be added together."],
    ["Figures are based on the date the crime was recorded and were extracted from Niche RMS on 16/05/2024. "
     "Data is management information and may change."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows:
    w.writerow(r + [""] * (W - len(r)))
with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
print("wrote", OUT)
