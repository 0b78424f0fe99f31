"""Build reply.csv: Cumbria Constabulary export for an FOI request on sexual offences against
children by Home Office code (17B, 20B, 21, 22B), financial years down, codes across, an
'All codes' column, 'x' suppression with its rule stated, a part year, and notes lines whose
dashes and quotes were mangled (UTF-8 read as Windows-1252) before export."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent


def mojibake(s: str) -> str:
    # what happens when UTF-8 text is opened as cp1252 and saved again
    return s.encode("utf-8").decode("cp1252")


rows = [
    ["Cumbria Constabulary - FOI 2025/0031 - Recorded sexual offences against children by Home Office offence code"],
    ["Report run: 14/01/2025 09:12"],
    [],
    ["Financial Year", "17B Sexual assault on a male child under 13",
     "20B Sexual assault on a female child under 13",
     "21 Sexual activity involving a child under 13",
     "22B Sexual activity involving a child under 16", "All codes"],
    ["FY21/22", "11", "61", "19", "97", "188"],
    ["FY22/23", "x", "58", "27", "104", "192"],
    ["FY23/24", "9", "66", "21", "93", "189"],
    ["FY24/25 (Apr-Dec)", "6", "47", "x", "71", "126"],
    [],
    ["Notes:"],
    [mojibake("1. Financial years run 1 April \u2013 31 March. FY24/25 is a part year: "
              "01/04/2024 \u2013 31/12/2024 only.")],
    [mojibake("2. x \u2013 a value between 1 and 4 has been suppressed to reduce the risk of "
              "identifying a victim. The \u2018All codes\u2019 column includes suppressed values.")],
    ["3. Counts are of crimes recorded in the period, not of victims or suspects."],
    [mojibake("4. Data extracted from Cumbria Constabulary\u2019s crime recording system and is "
              "subject to change.")],
]
width = 6
with open(HERE / "reply.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (width - len(r)) if r else [""] * width)
print("wrote", HERE / "reply.csv")
