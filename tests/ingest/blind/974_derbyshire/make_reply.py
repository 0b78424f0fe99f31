"""Build reply.pdf (Derbyshire Constabulary FOI response letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
Core fonts only (Helvetica), so the text is kept to Latin-1.
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
REF = "FOI/0219/25"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 32, 96)
            self.cell(120, 10, "Derbyshire Constabulary", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 4, "Information Management Unit\nFreedom of Information\n"
                                  "Police Headquarters\nRipley, Derbyshire",
                            align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 32, 96)
            self.set_line_width(0.8)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(8)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Derbyshire Constabulary - {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Derbyshire Constabulary - Protecting our communities", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2025, 2, 10, 14, 5, 0, tzinfo=timezone.utc))
pdf.set_title(f"FOI Response {REF}")
pdf.set_author("Derbyshire Constabulary")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Derbyshire Constabulary")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Mr D Kettle", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "By email", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.cell(95, 5, f"Our Ref: {REF}")
pdf.cell(0, 5, "Date: 10 February 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
para("Dear Mr Kettle")
para("FREEDOM OF INFORMATION REQUEST - SEXUAL OFFENCES AGAINST CHILDREN", "B")
para("I write in response to your request for information received by Derbyshire Constabulary on "
     "13 January 2025, in which you asked:")
para("1. For each of the calendar years 2022, 2023 and 2024, please provide the number of offences recorded "
     "under Home Office codes 71/17 (sexual communication with a child), 88A (sexual grooming) and 73 (abuse "
     "of position of trust of a sexual nature).\n"
     "2. For the 71/17 offences, please provide the outcome of each offence for each of those years.", "I")
para("Derbyshire Constabulary has conducted searches and can confirm that it holds information relevant to "
     "your request. The response to each question is set out below. Figures are based on the date the crime "
     "was recorded and were extracted from the force crime recording system on 28 January 2025.")

heading("Question 1")
pdf.set_font("Helvetica", "", 9.5)
head = FontFace(emphasis="BOLD", fill_color=(214, 222, 235))
rows1 = [
    ("HO code", "Offence", "2022", "2023", "2024", "Total"),
    ("71/17", "Sexual communication with a child", "187", "203", "176", "566"),
    ("88A", "Sexual grooming", "21", "17", "24", "62"),
    ("73", "Abuse of position of trust of a sexual nature", "12", "9", "15", "36"),
    ("Total", "", "220", "229", "215", "664"),
]
with pdf.table(col_widths=(18, 76, 18, 18, 18, 20), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6.5, first_row_as_headings=True) as table:
    for i, r in enumerate(rows1):
        row = table.row()
        for j, v in enumerate(r):
            if i == len(rows1) - 1 or j == 5:
                row.cell(v, style=FontFace(emphasis="BOLD"))
            else:
                row.cell(v)
pdf.ln(4)

heading("Question 2")
para("Derbyshire Constabulary changed its crime recording system during 2022. Outcome information for crimes "
     "recorded in 2022 was not transferred to the current system in a form that can be reported on, and is "
     "therefore not held. In accordance with section 1(1)(a) of the Act, this letter acts as a notice that "
     "outcome information for 2022 is not held. The outcomes for 2023 and 2024 are shown below, as they stood "
     "on the date of extraction.")
pdf.set_font("Helvetica", "", 9.5)
rows2 = [
    ("Outcome", "2023", "2024"),
    ("1 - Charge/summons", "38", "22"),
    ("2 - Youth caution", "*", "6"),
    ("8 - Community resolution", "*", "*"),
    ("15 - Named suspect identified: evidential difficulties (victim supports action)", "41", "33"),
    ("16 - Named suspect identified: evidential difficulties (victim does not support action)", "52", "41"),
    ("18 - Investigation complete: no suspect identified", "19", "14"),
    ("Other outcomes (4, 5, 10, 14, 20, 21)", "31", "11"),
    ("No outcome yet - under investigation", "17", "48"),
]
with pdf.table(col_widths=(120, 25, 25), text_align=("LEFT", "RIGHT", "RIGHT"), headings_style=head,
               line_height=6.5, first_row_as_headings=True) as table:
    for i, r in enumerate(rows2):
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
para("* Where a figure is between one and four it has been replaced by * to reduce the risk of victims or "
     "suspects being identified. For each year the outcomes add up to the 71/17 figure in Table 1.", size=8.5, after=4)
para("Please note that the outcome recorded against a crime may change as an investigation progresses, and "
     "crimes recorded in 2024 are more likely to be still under investigation.")

heading("Section 17 - Refusal notice / information not held")
para("Section 1(1)(a) of the Freedom of Information Act 2000 requires a public authority to inform a requester "
     "whether it holds the information requested. Where information is not held, there is no duty to create "
     "it in order to answer a request.")
heading("Your right to complain")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Please "
     "write to the Information Management Unit at the address above within 40 working days of the date of "
     "this letter, quoting the reference number. If you remain dissatisfied following the internal review, "
     "you have the right to complain to the Information Commissioner's Office (ICO), Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire, SK9 5AF.")
para("Thank you for your interest in Derbyshire Constabulary.")
para("Yours sincerely", after=8)
para("Information Management Unit\nDerbyshire Constabulary", "B")

pdf.output(OUT)
print("wrote", OUT)
