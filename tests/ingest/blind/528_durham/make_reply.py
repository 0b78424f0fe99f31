"""Build reply.pdf: a Durham Constabulary FOI response letter (fpdf2)."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 15)
            self.cell(0, 8, "Durham Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.multi_cell(0, 4.5, "Freedom of Information Unit\nPolice Headquarters, Aykley Heads\nDurham DH1 5TT")
            self.ln(4)
        else:
            self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para("Our Reference: DC/FOI/1348/24\nDate: 2 August 2024")
para("Dear Mr Haworth,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", "B")
para(
    "I write in response to your request for information received by Durham Constabulary "
    "on 5 July 2024. Your request has been considered under the Freedom of Information Act "
    "2000 (the Act). You asked:"
)
para(
    "1. How many offences under Home Office code 086/02 (taking, making or distributing "
    "indecent photographs of children) were recorded in each of the financial years "
    "2021-22, 2022-23 and 2023-24?\n"
    "2. For those offences, how many suspects were aged under 18 and how many were aged "
    "18 or over?\n"
    "3. For all sexual offences against children recorded with the online flag over the "
    "same period, which platform or app was used?"
)
para("RESPONSE", "B")
para(
    "Durham Constabulary holds the information for questions 1 and 2, which is provided "
    "in the table below. Question 3 is refused for the reasons given further on."
)

rows = [
    ("", "2021-22", "2022-23", "2023-24"),
    ("Offences recorded (086/02)", "312", "347", "389"),
    ("Suspects aged under 18", "41", "56", "62"),
    ("Suspects aged 18 and over", "198", "221", "240"),
    ("Suspect age not recorded", "*", "7", "5"),
]
pdf.set_font("Helvetica", "", 10)
with pdf.table(
    col_widths=(70, 30, 30, 30),
    text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    line_height=6,
) as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(3)
para(
    "* Figure suppressed to avoid the identification of individuals.\n"
    "Suspects are counted once for each offence they are linked to. Some offences have no "
    "identified suspect and others have more than one, so the suspect rows do not add up "
    "to the number of offences.",
    size=8.5,
)

para("Question 3", "B")
para(
    "Between 1 April 2021 and 31 March 2024 a total of 2,318 sexual offences against "
    "children were recorded with the online flag. The platform or app used is not held in "
    "a searchable field on our crime system and could only be identified by reading each "
    "crime record. At a conservative estimate of 5 minutes per record this would take "
    "approximately 193 hours."
)
para(
    "Section 12(1) of the Act provides that a public authority is not obliged to comply "
    "with a request where the cost of doing so would exceed the appropriate limit, which "
    "for the police service is £450 (18 hours at £25 per hour). This letter therefore acts "
    "as a refusal notice under section 17(5) of the Act in respect of question 3."
)
para(
    "Under section 16 of the Act we are required to offer advice and assistance. "
    "Unfortunately, as the platform is not a searchable field, we are unable to suggest "
    "how your request could be refined to bring it within the cost limit."
)

pdf.add_page()
para("COMPLAINT RIGHTS", "B")
para(
    "If you are unhappy with the way your request has been handled you may ask for an "
    "internal review. Requests should be made in writing within 40 working days of the date "
    "of this letter to the Freedom of Information Unit at the address above, or by e-mail "
    "to freedomofinformation@durham.police.uk."
)
para(
    "If you remain dissatisfied following the internal review you have the right to "
    "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire SK9 5AF. Telephone: 0303 123 1113."
)
para("Yours sincerely,\n\nK. Brennan\nFreedom of Information Officer\nDurham Constabulary")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf")
