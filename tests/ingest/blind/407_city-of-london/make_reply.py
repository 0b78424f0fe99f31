"""Build reply.pdf: City of London Police FOI letter on sexual communication with a child,
indecent images of children and sexual grooming, with small numbers shown as '*'."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI/24/0418"


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Sans", "B", 15)
            self.set_text_color(150, 0, 20)
            self.cell(0, 7, "CITY OF LONDON POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Sans", "", 8.5)
            for line in ("Information Access Office", "Guildhall Yard East",
                         "London EC2V 5AE", "foi@cityoflondon.police.uk"):
                self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(5)
        else:
            self.set_font("Sans", "", 8)
            self.cell(0, 4, f"City of London Police - {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

HEAD = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))


def para(text, style="", size=10, after=2.5):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(rows, widths, width):
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=widths, width=width, align="LEFT", headings_style=HEAD,
                   line_height=5, text_align=("LEFT",) + ("CENTER",) * (len(widths) - 1)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, f"Our reference: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date: 3 September 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE FOI/24/0418", style="B")
para("Thank you for your request for information, received on 6 August 2024, in which you asked:")
para("\"For each of the financial years 2021/22, 2022/23 and 2023/24, please provide:\n"
     "1) the number of recorded crimes of (a) sexual communication with a child, (b) taking, "
     "making or distributing indecent images of children and (c) sexual grooming;\n"
     "2) the gender of the victims of the offences at 1(a) and 1(c);\n"
     "3) how many of the crimes at question 1 carried a child sexual exploitation (CSE) flag.\"",
     style="I")
para("Response", style="B")
para("The City of London Police has searched its crime recording system and the information "
     "it holds is set out below. The City of London has a very small resident population and "
     "the numbers of these offences recorded by the force are low. To reduce the risk that a "
     "victim could be identified, any figure from 1 to 4 has been replaced by an asterisk (*). "
     "Disclosure of the exact figures would be a release of personal information and is "
     "exempt under section 40(2) of the Act. A nil return is shown as 0.")
para("Question 1", style="B", after=1)
table([
    ("Period", "Sexual communication with a child (71/17)",
     "Indecent images of children - take, make, distribute (86/2)", "Sexual grooming (88A)"),
    ("01/04/2021 - 31/03/2022", "*", "11", "0"),
    ("01/04/2022 - 31/03/2023", "5", "8", "*"),
    ("01/04/2023 - 31/03/2024", "*", "14", "0"),
], widths=(42, 34, 38, 26), width=140)
para("Question 2", style="B", after=1)
para("The table below gives the gender of the victims of the sexual communication with a "
     "child and sexual grooming offences shown above, combined.")
table([
    ("Financial year", "Female", "Male"),
    ("2021/22", "*", "0"),
    ("2022/23", "5", "*"),
    ("2023/24", "*", "*"),
], widths=(40, 25, 25), width=90)
para("Question 3", style="B", after=1)
para("Crimes at question 1 with a CSE flag:", after=1)
para("FY21/22 - 0\nFY22/23 - *\nFY23/24 - *")
para("Please note that the figures are taken from a live system and reflect the position when "
     "the data was extracted on 29 August 2024.")
para("Complaint rights", style="B")
para("If you are dissatisfied with this response you may request an internal review within 40 "
     "working days of the date of this letter by writing to the Information Access Office at "
     "the address above. If you remain dissatisfied you may apply to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,", after=6)
para("Information Access Officer\nCity of London Police")
pdf.output(str(HERE / "reply.pdf"))
