"""Build reply.pdf: West Midlands Police FOI letter on online-flagged sexual offences against
children, 2021/22 to 2023/24 - victim age bands by year and outcomes by year (two fpdf2 tables),
with a section 12 refusal of the suspect-age question."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 3187/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL", align="L")
        self.cell(0, 4, f"Freedom of Information Request {REF}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "West Midlands Police - Information Compliance Unit - PO Box 52, Lloyd House, "
                        "Colmore Circus Queensway, Birmingham B4 6NQ", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 14, 22)
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


def small(text):
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(W, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


head = FontFace(emphasis="BOLD", fill_color=(205, 214, 232))
total_style = FontFace(emphasis="BOLD")

# letterhead
pdf.set_font("Helvetica", "B", 16)
pdf.set_text_color(0, 38, 84)
pdf.cell(W, 8, "West Midlands Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(W, 5, "Information Compliance Unit", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)

pdf.set_font("Helvetica", "", 10)
for line in ("Sent by e-mail", "", f"Our reference: {REF}", "Date: 5 November 2024"):
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Requester,")
para("Thank you for your request for information, received by West Midlands Police on 8 October 2024. "
     "Your request has been considered under the Freedom of Information Act 2000 (the Act).")
heading("Your request")
para("\"For each of the financial years 2021/22, 2022/23 and 2023/24, please provide:\n"
     "1. The number of sexual offences recorded where the victim was under 18 and the crime carried "
     "the online (cyber-enabled) flag, broken down by the age of the victim.\n"
     "2. For those same offences, how many resulted in a charge or summons, a caution or a community "
     "resolution, and how many are still under investigation.\n"
     "3. The age of the suspect in each of those offences.\"", style="I")

heading("Our response")
para("West Midlands Police holds information relevant to your request. Questions 1 and 2 are answered "
     "below. Question 3 is refused under section 12 of the Act; the reasons are set out after the "
     "tables.")
para("The figures were extracted from our crime recording system on 14 October 2024 and cover "
     "notifiable sexual offences (Home Office classes 17 to 23, 70 to 73 and 88) where the victim was "
     "aged under 18 at the time of the offence and the crime record carries the cyber-enabled flag. "
     "Financial years run from 1 April to 31 March.")

heading("Question 1 - victims by age band")
pdf.set_font("Helvetica", "", 9.5)
with pdf.table(col_widths=(30, 20, 20, 20, 20, 28, 22),
               text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=head, line_height=5.5, width=W) as t:
    rows = [
        ("Financial year", "0 - 10", "11 - 12", "13 - 15", "16 - 17", "Age not recorded", "Total"),
        ("2021/22", "142", "118", "403", "97", "21", "781"),
        ("2022/23", "156", "131", "447", "112", "*", "849"),
        ("2023/24", "171", "127", "462", "104", "-", "864"),
    ]
    for i, row in enumerate(rows):
        r = t.row()
        for j, c in enumerate(row):
            r.cell(c, style=total_style if (j == len(row) - 1 and i > 0) else None)
pdf.ln(2)
small("* denotes a figure between 1 and 4 inclusive, which has been suppressed to reduce the risk of "
      "identifying a victim.   - denotes nil (no offences recorded).   Totals are calculated from the "
      "actual figures before suppression.")

heading("Question 2 - outcomes")
para("The table below shows the outcome recorded against each offence in the Question 1 table, as it "
     "stood on the date of extraction. Offences are counted in the year they were recorded, not the "
     "year the outcome was assigned. Only the outcome types you asked about are shown, so the columns "
     "will not add up to the yearly totals above. The same symbols are used.", gap=2)
pdf.set_font("Helvetica", "", 9.5)
with pdf.table(col_widths=(70, 30, 30, 30), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=head, line_height=5.5, width=160) as t:
    for row in [
        ("Outcome", "FY21/22", "FY22/23", "FY23/24"),
        ("Charged / summonsed", "64", "58", "41"),
        ("Caution - youth (suspect under 18)", "*", "5", "*"),
        ("Caution - adult", "-", "*", "-"),
        ("Community resolution", "12", "9", "7"),
        ("Still under investigation", "6", "27", "193"),
    ]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(2)
small("* = 1 to 4 (suppressed).   - = nil.")

heading("Question 3 - age of suspects")
para("Section 12(1) of the Act allows a public authority to refuse a request where the cost of "
     "complying would exceed the appropriate limit, which for the police is set at 18 hours of work. "
     "Suspect details are not held in a field that can be reported on for these offences: where a "
     "suspect is named, their date of birth sits on a linked nominal record, and many of the crimes "
     "in the Question 1 table have no named suspect at all. To answer, an officer would need to open "
     "each of the 2,494 crime records for the three years and read the linked records. At a "
     "conservative 3 minutes per record this would take about 125 hours, well over the limit.")
para("This letter therefore serves as a refusal notice under section 17(5) of the Act for Question 3. "
     "To help you, you may wish to narrow this part of your request, for example to one offence type "
     "and a single year, or to suspects who were charged.")

heading("Complaint rights")
para("If you are unhappy with this response you may ask for an internal review within 40 working days "
     "of the date of this letter by writing to the Information Compliance Unit at the address below. "
     "If you remain dissatisfied after the review you may complain to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", gap=7)
para("Information Compliance Officer\nWest Midlands Police", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("pages:", pdf.page_no())
