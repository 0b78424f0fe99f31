"""Build the attachment for writer d's blind replies (66_derbyshire/reply.xlsx)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))


def build_66():
    wb = Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws["A1"] = "Derbyshire Constabulary - Freedom of Information"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Request reference:"; ws["B3"] = "DC-FOI-003318"
    ws["A4"] = "Date of extract:"; ws["B4"] = "07/02/2024"
    ws["A5"] = "Source:"; ws["B5"] = "Niche RMS, crimes recorded 01/01/2020 - 31/12/2023 (calendar years)"
    ws["A7"] = "Notes"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = "1. Counts are of crimes recorded, by date recorded, not by date of offence."
    ws["A9"] = "2. * denotes a value between 1 and 4, suppressed to reduce the risk of identification (s.40(2) FOIA)."
    ws["A10"] = "3. The online flag has been applied consistently only from April 2019; see the 'Online flag' sheet."
    ws["A11"] = "4. Totals on the Recorded crime sheet are exact."
    ws.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Recorded crime")
    ws["A1"] = "Recorded crime by Home Office code and calendar year"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["Year", "021", "022B", "071/17", "Grand Total"])
    ws.append(["", "Sexual activity involving a child under 13",
               "Sexual activity involving a child under 16",
               "Sexual communication with a child", ""])
    data = [(2020, 64, 143, 52), (2021, 71, 156, 88), (2022, 59, 149, 97), (2023, 66, 161, 104)]
    for y, a, b, c in data:
        ws.append([y, a, b, c, a + b + c])
    ws.append(["Grand Total", sum(d[1] for d in data), sum(d[2] for d in data),
               sum(d[3] for d in data), sum(sum(d[1:]) for d in data)])
    for col in "ABCDE":
        ws.column_dimensions[col].width = 18
    for cell in ws[3] + ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    ws.cell(row=9, column=1).font = Font(bold=True)

    ws = wb.create_sheet("Online flag")
    ws["A1"] = "Of the above, crimes with the online flag applied"
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(["HO code", 2020, 2021, 2022, 2023])
    ws.append(["021", "*", 5, "*", 7])
    ws.append(["022B", 21, 34, 29, 38])
    ws.append([])
    ws.append(["* = 1 to 4"])
    ws.append(["071/17 is an online offence by its nature and is not shown separately."])
    for cell in ws[3]:
        cell.font = Font(bold=True)

    out = os.path.join(HERE, "66_derbyshire")
    os.makedirs(out, exist_ok=True)
    wb.save(os.path.join(out, "reply.xlsx"))


if __name__ == "__main__":
    build_66()
