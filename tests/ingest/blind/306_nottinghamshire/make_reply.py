"""Build reply.csv: Nottinghamshire Police FOI export, s.15A offences (71/17) by platform.

The title line carries the mojibake an en dash picks up when a UTF-8 export is re-saved as
Windows-1252 and read back as UTF-8 ("â€“").
"""
import csv

preamble = [
    ["Nottinghamshire Police - Freedom of Information Request 2024-00517"],
    ["Sexual Communication with a Child \u00e2\u20ac\u201c Home Office code 71/17 - recorded offences by platform/app"],
    ["Source: Niche RMS. Data extracted 19/02/2024. Financial years run April to March."],
    ["Platform is taken from the modus operandi and is only present where the investigating officer recorded it."],
    ["Values of 1 to 4 are shown as '1-4' to prevent the identification of individuals. Totals include these values."],
    [],
]
header = ["Financial Year", "Platform", "Offences"]
data = {
    "2020-21": [("Snapchat", "61"), ("Instagram", "24"), ("WhatsApp", "11"), ("Facebook", "9"),
                ("TikTok", "1-4"), ("Other", "17"), ("Not recorded", "52"), ("Total", "177")],
    "2021-22": [("Snapchat", "78"), ("Instagram", "29"), ("WhatsApp", "14"), ("Facebook", "6"),
                ("TikTok", "5"), ("Other", "21"), ("Not recorded", "47"), ("Total", "200")],
    "2022-23": [("Snapchat", "92"), ("Instagram", "31"), ("WhatsApp", "13"), ("Facebook", "1-4"),
                ("TikTok", "8"), ("Other", "19"), ("Not recorded", "44"), ("Total", "211")],
}
with open("reply.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    for row in preamble:
        w.writerow(row)
    w.writerow(header)
    for fy, rows in data.items():
        for plat, n in rows:
            w.writerow([fy, plat, n])
    w.writerow([])
    w.writerow(["End of report"])
print("written reply.csv")
