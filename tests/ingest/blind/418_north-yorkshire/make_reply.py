"""Build reply.csv: North Yorkshire Police FOI annex - crimes carrying a child sexual exploitation
(CSE) flag, by age of victim, for 2021/22 to 2023/24 with years across and a Total column."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
YEARS = ["01/04/2021 - 31/03/2022", "01/04/2022 - 31/03/2023", "01/04/2023 - 31/03/2024"]
# true values; None = left blank in the sheet; strings are printed as-is
TRUE = {
    "Under 13": [9, 4, 7],
    "13 to 15": [61, 54, 66],
    "16 to 17": [23, 27, 19],
    "Age not recorded": [0, 2, 5],
}
SHOW = {
    "Under 13": ["9", "<5", "7"],
    "13 to 15": ["61", "54", "66"],
    "16 to 17": ["23", "27", "19"],
    "Age not recorded": ["", "<5", "5"],
}
W = 5
rows = [
    ["North Yorkshire Police - Freedom of Information request 2024/0865 - Crimes recorded with a "
     "Child Sexual Exploitation (CSE) flag where the victim was aged under 18, by age of victim",
     "", "", "", ""],
    [""] * W,
    ["Age of victim at time of offence"] + YEARS + ["Total"],
]
col_tot = [0, 0, 0]
for band, vals in TRUE.items():
    rows.append([band] + SHOW[band] + [str(sum(vals))])
    col_tot = [a + b for a, b in zip(col_tot, vals)]
rows.append(["Total"] + [str(v) for v in col_tot] + [str(sum(col_tot))])
rows += [
    [""] * W,
    ["<5 - figures of fewer than five have been suppressed to reduce the risk of identifying a "
     "victim. Totals include the suppressed figures.", "", "", "", ""],
    ["Data extracted from Niche RMS on 02/09/2024. A crime may carry more than one flag. Figures "
     "are by date the crime was recorded.", "", "", "", ""],
]
with open(HERE / "reply.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\r\n").writerows(rows)
print(col_tot, sum(col_tot))
