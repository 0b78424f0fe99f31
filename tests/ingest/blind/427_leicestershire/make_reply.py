"""Build reply.pdf: Leicestershire Police FOI response letter (fpdf2), answers under each question."""
from fpdf import FPDF

REF = "IM-FOI-2024-01462"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL - PUBLIC", align="L")
        self.cell(0, 4, f"Reference: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-17)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Leicestershire Police, Force Headquarters, St Johns, Enderby, Leicester LE19 2BX",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", gap=2.5, indent=0):
    pdf.set_font("Helvetica", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "B", 16)
pdf.set_text_color(0, 40, 95)
pdf.cell(W, 8, "Leicestershire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, "Information Management - Freedom of Information", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(6)

pdf.set_font("Helvetica", "", 10)
for line in ["Mr D. Okonkwo", "Via email"]:
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
for line in ["Date: 20 May 2024", f"Our reference: {REF}"]:
    pdf.cell(W, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

para("Dear Mr Okonkwo,")
para("Freedom of Information Request", style="B")
para("I write in response to your request for information received by Leicestershire Police on 24 April "
     "2024. Your questions are set out below, each followed by our response.")
para("For the purposes of this request \"the last financial year\" has been taken to be 01/04/2023 to "
     "31/03/2024, the most recent complete financial year at the time your request was received. Figures "
     "relate to crimes recorded under Home Office offence classification 71/17 (Sexual communication "
     "with a child) and were extracted from the force crime recording system on 3 May 2024.", gap=4)

pdf.set_font("Helvetica", "B", 10)
para("Question 1", style="B", gap=1)
para("How many offences of sexual communication with a child were recorded by Leicestershire Police in the "
     "last financial year?", style="I")
para("Response: Leicestershire Police recorded 198 offences of sexual communication with a child between "
     "01/04/2023 and 31/03/2024.", gap=4)

para("Question 2", style="B", gap=1)
para("For each of those offences, which social media platform, app or website was used to contact the child?",
     style="I")
para("Response: The platform used is not held in a searchable field on our crime recording system. In order "
     "to assist you, the crime summary of each of the 198 offences was reviewed by the Information "
     "Management team and the main platform named has been counted once per offence. The results are:", gap=2)
for line in ["Snapchat - 83", "Instagram - 36", "WhatsApp - 21", "Other - 58"]:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(pdf.l_margin + 8)
    pdf.cell(W - 8, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("'Other' includes Facebook Messenger, TikTok, online gaming platforms, dating applications, text "
     "message and any offence where the summary did not name a platform. As the review relied on free-text "
     "descriptions, these figures should be treated as indicative only.", gap=4)

para("Question 3", style="B", gap=1)
para("How many of the offences in question 1 came to light through police officers posing online as "
     "children (sometimes called decoy or undercover operations)?", style="I")
para("Response: Leicestershire Police can neither confirm nor deny that it holds any information relevant "
     "to this question by virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 31(3) - Law enforcement", indent=8)
para("To confirm or deny whether information is held on the use of online covert tactics in these "
     "investigations would reveal whether such tactics are, or are not, used by this force, and in "
     "what volume. When considered alongside responses from other forces this would allow offenders to "
     "build a picture of where and how such tactics are deployed and adapt their behaviour to avoid "
     "detection. Section 23(5) is an absolute exemption. For section 31(3) the public interest has been "
     "considered: while there is a public interest in openness about how the police protect children "
     "online, it is outweighed by the need to protect tactics that are used to identify offenders. This "
     "should not be taken as an indication that the information you have requested does or does not "
     "exist.", gap=4)

para("This letter acts as a refusal notice under section 17 of the Freedom of Information Act 2000 in "
     "respect of question 3.", gap=4)

para("Complaint rights", style="B", gap=1)
para("If you are dissatisfied with this response you may request an internal review by writing to the "
     "Freedom of Information Unit at the address below within 40 working days of the date of this letter. "
     "If you remain dissatisfied following the review you may apply to the Information Commissioner, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.", gap=4)
para("Yours sincerely,", gap=6)
para("S. Mistry\nFreedom of Information Officer\nInformation Management, Leicestershire Police", gap=0)

pdf.output("reply.pdf")
print("pages:", pdf.page_no())
