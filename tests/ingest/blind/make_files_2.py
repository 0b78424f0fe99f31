"""Build the attachment replies of the blind corpus's second round (folders 48 to 50), written
by another author blind to the readers, like make_files.py for the first.

Each function writes one reply.EXT into its folder beside this script, the way the force
attaches it to a disclosure-log entry. meta.json and expected.jsonl are written separately from
what the rendered file shows. Run from the repository root (only to rebuild after a change here):

    /work/main/.venv/bin/python tests/ingest/blind/make_files_2.py
"""

import datetime as dt

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from make_files import BOLD, BOX, folder

STAMP = dt.datetime(2024, 6, 1, 9, 0, 0)  # the document properties date the reply, not the run of this script
FILL = PatternFill("solid", fgColor="E2EFDA")


# ---------------------------------------------------------------- 48 Staffordshire (xlsx)
STAFFS_YEARS = ["2022/23", "2023/24"]
STAFFS_QUARTERS = ["Q1 (Apr - Jun)", "Q2 (Jul - Sep)", "Q3 (Oct - Dec)", "Q4 (Jan - Mar)"]
# (online flagged, not flagged) per quarter, per year
STAFFS_Q1 = {
    "2022/23": [(52, 318), (47, 301), (55, 287), (61, 309)],
    "2023/24": [(58, 322), (63, 296), (49, 305), (66, 331)],
}
STAFFS_SUSPECT = [("10 - 17", 31), ("18 - 24", 44), ("25 - 39", 57), ("40 - 59", 38), ("60 and over", 3),
                  ("Not known", 29)]


def reply_48_staffordshire():
    wb = Workbook()
    wb.properties.created = STAMP
    wb.properties.creator = "Information Compliance Unit"
    cover = wb.active
    cover.title = "Cover"
    lines = [
        ("Staffordshire Police", Font(bold=True, size=14)),
        ("Freedom of Information Act 2000 - Request 5529/2024", BOLD),
        ("", None),
        ("Request:", BOLD),
        ("1. For the financial years 2022/23 and 2023/24, by quarter, how many sexual offences against children "
         "(victim aged under 18) were recorded, and how many of these carried the online crime flag?", None),
        ("2. For the online flagged offences in 2023/24, what were the ages of the suspects?", None),
        ("", None),
        ("Response:", BOLD),
        ("Staffordshire Police holds the information requested. Please see the sheets 'Q1' and 'Q2'.", None),
        ("", None),
        ("Date of response: 19 June 2024", None),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        c = cover.cell(row=r, column=1, value=text)
        if font:
            c.font = font
    cover.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Q1")
    ws["A1"] = "Sexual offences with a victim aged under 18, by quarter of recording and online flag"
    ws["A1"].font = BOLD
    ws.merge_cells("A3:A4")
    ws["A3"] = "Quarter"
    for i, y in enumerate(STAFFS_YEARS):
        col = 2 + 3 * i
        ws.cell(row=3, column=col, value=y)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 2)
        for j, h in enumerate(("Online flagged", "Not flagged", "Total")):
            ws.cell(row=4, column=col + j, value=h)
    for k, q in enumerate(STAFFS_QUARTERS):
        r = 5 + k
        ws.cell(row=r, column=1, value=q)
        for i, y in enumerate(STAFFS_YEARS):
            a, b = STAFFS_Q1[y][k]
            col = 2 + 3 * i
            ws.cell(row=r, column=col, value=a)
            ws.cell(row=r, column=col + 1, value=b)
            ws.cell(row=r, column=col + 2, value=a + b)
    tr = 5 + len(STAFFS_QUARTERS)
    ws.cell(row=tr, column=1, value="Total")
    for c in range(2, 8):
        ws.cell(row=tr, column=c, value=sum(ws.cell(row=r, column=c).value for r in range(5, tr)))
    for row in ws.iter_rows(min_row=3, max_row=tr, min_col=1, max_col=7):
        for cell in row:
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center")
            if cell.row in (3, 4, tr):
                cell.font = BOLD
                cell.fill = FILL
    ws.column_dimensions["A"].width = 18
    ws.cell(row=tr + 2, column=1, value="Quarters are financial quarters: Q1 = April to June, Q4 = January to March.")
    ws.cell(row=tr + 3, column=1, value="Source: Niche RMS, extracted 10/06/2024. Offences are counted by date recorded.")

    ws2 = wb.create_sheet("Q2")
    ws2["A1"] = "Suspects linked to online flagged sexual offences against children, 2023/24, by age of suspect"
    ws2["A1"].font = BOLD
    ws2["A3"] = "Age of suspect"
    ws2["B3"] = "Number of suspects"
    for c in ("A3", "B3"):
        ws2[c].font = BOLD
        ws2[c].fill = FILL
        ws2[c].border = BOX
    for k, (band, v) in enumerate(STAFFS_SUSPECT, start=4):
        ws2.cell(row=k, column=1, value=band).border = BOX
        ws2.cell(row=k, column=2, value="1-4" if 1 <= v <= 4 else v).border = BOX
    n = 4 + len(STAFFS_SUSPECT) + 1
    ws2.cell(row=n, column=1, value="Notes:")
    ws2.cell(row=n + 1, column=1, value="1-4 = a number between 1 and 4, shown as a range to protect the identity of individuals. "
             "For this reason no total is given.")
    ws2.cell(row=n + 2, column=1, value="An offence can have more than one suspect and a suspect can be linked to more than one offence.")
    ws2.column_dimensions["A"].width = 20
    ws2.column_dimensions["B"].width = 20
    wb.save(folder("48_staffordshire") / "reply.xlsx")


