"""Build reply.pdf: Cheshire Constabulary FOI response letter (two pages).

Sexual communication with a child (71/17) offences for 2022-23 and 2023-24, drawn with
fpdf2's pdf.table() as one long-format table: the financial year in a cell spanning four
rows, then victim gender rows (Female, Male, Not recorded, Total) and victim age columns
(Under 13, 13-15, Age not recorded, Total). Figures between 1 and 4 are printed as '1-4'
with the rule stated under the table; totals include them. Question 3 (platforms) is
refused under s.12(1) with a cost estimate that states the two-year crime count.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/24/3381"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Our reference: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-20)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Cheshire Constabulary, Clemonds Hey, Oakmere Road, Winsford, Cheshire CW7 2UA",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=25)
pdf.add_page()

pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 8, "Cheshire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.5, "Freedom of Information Unit\nCorporate Services\nClemonds Hey\nOakmere Road\n"
                       "Winsford\nCW7 2UA", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(0, 4.5, f"Our reference: {REF}\nDate: 16 September 2024", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

W = pdf.epw


def head(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(text, style="", size=10):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


head("Freedom of Information Act 2000 - Request for information")
para("Dear Requester,")
para("Thank you for your request for information, which was received by Cheshire Constabulary on "
     "19 August 2024. Your request has been considered under the Freedom of Information Act 2000 "
     "(the Act), and our response is set out below.")

head("Your request")
para("\"1. Please state the number of offences of sexual communication with a child (Home Office "
     "code 71/17) recorded by Cheshire Constabulary in each of the last two financial years.\n"
     "2. For each year, please break these down by the gender of the victim and by the age of the "
     "victim (under 13 and 13-15).\n"
     "3. For each year, please list the social media platforms or apps used to commit the offences, "
     "with the number of offences for each.\"", style="I")

head("Our response")
para("Cheshire Constabulary holds information relevant to your request. For the purposes of this "
     "response the last two financial years have been taken as 2022-23 (1 April 2022 to 31 March "
     "2023) and 2023-24 (1 April 2023 to 31 March 2024).")
para("Questions 1 and 2", style="B")
para("The table below shows the number of crimes recorded under Home Office code 71/17 (Sexual "
     "communication with a child) in each financial year, broken down by the gender and age of the "
     "victim at the time of the offence. The 'Total' row for each year gives the answer to "
     "question 1.")

HEAD = ["Financial year", "Victim gender", "Under 13", "13-15", "Age not recorded", "Total"]
DATA = {
    "2022-23": [("Female", "29", "81", "1-4", "113"),
                ("Male", "9", "17", "1-4", "28"),
                ("Not recorded", "1-4", "6", "5", "12"),
                ("Total", "39", "104", "10", "153")],
    "2023-24": [("Female", "33", "92", "7", "132"),
                ("Male", "11", "24", "1-4", "39"),
                ("Not recorded", "0", "1-4", "8", "11"),
                ("Total", "44", "119", "19", "182")],
}
pdf.set_font("Helvetica", "", 9.5)
grey = (222, 226, 232)
bold = FontFace(emphasis="BOLD")
with pdf.table(col_widths=(26, 30, 20, 20, 26, 20), text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=grey), line_height=6,
               width=W) as table:
    row = table.row()
    for h in HEAD:
        row.cell(h)
    for year, rows in DATA.items():
        for i, r in enumerate(rows):
            row = table.row()
            if i == 0:
                row.cell(year, rowspan=len(rows), v_align="MIDDLE")
            style = bold if r[0] == "Total" else None
            for v in r:
                row.cell(v, style=style)
pdf.ln(2)
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.2,
               "Notes:\n"
               "1. Figures between 1 and 4 have been shown as '1-4' to reduce the risk of identifying "
               "individual victims. The totals include these figures.\n"
               "2. The offence under section 15A of the Sexual Offences Act 2003 applies only where the "
               "victim is under 16, so no 16-17 age group is shown.\n"
               "3. Data extracted from the force crime recording system on 29/08/2024. Figures are "
               "provisional and may change as crimes are reviewed.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

para("Question 3", style="B")
para("Cheshire Constabulary is unable to provide this information, as to do so would exceed the "
     "appropriate limit set out in section 12(1) of the Act. The appropriate limit for police forces "
     "is £450, which equates to 18 hours of work at £25 per hour.")
para("The social media platform or app used in an offence is not held in a searchable field on our "
     "crime recording system; where it is recorded at all, it appears in the free-text summary of the "
     "crime. To answer this question, the 335 crime reports recorded under code 71/17 over the two "
     "years would each have to be retrieved and read. Allowing a conservative 10 minutes per report, "
     "this would take approximately 56 hours, well over the 18-hour limit.")
para("This letter therefore acts as a refusal notice under section 17(5) of the Act for question 3. "
     "By way of advice and assistance under section 16, you may wish to consider narrowing this part "
     "of your request, for example to a shorter period; please be aware, however, that even a much "
     "smaller request may still exceed the limit.")

head("Your right to complain")
para("If you are not satisfied with this response you may ask for an internal review. Requests for "
     "review should be made in writing within 40 working days of the date of this letter to the "
     "Freedom of Information Unit at the address above, or by email to foi@cheshire.police.uk.")
para("If you remain dissatisfied after the internal review, you may apply to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,")
para("Disclosure Officer\nFreedom of Information Unit")

pdf.output(str(HERE / "reply.pdf"))
