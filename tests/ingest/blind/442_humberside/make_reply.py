"""Build reply.xlsx: Humberside Police FOI attachment - one sheet per financial year (same layout on each):
HO code / offence / crimes recorded / of which online flag, a Total row, '<5' with its rule stated,
'-' keyed as nil, codes with leading zeros, and a notes block under each table."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent

OFFENCES = [
    ("019E", "Rape of a female child under 13"),
    ("019H", "Rape of a male child under 13"),
    ("021", "Sexual activity involving a child under 13"),
    ("022B", "Sexual activity involving a child under 16"),
    ("071/17", "Sexual communication with a child"),
]
# (crimes, online) per code; None = '-' (nil); values < 5 print as '<5'
YEARS = [
    ("2021-22", "April 2021 to March 2022", [(58, 3), (14, None), (71, 6), (96, 11), (143, 131)]),
    ("2022-23", "April 2022 to March 2023", [(64, 5), (9, 2), (77, 8), (104, 14), (161, 149)]),
    ("2023-24", "April 2023 to March 2024", [(61, 4), (12, None), (69, 3), (118, 17), (176, 170)]),
]


def shown(v):
    if v is None:
        return "-"
    if 0 < v < 5:
        return "<5"
    return v


thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
tot_fill = PatternFill("solid", fgColor="D9E1F2")

wb = Workbook()
wb.remove(wb.active)
for sheet, label, data in YEARS:
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Humberside Police - Freedom of Information Request HP-FOI-24-0917"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"Child sexual offences recorded - {label}"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Source: Niche RMS, crime data extracted 22/05/2024"
    ws["A3"].font = Font(italic=True, size=9)

    header = ["HO Code", "Offence", "Crimes recorded", "Of which online flag"]
    r0 = 5
    for c, v in enumerate(header, start=1):
        cell = ws.cell(row=r0, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = r0
    for (code, desc), (n, onl) in zip(OFFENCES, data):
        r += 1
        for c, v in enumerate([code, desc, shown(n), shown(onl)], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            if c == 1:
                cell.number_format = "@"
            if c >= 3:
                cell.alignment = Alignment(horizontal="right")
    r += 1
    tot_n = sum(n for n, _ in data)
    tot_o = sum(o or 0 for _, o in data)
    for c, v in enumerate(["Total", "", tot_n, tot_o], start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True)
        cell.fill = tot_fill
        cell.border = box
        if c >= 3:
            cell.alignment = Alignment(horizontal="right")

    notes = [
        "Notes",
        "1. Figures are crimes recorded in the financial year shown (1 April to 31 March) under the Home Office "
        "classifications listed. Each of these offences can only be committed against a child.",
        "2. '<5' - to reduce the risk of identifying victims, figures of fewer than five are shown as <5.",
        "3. '-' - nil. No crimes were recorded.",
        "4. Totals are calculated from the full data and include crimes shown as <5.",
        "5. The online flag is applied by the recording officer where the offence was committed, wholly or in part, "
        "through a computer or other internet-enabled device.",
    ]
    r += 2
    for line in notes:
        ws.cell(row=r, column=1, value=line).font = Font(size=9, bold=(line == "Notes"))
        r += 1

    for col, w in zip("ABCD", (10, 44, 16, 20)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[r0].height = 30

wb.save(HERE / "reply.xlsx")
