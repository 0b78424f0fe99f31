"""Build reply.pdf: an Avon and Somerset Constabulary FOI response letter (invented), with a drawn table."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "0318-24"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 15)
            self.cell(0, 8, "Avon and Somerset Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.cell(0, 4, "Freedom of Information Team", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Email: foi@avonandsomerset.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.ln(5)
        else:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, f"Our reference: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Avon and Somerset Constabulary - Freedom of Information", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


pdf = Letter(format="A4")
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para(f"Our reference: {REF}\n1 March 2024", "B")
para("Dear Applicant,")
para("Thank you for your request for information, received on 5 February 2024, which has been dealt with "
     "under the Freedom of Information Act 2000. You asked:")
para('"1. For each of the calendar years 2021, 2022 and 2023, how many suspects were recorded against offences '
     'of taking, making or distributing indecent images of children (Home Office code 86/2), broken down by '
     'the age of the suspect?\n'
     '2. For the suspects who were under 18 at the time, what outcomes were recorded?"', "I")
para("Our response", "B", 11)
para("Avon and Somerset Constabulary holds information relevant to your request, and it is provided below.")
para("Question 1", "B")
para("Table 1: Suspects linked to crimes recorded under Home Office code 86/2, by age of suspect at the "
     "time of the offence, calendar years 2021 to 2023", "B", 9, 1)

rows = [
    ("Age of suspect", "2021", "2022", "2023", "Total"),
    ("10-13", "6", "9", "-", "15"),
    ("14-17", "41", "52", "47", "140"),
    ("18-24", "37", "44", "39", "120"),
    ("25-39", "88", "93", "101", "282"),
    ("40-59", "71", "65", "77", "213"),
    ("60 and over", "19", "23", "16", "58"),
    ("Not recorded", "12", "-", "8", "20"),
    ("Total", "274", "286", "288", "848"),
]
pdf.set_font("Helvetica", "", 9)
head = FontFace(emphasis="BOLD", fill_color=(210, 222, 238))
with pdf.table(col_widths=(40, 24, 24, 24, 24),
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6, width=136, align="LEFT") as table:
    for i, r in enumerate(rows):
        style = FontFace(emphasis="BOLD") if r[0] == "Total" else None
        row = table.row(style=style)
        for c in r:
            row.cell(c)
pdf.ln(2)
para("A dash (-) indicates that no suspects were recorded in that category.\n"
     "A crime may have more than one suspect, and one person may be linked to more than one crime, so these "
     "figures are not a count of crimes or of individual people. Data extracted from Niche RMS on "
     "20/02/2024.", "I", 8, 4)

para("Question 2", "B")
para("The outcomes below relate to the suspects aged 10 to 17 in Table 1. They are given for the three years "
     "combined (1 January 2021 to 31 December 2023) because a small number of the 2023 investigations are "
     "still open, and annual figures would be very small.")
pdf.set_font("Helvetica", "", 10)
for line in [
    "Charged/summonsed - 11",
    "Youth caution - 6",
    "Community resolution - 23",
    "Outcome 21 (further investigation not in the public interest) - 48",
    "Outcome 22 (diversionary, educational or intervention activity) - 31",
    "Outcome 15 (evidential difficulties, suspect identified) - 27",
    "Investigation ongoing - 9",
]:
    pdf.cell(8)
    pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Outcome 21 and Outcome 22 are used where a child has shared an image of themselves or of a peer and it "
     "is not considered proportionate or in the public interest to take formal action. This reflects "
     "national guidance for the police response to youth-produced sexual imagery.")

para("Right of review", "B")
para("If you are dissatisfied with this response you may request an internal review within 40 working days "
     "of the date of this letter, by writing to the Freedom of Information Team at the address above. If you "
     "remain dissatisfied after the review you may apply to the Information Commissioner's Office, Wycliffe "
     "House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.")
para("Yours sincerely,\n\nFreedom of Information Officer\nAvon and Somerset Constabulary")

pdf.output("reply.pdf")
