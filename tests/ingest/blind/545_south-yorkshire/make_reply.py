"""Build reply.pdf: South Yorkshire Police FOI response letter (reference FOI/20250846).

Small reply. Sexual communication with a child (s.15A, HO code 71/17), "the last three years"
taken by the force as calendar years 2022-2024. Q1 figures in one running sentence; Q2 one
figure over the whole span (charged/summonsed); Q3 platforms refused under s.12 with an hours
estimate that restates the three-year total. Letter head, 'OFFICIAL' marking, running header on
page 2 and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "FOI/20250846"
FONT = "/usr/share/fonts/truetype/dejavu/"
YEARS = {2022: 186, 2023: 203, 2024: 171}
SPAN = sum(YEARS.values())
CHARGED = 38
assert SPAN == 560


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"South Yorkshire Police  |  Freedom of Information  |  {REF}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Carbrook House, 5 Carbrook Hall Road, Sheffield S9 2EH", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(24, 12, 24)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text, style="", size=10, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5.0, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


pdf.set_font("DejaVu", "B", 17)
pdf.cell(0, 8, "South Yorkshire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "I", 9)
pdf.cell(0, 5, "Justice  •  Integrity  •  Pride", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "", 8.8)
pdf.multi_cell(0, 4.2, "Information Compliance Unit\nCarbrook House\n5 Carbrook Hall Road\nSheffield\nS9 2EH\n"
               "Email: foi@southyorks.pnn.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Our Ref: {REF}\nDate: 31 March 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
head("FREEDOM OF INFORMATION ACT 2000 – REQUEST FOR INFORMATION")
para("I write in connection with your request for information which was received by South Yorkshire "
     "Police on 4 March 2025. I note you seek access to the following information:")
para("1. How many offences of sexual communication with a child (section 15A of the Sexual Offences "
     "Act 2003) has South Yorkshire Police recorded in each of the last three years?\n"
     "2. In total, how many of these offences have resulted in a suspect being charged?\n"
     "3. For the same period, please break down the total number of offences by the social media "
     "platform, app or website used to communicate with the child.", style="I", indent=8)
para("Following receipt of your request, searches were conducted within South Yorkshire Police to "
     "locate information relevant to your request. I can confirm that the information you have "
     "requested is held in part by South Yorkshire Police.")
para("As your request did not specify which years you require, the last three years have been "
     "interpreted as the three most recent complete calendar years, 1 January 2022 to 31 December "
     "2024. The figures were extracted from the force crime recording system on 19 March 2025 using "
     "Home Office offence code 71/17 (sexual communication with a child).")

head("Question 1")
para(f"South Yorkshire Police recorded {YEARS[2022]} offences of sexual communication with a child in "
     f"2022, {YEARS[2023]} in 2023 and {YEARS[2024]} in 2024.")

head("Question 2")
para(f"Across the three years, {CHARGED} of these offences have resulted in a suspect being charged or "
     "summonsed. Outcomes are shown as they stood on the date of extraction; a number of offences, "
     "particularly those recorded during 2024, remain under investigation and may yet result in a "
     "charge.")

head("Question 3")
para("South Yorkshire Police is unable to provide this information, as to do so would exceed the "
     "appropriate cost limit. This letter therefore acts as a refusal notice for this part of your "
     "request under section 17(5) of the Act, and the exemption at section 12(1) is applied.")
para("The platform, app or website used by an offender is not a mandatory or searchable field on the "
     "crime recording system. Where it is known, it is written into the free-text summary or the "
     "investigation log of the crime report. To answer this question, each of the "
     f"{SPAN} crime reports recorded over the three-year period would need to be located and read "
     "in full. A sampling exercise indicated that this takes on average six minutes per report, giving "
     "an estimate of 56 hours, which is well in excess of the 18 hours (£450) set by the Freedom of "
     "Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
para("Under section 16 of the Act I am required to provide advice and assistance where reasonable. "
     "Unfortunately, due to the number of crime reports concerned, I cannot suggest a way in which "
     "this part of your request could be refined to fall within the cost limit, other than "
     "restricting it to a much shorter period, such as a single month.")

head("Your right to complain")
para("If you are dissatisfied with the handling of your request you have the right to ask for an "
     "internal review. Requests for an internal review should be made within 40 working days of the "
     "date of this letter and addressed to the Information Compliance Unit at the address above, or "
     "by email to foi@southyorks.pnn.police.uk.")
para("If you remain dissatisfied after the internal review you may apply to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,")
para("Information Compliance Officer\nInformation Compliance Unit\nSouth Yorkshire Police")

pdf.output(str(HERE / "reply.pdf"))
print("written", HERE / "reply.pdf", pdf.page_no(), "pages")
