"""Build reply.pdf: Avon and Somerset Constabulary's letter answering FOI 1597/23.

Uses fpdf2 with the core Helvetica font (no font files needed) and a fixed
creation date, so that running the script again gives the same bytes.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "1597/23"
LETTER_DATE = "6 November 2023"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2023, 11, 6, 10, 42, 0, tzinfo=timezone.utc))
pdf.set_creator("Microsoft Word for Microsoft 365")
pdf.set_producer("Microsoft Word for Microsoft 365")
pdf.set_title(f"FOI {REF} Response")
pdf.set_author("Information Rights Unit")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    para(text, "B", 11, 1.5)


# Letterhead
pdf.set_font("Helvetica", "B", 16)
pdf.cell(0, 8, "Avon and Somerset Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
for line in (
    "Information Rights Unit",
    "Police Headquarters, PO Box 37, Valley Road",
    "Portishead, Bristol BS20 8QJ",
    "Email: foi@avonandsomerset.police.uk",
):
    pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 5.2, f"Our Ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.2, f"Date: {LETTER_DATE}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

para("Dear Requester,")
heading("Freedom of Information Request")
para(
    "Thank you for your request for information received by Avon and Somerset Constabulary "
    "on 10 October 2023, which has been considered under the Freedom of Information Act 2000 "
    "(the Act). You asked:"
)
para(
    "1. For each financial year from 2020/21 to date, the number of offences recorded with the "
    "online flag under each of the following Home Office codes: 71/17 (sexual communication with "
    "a child), 88A (sexual grooming) and 86/2 (taking, making or distributing indecent images of "
    "children).\n"
    "2. For the offences in question 1, how many resulted in (a) a charge or summons, (b) a youth "
    "caution and (c) an adult caution.\n"
    "3. For each year, please break down the figures in question 1 by local authority area.",
    "I",
)
para(
    "Avon and Somerset Constabulary holds information relevant to your request. Questions 1 and "
    "2 are answered below. The information requested at question 3 is withheld, and the reasons "
    "are given after the tables."
)

heading("Question 1")
para(
    "Table 1 shows the number of offences recorded with the online flag for each of the Home "
    "Office codes you listed. The figures for 2023/24 cover the part of the year from 1 April "
    "2023 to 30 September 2023, the latest complete month at the time of extraction."
)

pdf.set_font("Helvetica", "", 9.5)
col_w = (38, 34, 30, 44, 24)
with pdf.table(
    col_widths=col_w,
    text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
    line_height=4.8,
    headings_style=FontFace(emphasis="BOLD", fill_color=(217, 226, 243)),
    width=sum(col_w),
) as table:
    for row in (
        ("Financial year", "71/17 Sexual communication with a child", "88A Sexual grooming",
         "86/2 Take, make or distribute indecent images of children", "Total"),
        ("2020/21", "188", "9", "264", "461"),
        ("2021/22", "205", "12", "297", "514"),
        ("2022/23", "231", "7", "318", "556"),
        ("2023/24 (01/04/2023 - 30/09/2023)", "119", "5", "152", "276"),
    ):
        table.row(row)
pdf.set_font("Helvetica", "I", 8.5)
pdf.ln(1.5)
pdf.multi_cell(
    0, 4.2,
    "Table 1: Offences recorded with the online flag, by Home Office code and financial year "
    "(1 April to 31 March). Source: force crime recording system, extracted 18/10/2023.",
    new_x="LMARGIN", new_y="NEXT",
)
pdf.ln(4)

heading("Question 2")
para(
    "Table 2 shows the outcomes assigned to the offences in Table 1. The outcomes are shown "
    "against the year in which the offence was recorded, not the year in which the outcome was "
    "assigned. Many of the offences recorded in 2023/24 are still under investigation and have "
    "not yet been given an outcome."
)
pdf.set_font("Helvetica", "", 9.5)
col_w2 = (52, 24, 24, 24, 30)
with pdf.table(
    col_widths=col_w2,
    text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
    line_height=4.8,
    headings_style=FontFace(emphasis="BOLD", fill_color=(217, 226, 243)),
    width=sum(col_w2),
) as table:
    for row in (
        ("Outcome", "2020/21", "2021/22", "2022/23", "2023/24 (to 30/09/2023)"),
        ("Charge/Summons", "71", "83", "76", "22"),
        ("Youth Caution", "1-4", "6", "1-4", "0"),
        ("Adult Caution", "11", "8", "1-4", "1-4"),
    ):
        table.row(row)
pdf.set_font("Helvetica", "I", 8.5)
pdf.ln(1.5)
pdf.multi_cell(
    0, 4.2,
    "Table 2: Outcomes of the offences in Table 1. Where a figure is between 1 and 4 it has been "
    "shown as 1-4 to reduce the risk of a victim or offender being identified.",
    new_x="LMARGIN", new_y="NEXT",
)
pdf.ln(4)

heading("Question 3")
para(
    "The information you have requested at question 3 is exempt from disclosure under Section "
    "40(2) of the Act - Personal Information."
)
para(
    "Breaking the figures in Table 1 down by local authority area and by year would produce very "
    "small numbers for some areas. Combined with other information in the public domain, such as "
    "court reporting, local news or social media, these numbers could allow a victim, who in these "
    "offences is a child, or an offender to be identified. The information would therefore be the "
    "personal data of third parties, and disclosing it to the world at large would breach the "
    "first data protection principle, as it would be neither fair nor lawful. Section 40(2) is an "
    "absolute exemption when this condition is met and there is no requirement to consider the "
    "public interest."
)
para(
    "This letter serves as a Refusal Notice under Section 17 of the Act for question 3."
)

heading("Complaint rights")
para(
    "If you are unhappy with the way your request has been handled you may ask for an internal "
    "review within 40 working days of the date of this letter, by writing to the Information "
    "Rights Unit at the address above or by email to foi@avonandsomerset.police.uk."
)
para(
    "If you remain dissatisfied following the internal review you may complain to the "
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. "
    "Telephone: 0303 123 1113. Website: www.ico.org.uk."
)
para(
    "Please note that information disclosed under the Act is considered to be released to the "
    "public at large. This response may be published on the Avon and Somerset Constabulary "
    "disclosure log."
)
para("Yours sincerely,", gap=6)
para("Information Rights Unit\nAvon and Somerset Constabulary", gap=0)

pdf.output(str(Path(__file__).with_name("reply.pdf")))
