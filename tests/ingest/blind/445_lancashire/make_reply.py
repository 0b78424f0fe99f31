"""Build reply.pdf: Lancashire Constabulary FOI letter - six child sexual offence codes by
calendar year 2020-2023 (codes and titles in separate columns, years across, a Total column and
a Grand Total row), '1-4' suppression with its rule stated, totals that leave out the '1-4' cells."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/2024/0139"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1.5)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 3.8, "Lancashire Constabulary - Information Access Team - Police Headquarters, "
                          "Saunders Lane, Hutton, Preston PR4 5SB", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.8, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


# letterhead
pdf.set_font("Helvetica", "B", 17)
pdf.set_text_color(0, 45, 98)
pdf.cell(W, 8, "Lancashire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(W, 5, "Information Access Team", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)

pdf.set_font("Helvetica", "", 10)
for line in ("By e-mail only", "", "Date: 8 February 2024", f"Our Ref: {REF}"):
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Requester,")
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(1.5)
para("I write in response to your e-mail of 15 January 2024 in which you asked for the following "
     "information:")
para("\"Please could you provide the number of the following offences recorded by Lancashire "
     "Constabulary in each of the last four years:\n"
     "  - rape of a girl under 13\n"
     "  - rape of a boy under 13\n"
     "  - sexual assault of a girl under 13\n"
     "  - sexual activity with a child under 16\n"
     "  - sexual communication with a child\n"
     "  - abuse of a position of trust (sexual offences)\n"
     "Please include a total for each offence.\"", style="I")

heading("Response")
para("Lancashire Constabulary holds information relevant to your request. We have taken \"the last "
     "four years\" to mean the last four complete calendar years, that is 1 January 2020 to "
     "31 December 2023. The table below shows the number of crimes recorded in each year under the "
     "Home Office classification that matches each of the offences you listed. Figures are for "
     "crimes recorded, not for victims or suspects, and count each crime in the year in which it "
     "was recorded.")

head = FontFace(emphasis="BOLD", fill_color=(214, 222, 235))
bold = FontFace(emphasis="BOLD")
rows = [
    ("HO Code", "Offence", "2020", "2021", "2022", "2023", "Total"),
    ("19E", "Rape of a female child under 13", "131", "152", "168", "159", "610"),
    ("19H", "Rape of a male child under 13", "38", "44", "35", "41", "158"),
    ("20B", "Sexual assault on a female child under 13", "197", "224", "243", "238", "902"),
    ("22B", "Sexual activity involving a child under 16", "352", "391", "410", "386", "1,539"),
    ("71/17", "Sexual communication with a child", "243", "268", "297", "281", "1,089"),
    ("73", "Abuse of position of trust of a sexual nature", "7", "1-4", "5", "1-4", "12"),
]
pdf.set_font("Helvetica", "", 9)
with pdf.table(col_widths=(15, 62, 15, 15, 15, 15, 17),
               text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=head, line_height=5.5, width=W) as t:
    for i, row in enumerate(rows):
        r = t.row()
        for j, c in enumerate(row):
            r.cell(c, style=bold if (i > 0 and j == 6) else None)
    r = t.row(style=bold)
    r.cell("Grand Total", colspan=2, align="LEFT")
    for c in ("968", "1,079", "1,158", "1,105", "4,310"):
        r.cell(c)
pdf.ln(2)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(W, 4.2,
               "1-4: where between one and four crimes were recorded the exact figure has been "
               "replaced with \"1-4\" to reduce the risk of a victim being identified. The Total "
               "column and the Grand Total row have been calculated from the figures shown in the "
               "table and do not include the crimes shown as 1-4, so the true totals for those "
               "rows and columns will be slightly higher.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

para("Please note that crime data is held on a live system and is subject to change as "
     "investigations progress and crimes are reclassified. The figures above were extracted on "
     "30 January 2024 and may differ slightly from those published by the Home Office or the "
     "Office for National Statistics.")

heading("Complaint rights")
para("Your attention is drawn to the attached sheet, which details your right of complaint. If you "
     "are dissatisfied with the handling of your request you may ask for an internal review by "
     "writing to the Information Access Team at the address below within 40 working days of the "
     "date of this letter. If you remain dissatisfied after the review you have the right to "
     "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF.")
para("Thank you for your interest in Lancashire Constabulary.")
para("Yours sincerely,", gap=8)
para("Disclosure Officer\nInformation Access Team\nLancashire Constabulary", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("pages:", pdf.page_no())
