"""Build reply.pdf: a Dorset Police FOI response letter (invented), with a drawn table."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "2024-1873"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 16)
            self.cell(0, 9, "Dorset Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.cell(0, 4, "Information Disclosure Unit", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Force Headquarters, Winfrith, Dorchester, Dorset DT2 8DZ", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Freedom of Information Request {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, gap=2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para(f"Freedom of Information Request Reference No: {REF}\nDate: 14 June 2024", "B")
para("Dear Requester,")
para("I write in connection with your request for information which was received by Dorset Police on "
     "17/05/2024. I note you seek access to the following information:")
para('"1. Please provide the number of offences of sexual communication with a child (section 15A of the '
     'Sexual Offences Act 2003) recorded by your force in each of the last three financial years, broken '
     'down by the age of the victim.\n'
     '2. For each of those years, please tell me which social media platforms or apps were used to commit '
     'the offences, and how many offences involved each platform."', "I")
para("Response", "B", 11)
para("Dorset Police has searched its crime recording system and can confirm that information is held "
     "relevant to your request. For the purposes of this response the last three financial years have "
     "been taken to be 1 April 2021 to 31 March 2024.")
para("Question 1", "B")
para("Table 1: Sexual communication with a child (Home Office code 71/17) - recorded crimes by age of "
     "victim at the time of the offence", "B", 9, 1)

rows = [
    ("Financial year", "Under 13", "13 to 15", "16 to 17", "Age not recorded", "Total"),
    ("2021-22", "38", "97", "<5", "<5", "141"),
    ("2022-23", "45", "112", "<5", "<5", "163"),
    ("2023-24", "51", "104", "7", "0", "162"),
]
pdf.set_font("Helvetica", "", 9)
head = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
with pdf.table(col_widths=(30, 22, 22, 22, 30, 20), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=head, line_height=6) as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
para("Figures of less than five have been replaced with '<5' in order to reduce the risk of identifying "
     "individual victims. Crimes are counted once, against the age of the victim recorded on the crime "
     "report. Data extracted 04/06/2024 and correct at that date.", "I", 8, 4)

para("Question 2", "B")
para("Dorset Police does not record the social media platform or application used in an offence in a "
     "field that can be searched or reported on. The platform, where it is known, is mentioned only in "
     "the free-text investigation log of each crime.")
para("To answer this question we would need to read each of the 466 crimes recorded under Home Office code "
     "71/17 between 1 April 2021 and 31 March 2024. A sampling exercise showed that reviewing one record "
     "takes on average 6 minutes, so the work would take approximately 46 hours. This is well over the "
     "18 hours (£450) allowed under the Freedom of Information and Data Protection (Appropriate Limit "
     "and Fees) Regulations 2004.")
para("Section 12(1) of the Freedom of Information Act 2000 therefore applies to this part of your request, "
     "and this letter acts as a Refusal Notice under section 17(5) of the Act for question 2.")
para("Advice and assistance", "B")
para("You may wish to narrow question 2, for example to a single month. Please be aware, however, that "
     "even a narrowed request may engage the exemptions at sections 30 and 40(2) of the Act.")
para("Complaint rights", "B")
para("If you are unhappy with this response you may ask for an internal review by writing to the "
     "Information Disclosure Unit at the address above, within 40 working days of the date of this letter. "
     "If you remain dissatisfied after the review you may complain to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (0303 123 1113).")
para("Yours sincerely,\n\nInformation Disclosure Officer\nDorset Police")

pdf.output("reply.pdf")
