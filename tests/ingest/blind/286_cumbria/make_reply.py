"""Build reply.csv: Cumbria Constabulary report export with its parameters above the data."""
import csv
from pathlib import Path

OUT = Path(__file__).with_name("reply.csv")

params = [
    ["Cumbria Constabulary - Business Intelligence Report"],
    ["Report Name:", "FOI CC-2025-0187 Indecent images of children - suspects by age"],
    ["Offence Code(s):", "086/02 - Take, make, distribute, publish indecent photographs or pseudo-photographs of children"],
    ["Date Range:", "01/01/2022 to 31/12/2024"],
    ["Date Basis:", "Crime recorded date"],
    ["Grouping:", "Calendar Year; Suspect Age Band (age at time of offence)"],
    ["Count:", "Distinct suspects (a person suspected of more than one crime in a year is counted once in that year)"],
    ["Suppression:", "Counts between 1 and 4 are displayed as 1-4"],
    ["Run By:", "FOI Unit"],
    ["Run Date:", "21/02/2025 10:42"],
    [],
]
header = ["Year", "Suspect Age Band", "Suspect Count"]
data = [
    ["2022", "Under 18", "17"],
    ["2022", "18 and over", "61"],
    ["2022", "Not recorded", "1-4"],
    ["2023", "Under 18", "23"],
    ["2023", "18 and over", "58"],
    ["2023", "Not recorded", "1-4"],
    ["2024", "Under 18", "19"],
    ["2024", "18 and over", "66"],
    ["2024", "Not recorded", "6"],
]

with OUT.open("w", newline="", encoding="utf-8-sig") as fh:
    w = csv.writer(fh)  # excel dialect: CRLF line ends, quotes only where needed
    w.writerows(params)
    w.writerow(header)
    w.writerows(data)
    w.writerow([])
    w.writerow(["End of Report"])
print("wrote", OUT)
