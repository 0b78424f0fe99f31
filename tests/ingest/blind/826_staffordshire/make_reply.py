"""Build reply.pdf: Staffordshire Police FOI response letter (fpdf2).

Run with the project venv:  /work/main/.venv/bin/python make_reply.py
The output is byte-for-byte reproducible (fixed creation date).
"""
import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.pdf"
FIXED = datetime.datetime(2024, 8, 2, 11, 47, 3, tzinfo=datetime.timezone.utc)

REF = "FOI 4812/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Staffordshire Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 5, "Keeping Staffordshire safe", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Helvetica", "", 9)
            y0 = self.get_y()
            self.set_xy(125, 16)
            self.multi_cell(
                70,
                4.2,
                "Freedom of Information Team\n"
                "Staffordshire Police Headquarters\n"
                "PO Box 3167\n"
                "Stafford\n"
                "ST16 9JZ\n"
                "Telephone: 101\n"
                "Email: foi@staffordshire.police.uk",
                align="R",
            )
            self.set_y(max(y0, self.get_y()) + 4)
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(15, self.get_y(), 195, self.get_y())
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(5)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Our ref: {REF}", align="L")
        self.set_x(15)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title("FOI 4812-24 Response")
pdf.set_author("Staffordshire Police")
pdf.set_creator("Microsoft Word")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = 180


def para(text, h=5, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(header, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(217, 226, 243)
    for text, w in zip(header, widths):
        pdf.cell(w, 7, text, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9)
        for j, (text, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 6.5, text, border=1, align="L" if j == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date: 2 August 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Ms Okafor,", gap=2)

heading(f"FREEDOM OF INFORMATION REQUEST - REFERENCE NUMBER {REF}")

para(
    "I write in connection with your request for information, which was received by "
    "Staffordshire Police on 8 July 2024. I note that you seek access to the following "
    "information:"
)

pdf.set_x(25)
para(
    "1. The number of offences of taking, making or distributing indecent photographs of "
    "children (Home Office code 86/2) recorded by Staffordshire Police where the suspect "
    "was aged under 18, for each of the calendar years 2022 and 2023 and for 2024 up to 30 "
    "June, broken down into the suspect age bands 10-13, 14-15 and 16-17.",
    h=4.8,
    size=10,
)
pdf.set_x(25)
para(
    "2. For the offences in question 1, the outcomes recorded, in particular how many "
    "resulted in a charge or summons, a youth caution, a community resolution, outcome 21 "
    "or outcome 22, and how many are still under investigation.",
    h=4.8,
)
pdf.set_x(25)
para(
    "3. How many of the offences in question 1 involved images that had been created or "
    "altered using artificial intelligence (AI) software.",
    h=4.8,
)

heading("DECISION")
para(
    "Following receipt of your request, searches were conducted with the Corporate Data "
    "and Analysis Unit of Staffordshire Police. I can confirm that the information you have "
    "requested is held in part. I am able to disclose the information held for questions 1 "
    "and 2, which is set out below. The information requested at question 3 is not held."
)
para(
    "The figures were extracted from the force crime recording system on 26 July 2024 and "
    "are counted by the date on which the crime was recorded. A crime is counted where at "
    "least one linked suspect was aged 10 to 17 at the time of the offence. Where more than "
    "one suspect is linked to a crime, the crime is counted once, against the age band of "
    "the youngest suspect."
)

heading("Question 1")
para(
    "Offences of taking, making or distributing indecent photographs of children (86/2) "
    "recorded where the suspect was aged under 18, by age band of the suspect:",
    gap=2,
)
table(
    ["Year", "Aged 10-13", "Aged 14-15", "Aged 16-17", "Total"],
    [
        ["2022", "*", "23", "31", "58"],
        ["2023", "9", "28", "26", "63"],
        ["2024 (1 Jan - 30 Jun)", "*", "11", "14", "27"],
        ["Total", "15", "62", "71", "148"],
    ],
    [52, 32, 32, 32, 32],
    bold_last=True,
)
para(
    "* Low numbers have been suppressed in order to reduce the risk of identifying the "
    "young people concerned.",
    size=8.5,
    h=4.2,
    gap=4,
)

heading("Question 2")
para(
    "The table below shows the outcomes you named for the offences in question 1. Other "
    "outcome types have not been included, so the columns will not add up to the totals "
    "shown for question 1. The outcome is the one held on the crime record at the date of "
    "extraction.",
    gap=2,
)
table(
    ["Outcome", "2022", "2023", "2024 (to 30 Jun)"],
    [
        ["Charged/Summonsed", "8", "5", "0"],
        ["Youth Caution", "5", "*", "0"],
        ["Community Resolution", "12", "10", "*"],
        ["Outcome 21 - Not in public interest", "11", "17", "6"],
        ["Outcome 22 - Diversionary activity", "15", "18", "5"],
        ["Under investigation (no outcome yet)", "*", "5", "12"],
    ],
    [72, 30, 30, 48],
)
para("* Low numbers suppressed - see note to question 1.", size=8.5, h=4.2, gap=4)

heading("Question 3")
para(
    "Staffordshire Police does not hold this information. There is no field, flag or "
    "classification on the crime recording system which shows whether an image was created "
    "or altered using AI software, and this is not otherwise captured in a way that could be "
    "retrieved. In accordance with section 1(1)(a) of the Freedom of Information Act 2000, "
    "this letter serves as confirmation that the information is not held."
)

heading("COMPLAINT RIGHTS")
para(
    "If you are dissatisfied with the handling of your request, you have the right to ask "
    "for an internal review. Internal review requests should be made within 40 working "
    "days of the date of this letter and addressed to: The Freedom of Information Team, "
    "Staffordshire Police Headquarters, PO Box 3167, Stafford, ST16 9JZ, or by email to "
    "foi@staffordshire.police.uk."
)
para(
    "If you remain dissatisfied following an internal review, you have the right under "
    "section 50 of the Act to complain directly to the Information Commissioner. Before "
    "investigating your complaint the Commissioner will normally expect the internal review "
    "procedure to have been completed. The Information Commissioner can be contacted at: "
    "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, "
    "SK9 5AF. Telephone: 0303 123 1113. Website: www.ico.org.uk"
)
para("Yours sincerely,", gap=10)
para("R. Bhatti\nInformation Compliance Officer\nFreedom of Information Team", gap=2)

pdf.output(str(OUT))
print(f"wrote {OUT}")
