"""Build reply.pdf: Cheshire Constabulary FOI letter (indecent images of children, suspects)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/dejavu/"
REF = "FOI 8817"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(0, 45, 98)
            self.rect(0, 0, self.w, 24, style="F")
            self.set_text_color(255, 255, 255)
            self.set_xy(18, 7)
            self.set_font("Sans", "B", 16)
            self.cell(0, 7, "CHESHIRE CONSTABULARY", new_x="LMARGIN", new_y="NEXT")
            self.set_x(18)
            self.set_font("Sans", "", 8.5)
            self.cell(0, 5, "Information Compliance Unit \u2022 Clemonds Hey, Oakmere Road, Winsford, Cheshire CW7 2UA",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_y(32)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(90, 4, f"Cheshire Constabulary \u2013 {REF}", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FONTS + "DejaVuSans-Bold.ttf")
pdf.set_margins(18, 18, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.add_page()


def para(text, style="", size=9.5, after=2.5):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Sans", "", 9.5)
for line in (f"Reference: {REF}", "Date: 4 April 2024", "Sent by email"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Sir/Madam,")
para("I write in connection with your request for information, received on 7 March 2024, which "
     "has been dealt with under the terms of the Freedom of Information Act 2000. Your request read:")
pdf.set_x(28)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(156, 5,
    "1) The number of offences of taking, making or distributing indecent images of children "
    "recorded in each of the calendar years 2021, 2022 and 2023.\n"
    "2) The number of suspects for those offences in each year, by age group (under 18, 18-24, "
    "25-39, 40-59, 60+).\n"
    "3) How many of those suspects were charged, and how many were cautioned.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Following receipt of your request, searches were conducted within Cheshire Constabulary. "
     "I can confirm that the information you have requested is held. The data below relates to "
     "Home Office code 086/02 (Take, make, distribute or publish indecent photographs or "
     "pseudo-photographs of children) and is based on the date the crime was recorded.")

para("1) Cheshire Constabulary recorded 412 offences under code 086/02 in 2021, 468 in 2022 and "
     "503 in 2023.")

para("2) Suspects are counted once per year for each age group, even where they are linked to more "
     "than one offence. As the age of criminal responsibility is 10, the under 18 group is shown as "
     "10 to 17. Age is the suspect's age when the offence was recorded.")

pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Table A \u2013 Suspects for offences under 086/02, by age group", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
rows = [
    ("Year", "10 to 17", "18 to 24", "25 to 39", "40 to 59", "60 and over", "Age not known"),
    ("2021", "38", "41", "96", "77", "19", "*"),
    ("2022", "45", "52", "104", "81", "22", "6"),
    ("2023", "51", "49", "118", "90", "*", "11"),
]
with pdf.table(col_widths=(20, 22, 22, 22, 22, 25, 27), text_align="CENTER",
               headings_style=head, line_height=5.5) as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(3)

para("3) The table below gives the outcome recorded against each suspect in Table A, as at "
     "31 March 2024. Some investigations into offences recorded in 2023 are still open.")
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 6, "Table B \u2013 Outcomes for suspects in Table A", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
rows = [
    ("Outcome", "2021", "2022", "2023"),
    ("Charged / summonsed", "88", "97", "74"),
    ("Caution \u2013 adult", "12", "9", "7"),
    ("Caution \u2013 youth", "-", "5", "*"),
    ("Under investigation (no outcome yet)", "6", "19", "139"),
]
with pdf.table(col_widths=(70, 25, 25, 25), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=head, line_height=5.5, width=145, align="LEFT") as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
pdf.set_font("Sans", "", 8)
pdf.multi_cell(0, 4.2,
    "Key: * = a figure between 1 and 4, which has been suppressed to reduce the risk of "
    "identifying individuals.   - = nil.\n"
    "Other outcomes (for example evidential difficulties, or no further action) are not shown, so "
    "the columns in Table B will not add up to the number of suspects in Table A.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

para("Please note that the figures are taken from a live crime recording system and may differ "
     "slightly from those published elsewhere, as records are updated when an investigation "
     "progresses.")
para("If you are dissatisfied with this response you may request an internal review within 40 "
     "working days by emailing foi@cheshire.police.uk, quoting the reference above. If you remain "
     "dissatisfied you may complain to the Information Commissioner's Office (www.ico.org.uk).")
para("Yours faithfully,", after=6)
para("Disclosure Officer\nInformation Compliance Unit", after=0)

pdf.output(str(HERE / "reply.pdf"))
