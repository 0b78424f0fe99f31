"""Build reply.pdf: City of London Police response letter to FOI/23/0867.

Run: /work/main/.venv/bin/python make_reply.py
Uses only the PDF core fonts and a fixed creation date, so the file rebuilds byte for byte.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

REF = "FOI/23/0867"
LETTER_DATE = "16 November 2023"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 15)
            self.cell(0, 7, "CITY OF LONDON POLICE", new_x="LMARGIN", new_y="NEXT", align="R")
            self.set_font("Helvetica", "", 9)
            for line in (
                "Information Access Office",
                "PO Box 36451",
                "182 Bishopsgate",
                "London EC2M 4WN",
            ):
                self.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(6)
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"City of London Police - {REF}", new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(3)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "OFFICIAL", new_x="LMARGIN", new_y="NEXT", align="C")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2023, 11, 16, 10, 42, 0, tzinfo=timezone.utc))
pdf.set_title(f"FOI Response {REF}")
pdf.set_author("Information Access Office")
pdf.set_creator("Microsoft Word")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.epw


def para(text, size=10, style="", gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, f"Date: {LETTER_DATE}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE " + REF, style="B")
para(
    "I write in connection with your request for information received by the City of London "
    "Police on 19 October 2023. You asked for the following information:"
)
para(
    '"For each of the last four financial years (2019/20, 2020/21, 2021/22 and 2022/23):\n'
    "1. The number of crimes recorded under Home Office codes 86/2 (taking, making or distributing "
    "indecent photographs of children), 71/17 (sexual communication with a child) and 88A (sexual "
    "grooming), and how many of each carried the online flag.\n"
    "2. For the 86/2 crimes, the number where a suspect was aged under 18.\n"
    "3. How many of the 86/2 investigations began as a result of information provided by the "
    "security and intelligence agencies, such as GCHQ.\n"
    '4. The age and gender of each victim of the 71/17 offences."',
    style="I",
)
para(
    "Searches have now been completed. The City of London Police holds some of the information "
    "you have requested. Our response to each question is set out below. Please note that the "
    "figures are based on the date the crime was recorded and were extracted on 7 November 2023."
)

heading("Question 1")
para("Crimes recorded, with the number carrying the online (cyber-enabled) flag:", gap=1.5)

# two-level header table: years across, Recorded / Online flag beneath each year
years = ["2019/20", "2020/21", "2021/22", "2022/23"]
rows = [
    ("086/02 Indecent photographs of children", ["14", "9", "11", "8", "17", "12", "9", "6"]),
    ("071/17 Sexual communication with a child", ["1-4", "1-4", "0", "0", "1-4", "1-4", "5", "5"]),
    ("88A Sexual grooming", ["0", "0", "1-4", "0", "0", "0", "1-4", "1-4"]),
]
lw = 58
cw = (W - lw) / 8
pdf.set_font("Helvetica", "B", 8.5)
pdf.set_fill_color(220, 226, 236)
x0, y0 = pdf.get_x(), pdf.get_y()
pdf.cell(lw, 12, "Home Office code and offence", border=1, fill=True)
pdf.set_xy(x0 + lw, y0)
for y in years:
    pdf.cell(cw * 2, 6, y, border=1, fill=True, align="C")
pdf.set_xy(x0 + lw, y0 + 6)
for _ in years:
    pdf.cell(cw, 6, "Recorded", border=1, fill=True, align="C")
    pdf.cell(cw, 6, "Online", border=1, fill=True, align="C")
pdf.set_xy(x0, y0 + 12)
pdf.set_font("Helvetica", "", 8.5)
for label, vals in rows:
    pdf.cell(lw, 6, label, border=1)
    for v in vals:
        pdf.cell(cw, 6, v, border=1, align="C")
    pdf.ln(6)
pdf.ln(2)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(
    W, 4.5,
    "Where a figure is between 1 and 4 it is shown as '1-4', in line with the force's approach to "
    "small numbers, to reduce the risk of identifying the people involved. A 0 means that no crime "
    "was recorded. The online flag is applied where the offence was committed, in whole or in "
    "part, using a computer, computer network or other internet-enabled device.",
    new_x="LMARGIN", new_y="NEXT",
)
pdf.ln(4)

heading("Question 2")
para(
    "In April 2021 the City of London Police moved to a new crime and intelligence recording "
    "system. On the previous system the age of a suspect was held only within free-text entries and "
    "could not be retrieved by search, so this information is not held for crimes recorded in "
    "2019/20 and 2020/21. These years are marked N/H below.",
    gap=1.5,
)
pdf.set_font("Helvetica", "B", 8.5)
pdf.cell(40, 6, "Financial year", border=1, fill=True)
pdf.cell(70, 6, "86/2 crimes with a suspect aged under 18", border=1, fill=True, align="C")
pdf.ln(6)
pdf.set_font("Helvetica", "", 8.5)
for y, v in zip(years, ["N/H", "N/H", "1-4", "0"]):
    pdf.cell(40, 6, y, border=1)
    pdf.cell(70, 6, v, border=1, align="C")
    pdf.ln(6)
pdf.ln(4)

heading("Question 3")
para(
    "The City of London Police can neither confirm nor deny that it holds the information you "
    "have requested at question 3, by virtue of the following exemptions:"
)
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) - National security", style="B")
para(
    "Section 23(5) is an absolute, class-based exemption. Confirming or denying whether information "
    "is held would in itself reveal whether a body listed in section 23(3) has been involved in a "
    "matter, and there is no requirement to consider the public interest."
)
para(
    "Section 24(2) is a qualified exemption, so the public interest has been considered. Confirming "
    "or denying would increase public understanding of how online child abuse is detected and "
    "would show how the force works with partner agencies. Against this, any statement about the "
    "involvement or otherwise of the security bodies, when set against other disclosures, would let "
    "offenders build a picture of the capabilities used to detect them and alter their behaviour. "
    "The public interest therefore favours maintaining the exemption. None of the above should be "
    "taken as an indication that the requested information does or does not exist."
)

heading("Question 4")
para(
    "The information you have requested at question 4 is exempt under section 40(2) of the Act "
    "(personal information). The numbers involved are very small and the City of London has a "
    "small resident population, so the ages and genders of victims, taken together with the year "
    "and the type of offence, could identify individual children. Disclosure would not be fair or "
    "lawful and would breach the first data protection principle. Section 40(2) is an absolute "
    "exemption in these circumstances and no public interest test is required."
)
para(
    "This letter serves as a refusal notice under section 17 of the Freedom of Information Act "
    "2000 for questions 3 and 4."
)

heading("Complaint rights")
para(
    "If you are dissatisfied with this response you may request an internal review by writing to "
    "the Information Access Office at the address above, or by email, within 40 working days of "
    "the date of this letter."
)
para(
    "If you remain dissatisfied after the review you may complain to the Information Commissioner, "
    "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113, "
    "www.ico.org.uk). The Commissioner will not normally investigate until the internal review "
    "process has been completed."
)
para("Yours sincerely,", gap=8)
para("Information Access Officer\nInformation Access Office\nCity of London Police", gap=0)

pdf.output(str(Path(__file__).with_name("reply.pdf")))
