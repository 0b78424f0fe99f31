"""Build reply.pdf: Metropolitan Police Service FOI response letter 01/FOI/24/041276 with two drawn tables."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "01/FOI/24/041276"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Freedom of Information Request Reference No: {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

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


# Letterhead
pdf.set_font("Helvetica", "B", 14)
pdf.cell(0, 7, "Metropolitan Police Service", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
for line in ["Information Rights Unit", "PO Box 313", "Sidcup", "DA15 0HH",
             "Email: foi@met.police.uk", "www.met.police.uk"]:
    pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, f"Your ref:", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "03/12/2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Requester")
para("Freedom of Information Request Reference No: " + REF, style="B")
para("I write in connection with your request for information which was received by the "
     "Metropolitan Police Service (MPS) on 04/11/2024. I note you seek access to the following "
     "information:")
para("1. For each of the financial years 2021-22, 2022-23 and 2023-24, the number of suspects "
     "linked to offences of taking, making or distributing indecent photographs of children "
     "(Home Office offence code 86/2), broken down by the age of the suspect.\n"
     "2. Of those suspects, how many were charged in each year, again broken down by age.\n"
     "3. How many of these investigations in each year resulted from a referral made by the "
     "National Crime Agency (NCA), including its CEOP command.", style="I")

para("DECISION", style="B")
para("The MPS has located information relevant to questions 1 and 2 of your request and this is "
     "provided below. In relation to question 3, the MPS neither confirms nor denies whether it "
     "holds the information you have requested, by virtue of the exemptions explained later in "
     "this letter.")

para("Question 1", style="B")
para("Table 1: Suspects linked to Home Office code 86/2 offences by age of suspect at the time of "
     "the offence, financial years 2021-22 to 2023-24", style="B", size=9, gap=1)

heading = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
t1 = [
    ["Financial year", "10-17", "18-24", "25-39", "40-59", "60+", "Not known", "Total"],
    ["2021-22", "212", "148", "301", "187", "64", "433", "1,345"],
    ["2022-23", "247", "162", "288", "203", "71", "398", "1,369"],
    ["2023-24", "231", "171", "319", "176", "58", "412", "1,367"],
    ["Total", "690", "481", "908", "566", "193", "1,243", "4,081"],
]
pdf.set_font("Helvetica", "", 9)
with pdf.table(col_widths=(30, 18, 18, 18, 18, 18, 22, 20), text_align="CENTER",
               headings_style=heading, line_height=6) as table:
    for r in t1:
        table.row(r)
pdf.ln(3)
para("A suspect is counted once for each 86/2 offence they are linked to, so the same person may "
     "be counted more than once. 'Not known' includes suspects who have not been identified.",
     size=9)

para("Question 2", style="B")
para("Table 2: Suspects linked to Home Office code 86/2 offences who were charged, by age of "
     "suspect, financial years 2021-22 to 2023-24", style="B", size=9, gap=1)
t2 = [
    ["Financial year", "10-17", "18-24", "25-39", "40-59", "60+"],
    ["2021-22", "6", "21", "44", "29", "9"],
    ["2022-23", "<5", "17", "39", "33", "11"],
    ["2023-24", "7", "19", "36", "25", "<5"],
]
pdf.set_font("Helvetica", "", 9)
with pdf.table(col_widths=(30, 20, 20, 20, 20, 20), width=130, align="LEFT", text_align="CENTER",
               headings_style=heading, line_height=6) as table:
    for r in t2:
        table.row(r)
pdf.ln(3)
para("To reduce the risk of identifying individuals, figures fewer than five have been replaced "
     "with '<5'. Charges are shown as recorded at the date of extraction (15/11/2024); some "
     "investigations from these years remain ongoing and may yet result in a charge.", size=9)

para("Question 3", style="B")
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) - National security", style="B")
para("The MPS can neither confirm nor deny whether it holds the information you have requested "
     "in question 3. The duty in section 1(1)(a) of the Act to confirm or deny whether "
     "information is held does not arise where doing so would reveal information supplied by, or "
     "relating to, any of the bodies listed in section 23(3), which include the National Crime "
     "Agency. Section 23(5) is an absolute exemption. Section 24(2) is a qualified exemption and "
     "requires a public interest test. Confirming or denying whether referrals of this kind are "
     "recorded and can be counted would indicate the extent of the involvement of a security body "
     "in MPS investigations and could be used, together with other requests, to build a picture "
     "of operational capability. On balance the MPS considers that the public interest favours "
     "maintaining the exclusion of the duty to confirm or deny. This should not be taken as an "
     "indication that the information you have requested is or is not held.")

para("COMPLAINT RIGHTS", style="B")
para("If you are dissatisfied with this response you may request an internal review within 40 "
     "working days of the date of this letter. If you remain dissatisfied after the review you may "
     "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF.")
para("Yours sincerely")
para("Information Rights Unit\nMetropolitan Police Service", gap=0)

pdf.output(str(HERE / "reply.pdf"))
