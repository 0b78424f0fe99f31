"""Build reply.pdf: City of London Police FOI response letter (FOI 2024/00219).

Deterministic: fixed creation date and document ID, so a rebuild gives the same bytes.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
REF = "FOI 2024/00219"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"{REF}        Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 2, 19, 14, 5, 0, tzinfo=datetime.timezone.utc))
pdf.file_id = lambda: "<7A3C1E0F9B2D4C6E8A1B3D5F7E9C0A2B><7A3C1E0F9B2D4C6E8A1B3D5F7E9C0A2B>"
pdf.set_title("FOI 2024/00219 Response")
pdf.set_author("City of London Police")
pdf.set_creator("Microsoft Word")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.add_page()

W = 170


def p(text, style="", size=10.5, h=5.2, after=3, align="L"):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# Letterhead
pdf.set_font("Helvetica", "B", 17)
pdf.cell(W, 8, "CITY OF LONDON POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
for line in ["Information Access Office", "PO Box 36451", "182 Bishopsgate", "London EC2M 4WN",
             "Email: informationaccess@cityoflondon.police.uk"]:
    pdf.cell(W, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(W, 5, "Our ref: " + REF, new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date: 19 February 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
p("Dear Mr Okafor,")
p("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
p("Thank you for your request for information, received by the City of London Police on "
  "22 January 2024. Your request has now been considered and our response is set out below.")
p("You asked:", style="B", after=1)
req = [
    "For each of the calendar years 2021, 2022 and 2023:",
    "1. The number of offences recorded of taking, making or distributing indecent images of "
    "children (Home Office code 86/2) and of sexual grooming (88A).",
    "2. How many of these offences were flagged as online / cyber-enabled.",
    "3. The number of suspects aged under 18 for the 86/2 offences.",
    "4. The number of arrests made for 86/2 offences.",
    "5. How many of these investigations involved officers posing online as children, or the use "
    "of 'decoy' social media accounts.",
]
pdf.set_left_margin(30)
for line in req:
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.multi_cell(W - 10, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.set_left_margin(20)
pdf.ln(2)

p("Response", style="B", size=11.5)
p("The City of London Police holds information relevant to questions 1 to 4, which is provided "
  "below. The figures are drawn from our crime recording system and are based on the date the "
  "offence was recorded. In respect of question 5, the City of London Police can neither confirm "
  "nor deny that it holds the information; please see the explanation that follows.")

p("Questions 1 and 2", style="B")
pdf.set_font("Helvetica", "", 10)
grey = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
with pdf.table(col_widths=(22, 38, 34, 26, 40), text_align="CENTER", line_height=6,
               headings_style=grey, first_row_as_headings=True) as table:
    for row in [
        ("Year", "86/2 Indecent images of children", "88A Sexual grooming", "Total",
         "Of which flagged online"),
        ("2021", "23", "2", "25", "19"),
        ("2022", "31", "0", "31", "28"),
        ("2023", "27", "3", "30", "22"),
    ]:
        r = table.row()
        for v in row:
            r.cell(v)
pdf.ln(5)

p("Question 3", style="B")
p("The number of suspects aged under 18 linked to offences under Home Office code 86/2 is shown "
  "below. A suspect is counted once for each year in which they were linked to an offence.", after=2)
pdf.set_font("Courier", "", 10)
for line in ["Year      Suspects aged 17 and under",
             "2021      *",
             "2022      *",
             "2023      6"]:
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
p("* Where a number is low it has been replaced with an asterisk. Given the very small resident "
  "population of the City of London, releasing low numbers relating to young people could allow "
  "individuals to be identified, and this information would be exempt under section 40(2) of the Act.",
  size=9, h=4.6)

p("Question 4", style="B")
p("In 2021 there were 14 arrests for offences under Home Office code 86/2, 11 in 2022 and 19 in "
  "2023. Please note that an arrest may relate to an offence recorded in an earlier year.")

p("Question 5", style="B")
p("Section 17 of the Freedom of Information Act 2000 requires a public authority which is relying "
  "on an exemption to give the applicant a notice which states that fact, specifies the exemption "
  "in question and states why the exemption applies. The City of London Police neither confirms "
  "nor denies that it holds the information you have requested at question 5, by virtue of the "
  "following exemptions:")
pdf.set_left_margin(30)
for line in ["Section 23(5) - Information supplied by, or concerning, certain security bodies",
             "Section 24(2) - National security",
             "Section 31(3) - Law enforcement"]:
    p(line, after=1)
pdf.set_left_margin(20)
pdf.ln(2)
p("Section 23 is an absolute, class-based exemption and no public interest test is required. "
  "Sections 24 and 31 are prejudice-based, qualified exemptions, which means the harm in "
  "confirming or denying must be set out and the public interest considered.")
p("Harm: confirming or denying whether particular covert online tactics are, or are not, used in "
  "the City would reveal to offenders the capability of a small force and allow comparison with "
  "answers given by other forces, building a picture of where such tactics are deployed. Those "
  "intent on harming children could use that picture to avoid detection.")
p("Public interest considerations favouring confirmation or denial: there is a public interest in "
  "knowing that the police use effective tactics to protect children online, and in the "
  "accountability of public spending on such work.")
p("Public interest considerations favouring neither confirming nor denying: the police service "
  "will not reveal tactics in a way that undermines their effectiveness. To confirm or deny "
  "would harm the prevention and detection of crime and place children at greater risk.")
p("Balance test: having weighed the considerations above, the balance lies in neither confirming "
  "nor denying whether the information is held. This should not be taken as an indication that "
  "the information you have requested is or is not held.")
p("No inference can be drawn from this refusal that the information you have requested does or "
  "does not exist.")

p("Complaint rights", style="B")
p("If you are dissatisfied with this response you may request an internal review within 40 "
  "working days of the date of this letter by writing to the Information Access Office at the "
  "address above. If you remain dissatisfied following the review, you may complain to the "
  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
  "telephone 0303 123 1113, or via www.ico.org.uk.")
p("Yours sincerely,", after=8)
p("Information Access Officer", after=0)
p("City of London Police", after=0)

pdf.output(OUT)
print("wrote", OUT)
