"""Builds reply.pdf (City of London Police FOI reply) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 11, 8, 10, 12, 0, tzinfo=datetime.timezone.utc)

REF = "FOI/2024/01763"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_text_color(0, 0, 0)
            self.set_font("Helvetica", "B", 16)
            self.cell(0, 8, "CITY OF LONDON POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.cell(0, 4.5, "Information Access Office", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Guildhall, London EC2", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.6)
            y = self.get_y() + 2
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
            self.ln(6)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Ref: %s" % REF, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, size=10, style="", h=5, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(pdf, text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(pdf, widths, rows, header_rows=1, bold_last=False, aligns=None):
    """Draw a bordered table. rows: list of lists of strings."""
    for i, row in enumerate(rows):
        is_head = i < header_rows
        is_last = i == len(rows) - 1
        if is_head:
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_fill_color(214, 222, 235)
        elif bold_last and is_last:
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_fill_color(240, 240, 240)
        else:
            pdf.set_font("Helvetica", "", 9)
            pdf.set_fill_color(255, 255, 255)
        for j, (w, txt) in enumerate(zip(widths, row)):
            if aligns and not is_head:
                al = aligns[j]
            else:
                al = "L" if j == 0 else "C"
            pdf.cell(w, 7, txt, border=1, align=al, fill=True)
        pdf.ln(7)
    pdf.ln(2)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Freedom of Information request %s" % REF)
    pdf.set_author("City of London Police - Information Access Office")
    pdf.set_creator("Information Access Office")
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Our reference: %s" % REF, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date: 8 November 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(pdf, "Dear Requester,")
    heading(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION")
    para(pdf,
         "I write in connection with your request for information, which was received by the "
         "City of London Police on 14 October 2024. You asked:")
    para(pdf,
         "\"Please provide the following for the calendar years 2021, 2022, 2023 and 2024 to date:\n"
         "1. The number of offences of sexual communication with a child (Home Office code 71/17) "
         "recorded by your force, and how many of these carried the online/cyber flag.\n"
         "2. The number of offences of sexual grooming (Home Office code 88A) recorded.\n"
         "3. The number of offences of taking, making or distributing indecent images of children "
         "(Home Office code 86/2) recorded, and the age of the suspect in each case.\n"
         "4. The outcomes of the offences counted in question 1.\n"
         "5. For the offences counted in question 1, the social media platform or app that was used "
         "to contact the child.\"", style="I")
    heading(pdf, "Response")
    para(pdf,
         "The City of London Police holds some of the information you have requested. Our response "
         "to each part of your request is set out below. Figures are taken from the force crime "
         "recording system and relate to the date on which the crime was recorded. Throughout this "
         "letter, 2024 means the period 1 January to 30 September 2024, the last complete month "
         "available when your request was received.")
    para(pdf,
         "Because of the small numbers involved, figures from one to four have been replaced with "
         "an asterisk (*) where they relate to individual years or categories, to reduce the risk "
         "that the people involved could be identified. Totals are shown in full.")

    heading(pdf, "Questions 1 and 2")
    para(pdf, "Table 1 - Offences recorded, by year", style="B", size=9.5, after=1)
    table(pdf, [66, 19, 19, 19, 27, 20], [
        ["Offence", "2021", "2022", "2023", "2024 (Jan-Sep)", "Total"],
        ["Sexual communication with a child (71/17)", "7", "11", "6", "5", "29"],
        ["   of which online flag applied", "6", "9", "*", "*", "18"],
        ["Sexual grooming (88A)", "5", "*", "0", "*", "9"],
    ])
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4, "* denotes a figure between 1 and 4.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    heading(pdf, "Question 3")
    para(pdf,
         "The number of offences recorded under Home Office code 86/2 in 2021, 2022, 2023 and 2024 "
         "was 14, 19, 11 and 8 respectively. Table 2 shows these offences by the age of the suspect "
         "at the time of the offence, for the whole period 1 January 2021 to 30 September 2024. "
         "Where more than one suspect is linked to a crime, the age of the first named suspect has "
         "been used. Single years are not given, as most of the resulting figures would be below five.")
    para(pdf, "Table 2 - Offences under code 86/2 by age of suspect, January 2021 to September 2024",
         style="B", size=9.5, after=1)
    table(pdf, [90, 40], [
        ["Age of suspect", "Offences"],
        ["10 - 17", "*"],
        ["18 - 24", "9"],
        ["25 - 39", "17"],
        ["40 - 59", "16"],
        ["60 and over", "6"],
        ["Not recorded / no suspect identified", "*"],
        ["Total", "52"],
    ], bold_last=True, aligns=["L", "C"])

    heading(pdf, "Question 4")
    para(pdf,
         "The outcomes currently recorded against the 29 offences of sexual communication with a "
         "child are shown below for the whole period, using the Home Office outcome framework.")
    table(pdf, [22, 118, 30], [
        ["Outcome", "Description", "Offences"],
        ["1", "Charge / summons", "5"],
        ["15", "Evidential difficulties - suspect identified, victim supports action", "9"],
        ["16", "Evidential difficulties - victim does not support action", "6"],
        ["18", "Investigation complete - no suspect identified", "5"],
        ["20", "Further action to be taken by another body or agency", "*"],
        ["-", "Under investigation (no outcome yet assigned)", "*"],
    ], aligns=["C", "L", "C"])

    heading(pdf, "Question 5")
    para(pdf,
         "The City of London Police is unable to provide this information, as to do so would exceed "
         "the appropriate limit. Section 12(1) of the Freedom of Information Act 2000 does not oblige "
         "a public authority to comply with a request where it estimates that the cost of doing so "
         "would exceed the appropriate limit, which for police forces is set at £450, equivalent "
         "to 18 hours of work.")
    para(pdf,
         "The platform or application used is not held in a searchable field on our crime recording "
         "system. Where it is recorded at all, it appears in the free text of the crime report, the "
         "officers' investigation logs or a digital forensic report. To establish it, each of the 29 "
         "crime records would have to be read in full. A sample exercise showed that this takes on "
         "average 40 minutes per record, so the work would take approximately 19 hours and 20 minutes, "
         "which exceeds the limit. This letter therefore serves as a refusal notice under section 17(5) "
         "of the Act for this part of your request.")
    para(pdf,
         "By way of advice and assistance under section 16, you may wish to narrow this part of your "
         "request, for example to a single calendar year, which we would be happy to consider as a "
         "new request.")

    heading(pdf, "Your right to request a review")
    para(pdf,
         "If you are dissatisfied with the handling of your request, you may ask for an internal "
         "review. Requests for review should be made in writing within 40 working days of the date "
         "of this letter and addressed to the Information Access Office, quoting the reference above. "
         "If you remain dissatisfied after the review, you may complain to the Information "
         "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(pdf, "Yours sincerely,", after=6)
    para(pdf, "Information Access Officer\nCity of London Police", after=0)

    pdf.output(OUT)


if __name__ == "__main__":
    build()
