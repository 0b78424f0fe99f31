"""Build reply.csv for the invented North Yorkshire Police FOI reply.

The export is written the way a Windows reporting tool saves it: Windows-1252, CRLF line
endings, title and note lines above and below the grid, every row padded to six fields.
Deterministic: no dates are taken from the clock.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.csv")
WIDTH = 6

rows = [
    ["North Yorkshire Police \u2013 Freedom of Information Request FOI-2025-0288"],
    ["Sexual offences recorded where the victim was aged under 18 at the time of the offence"],
    ["Financial years 2022/23 and 2023/24, and 1 April 2024 \u2013 28 February 2025"],
    [],
    ["Q1. Crimes recorded by Home Office offence code"],
    ["Home Office Code", "Offence", "2022/23", "2023/24", "2024/25 (to 28/02/2025)", "Total"],
    ["019D", "Rape of a female child under 16", "38", "44", "36", "118"],
    ["019E", "Rape of a female child under 13", "21", "17", "19", "57"],
    ["020A", "Sexual assault on a female aged 13 and over (victims aged 13-17 only)",
     "164", "181", "159", "504"],
    ["020B", "Sexual assault on a female child under 13", "57", "63", "49", "169"],
    ["022B", "Sexual activity involving a child under 16", "96", "88", "91", "275"],
    ["071/17", "Sexual communication with a child", "112", "127", "104", "343"],
    ["073", "Abuse of position of trust of a sexual nature", "*", "6", "*", "11"],
    ["Total", "", "491", "526", "460", "1477"],
    [],
    ["Q2. Crimes in Q1 with the online (cyber) flag applied"],
    ["", "", "2022/23", "2023/24", "2024/25 (to 28/02/2025)"],
    ["Online flag", "All offences above", "143", "161", "139"],
    [],
    ["Notes"],
    ["* denotes a figure between 1 and 4. Small numbers have been suppressed to reduce the "
     "risk of identifying a victim; totals include the suppressed figures."],
    ["Victim age is the age recorded on the crime at the time of the offence. Crimes with no "
     "victim age recorded are not included."],
    ["Data source: Niche RMS, extracted 04/03/2025. Figures are provisional and subject to "
     "change as crimes are reviewed or reclassified."],
    ["Crimes are counted once, under the offence code held at the date of extraction."],
]


def build():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r + [""] * (WIDTH - len(r)))
    data = buf.getvalue().encode("cp1252")
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
