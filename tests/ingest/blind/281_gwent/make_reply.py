"""Build reply.pdf: Gwent Police FOI letter (rape of a child under 13, 19E/19H)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI 2024/1342"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Serif", "B", 14)
            self.cell(85, 7, "Heddlu Gwent", new_x="RIGHT", new_y="TOP")
            self.cell(0, 7, "Gwent Police", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Serif", "", 8.5)
            self.cell(85, 4.5, "Uned Rhyddid Gwybodaeth", new_x="RIGHT", new_y="TOP")
            self.cell(0, 4.5, "Freedom of Information Unit", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Pencadlys yr Heddlu / Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2XJ",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(7)

    def footer(self):
        self.set_y(-17)
        self.set_font("Serif", "I", 7.5)
        self.cell(0, 4, "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Serif", "", 7.5)
        self.cell(0, 4, f"Tudalen / Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.add_font("Serif", "", FONTS + "LiberationSerif-Regular.ttf")
pdf.add_font("Serif", "B", FONTS + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", FONTS + "LiberationSerif-Italic.ttf")
pdf.set_margins(22, 16, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=11, after=3):
    pdf.set_font("Serif", style, size)
    pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Serif", "", 11)
pdf.cell(0, 5.6, f"Ein Cyf / Our Ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.6, "Dyddiad / Date: 25/10/2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester")
para("I write in response to your request for information dated 2 October 2024 in which you asked:")
pdf.set_x(32)
pdf.set_font("Serif", "I", 11)
pdf.multi_cell(146, 5.6,
    "\u201cPlease provide the number of rapes of children under 13 recorded by Gwent Police in each "
    "of the last three financial years and the current financial year to date, broken down by the "
    "sex of the child. Please also tell me how many of these were flagged as having an online "
    "element in total.\u201d", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Gwent Police can confirm that the information you have requested is held. The figures below "
     "are for crimes recorded under Home Office codes 19E and 19H, which are the classifications "
     "for the rape of a female or male child under the age of 13.")

pdf.set_font("Serif", "B", 10)
pdf.cell(0, 6, "Rape of a child under 13 \u2013 recorded crimes", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 10)
rows = [
    ("Financial Year", "19E Rape of a female child under 13", "19H Rape of a male child under 13"),
    ("2021-22", "47", "12"),
    ("2022-23", "61", "15"),
    ("2023-24", "54", "9"),
    ("2024-25 (01/04/2024 to 30/09/2024)", "26", "6"),
]
with pdf.table(col_widths=(62, 52, 52), text_align=("LEFT", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
               line_height=6) as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
pdf.ln(4)

para("Please note that the figure for female victims in 2022-23 is different from the figure of 58 "
     "given in our response to FOI 2023/0871. A small number of crimes were reclassified to 19E following a "
     "crime data integrity audit, and the corrected figure of 61 is shown above.")
para("With regard to the second part of your request, across the whole period shown above five of "
     "these crimes carried the online flag.")
para("Figures are correct as at 7 October 2024 and are based on the date the crime was recorded, "
     "which may be some time after the offence took place.")
para("If you are not satisfied with this response you may ask for an internal review within 40 "
     "working days by writing to the Freedom of Information Unit at the address above. You can also "
     "complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
     "Cardiff CF10 2HH.")
para("Yn gywir / Yours sincerely", after=6)
para("Freedom of Information Officer\nGwent Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
