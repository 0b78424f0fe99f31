"""Build reply.pdf: City of London Police FOI response letter (reference FOI-CoLP-25-0318), fpdf2.

Small reply (6 figures). Crimes carrying the child sexual exploitation (CSE) flag in calendar years
2023 and 2024, how many of those also carried the online flag, and the ages of the suspects. No
table: every figure is in a sentence, one of them written as a word ('nine'). The 2024 online
figure is '<5' with the rule stated. The suspects' ages are withheld under s.40(2). 'OFFICIAL'
marking at top and bottom, a running header with the reference on page 2 and 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "FOI-CoLP-25-0318"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(150, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(100, 100, 100)
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"City of London Police \u2013 Freedom of Information response {REF}",
                      align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Information Access Office, City of London Police, PO Box 36451, London EC2M 4WN",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(150, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def para(text, style="", size=10, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5.0, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.4)


pdf.set_font("DejaVu", "B", 16)
pdf.cell(W * 0.55, 8, "CITY OF LONDON POLICE")
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(W * 0.45, 4.1, "Information Access Office\nPO Box 36451\nLondon\nEC2M 4WN\n"
               "foi@cityoflondon.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Our reference: {REF}\nDate: 28 March 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Haddad,")
head("Freedom of Information Act 2000 \u2013 Request for Information")
para("Thank you for your request for information, received by the City of London Police on 4 March 2025. "
     "Your request has been considered under the Freedom of Information Act 2000 (the Act). You asked:")
para("\u201cFor the calendar years 2023 and 2024, please tell me:\n"
     "(a) how many crimes recorded by your force carried the child sexual exploitation (CSE) flag;\n"
     "(b) how many of those crimes also carried the online (cyber-enabled) flag; and\n"
     "(c) the age of each suspect linked to those crimes.\u201d", "I", indent=6)
head("Response")
para("The City of London Police holds information relevant to your request. Parts (a) and (b) are answered "
     "below. The information requested at part (c) is held but is exempt from disclosure under section "
     "40(2) of the Act, for the reasons explained further on in this letter.")
para("(a) The CSE flag is applied to a crime record where a child is identified as being at risk of, or "
     "subject to, sexual exploitation. In 2023 the City of London Police recorded 11 crimes which carried "
     "the CSE flag. In 2024 the number was nine.")
para("(b) Of the crimes in part (a), 6 recorded in 2023 also carried the online flag. For 2024 the figure is "
     "<5. It is the policy of the City of London Police that where a figure relating to child victims is "
     "below five it is shown as \u201c<5\u201d, to reduce the risk that an individual could be identified. "
     "This is particularly relevant given the small resident population of the Square Mile.")
para("Please note that the figures were extracted from the force crime recording system on 19 March 2025 "
     "and relate to the date on which each crime was recorded. A crime may carry more than one flag and "
     "flags may be added or removed as an investigation progresses, so these figures may differ slightly "
     "from any provided previously or in the future.")
head("(c) Section 40(2) \u2013 Personal information")
para("Section 40(2) of the Act provides that information is exempt where it is the personal data of someone "
     "other than the requester and its disclosure would contravene any of the data protection principles. "
     "This is an absolute exemption, and no public interest test is required.")
para("Given the very small number of crimes involved, releasing the age of each suspect, alongside "
     "information already in the public domain such as court reports and local news coverage, would create "
     "a real risk that suspects, and through them the children concerned, could be identified. Disclosure "
     "would not be fair or lawful and would breach the first data protection principle. The information is "
     "therefore withheld.")
head("Complaint rights")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests "
     "for review should be made in writing within 40 working days of the date of this letter to the "
     "Information Access Office at the address above or by email to foi@cityoflondon.police.uk.")
para("If you remain dissatisfied after the internal review you may complain to the Information "
     "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,")
pdf.ln(2)
para("R. Ashworth\nInformation Access Officer\nCity of London Police")

pdf.output(str(HERE / "reply.pdf"))
print("written", HERE / "reply.pdf", "pages", pdf.page_no())