# ---------------------------------------------------------------- 49 Surrey (docx)
SURREY_BANDS = ["Under 14", "14-15", "16-17", "18-24", "25-39", "40-59", "60+", "Not recorded"]
SURREY = {2022: [9, 14, 21, 38, 72, 65, 19, 11], 2023: [12, 17, 26, 41, 69, 58, 23, 8]}
SURREY_ARRESTED = {2022: 171, 2023: 164}


def reply_49_surrey():
    d = docx.Document()
    d.core_properties.created = STAMP
    d.core_properties.modified = STAMP
    d.core_properties.author = "Information Access Team"
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("SURREY POLICE\n")
    r.bold = True
    r.font.size = Pt(16)
    p.add_run("Information Access Team\nPO Box 101, Guildford, GU1 9PE\nTelephone: 101\n")
    d.add_paragraph("Our Ref: 1309/2024/FOI\nDate: 4 March 2024")
    d.add_paragraph("Dear Sir/Madam,")
    h = d.add_paragraph()
    h.add_run("FREEDOM OF INFORMATION REQUEST").bold = True
    d.add_paragraph("I write in connection with your request for information which was received by Surrey Police on "
                    "5 February 2024. I note you seek access to the following information:")
    for q in (
        "1. For the calendar years 2022 and 2023, the number of suspects for offences of taking, making or "
        "distributing indecent images of children (Home Office code 86/2), broken down by the age of the suspect.",
        "2. How many of those suspects were arrested.",
        "3. Which apps, websites or online services were used by the suspects.",
        "4. How many of the investigations arose from the deployment of undercover officers online.",
    ):
        d.add_paragraph(q, style="List Paragraph")
    h = d.add_paragraph()
    h.add_run("DECISION").bold = True
    d.add_paragraph("Surrey Police has located some information relevant to your request. Questions 1 and 2 are answered "
                    "in full. Question 3 is refused under section 12(1) and, for question 4, Surrey Police can neither "
                    "confirm nor deny that it holds the information by virtue of sections 23(5) and 24(2).")
    h = d.add_paragraph()
    h.add_run("Question 1").bold = True
    d.add_paragraph("Suspects recorded for 86/2 offences by age at the time of the offence:")
    t = d.add_table(rows=len(SURREY_BANDS) + 2, cols=3)
    t.style = "Table Grid"
    for c, text in enumerate(("Suspect age", "2022", "2023")):
        t.cell(0, c).text = text
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for k, band in enumerate(SURREY_BANDS, start=1):
        t.cell(k, 0).text = band
        t.cell(k, 1).text = str(SURREY[2022][k - 1])
        t.cell(k, 2).text = str(SURREY[2023][k - 1])
    last = len(SURREY_BANDS) + 1
    t.cell(last, 0).text = "Total"
    t.cell(last, 1).text = str(sum(SURREY[2022]))
    t.cell(last, 2).text = str(sum(SURREY[2023]))
    for c in range(3):
        t.cell(last, c).paragraphs[0].runs[0].bold = True
    d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("Question 2").bold = True
    d.add_paragraph(f"Of the suspects above, {SURREY_ARRESTED[2022]} were arrested in 2022 and {SURREY_ARRESTED[2023]} in 2023. "
                    "Suspects who attended a voluntary interview without being arrested are not included.")
    h = d.add_paragraph()
    h.add_run("Question 3 - Section 12(1) cost of compliance").bold = True
    d.add_paragraph("The apps and services used are not captured in a searchable field. To answer, each of the 503 suspect "
                    "records would need to be read along with any digital forensic report. At a conservative 15 minutes per "
                    "record this would take over 125 hours, far beyond the 18 hours (£450) set by the Freedom of Information "
                    "and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
    h = d.add_paragraph()
    h.add_run("Question 4 - Sections 23(5) and 24(2) neither confirm nor deny").bold = True
    d.add_paragraph("Confirming or denying whether information is held about the use of undercover officers would reveal "
                    "whether or not specialist tactics, and the involvement of bodies dealt with by section 23(3), have been "
                    "used in these investigations. This would undermine national security and the law enforcement "
                    "capability of the Police Service. The public interest in maintaining the exclusion of the duty to "
                    "confirm or deny outweighs the public interest in disclosure.")
    d.add_paragraph("If you are dissatisfied with this response you may ask for an internal review within 40 working days. "
                    "You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                    "Cheshire SK9 5AF.")
    d.add_paragraph("Yours faithfully,\n\nInformation Access Officer\nSurrey Police")
    d.save(folder("49_surrey") / "reply.docx")


# ---------------------------------------------------------------- 50 West Mercia (pdf)
WM_YEARS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25*"]
WM = [(212, 71, 2), (189, 64, 0), (231, 80, 1), (246, 77, 3), (238, 85, 2), (117, 39, 0)]
WM_ONLINE_2324 = 19


class Letter(FPDF):
    def __init__(self, letterhead):
        super().__init__(format="A4")
        self.letterhead = letterhead
        self.set_creation_date(STAMP)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=25)

    def header(self):
        self.set_font("Helvetica", "B", 15)
        self.cell(0, 8, self.letterhead[0], new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_font("Helvetica", "", 8)
        for line in self.letterhead[1:]:
            self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 10, f"OFFICIAL     FOI 18422     Page {self.page_no()} of {{nb}}", align="C")

    def para(self, text, style="", size=10, gap=2):
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def show_wm(v):
    return "*" if 1 <= v <= 2 else str(v)


def reply_50_west_mercia():
    pdf = Letter(["West Mercia Police",
                  "Information Management, Hindlip Hall, Worcester WR3 8SP",
                  "Tel: 01905 331545   Email: foi@westmercia.police.uk"])
    pdf.add_page()
    pdf.para("Freedom of Information Request Reference No: FOI 18422\nDate: 24 October 2024", gap=4)
    pdf.para("Dear Requester,")
    pdf.para("I write in response to your request for information received on 27 September 2024. You asked:", gap=2)
    pdf.para("\"For each financial year from 2019/20 to date, how many sexual offences against children under 13 "
             "(Home Office codes 17B, 19E, 19H, 20B and 21) has West Mercia Police recorded, by gender of the victim? "
             "Of those in 2023/24, how many were flagged as online?\"", "I")
    pdf.para("Response", "B")
    pdf.para("West Mercia Police holds the information you have asked for. The five offence codes have been combined, as "
             "requested. Figures of one or two have been replaced by * to reduce the risk that a child could be "
             "identified; the totals include these figures.")
    pdf.set_font("Helvetica", "B", 9)
    widths = (34, 28, 28, 34, 28)
    x0 = pdf.l_margin
    y0 = pdf.get_y()
    # two-level header drawn by hand: 'Financial year' and 'Total' span two rows; 'Victim gender' spans three columns
    pdf.set_xy(x0, y0)
    pdf.multi_cell(widths[0], 12, "Financial year", border=1, align="C", new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(sum(widths[1:4]), 6, "Victim gender", border=1, align="C", new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(widths[4], 12, "Total", border=1, align="C", new_x="LMARGIN", new_y="TOP")
    pdf.set_xy(x0 + widths[0], y0 + 6)
    for w, h in zip(widths[1:4], ("Female", "Male", "Not recorded")):
        pdf.cell(w, 6, h, border=1, align="C")
    pdf.set_xy(x0, y0 + 12)
    pdf.set_font("Helvetica", "", 9)
    for y, (a, b, c) in zip(WM_YEARS, WM):
        for w, text in zip(widths, (y, str(a), str(b), show_wm(c), str(a + b + c))):
            pdf.cell(w, 6, text, border=1, align="C")
        pdf.ln(6)
    pdf.set_font("Helvetica", "B", 9)
    cols = list(zip(*WM))
    tot = [sum(c) for c in cols]
    for w, text in zip(widths, ("Total", str(tot[0]), str(tot[1]), str(tot[2]), str(sum(tot)))):
        pdf.cell(w, 6, text, border=1, align="C")
    pdf.ln(9)
    pdf.para("* 2024/25 covers 1 April 2024 to 30 September 2024 only.", size=8)
    pdf.para(f"Of the offences recorded in 2023/24, {WM_ONLINE_2324} carried the online (cyber) flag. The flag is added "
             "where the offence was committed wholly or partly through a computer, network or internet-enabled device.")
    pdf.para("Please note the figures are for offences, not victims: a child may be the victim of more than one offence. "
             "Data was extracted from the crime recording system on 3 October 2024.")
    pdf.add_page()
    pdf.para("Complaint rights", "B")
    pdf.para("If you are unhappy with the way your request has been handled you can ask for an internal review within 40 "
             "working days of this response. If you are still dissatisfied you may contact the Information Commissioner's "
             "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.")
    pdf.para("Yours sincerely,", gap=6)
    pdf.para("Disclosure Officer\nWest Mercia Police")
    pdf.output(str(folder("50_west-mercia") / "reply.pdf"))


if __name__ == "__main__":
    reply_48_staffordshire()
    reply_49_surrey()
    reply_50_west_mercia()
