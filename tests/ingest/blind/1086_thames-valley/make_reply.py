"""Build reply.csv: the data attachment sent with Thames Valley Police FOI 2025/01543.

Deterministic: fixed content, Windows-1252 encoding, CRLF line ends, no BOM.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

WIDTH = 6
EN = "\u2013"  # en dash, stored as byte 0x96 in Windows-1252

rows = [
    [f"Thames Valley Police {EN} Freedom of Information Request 2025/01543"],
    ["Indecent images of children: recorded offences by age of suspect"],
    [f"Source: Niche RMS (Crime). Data extracted 14/08/2025 by Performance & Insight {EN} Force Intelligence Hub"],
    [],
    ["Notes"],
    ["1. Offences recorded under Home Office code 086/02 (take, make, distribute or publish indecent photographs or pseudo-photographs of children)."],
    ["2. Where more than one suspect is linked to an offence, the age of the first-named suspect at the time of the offence is used. Offences with no suspect linked, or where the suspect's date of birth is not recorded, appear as 'Not recorded'."],
    ["3. 2025 figures cover 01/01/2025 to 30/06/2025 only (year to date at the last validated month end)."],
    ["4. In line with force disclosure policy, counts of fewer than five are shown as <5. Totals are calculated on the unsuppressed data."],
    ["5. Crime data is dynamic and may differ from figures previously published."],
    [],
    [f"Table 1 {EN} Offences by age of suspect"],
    ["Suspect age band", "2022", "2023", "2024", f"2025 (Jan{EN}Jun)", "Total"],
    ["10-13", "7", "<5", "9", "<5", "22"],
    ["14-17", "89", "100", "109", "55", "353"],
    ["18-24", "41", "37", "45", "19", "142"],
    ["25 and over", "121", "120", "127", "61", "429"],
    ["Not recorded", "22", "30", "17", "<5", "72"],
    ["Grand Total", "280", "291", "307", "140", "1018"],
    [],
    [f"Table 2 {EN} Offences in Table 1 flagged as online (cyber) enabled"],
    ["", "2022", "2023", "2024", f"2025 (Jan{EN}Jun)"],
    ["Online flag = Y", "241", "262", "279", "128"],
    [],
    ["End of report"],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (WIDTH - len(r)))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reply.csv")
with open(out, "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
print("wrote", out)
