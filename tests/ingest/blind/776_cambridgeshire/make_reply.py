"""Build reply.csv: Cambridgeshire Constabulary FOI 0871/2024 data attachment.

The sheet was saved from Excel as "CSV UTF-8": a byte-order mark, CRLF line ends, every row
padded with commas to the width of the sheet. The en dashes in the title rows had already been
mangled (UTF-8 read as Windows-1252) when the sheet was put together, so they appear as
'â€“'.  Run:  /work/main/.venv/bin/python make_reply.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 5
DASH = "\u2013".encode("utf-8").decode("cp1252")  # 'â€“'

rows = [
    [f"Cambridgeshire Constabulary {DASH} Freedom of Information Request 0871/2024"],
    ["Sexual Communication with a Child (Home Office offence code 71/17)"],
    [f"Offences recorded 01/04/2021 {DASH} 31/03/2024"],
    ["Source: Athena crime recording system. Data extracted 13/05/2024"],
    [],
    ["Q1. Number of offences of sexual communication with a child recorded in each financial year, by gender of the victim"],
    ["Financial Year", "Female", "Male", "Not Recorded", "Total"],
    ["2021/22", "64", "9", "<5", "75"],
    ["2022/23", "71", "13", "<5", "87"],
    ["2023/24", "82", "17", "6", "105"],
    [],
    ["Q2. Number of these offences where the online (cyber) flag was applied"],
    ["Financial Year", "Online flag applied", "Online flag not applied"],
    ["2021/22", "61", "14"],
    ["2022/23", "70", "17"],
    ["2023/24", "91", "14"],
    [],
    ["Q3. Platform or app used to communicate with the victim (2023/24 only - see note 3)"],
    ["Platform", "Offences"],
    ["Snapchat", "38"],
    ["Instagram", "14"],
    ["WhatsApp", "9"],
    ["Facebook", "<5"],
    ["TikTok", "<5"],
    ["Other", "8"],
    ["Not recorded", "29"],
    ["Total", "105"],
    [],
    ["Notes"],
    ["1. Where the number of offences is fewer than five it has been shown as <5 to reduce the "
     "risk of identifying victims. Totals include these offences."],
    ["2. The online (cyber) flag is applied where the offence was committed, in full or in part, "
     "through a computer, computer network or other computer-enabled device."],
    ["3. Platform has only been recorded in a structured field on Athena since 1 April 2023, "
     "when the crime template was changed. This information is not held for 2021/22 or 2022/23."],
    ["4. Where more than one platform was used, the platform first used to contact the victim "
     "has been counted, so each offence appears once."],
    ["5. Figures are for offences recorded in the period and may differ from those published "
     "by the Home Office owing to later reclassification or cancellation of crimes."],
]


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(list(r) + [""] * (WIDTH - len(r)))
    with open(OUT, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build()
