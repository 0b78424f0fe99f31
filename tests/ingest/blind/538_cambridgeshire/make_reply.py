"""Build reply.pdf: Cambridgeshire Constabulary FOI response letter (FOI 0788/2025), two pages.

Indecent photographs of children (Home Office code 86/2), financial years 2023/24 and 2024/25:
(a) offences recorded, given in one sentence; (b) suspects linked to those offences by age
band, a drawn table with years across and a Total row, small numbers shown as '*' with a
reason but no threshold (totals include them); (c) age of the children depicted: not held.
Running header 'OFFICIAL' and the reference on each page; footer 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 0788/2025"
FONT = "/usr/share/fonts/truetype/dejavu/"
YEARS = ["2023/24", "2024/25"]
SUSPECTS = [
    ("10 - 17", ("38", "44")),
    ("18 - 24", ("41", "36")),
    ("25 - 39", ("67", "71")),
    ("40 - 59", ("52", "48")),
    ("60 and over", ("14", "*")),
    ("Not recorded", ("*", "9")),
]
TOTALS = ("215", "210")  # include the suppressed cells (3 and 2)
assert 38 + 41 + 67 + 52 + 14 + 3 == 215 and 44 + 36 + 71 + 48 + 2 + 9 == 210


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, f"Cambridgeshire Constabulary  |  Freedom of Information  |  {REF}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(24, 12, 24)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw


def para(text, style="", size=10, gap=2.2):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("DejaVu", "B", 15)
pdf.cell(0, 8, "Cambridgeshire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 4, "Information Management Unit\nPolice Headquarters\nHinchingbrooke Park\nHuntingdon\n"
               "Cambridgeshire PE29 6NP", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 9.5)
pdf.multi_cell(0, 4.6, f"Our reference: {REF}\nDate: 1 September 2025", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Whitcombe,")
para("Freedom of Information Request", style="B", size=11, gap=1)
para("Thank you for your request for information received by Cambridgeshire Constabulary on 4 August "
     "2025. Your request has been dealt with under the terms of the Freedom of Information Act 2000 and "
     "the answers to each part are set out below.")
para("You asked:", style="B", gap=1)
para("For the financial years 2023/24 and 2024/25:")
para("(a) How many offences of taking, making or distributing indecent photographs of children (Home "
     "Office code 86/2) were recorded by Cambridgeshire Constabulary?\n"
     "(b) What were the ages of the suspects linked to those offences? Age bands are fine.\n"
     "(c) What were the ages of the children shown in the images?")
para("Our response:", style="B", gap=1)

para("(a) How many offences of taking, making or distributing indecent photographs of children (Home "
     "Office code 86/2) were recorded by Cambridgeshire Constabulary?", style="I", gap=1)
para("In 2023-24 the Constabulary recorded 241 offences under Home Office code 86/2, and in 2024-25 it "
     "recorded 226.")

para("(b) What were the ages of the suspects linked to those offences?", style="I", gap=1)
para("The table below shows the number of suspects linked to the offences in part (a), by the age of the "
     "suspect at the time of the offence. An offence may have more than one suspect linked to it, and some "
     "offences have no identified suspect, so the suspect totals do not match the number of offences.")

pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(W, 5, "Table 1: Suspects linked to offences under HO code 86/2, by age of suspect",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9.5)
fill = (222, 228, 236)
bold = FontFace(emphasis="BOLD")
with pdf.table(col_widths=(60, 30, 30), width=120, align="LEFT",
               text_align=("LEFT", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=fill), line_height=6) as t:
    r = t.row()
    for h in ("Suspect age at time of offence", *YEARS):
        r.cell(h)
    for label, vals in SUSPECTS:
        r = t.row()
        r.cell(label)
        for v in vals:
            r.cell(v)
    r = t.row()
    r.cell("Total", style=bold)
    for v in TOTALS:
        r.cell(v, style=bold)
pdf.ln(2)
para("* Small numbers have been replaced with * because, taken with other information in the public "
     "domain, they could lead to the identification of the individuals concerned. The totals include the "
     "suppressed figures.", size=8.5)

para("(c) What were the ages of the children shown in the images?", style="I", gap=1)
para("This information is not held. The age of a child shown in an indecent image is assessed and graded "
     "by specialist officers when the images are reviewed, but it is not recorded against the crime on our "
     "crime recording system and cannot be retrieved for either year. Under section 1(1)(a) of the Act "
     "we are therefore confirming that this information is not held.")

para("Please note that the figures above are extracted from a live crime recording system and may change "
     "as investigations progress or records are updated. Data was extracted on 20 August 2025.")

para("Your right to complain", style="B", size=10.5, gap=1)
para("If you are unhappy with the way your request has been handled, you may ask for an internal review. "
     "Please write to the Information Management Unit at the address above, or e-mail foi@cambs.police.uk, "
     "within 40 working days of the date of this letter. If you remain dissatisfied after the internal "
     "review you have the right to complain to the Information Commissioner's Office, Wycliffe House, "
     "Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely,")
para("Freedom of Information Officer\nInformation Management Unit\nCambridgeshire Constabulary")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", "pages:", pdf.pages_count)
