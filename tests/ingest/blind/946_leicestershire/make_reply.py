"""Build reply.csv: the CSV attachment Leicestershire Police sent with FOI 004417/24.

The file imitates an Excel "CSV UTF-8" export: a byte-order mark, CRLF line ends,
every row padded with commas to the width of the widest table, and fields quoted
only where they hold a comma or a quote.
"""
from pathlib import Path

WIDTH = 5

rows = [
    ["Leicestershire Police - Freedom of Information Request 004417/24"],
    ["Rape offences against children - recorded crime and outcomes"],
    ["Period: calendar years 2021, 2022 and 2023 (1 January to 31 December)"],
    ["Data extracted: 19/02/2024"],
    [],
    ["Q1 - Number of rape offences against children recorded, by Home Office offence code"],
    ["Offence Code", "Offence Description", "2021", "2022", "2023"],
    ["019D", "Rape of a female child under 16", "58", "64", "61"],
    ["019E", "Rape of a female child under 13", "31", "27", "35"],
    ["019G", "Rape of a male child under 16", "9", "7", "*"],
    ["019H", "Rape of a male child under 13", "*", "6", "5"],
    ["Total", "", "101", "104", "105"],
    [],
    ["Q2 - Outcome of the offences in Q1, as at the date of extraction"],
    ["Outcome", "Outcome Description", "2021", "2022", "2023"],
    ["01", "Charged/Summonsed", "12", "10", "*"],
    ["14", "Evidential difficulties victim based - named suspect not identified", "9", "11", "6"],
    ["15", "Evidential difficulties - named suspect identified; victim supports action", "18", "21", "12"],
    ["16", "Evidential difficulties - named suspect identified; victim does not support action", "31", "29", "17"],
    ["21", "Further investigation not in the public interest - police decision", "*", "5", "*"],
    ["No outcome", "Investigation ongoing", "27", "28", "64"],
    [],
    ["Q3 - Number of the offences in Q1 that were flagged as online (cyber-enabled)"],
    ["", "", "2021", "2022", "2023"],
    ["Online flag", "", "N/H", "11", "14"],
    [],
    ["Notes"],
    ["* Figures have been suppressed where a small number could lead to the identification of a victim."],
    ["Totals include suppressed figures."],
    ["Outcome types that were not assigned to any of these offences have been omitted from Q2."],
    ["N/H - Not held. Crimes recorded before the force moved to its current crime recording system on 1 January 2022 were migrated without the online flag, so this cannot be provided for 2021."],
    ["Figures are based on the date the crime was recorded and may change as investigations progress."],
]


def field(text: str) -> str:
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def line(row: list[str]) -> str:
    cells = row + [""] * (WIDTH - len(row))
    return ",".join(field(c) for c in cells)


out = Path(__file__).with_name("reply.csv")
text = "\r\n".join(line(r) for r in rows) + "\r\n"
out.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
