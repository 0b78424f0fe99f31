"""Build reply.csv for the invented West Yorkshire Police FOI reply 11732/24.

Run with: /work/main/.venv/bin/python make_reply.py
The file imitates a pivot table saved from Excel as "CSV (Comma delimited)": Windows-1252,
CRLF line ends, title and note lines padded with commas to the table width, the financial
year printed only on the first row of its block. Deterministic (no dates taken from the clock).
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 5

OFFENCES = [
    ("071/17", "Sexual Communication with a Child"),
    ("088A", "Sexual Grooming"),
    ("073", "Abuse of Position of Trust of a Sexual Nature"),
]

# (year label, {code: (Y, N)})  -- "<5" marks a suppressed cell
DATA = [
    ("2021/22", {"071/17": ("438", "41"), "088A": ("96", "23"), "073": ("18", "52")}, "668"),
    ("2022/23", {"071/17": ("471", "38"), "088A": ("104", "<5"), "073": ("<5", "47")}, "665"),
    ("2023/24", {"071/17": ("452", "33"), "088A": ("117", "14"), "073": ("11", "39")}, "666"),
    ("2024/25 (part year)", {"071/17": ("109", "8"), "088A": ("31", "<5"), "073": ("<5", "9")}, "160"),
]
GRAND = "2159"


def pad(first):
    return [first] + [""] * (WIDTH - 1)


def build():
    rows = []
    rows.append(pad("West Yorkshire Police \u2013 Freedom of Information Request 11732/24"))
    rows.append(pad("Sexual communication with a child, sexual grooming and abuse of position of trust: "
                    "recorded crimes by financial year and cyber flag"))
    rows.append(pad("Data extracted 22/07/2024"))
    rows.append([""] * WIDTH)
    rows.append(["Financial Year", "HO Code", "Offence Description", "Cyber Flag", "Crimes"])
    for year, per_code, total in DATA:
        first = True
        for code, desc in OFFENCES:
            y, n = per_code[code]
            rows.append([year if first else "", code, desc, "Y", y])
            first = False
            rows.append(["", code, desc, "N", n])
        rows.append([year + " Total", "", "", "", total])
    rows.append(["Grand Total", "", "", "", GRAND])
    rows.append([""] * WIDTH)
    rows.append(pad("Notes:"))
    rows.append(pad("1. Figures are crimes recorded in the financial year (1 April to 31 March), counted by the "
                    "Home Office offence code at the time of extraction."))
    rows.append(pad("2. 2024/25 (part year) covers 01/04/2024 \u2013 30/06/2024 only."))
    rows.append(pad("3. Cyber Flag: Y = the crime has been flagged as committed in whole or in part through a "
                    "computer, computer network or other computer-enabled device; N = not flagged."))
    rows.append(pad("4. To reduce the risk of identifying individuals, figures of fewer than five are shown as <5. "
                    "Totals include all crimes."))
    rows.append(pad("5. Data is taken from a live system and may change as crimes are reclassified or cancelled."))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
