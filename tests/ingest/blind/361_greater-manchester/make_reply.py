"""Build reply.csv: Greater Manchester Police FOI attachment (s.15A sexual communication with a child)."""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

rows = [
    ["Greater Manchester Police - Information Access & Disclosure Unit"],
    ["FOI Reference: FOI/6523/24 - Attachment 1 of 1"],
    ["Sexual Communication with a Child (s.15A Sexual Offences Act 2003) - recorded crimes by victim gender"],
    ["Data extracted from PoliceWorks on 14/10/2024 - live system; figures may change"],
    [],
    ["Financial Year", "HO Code", "Offence Description", "Female", "Male",
     "Gender Not Recorded", "Total", "Of which flagged Online"],
    ["2021-22", "071/17", "Sexual communication with a child", "168", "37", "<5", "208", "141"],
    ["2022-23", "071/17", "Sexual communication with a child", "191", "44", "-", "235", "170"],
    ["2023-24", "071/17", "Sexual communication with a child", "203", "52", "6", "261", "188"],
    ["2024-25 (01/04/2024 - 30/09/2024)", "071/17", "Sexual communication with a child",
     "97", "21", "<5", "120", "89"],
    ["All years", "", "", "659", "154", "11", "824", "588"],
    [],
    ["Notes"],
    ["1. Financial years run from 1 April to 31 March. 2024-25 is a part year: 1 April 2024 to 30 September 2024 only."],
    ["2. Figures of fewer than five are shown as <5 to reduce the risk of identifying a victim. "
     "Totals are calculated from the unsuppressed data and so include these values."],
    ["3. - = nil return (no crimes recorded)."],
    ["4. 'Of which flagged Online' counts crimes in the Total column that carry the online/cyber "
     "flag; it is a subset of the Total and is not added to it."],
    ["5. Counts are of crimes, not victims. Crimes are counted in the year they were recorded."],
]

with open(HERE / "reply.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    width = 8
    for r in rows:
        w.writerow(r + [""] * (width - len(r)))
