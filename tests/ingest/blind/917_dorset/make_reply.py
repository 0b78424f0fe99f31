"""Build reply.csv: Dorset Police FOI 2024-0263 data attachment.

Written the way Excel saves "CSV (Comma delimited)" on Windows: Windows-1252 encoding
(the en dash in the 2023/24 heading is byte 0x96), CRLF line ends, trailing commas
padding short rows to the sheet width. Run with /work/main/.venv/bin/python.
"""
import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.csv"
WIDTH = 6

ROWS = [
    ["Dorset Police"],
    ["Freedom of Information Request Ref: 2024-0263"],
    ["Online (cyber) flagged sexual offences against children, by Home Office offence code"],
    ["Data extracted from Niche RMS on 08/03/2024"],
    [],
    ["Table 1 - Crimes recorded with the online (cyber) flag"],
    ["HO Code", "Offence description", "2020/21", "2021/22", "2022/23",
     "2023/24 (01/04/2023 \u2013 29/02/2024)"],
    ["020B", "Sexual assault on a female child under 13", "7", "5", "9", "-"],
    ["022B", "Sexual activity involving a child under 16", "41", "38", "46", "35"],
    ["071/17", "Sexual communication with a child", "63", "71", "80", "58"],
    ["088A", "Sexual grooming", "12", "-", "9", "4"],
    ["", "Total", "123", "114", "144", "97"],
    [],
    ["Table 2 - Victim gender, crimes in Table 1"],
    ["Victim gender", "2020/21", "2021/22", "2022/23", "2023/24 (to 29/02/2024)"],
    ["Female", "101", "92", "118", "79"],
    ["Male", "19", "20", "26", "17"],
    ["Unknown", "3", "2", "-", "1"],
    [],
    ["Table 3 - Crimes in Table 1 where a suspect aged under 18 was recorded"],
    ["", "2020/21", "2021/22", "2022/23", "2023/24 (to 29/02/2024)"],
    ["Number of crimes", "n/a", "14", "19", "11"],
    [],
    ["Notes"],
    ["1. '-' denotes nil, i.e. no crimes recorded."],
    ["2. n/a - the 'suspect age at time of offence' field was introduced on Niche on "
     "01/04/2021. This information is not held for 2020/21."],
    ["3. Figures are crimes recorded by Dorset Police to which the cyber-enabled (online) "
     "flag has been applied, counted by crime, not by victim. Where a crime has more than "
     "one victim the gender of the first recorded victim is shown."],
    ["4. 2023/24 is a part year, 1 April 2023 to 29 February 2024."],
    ["5. Figures are correct at the date of extraction and may change as crimes are "
     "reclassified or cancelled."],
]


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in ROWS:
        w.writerow(r + [""] * (WIDTH - len(r)))
    OUT.write_bytes(buf.getvalue().encode("cp1252"))


if __name__ == "__main__":
    build()
    print(f"wrote {OUT}")
