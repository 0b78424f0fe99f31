"""Build reply.csv: a Hampshire and Isle of Wight Constabulary crime-system export sent with an FOI reply."""
import csv
from pathlib import Path

OUT = Path(__file__).with_name("reply.csv")

D19E = "Rape of a female child under 13"
D19H = "Rape of a male child under 13"
D21 = "Sexual activity involving a child under 13"
D22B = "Sexual activity involving child under 16"

rows = [
    ("2021", "019E", D19E, "F", "38"),
    ("2021", "019H", D19H, "M", "9"),
    ("2021", "021", D21, "F", "47"),
    ("2021", "021", D21, "M", "12"),
    ("2021", "021", D21, "U", "<5"),
    ("2021", "022B", D22B, "F", "186"),
    ("2021", "022B", D22B, "M", "24"),
    ("2021", "022B", D22B, "U", "<5"),
    ("2022", "019E", D19E, "F", "44"),
    ("2022", "019H", D19H, "M", "11"),
    ("2022", "021", D21, "F", "53"),
    ("2022", "021", D21, "M", "15"),
    ("2022", "021", D21, "U", "<5"),
    ("2022", "022B", D22B, "F", "201"),
    ("2022", "022B", D22B, "M", "29"),
    ("2022", "022B", D22B, "U", "5"),
    ("2023", "019E", D19E, "F", "36"),
    ("2023", "019H", D19H, "M", "7"),
    ("2023", "021", D21, "F", "58"),
    ("2023", "021", D21, "M", "10"),
    # no 2023 / 021 / U row: the export drops empty groups
    ("2023", "022B", D22B, "F", "214"),
    ("2023", "022B", D22B, "M", "31"),
    ("2023", "022B", D22B, "U", "<5"),
]

with OUT.open("w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["Report Name:", "FOI_SexOffChild_HOCode_VictimSex"])
    w.writerow(["Request Ref:", "HIOWC/FOI/2024/01562"])
    w.writerow(["Run Date:", "02/05/2024 09:14"])
    w.writerow(["Parameters:", "Recorded Date 01/01/2021 to 31/12/2023; HO Code IN (019E,019H,021,022B); Crime Status = Confirmed"])
    w.writerow([])
    w.writerow(["Calendar Year", "HO Offence Code", "HO Offence Description", "Victim Sex", "Crime Count"])
    for r in rows:
        w.writerow(r)
    w.writerow(["Grand Total", "", "", "", "1040"])
    w.writerow([])
    w.writerow(["Notes:"])
    w.writerow(["Victim Sex: F = Female, M = Male, U = Unknown / not recorded"])
    w.writerow(["Counts of less than 5 have been replaced with <5 to reduce the risk of identifying victims. The Grand Total is the true total."])
    w.writerow(["Data correct as at run date â€“ figures are drawn from a live system and are subject to change"])
    w.writerow(["Crime Count = number of crimes; one crime may involve more than one victim; victim sex is that of the first-named victim"])
print("wrote", OUT)
