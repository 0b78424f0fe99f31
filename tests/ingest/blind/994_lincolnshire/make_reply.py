"""Build reply.pdf: Lincolnshire Police's letter in reply to FOI 000416-25.

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed creation date, core fonts only (no embedded font subsets).
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
REF = "FOI 000416-25"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 45, 98)
            self.cell(110, 10, "LINCOLNSHIRE POLICE")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(0, 0, 0)
            y = self.get_y()
            self.set_xy(125, y)
            self.multi_cell(
                65, 4.5,
                "Information Management Unit\nPolice Headquarters\nPO Box 999\nLincoln\nLN5 7PH\n"
                "Non-emergency: 101",
                align="R",
            )
            self.set_xy(self.l_margin, y + 10)
            self.set_font("Helvetica", "I", 10)
            self.set_text_color(0, 45, 98)
            self.cell(0, 6, "Safer Together", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 14, 210 - self.r_margin, self.get_y() + 14)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.ln(20)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-20)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Lincolnshire Police - {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2025, 3, 10, 11, 4, 0, tzinfo=datetime.timezone.utc))
pdf.set_title(f"{REF} Response")
pdf.set_author("Lincolnshire Police")
pdf.set_creator("Microsoft Word")
pdf.set_producer("fpdf2")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.alias_nb_pages()
pdf.add_page()

W = 170


def para(text, style="", size=10, gap=3):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    para(text, "B", 10, 1)


pdf.set_font("Helvetica", "", 10)
pdf.cell(100, 5, "Mr D Dunmore")
pdf.cell(70, 5, f"Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(100, 5, "By email")
pdf.cell(70, 5, "Date: 10 March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

para("Dear Mr Dunmore,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", "B")
para(
    "Thank you for your request for information received by Lincolnshire Police on 10 February 2025. "
    "Your questions are set out below, each followed by our answer."
)

heading("Question 1")
para(
    "How many crimes were recorded by Lincolnshire Police under Home Office code 86/2 (taking, making "
    "or distributing indecent photographs of children) in each of the calendar years 2022, 2023 and 2024?",
    "I",
)
heading("Answer")
para(
    "The number of crimes recorded under Home Office code 86/2 was 226 in 2022, 241 in 2023 and 258 in 2024."
)
para(
    "Please note that in our response to an earlier request (FOI 000981-24) the figure for 2023 was given "
    "as 229. That figure was extracted in January 2024, before the year-end data quality checks had been "
    "completed, and a number of crimes have since been reclassified to this code. The figure given above "
    "supersedes it."
)

heading("Question 2")
para(
    "For those crimes, please give the age of the suspect(s) at the time of the offence, grouped as under 18, "
    "18-24, 25-39, 40-59 and 60 and over.",
    "I",
)
heading("Answer")
para("Suspects linked to the crimes at question 1, by age at the time of the offence:", gap=2)

rows = [
    ("Suspect age", "2022", "2023", "2024"),
    ("Under 18", "31", "37", "42"),
    ("18-24", "44", "51", "48"),
    ("25-39", "63", "70", "77"),
    ("40-59", "49", "46", "52"),
    ("60 and over", "<5", "<5", "<5"),
    ("Not known", "<5", "<5", "<5"),
    ("Total", "192", "210", "224"),
]
widths = (55, 30, 30, 30)
pdf.set_draw_color(0, 0, 0)
for i, row in enumerate(rows):
    head = i == 0 or row[0] == "Total"
    pdf.set_font("Helvetica", "B" if head else "", 10)
    if i == 0:
        pdf.set_fill_color(217, 226, 243)
    for j, (w, v) in enumerate(zip(widths, row)):
        pdf.cell(w, 7, v, border=1, align="L" if j == 0 else "C", fill=(i == 0))
    pdf.ln(7)
pdf.ln(3)
para(
    "A crime may have more than one suspect, and some crimes have no identified suspect, so the totals above "
    "will not match the figures given at question 1. Where a figure is fewer than five it has been shown "
    "as <5 to reduce the risk of identifying individuals. The totals include these figures."
)

heading("Question 3")
para(
    "How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were recorded "
    "in each of those years?",
    "I",
)
heading("Answer")
para("Nine, 14 and 11 offences were recorded in 2022, 2023 and 2024 respectively.")

heading("Question 4")
para(
    "For the offences at question 3, what was the occupation or role of the suspect (for example teacher, "
    "sports coach, youth worker)?",
    "I",
)
heading("Answer")
para(
    "Lincolnshire Police holds this information; however, it is exempt from disclosure under Section 40(2) "
    "of the Act (Personal Information), and this letter acts as a refusal notice under Section 17(1)."
)
para(
    "Section 40(2) is an absolute exemption which applies where disclosure of the information would contravene "
    "one of the data protection principles. The number of offences in each year is small, and the offences "
    "will in many cases have been reported in local media or be known within a school, club or community. "
    "Releasing the role held by each suspect, year by year, would allow the suspects, and potentially the "
    "children concerned, to be identified by people with local knowledge. Disclosure under the Act is "
    "disclosure to the world at large, and the individuals concerned would have no expectation that this "
    "information would be made public. Disclosure would therefore be unfair and unlawful, breaching the first "
    "data protection principle."
)

heading("Complaint rights")
para(
    "If you are dissatisfied with the response you have been provided with, you can ask for an internal review "
    "of the decision by writing to the Information Management Unit at the address above within 40 working days "
    "of the date of this letter. If you remain dissatisfied after the internal review you may apply to the "
    "Information Commissioner for a decision: Information Commissioner's Office, Wycliffe House, Water Lane, "
    "Wilmslow, Cheshire, SK9 5AF."
)
para("Yours sincerely,", gap=8)
para("Information Management Unit\nLincolnshire Police", gap=0)

pdf.output(OUT)
print("wrote", OUT)
