"""Builds reply.csv: Kent Police FOI attachment (Windows-1252, CRLF, Excel-style padding)."""
import csv, io, os

HERE = os.path.dirname(os.path.abspath(__file__))
W = 10  # columns in the export

rows = [
    ["Kent Police - Freedom of Information Request"],
    ["Ref: FOI 3187/24"],
    ["Crimes recorded \u2013 sexual communication with a child, sexual grooming and indecent photographs of children"],
    ["Financial years 2020/21 to 2023/24 (1 April \u2013 31 March)"],
    [],
    ["", "", "2020/21", "", "2021/22", "", "2022/23", "", "2023/24", ""],
    ["HO Code", "Offence", "All crimes", "Online flag", "All crimes", "Online flag",
     "All crimes", "Online flag", "All crimes", "Online flag"],
    ["071/17", "Sexual communication with a child", "296", "268", "334", "301", "318", "279", "287", "255"],
    ["088A", "Sexual grooming", "41", "27", "38", "22", "45", "30", "36", "19"],
    ["086/02", "Take, make, distribute indecent photographs or pseudo-photographs of children",
     "588", "431", "642", "455", "701", "502", "669", "488"],
    ["Total", "", "925", "726", "1,014", "778", "1,064", "811", "992", "762"],
    [],
    ["Sexual communication with a child (071/17) \u2013 crimes by age of victim, 2023/24"],
    ["Victim age", "Crimes"],
    ["Under 13", "68"],
    ["13 - 15", "204"],
    ["Age not recorded", "15"],
    ["Total", "287"],
    [],
    ["Notes"],
    ["1. Data extracted from Athena on 23/07/2024. Figures are for crimes recorded under the Home Office Counting Rules and may change as investigations progress."],
    ["2. 'Online flag' \u2013 crimes where the Home Office online crime flag has been applied, i.e. the offence was committed wholly or partly through a computer, computer network or other internet-enabled device."],
    ["3. Victim age is the age at the time of the offence of the first victim linked to the crime. Where the date of birth was not provided the crime is shown as 'Age not recorded'."],
]

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
for r in rows:
    w.writerow(r + [""] * (W - len(r)))
with open(os.path.join(HERE, "reply.csv"), "wb") as f:
    f.write(buf.getvalue().encode("cp1252"))
