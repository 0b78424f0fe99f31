"""Build reply.csv: the data attachment Avon and Somerset Constabulary sent with
FOI 1087/24, as exported from a spreadsheet ("CSV UTF-8": BOM, CRLF, padded columns).

The title line carries mojibake (an en dash that went through cp1252 on the way), and one
total label has a non-breaking space, as in the file as received.
Run with /work/main/.venv/bin/python make_reply.py; the output is byte-identical each run.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "reply.csv"
NCOL = 6

DESC = {
    "017B": "Sexual assault on a male child under 13",
    "020B": "Sexual assault on a female child under 13",
    "021": "Sexual activity involving a child under 13",
    "022B": "Sexual activity involving a child under 16",
    "071/17": "Sexual communication with a child",
}

# (financial year, HO code, suspect age band, value as printed)
ROWS = [
    ("2022/23", "017B", "10-13", "<5"),
    ("2022/23", "017B", "14-15", "<5"),
    ("2022/23", "020B", "10-13", "7"),
    ("2022/23", "020B", "14-15", "9"),
    ("2022/23", "020B", "16-17", "<5"),
    ("2022/23", "021", "10-13", "<5"),
    ("2022/23", "022B", "14-15", "18"),
    ("2022/23", "022B", "16-17", "11"),
    ("2022/23", "071/17", "14-15", "6"),
    ("2022/23", "071/17", "16-17", "13"),
    ("2023/24", "017B", "10-13", "<5"),
    ("2023/24", "020B", "10-13", "8"),
    ("2023/24", "020B", "14-15", "6"),
    ("2023/24", "020B", "16-17", "<5"),
    ("2023/24", "021", "10-13", "5"),
    ("2023/24", "021", "14-15", "<5"),
    ("2023/24", "022B", "10-13", "<5"),
    ("2023/24", "022B", "14-15", "21"),
    ("2023/24", "022B", "16-17", "9"),
    ("2023/24", "071/17", "10-13", "<5"),
    ("2023/24", "071/17", "14-15", "10"),
    ("2023/24", "071/17", "16-17", "15"),
]
# exact totals as the force printed them (suppressed cells included in the count)
TOTALS = {"2022/23": "74", "2023/24": "86"}
GRAND = "160"


def q(v):
    """Quote like Excel does: only when needed."""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def line(*cells):
    cells = list(cells) + [""] * (NCOL - len(cells))
    return ",".join(q(c) for c in cells)


lines = [
    line("Avon and Somerset Constabulary"),
    line("Freedom of Information Request \u00e2\u20ac\u201c Reference 1087/24"),
    line("Sexual offences against children (victim aged under 18) where a suspect aged under 18 was recorded"),
    line("Financial years 2022/23 and 2023/24 (01/04/2022 to 31/03/2024)"),
    line("Source: Niche RMS. Data extracted 14/05/2024. Figures are subject to change."),
    line(),
    line("Q1"),
    line("Financial Year", "HO Code", "Offence Description", "Suspect Age", "Number of Crimes"),
]
prev = None
for fy, code, band, val in ROWS:
    if prev and fy != prev:
        lines.append(line(prev + " Total", "", "", "", TOTALS[prev]))
    lines.append(line(fy, code, DESC[code], band, val))
    prev = fy
lines.append(line(prev + "\u00a0Total", "", "", "", TOTALS[prev]))
lines.append(line("Grand Total", "", "", "", GRAND))
lines += [
    line(),
    line("Q2"),
    line("Financial Year", "Arrests of persons aged under 18 for the offences in Q1"),
    line("2022/23", "41"),
    line("2023/24", "37"),
    line(),
    line("Q3"),
    line("Platforms / apps used", "Section 12(1) FOIA applies to this part of the request - please refer to the covering letter"),
    line(),
    line("Notes"),
    line("1. Values of less than 5 are shown as <5 to reduce the risk of identifying individuals."),
    line("2. Combinations of offence and suspect age for which no crimes were recorded are not listed."),
    line("3. Suspect age is the age at the time of the offence. Where more than one suspect aged under 18 is linked to a crime, the crime is counted once, against the youngest suspect."),
    line("4. Q2 counts arrests, not people: a person arrested more than once is counted each time. An arrest is counted in the year it took place."),
    line("5. Crimes are counted in the financial year in which they were recorded."),
]

data = "\ufeff" + "\r\n".join(lines) + "\r\n"
OUT.write_bytes(data.encode("utf-8"))
print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(lines)} lines)")
