"""Write reply.csv: Hertfordshire Constabulary FOI data export (CSV attachment).

Sexual communication with a child (71/17) offences by the online platform recorded on the
crime, for 2022/23, 2023/24 and 2024/25 to 30 September 2024. Columns headed with date
ranges ('01/04/2022 - 31/03/2023'), the last a part year. Title/reference rows above the
table and a notes block below it, as the force's spreadsheet export produces them
(UTF-8 with BOM, CRLF line ends, every row padded to the table width).
'x' = a value between 1 and 4 (rule in the notes); '-' = nil; the Total row includes
suppressed values.
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = 4
rows = [
    ["Hertfordshire Constabulary - Freedom of Information Request"],
    ["Reference: HC/FOI/24/03319"],
    ["Sexual communication with a child (Home Office code 71/17) - crimes by online platform recorded"],
    ["Source: Athena crime recording system. Data extracted 21/10/2024"],
    [],
    ["Platform", "01/04/2022 - 31/03/2023", "01/04/2023 - 31/03/2024", "01/04/2024 - 30/09/2024"],
    ["Snapchat", "74", "69", "33"],
    ["Instagram", "19", "27", "12"],
    ["WhatsApp", "14", "11", "x"],
    ["Facebook / Messenger", "x", "6", "x"],
    ["TikTok", "7", "9", "5"],
    ["Discord", "-", "6", "x"],
    ["Other platform", "16", "12", "8"],
    ["Platform not recorded", "31", "24", "17"],
    ["Total", "165", "164", "81"],
    [],
    ["Notes:"],
    ["1. Each crime is counted once, against the first platform recorded on the crime report."],
    ["2. x = a value between 1 and 4 which has been suppressed to reduce the risk of identifying victims. Totals include suppressed values."],
    ["3. - = nil"],
    ["4. 2024/25 figures are for the part year 01/04/2024 to 30/09/2024 only."],
    ["5. Figures are from a live system and may differ from those published elsewhere."],
]
with open(HERE / "reply.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (W - len(r)))
print("wrote", HERE / "reply.csv")
