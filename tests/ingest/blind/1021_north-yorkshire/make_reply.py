"""Build reply.pdf: North Yorkshire Police FOI letter 1871.2023-24 (invented test material).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed creation date, no compression of page streams).
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "1871.2023-24"
FIXED = datetime.datetime(2023, 12, 4, 10, 12, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 15)
        self.set_text_color(0, 45, 98)
        self.cell(0, 7, "NORTH YORKSHIRE POLICE", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 9)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4.5, "Civil Disclosure Unit  |  Force Headquarters  |  Northallerton",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 45, 98)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.ln(7)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"FOI {REF}   -   Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_compression(False)
pdf.set_creation_date(FIXED)
pdf.set_creator("Civil Disclosure Unit")
pdf.set_title(f"FOI {REF} response")
pdf.alias_nb_pages()
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", gap=2.5, h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, f"Our reference:  {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date:  4 December 2023", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester")
para(f"FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE NUMBER {REF}", style="B")
para("Thank you for your request for information, which North Yorkshire Police received on "
     "6 November 2023. Your request has been handled under the Freedom of Information Act 2000 "
     "(the Act).")

heading("Your request")
para("\u201c1. How many offences of sexual communication with a child (Home Office offence code "
     "71/17) did your force record in each of the financial years 2021/22 and 2022/23, and in "
     "the current financial year up to the end of October 2023?\n"
     "2. For the offences in question 1, please give the number of victims broken down by gender "
     "and by age (under 13, 13 to 15 and 16 to 17).\n"
     "3. How many of the offences in question 1 carried the online / cyber-enabled flag?\n"
     "4. Please list the apps, websites or social media platforms used in these offences, with "
     "the number for each platform, for each year.\u201d", gap=3)

heading("Our response")
para("North Yorkshire Police holds information relevant to your request. Questions 1 to 3 are "
     "answered below. We are unable to answer question 4 within the appropriate cost limit and "
     "this part of your request is refused under section 12(1) of the Act; our reasons are set "
     "out after the answer to question 3.")
para("All figures were taken from the force crime recording system on 22 November 2023. Crime "
     "data is live and figures may change slightly over time as crimes are reclassified or "
     "cancelled.")

heading("Question 1")
para("The number of offences recorded under Home Office code 71/17 was 142 in 2021/22 and 157 "
     "in 2022/23. Between 1 April 2023 and 31 October 2023 a further 88 offences were recorded.")

heading("Question 2")
para("Each of these crimes has a single victim recorded against it, so the column totals below "
     "match the figures given in answer to question 1. Victim age is the age at the time of the "
     "offence.", gap=3)

# ---- drawn table: year over gender --------------------------------------------------------
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(W, 5.5, "Table 1 - Victims of sexual communication with a child (71/17) by age and gender",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
first = 36
col = (W - first) / 6
rh = 6.5
years = ["2021/22", "2022/23", "1 Apr - 31 Oct 2023"]
rows = [
    ("Under 13", ["21", "11", "26", "9", "14", "<5"]),
    ("13 - 15", ["68", "22", "71", "27", "40", "17"]),
    ("16 - 17", ["9", "<5", "12", "<5", "6", "<5"]),
    ("Not recorded", ["<5", "6", "<5", "7", "0", "5"]),
]
totals = ("Total", ["101", "41", "110", "47", "60", "28"])

pdf.set_fill_color(214, 224, 240)
x0, y0 = pdf.get_x(), pdf.get_y()
pdf.set_font("Helvetica", "B", 9)
# victim age header cell spans both header rows
pdf.rect(x0, y0, first, rh * 2, style="DF")
pdf.set_xy(x0, y0 + rh / 2)
pdf.cell(first, rh, "Victim age", align="C")
for i, y in enumerate(years):
    pdf.set_xy(x0 + first + i * 2 * col, y0)
    pdf.cell(2 * col, rh, y, border=1, align="C", fill=True)
for i in range(3):
    for j, g in enumerate(["Female", "Male"]):
        pdf.set_xy(x0 + first + (2 * i + j) * col, y0 + rh)
        pdf.cell(col, rh, g, border=1, align="C", fill=True)
pdf.set_xy(x0, y0 + 2 * rh)
for label, vals in rows + [totals]:
    bold = label == "Total"
    pdf.set_font("Helvetica", "B" if bold else "", 9)
    pdf.cell(first, rh, label, border=1, fill=bold)
    for v in vals:
        pdf.cell(col, rh, v, border=1, align="C", fill=bold)
    pdf.ln(rh)
pdf.ln(1.5)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(W, 4.2, "Where a figure is less than five it has been replaced with <5. This is to "
               "reduce the risk that individual victims could be identified.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

heading("Question 3")
para("Of the offences given in answer to question 1, the online flag had been applied to 131 "
     "(2021/22), 149 (2022/23) and 85 (1 April to 31 October 2023).")
para("The online flag is applied to any crime where, on the balance of probability, the offence "
     "was committed in full or in part through a computer, computer network or other "
     "computer-enabled device. Offences under section 15A of the Sexual Offences Act 2003 will "
     "almost always be committed in this way; where the flag is absent this is normally because "
     "the communication took place by letter or in person, or because the flag was not added "
     "when the crime was recorded.")

heading("Question 4")
para("Section 12(1) of the Act means that a public authority does not have to comply with a "
     "request where it estimates that the cost of doing so would exceed the appropriate limit. "
     "For the police service the limit is set at \u00a3450, which is equivalent to 18 hours of "
     "work at the rate of \u00a325 per hour set out in the Fees Regulations.")
para("The name of the app, website or platform used is not a searchable field on our crime "
     "recording system. Where it is recorded at all it appears in the free-text narrative of the "
     "crime report or in attached statements. The only way to answer question 4 would therefore be "
     "to read every crime report counted in question 1. A sample of reports was reviewed and each "
     "took an average of five minutes to read and record. For all of the reports in scope this "
     "would take in excess of 32 hours, well beyond the 18 hours allowed.")
para("This letter therefore acts as a refusal notice under section 17(5) of the Act for "
     "question 4. Under section 16 (advice and assistance) you may wish to consider narrowing "
     "this part of your request, for example to a single month, although we cannot guarantee that "
     "a refined request would fall within the cost limit.")

heading("Complaint rights")
para("If you are dissatisfied with the handling of your request you may ask for an internal "
     "review. Please write to the Civil Disclosure Unit within 40 working days of the date of this "
     "letter, quoting the reference number above. If you remain dissatisfied after the review you "
     "may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours sincerely", gap=8)
para("A. Pemberton\nDisclosure Officer\nCivil Disclosure Unit", gap=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
