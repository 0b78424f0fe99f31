"""Build reply.csv: Durham Constabulary FOI 1184/24 attachment, as exported from a spreadsheet."""
lines = [
    "Durham Constabulary,,,,",
    "Freedom of Information Request 1184/24,,,,",
    "\"Take, make or distribute indecent photographs of children (Home Office code 86/2) - "
    "recorded offences by age of suspect\",,,,",
    "Source: Red Sigma crime recording system. Data extracted 12/11/2024,,,,",
    ",,,,",
    "Financial Year,Suspect aged under 18,Suspect aged 18 and over,Suspect age not recorded,Total",
    "FY22/23,27,163,x,194",
    "FY23/24,31,178,6,215",
    "FY24/25 YTD (to 31/10/24),14,97,-,111",
    ",,,,",
    "Notes:,,,,",
    "\"1. Financial years run from 1 April to 31 March. FY24/25 is a part year, covering "
    "01/04/2024 to 31/10/2024.\",,,,",
    "\"2. x = a value between 1 and 4, suppressed to prevent the identification of individuals. "
    "Totals include suppressed values.\",,,,",
    "3. - = nil,,,,",
    "\"4. Age is the suspect's age at the time of the offence. Where an offence has more than one "
    "suspect, it is counted once, against the youngest suspect.\",,,,",
    "\"5. Figures are for offences recorded in the period and may change as investigations "
    "progress.\",,,,",
]
with open("reply.csv", "w", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")
