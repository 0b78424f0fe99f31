"""Build reply.pdf: Gloucestershire Constabulary FOI response letter (fpdf2, real tables)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "FOI 25/0112"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 5, f"Gloucestershire Constabulary - Our ref: {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Gloucestershire Constabulary, Waterwells Drive, Quedgeley, Gloucester GL2 2AN",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# Letterhead
pdf.set_font("Helvetica", "B", 15)
pdf.set_text_color(0, 51, 102)
pdf.cell(W, 8, "Gloucestershire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, "Information Rights and Disclosure", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)

pdf.set_font("Helvetica", "", 10)
for line in ["Ms H. Adeyemi", "By email only"]:
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
for line in [f"Our ref: {REF}", "Date: 7 February 2025"]:
    pdf.cell(W, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Ms Adeyemi,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE " + REF, style="B")
para("Thank you for your request for information, received on 13 January 2025, in which you asked:")
para("Q1. For each of the calendar years 2022, 2023 and 2024, how many offences of rape of a female "
     "child under 13 and of rape of a male child under 13 were recorded by Gloucestershire Constabulary?\n"
     "Q2. For the offences in Q1, how many resulted in a charge or summons, how many were closed as "
     "outcome 15 or outcome 16 (evidential difficulties), and how many are still under investigation?\n"
     "Q3. What was the age of the youngest victim in each year?", size=10, style="I")
para("Gloucestershire Constabulary has located information relevant to your request. Our response to "
     "each question follows.")

heading("Response to Q1")
para("The table below shows offences recorded under Home Office offence codes 19E (Rape of a female "
     "child under 13) and 19H (Rape of a male child under 13), by the calendar year in which the crime "
     "was recorded.")
para("Where a figure is between 1 and 4 it has been replaced with an asterisk (*) to reduce the risk of "
     "a victim being identified. Totals are calculated from the actual figures and include any "
     "suppressed value.", gap=3)

head_style = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
pdf.set_font("Helvetica", "", 10)
with pdf.table(col_widths=(30, 50, 50, 30), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=head_style, line_height=6, width=160) as t:
    for row in [
        ("Year", "19E - Rape of a female child under 13", "19H - Rape of a male child under 13", "Total"),
        ("2022", "41", "9", "50"),
        ("2023", "37", "*", "40"),
        ("2024", "46", "11", "57"),
    ]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(5)

heading("Response to Q2")
para("The outcomes below are the outcomes recorded against the offences in Q1 as at 31 January 2025. "
     "Offences are shown by the year they were recorded, not the year the outcome was assigned. Only "
     "the outcome types you asked for are shown, so the columns do not add up to the totals in Q1. "
     "The same rule on asterisks applies.", gap=3)
pdf.set_font("Helvetica", "", 10)
with pdf.table(col_widths=(85, 25, 25, 25), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=head_style, line_height=6, width=160) as t:
    for row in [
        ("Outcome", "2022", "2023", "2024"),
        ("Charged / summonsed", "6", "*", "5"),
        ("Outcome 15 - evidential difficulties, suspect identified, victim supports action", "11", "9", "7"),
        ("Outcome 16 - evidential difficulties, victim does not support action", "8", "10", "6"),
        ("Under investigation - no outcome assigned yet", "*", "7", "24"),
    ]:
        r = t.row()
        for c in row:
            r.cell(c)
pdf.ln(5)

heading("Response to Q3")
para("Gloucestershire Constabulary holds this information, but it is exempt from disclosure under "
     "section 40(2) of the Act (personal information). The age of the youngest victim in a given year, "
     "taken together with other information in the public domain such as court reporting, could "
     "identify a child. Disclosure would breach the first data protection principle, as it would be "
     "neither fair nor lawful. Section 40(2) is an absolute exemption and no public interest test is "
     "required. This letter acts as a refusal notice under section 17 of the Act for this part of your "
     "request.")

heading("Your right to complain")
para("If you are dissatisfied with this response you may request an internal review by writing to the "
     "Information Rights and Disclosure team within 40 working days of the date of this letter. If you "
     "are still dissatisfied after the review, you may apply to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely,", gap=6)
para("Disclosure Officer\nInformation Rights and Disclosure\nGloucestershire Constabulary", gap=0)

pdf.output("reply.pdf")
print("pages:", pdf.page_no())
