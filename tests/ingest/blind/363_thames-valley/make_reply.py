"""Build reply.pdf: Thames Valley Police FOI letter (child sexual offences under 13/16, suspects 10-17)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI 2024/11876"


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Sans", "B", 15)
            self.cell(0, 7, "Thames Valley Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Sans", "", 8.5)
            self.cell(0, 4.2, "Information Access Team, Thames Valley Police Headquarters,",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.2, "Oxford Road, Kidlington, Oxfordshire OX5 2NX", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.2, "Email: information.access@thamesvalley.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("Sans", "", 8)
            self.cell(0, 4, f"Thames Valley Police - {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10.5, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Sans", "", 10.5)
pdf.cell(0, 5.2, f"Our Reference: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.2, "Date: 22 January 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("Freedom of Information Request - Sexual offences against children", style="B")
para("Thank you for your request for information received by Thames Valley Police on 18 December "
     "2024. Your request has been handled under the Freedom of Information Act 2000 (the Act). "
     "You asked:")
pdf.set_x(30)
pdf.set_font("Sans", "I", 10.5)
pdf.multi_cell(140, 5.2,
    "\"1. Please provide the number of each of the following offences recorded by Thames Valley "
    "Police in each of the last three financial years: rape of a female child under 13; rape of a "
    "male child under 13; sexual activity involving a child under 13; sexual activity involving a "
    "child under 16.\n"
    "2. For each of those years, in how many of these crimes was a suspect aged 10 to 17 recorded?\"",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("We have interpreted 'the last three financial years' as the three complete years ending "
     "31 March 2024. Thames Valley Police holds some of the information you have requested, and "
     "our response to each question is set out below.")
para("Question 1", style="B", after=1)
para("Table 1 shows the crimes recorded under each of the four Home Office offence classifications "
     "you asked about.")

pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Table 1: Recorded crimes by Home Office offence code", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
rows1 = [
    ("HO Code", "Offence", "April 2021 to March 2022", "April 2022 to March 2023",
     "April 2023 to March 2024", "Total"),
    ("19E", "Rape of a female child under 13", "118", "126", "131", "375"),
    ("19H", "Rape of a male child under 13", "41", "37", "45", "123"),
    ("21", "Sexual activity involving a child under 13", "64", "71", "58", "193"),
    ("22B", "Sexual activity involving a child under 16", "203", "219", "196", "618"),
    ("", "Total", "426", "453", "430", "1309"),
]
with pdf.table(col_widths=(16, 58, 24, 24, 24, 18),
               text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(221, 230, 240)),
               line_height=5.2) as t:
    for i, r in enumerate(rows1):
        row = t.row()
        for c in r:
            if i == len(rows1) - 1:
                row.cell(c, style=FontFace(emphasis="BOLD"))
            else:
                row.cell(c)
pdf.ln(5)

para("Question 2", style="B", after=1)
para("Table 2 shows the number of the crimes in Table 1 in which at least one suspect aged 10 to "
     "17 at the time of the offence was recorded. A crime with more than one such suspect is "
     "counted once.")
pdf.set_font("Sans", "B", 9.5)
pdf.cell(0, 6, "Table 2: Crimes with a recorded suspect aged 10-17", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9.5)
rows2 = [
    ("Financial Year", "Crimes with a suspect aged 10-17"),
    ("2021/22", "N/H"),
    ("2022/23", "97"),
    ("2023/24", "104"),
]
with pdf.table(width=110, align="LEFT", col_widths=(40, 70), text_align=("LEFT", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(221, 230, 240)),
               line_height=5.2) as t:
    for r in rows2:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
para("N/H - Not held. Before Thames Valley Police moved to its current records management system "
     "on 1 April 2022 the age of a suspect was not held in a field that can be searched or "
     "reported on. To provide this figure for 2021/22 would mean creating new information, which "
     "the Act does not require, and so this information is not held for the purposes of the Act.",
     size=9)

para("Notes", style="B", after=1)
para("Figures are taken from the force's crime recording systems on 9 January 2025 and are counted "
     "by the date the crime was recorded, which may be some time after the offence took place. "
     "Crimes are counted, not victims. Figures may differ from those published by the Home Office "
     "because crimes can be reclassified or cancelled after the data is submitted.")
para("Complaint Rights", style="B", after=1)
para("If you are dissatisfied with this response you are entitled to request an internal review. "
     "Please write to the Information Access Team at the address above within 40 working days of "
     "the date of this letter. If you remain dissatisfied after the review you may complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,", after=8)
para("Information Access Officer\nInformation Access Team\nThames Valley Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
