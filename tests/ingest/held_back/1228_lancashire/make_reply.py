"""Builds reply.pdf: Lancashire Constabulary's letter in reply to FOI 2024/0318.

fpdf2 with core fonts only; fixed creation date so the file is the same on every run.
Run with /work/main/.venv/bin/python.
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI 2024/0318"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 40, 100)
            self.cell(110, 9, "Lancashire Constabulary")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(0, 0, 0)
            x = self.get_x()
            y = self.get_y()
            for i, line in enumerate([
                "Information Access Team",
                "Police Headquarters",
                "Saunders Lane, Hutton",
                "Preston PR4 5SB",
            ]):
                self.set_xy(x, y + i * 4)
                self.cell(0, 4, line, align="R")
            self.set_xy(self.l_margin, y + 9)
            self.ln(5)
            self.set_draw_color(0, 40, 100)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 8, self.w - self.r_margin, self.get_y() + 8)
            self.ln(12)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Lancashire Constabulary  |  {REF}", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


def para(pdf, text, style="", size=10, h=5, after=2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(pdf, header, rows, widths, bold_last=False):
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 226, 238)
    for text, w in zip(header, widths):
        pdf.cell(w, 7, text, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9)
        for j, (text, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 6, text, border=1, align="L" if j == 0 else "C")
        pdf.ln(6)
    pdf.ln(2)


pdf = Letter(format="A4", unit="mm")
pdf.set_creation_date(datetime(2024, 3, 8, 10, 14, 0, tzinfo=timezone.utc))
pdf.set_title("FOI 2024/0318 Response")
pdf.set_author("Information Access Team")
pdf.set_creator("Microsoft Word")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Mr D Pryce", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "By email", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.cell(0, 5, "Date: 8 March 2024", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"Our Ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para(pdf, "Dear Mr Pryce")
para(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
para(pdf, "I write in response to your request for information received by Lancashire Constabulary on "
          "12 February 2024. You asked:")
para(pdf, "\"1. How many crimes were recorded with a child sexual exploitation (CSE) flag in each calendar "
          "year from 2019 to 2023, and how many of these also had the online flag?\n"
          "2. How many victims were linked to these crimes, broken down by gender?\n"
          "3. How many of these crimes resulted in a charge or summons?\"", style="I")
para(pdf, "Lancashire Constabulary holds some of the information you have requested. The figures below were "
          "extracted from our records management system on 1 March 2024 and count crimes by the date on which "
          "they were recorded.")
para(pdf, "Our current records management system went live in 2020. Crimes recorded before then were migrated "
          "from the legacy system, but the CSE flag was not carried across in a form that can be searched. We "
          "therefore do not hold figures for 2019, and this is shown as N/H (not held) below.")

para(pdf, "Question 1", style="B", after=1)
table(pdf,
      ["Year", "CSE-flagged crimes", "Of which online flag"],
      [["2019", "N/H", "N/H"],
       ["2020", "388", "141"],
       ["2021", "431", "167"],
       ["2022", "402", "158"],
       ["2023", "367", "149"],
       ["Total", "1,588", "615"]],
      [40, 50, 50], bold_last=True)
para(pdf, "Please note that the figure for 2021 differs from the figure of 412 given in our response to "
          "FOI 2023/1442. Since that response the CSE flag has been added to further crimes as investigations "
          "progressed. The figure above is correct as at the date of extraction and replaces the earlier one.",
     size=9)

para(pdf, "Question 2", style="B", after=1)
para(pdf, "A crime can have more than one victim and a person can be the victim of more than one crime, so "
          "the number of victims does not match the number of crimes.")
table(pdf,
      ["Year", "Female", "Male", "Unknown", "Total"],
      [["2019", "N/H", "N/H", "N/H", "N/H"],
       ["2020", "301", "62", "<5", "366"],
       ["2021", "329", "78", "6", "413"],
       ["2022", "311", "70", "<5", "383"],
       ["2023", "276", "71", "<5", "351"]],
      [30, 30, 30, 30, 30])
para(pdf, "To reduce the risk of identifying individuals, numbers below five are shown as <5.", size=9)

para(pdf, "Question 3", style="B", after=1)
para(pdf, "The number of CSE-flagged crimes with an outcome of charge or summons, by year of recording, is:",
     after=1)
for line in ["2019 - N/H", "2020 - 41", "2021 - 47", "2022 - 39", "2023 - 28"]:
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(8, 5, "")
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para(pdf, "Some of the more recent crimes are still under investigation and may yet result in a charge.")

para(pdf, "Complaint Rights", style="B", after=1)
para(pdf, "If you are unhappy with the way your request has been handled you may ask for an internal review "
          "by writing to the Information Access Team at the address above within 40 working days of the date "
          "of this letter. If you remain dissatisfied after the review you may apply to the Information "
          "Commissioner's Office for a decision. Further details are available at ico.org.uk.")
para(pdf, "Yours sincerely")
pdf.ln(6)
para(pdf, "Amanda Thwaite\nInformation Access Officer\nLancashire Constabulary", after=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
