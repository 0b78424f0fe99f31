"""Build reply.pdf: Cumbria Constabulary FOI response letter (fpdf2), ref FOI/24/0918.

Under-13 sexual offences (19E, 19H, 20B, 17B, 21) where the suspect was aged under 18,
calendar years 2022 and 2023 plus a part year 1 January - 30 September 2024 ("to date").
Q1: drawn table, codes DOWN (code in its own column), years ACROSS, Total row (includes
    the suppressed values). '<5' for fewer than five (rule stated).
Q2: age of the youngest suspect each year, withheld under s.40(2).
'OFFICIAL' top and bottom, letterhead, running header on page 2, address footer, 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/24/0918"
YEARS = ["2022", "2023", "1 Jan - 30 Sep 2024"]
# None = '<5'; hidden true values kept only to build the Total row
ROWS = [
    ("19E", "Rape of a female child under 13", (14, 11, 9)),
    ("19H", "Rape of a male child under 13", (None, 6, None)),
    ("20B", "Sexual assault on a female child under 13", (23, 19, 16)),
    ("17B", "Sexual assault on a male child under 13", (8, None, 5)),
    ("21", "Sexual activity involving a child under 13", (12, 15, 7)),
]
HIDDEN = {("19H", 0): 3, ("19H", 2): 2, ("17B", 1): 4}
TOTALS = []
for i in range(3):
    s = 0
    for code, _, vals in ROWS:
        s += vals[i] if vals[i] is not None else HIDDEN[(code, i)]
    TOTALS.append(s)
assert TOTALS == [60, 55, 39], TOTALS

GREEN = (0, 70, 60)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 16)
            self.set_text_color(*GREEN)
            self.cell(110, 8, "Cumbria Constabulary")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 3.8, "Information Access Unit\nCarleton Hall\nPenrith\nCumbria CA10 2AU",
                            align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.6)
            self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5)
            self.set_line_width(0.2)
            self.ln(7)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(85, 5, "Cumbria Constabulary")
            self.cell(0, 5, f"Freedom of Information request {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(170, 170, 170)
            self.line(20, self.get_y() + 0.5, 190, self.get_y() + 0.5)
            self.ln(6)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-19)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Cumbria Constabulary, Carleton Hall, Penrith, Cumbria CA10 2AU  |  "
                  "www.cumbria.police.uk  |  Non-emergency 101", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.add_page()


def para(text, size=10, style="", gap=2.5, indent=0, h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(20 + indent)
    pdf.multi_cell(170 - indent, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Sent by e-mail only", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
for label, val in (("Our reference:", REF), ("Date:", "29 October 2024"),
                   ("Enquiries to:", "Information Access Unit")):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(32, 5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request Reference " + REF, style="B")
para("Thank you for your e-mail of 2 October 2024 in which you asked for the following "
     "information:")
para("\"1) For each year from January 2022 to date, the number of the following offences "
     "recorded by Cumbria Constabulary where the suspect was aged under 18 at the time of the "
     "offence: rape of a female child under 13; rape of a male child under 13; sexual assault "
     "on a female child under 13; sexual assault on a male child under 13; sexual activity "
     "involving a child under 13.\n"
     "2) For each year, the age of the youngest suspect.\"",
     style="I", indent=8, size=9.5, gap=3)
para("Cumbria Constabulary holds information relevant to your request. Question 1 is answered "
     "in full below. The information requested at question 2 is withheld, and the reasons for "
     "this are set out further on in this letter.")

heading("Question 1")
para("We have taken \"to date\" to mean up to 30 September 2024, the end of the last complete "
     "month before your request was received. The figures are for calendar years and are based "
     "on the date the crime was recorded. An offence is counted once where any suspect linked "
     "to it was aged under 18 at the time of the offence.")
para("To reduce the risk of identifying the children involved, figures of fewer than five have "
     "been shown as <5. The totals include the figures that have been suppressed.")

para("Table 1: Recorded under-13 sexual offences where a suspect was aged under 18",
     size=9, style="B", gap=1)
pdf.set_font("Helvetica", "", 9)
head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
with pdf.table(col_widths=(20, 74, 22, 22, 32),
               text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6, borders_layout="ALL") as t:
    t.row(["Home Office code", "Offence"] + YEARS)
    for code, name, vals in ROWS:
        t.row([code, name] + ["<5" if v is None else str(v) for v in vals])
    r = t.row(style=FontFace(emphasis="BOLD", fill_color=(222, 235, 232)))
    r.cell("Total", colspan=2, align="LEFT")
    for v in TOTALS:
        r.cell(str(v))
pdf.ln(5)

heading("Question 2")
para("The age of the youngest suspect in each year relates to a single, identifiable "
     "individual. Cumbria is a largely rural county with a comparatively small population, and "
     "the age of a young suspect, when combined with other information already in the public "
     "domain (for example press reporting or local knowledge), could lead to that child, and "
     "potentially the victim, being identified. This information is therefore withheld under "
     "section 40(2) of the Freedom of Information Act 2000 (personal information).")
para("Section 40(2) is an absolute exemption where disclosure would breach any of the data "
     "protection principles. Disclosure under the Act is disclosure to the world at large, and "
     "we consider that releasing the information would be unfair and unlawful under the first "
     "data protection principle. As the exemption is absolute, no public interest test is "
     "required. This letter serves as a refusal notice under section 17 of the Act in respect "
     "of question 2.")

heading("Right of review")
para("If you are dissatisfied with the way your request has been handled you may ask for an "
     "internal review. Please write to the Information Access Unit at the address above, or "
     "e-mail foi@cumbria.police.uk, within 40 working days of the date of this letter. If you "
     "remain unhappy after the review, you may complain to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
para("The information provided is subject to copyright and may not be re-used for commercial "
     "purposes without permission.")
para("Yours sincerely,", gap=8)
para("Disclosure Officer\nInformation Access Unit\nCumbria Constabulary", gap=1)

pdf.output(str(HERE / "reply.pdf"))
print("pages:", pdf.page_no())
