"""Build reply.pdf: PSNI FOI response letter (F-2024-01352) with a table."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "F-2024-01352"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL [PUBLIC]", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"PSNI Freedom of Information Response  {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

# letterhead
pdf.set_font("Helvetica", "B", 15)
pdf.set_text_color(0, 51, 102)
pdf.cell(0, 8, "POLICE SERVICE OF NORTHERN IRELAND", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
for line in ["Corporate Information Branch", "Police Headquarters", "65 Knock Road",
             "Belfast BT5 6LE", "Email: foi@psni.police.uk"]:
    pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 7, "FREEDOM OF INFORMATION REQUEST", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
for k, v in [("Request Number:", REF), ("Keyword:", "Crime"),
             ("Subtitle:", "Sexual Offences - Victims Aged Under 18"),
             ("Date of response:", "26 June 2024")]:
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(40, 6, k)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def para(text, bold=False, gap=3):
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para("Request and Answer:", bold=True, gap=1)
para("Your request for information below has been considered under the Freedom of Information "
     "Act 2000 (FOIA). The Police Service of Northern Ireland has a duty to respond to each "
     "request it receives by stating whether or not it holds the requested information and, if "
     "held, to communicate that information to the applicant, subject to any exemptions which "
     "may apply.")
para("The decision has been taken to disclose the requested information in full.")

para("Request 1", bold=True, gap=1)
para("For each financial year from 1st April 2019 to 31st March 2024, the number of sexual "
     "offences recorded by PSNI where the victim was aged under 18 at the time of the offence.")
para("Request 2", bold=True, gap=1)
para("Please break the figures in Request 1 down by the gender of the victim.")
para("Request 3", bold=True, gap=1)
para("How many of the offences in Request 1 were flagged as having an online element.")

para("Answers 1 to 3", bold=True, gap=1)
para("The table below provides the number of sexual offences recorded in Northern Ireland where "
     "the victim was aged under 18, by gender of victim, together with the number of those "
     "offences which carried the PSNI 'Online' flag.")

rows = [
    ("01/04/2019 - 31/03/2020", "1,284", "297", "1,587", "164"),
    ("01/04/2020 - 31/03/2021", "1,198", "271", "1,473", "213"),
    ("01/04/2021 - 31/03/2022", "1,406", "318", "1,732 *", "241"),
    ("01/04/2022 - 31/03/2023", "1,521", "344", "1,870", "276"),
    ("01/04/2023 - 31/03/2024", "1,468", "352", "1,827", "259"),
]
pdf.set_font("Helvetica", "", 9.5)
head = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))
with pdf.table(col_widths=(52, 27, 27, 30, 34), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6) as table:
    table.row(("Financial Year", "Female", "Male", "Total", "Online flag"))
    for r in rows:
        table.row(r)
pdf.ln(3)
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(0, 4.2,
    "Notes:\n"
    "The Total column includes offences where the gender of the victim was not recorded, so "
    "Female and Male will not always add to the Total.\n"
    "The Online flag is applied where the offence was committed, or partly committed, through "
    "the internet or another online communication. Offences with the flag are included in the "
    "Total; they are not additional to it.\n"
    "* The total for 01/04/2021 - 31/03/2022 has been amended. In our response to F-2023-01466 "
    "this figure was given as 1,714. A subsequent data quality review found that a number of "
    "offences had been held against an incorrect victim record; the correct figure is 1,732.\n"
    "Figures are taken from the PSNI crime recording system as at 11 June 2024 and are based "
    "on the date an offence was recorded. They may differ from those published in the PSNI "
    "official statistics, which are extracted on a different date.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("If you have any queries regarding your request or the decision please do not hesitate to "
     "contact me on 028 9070 0164. If you are dissatisfied in any way with the handling of your "
     "request, you have the right to request a review. You should do this as soon as possible, "
     "or in any case within two months of the date of issue of this letter. In the event that "
     "you require a review to be undertaken, you can do so by writing to the Head of Corporate "
     "Information Branch, PSNI Headquarters, 65 Knock Road, Belfast, BT5 6LE or by emailing "
     "foi@psni.police.uk.")
para("If following an internal review, carried out by an independent decision maker, you were "
     "to remain dissatisfied in any way with the handling of the request you may make a "
     "complaint, under Section 50 of the Freedom of Information Act, to the Information "
     "Commissioner's Office and ask that they investigate whether the PSNI has complied with the "
     "terms of the Freedom of Information Act. You can write to the Information Commissioner at "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
para("Disclosures under the Freedom of Information Act are released to the public. Any "
     "information disclosed as part of this request will be published on the PSNI website in "
     "our Disclosure Log.")

pdf.output("reply.pdf")
