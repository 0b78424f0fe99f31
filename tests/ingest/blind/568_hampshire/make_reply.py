"""Build reply.csv: Hampshire and Isle of Wight Constabulary FOI data export (HIOWC/FOI/24/3362).

Small-to-medium reply. Crimes recorded under HO code 086/02 (take, make, distribute or publish
indecent photographs of a child) by outcome, financial years 2022-23 and 2023-24, as a LONG
export: one row per year x outcome, with a 'Total' row per year. Outcome codes keep their
leading zeros ('01', '03'); 'Outstanding' rows have a blank code. '<5' rule stated in trailing
notes rows. The text went through a cp1252 round trip, so every en dash reads 'â€“'.
Written with CRLF line endings and a UTF-8 BOM, as an Excel 'CSV UTF-8' save would be.
"""
import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
REF = "HIOWC/FOI/24/3362"
D = "–"
OUTCOMES = [
    ("01", "Charged/Summonsed"),
    ("03", f"Caution {D} Adult"),
    ("18", f"Investigation complete {D} no suspect identified"),
    ("21", f"Further investigation to support formal action not in the public interest {D} police decision"),
    ("", f"Outstanding {D} no outcome yet assigned"),
]
DATA = {
    "2022-23": ["87", "<5", "9", "58", "12"],
    "2023-24": ["74", "6", "<5", "63", "39"],
}
TRUE = {"2022-23": [87, 3, 9, 58, 12], "2023-24": [74, 6, 2, 63, 39]}
TOTALS = {y: sum(v) for y, v in TRUE.items()}
assert TOTALS == {"2022-23": 169, "2023-24": 184}

rows = [
    ["Hampshire and Isle of Wight Constabulary", "", "", ""],
    [f"Freedom of Information Disclosure {D} Ref: {REF}", "", "", ""],
    [f"Crimes recorded under Home Office code 086/02 {D} Take/make/distribute/publish indecent "
     "photographs of a child", "", "", ""],
    [f"Outcome as at 14/10/2024. Financial years run 01 April {D} 31 March.", "", "", ""],
    ["", "", "", ""],
    ["Financial Year", "Outcome Code", "Outcome Description", "Number of Crimes"],
]
for year, vals in DATA.items():
    for (code, desc), v in zip(OUTCOMES, vals):
        rows.append([year, code, desc, v])
    rows.append([year, "", "Total", str(TOTALS[year])])
rows += [
    ["", "", "", ""],
    ["Notes:", "", "", ""],
    ["<5 = fewer than five crimes. Figures below five have been suppressed to reduce the risk of "
     "identifying individuals. Totals include the suppressed figures.", "", "", ""],
    ["Each crime is shown once, against the outcome recorded on the crime at the date of "
     f"extraction. Crimes still under investigation are shown as Outstanding {D} no outcome yet "
     "assigned.", "", "", ""],
    [f"Source: RMS (Athena). Data is management information and may be subject to change.", "", "", ""],
]

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
text = buf.getvalue()
# the cp1252 round trip that produced the mojibake in the file the force attached
text = text.encode("utf-8").decode("cp1252", errors="replace")
(HERE / "reply.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
