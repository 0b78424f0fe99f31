"""Builds reply.pdf (Northamptonshire Police FOI response letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
Core fonts only (Helvetica), so the text is kept to Latin-1.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 6, 21, 9, 30, 0, tzinfo=datetime.timezone.utc)
REF = "006214/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 15)
        self.set_text_color(0, 45, 98)
        self.cell(0, 7, "NORTHAMPTONSHIRE POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4.2, "Information Rights Unit  |  Force Headquarters, Wootton Hall, Northampton", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4.2, "www.northants.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 45, 98)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.set_text_color(0, 0, 0)
        self.ln(7)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"FOI Ref: {REF}        Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4", unit="mm")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.set_creation_date(FIXED)
pdf.set_creator("Information Rights Unit")
pdf.set_author("Northamptonshire Police")
pdf.set_title(f"FOI {REF} response")
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, h=5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def question(text):
    pdf.set_font("Helvetica", "I", 10)
    pdf.set_fill_color(238, 242, 248)
    pdf.multi_cell(W, 5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(head, rows, widths, bold_last=False, aligns=None):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(0, 45, 98)
    pdf.set_text_color(255, 255, 255)
    for txt, w in zip(head, widths):
        pdf.cell(w, 7, txt, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9)
        if last:
            pdf.set_fill_color(225, 225, 225)
        for j, (txt, w) in enumerate(zip(row, widths)):
            al = (aligns[j] if aligns else ("L" if j == 0 else "C"))
            pdf.cell(w, 6.5, str(txt), border=1, align=al, fill=last)
        pdf.ln()
    pdf.ln(3)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W / 2, 5, "Our ref: " + REF)
pdf.cell(W / 2, 5, "21 June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
para("Dear Requester,")
para("Freedom of Information Request Reference No: " + REF, style="B")
para(
    "I write in connection with your request for information received by Northamptonshire Police on "
    "24 May 2024. I note you seek access to the following information, and I have set out our response "
    "beneath each question."
)

heading("Question 1")
question(
    "Please provide the number of sexual offences against children (victims under 18) recorded by "
    "your force in each of the financial years 2021/22, 2022/23 and 2023/24 under the following Home "
    "Office codes: 20B, 21, 22B, 71/17 and 73."
)
para("Northamptonshire Police holds this information. The figures are set out below.")
table(
    ["HO code", "Offence", "2021/22", "2022/23", "2023/24"],
    [
        ["20B", "Sexual assault on a female child under 13", 118, 131, 124],
        ["21", "Sexual activity involving a child under 13", 64, 71, 58],
        ["22B", "Sexual activity involving a child under 16", 203, 226, 241],
        ["71/17", "Sexual communication with a child", 87, 94, 102],
        ["73", "Abuse of position of trust of a sexual nature", 9, 12, 7],
        ["Total", "", 481, 534, 532],
    ],
    [18, 82, 22, 24, 24],
    bold_last=True,
    aligns=["L", "L", "C", "C", "C"],
)
para(
    "Figures are based on the date the crime was recorded and were extracted from the force crime "
    "recording system on 3 June 2024. Crime figures are subject to change as investigations progress "
    "and crimes are reclassified.",
    size=9,
)

heading("Question 2")
question("Of the offences in question 1, how many had the online (cyber) flag applied?")
table(
    ["", "2021/22", "2022/23", "2023/24"],
    [["Online flag applied", "N/H", 139, 151]],
    [70, 33, 33, 34],
)
para(
    "N/H - Not held. Northamptonshire Police changed its crime recording system during 2021/22. The "
    "online flag recorded on the previous system was not carried across when crimes were migrated, and "
    "the flag cannot be reported for crimes recorded in that year. Section 1(1)(a) of the Act requires us "
    "to confirm that this part of the information is not held.",
    size=9,
)

heading("Question 3")
question("Please break down the figures in question 1 by the gender of the victim.")
para(
    "Where more than one victim is linked to a crime, the gender of the first victim recorded has been "
    "used, so that each crime is counted once."
)
table(
    ["Victim gender", "2021/22", "2022/23", "2023/24"],
    [
        ["Female", 352, 398, 389],
        ["Male", 117, 125, 129],
        ["Unknown / not recorded", 12, 11, 14],
    ],
    [70, 33, 33, 34],
)

heading("Question 4")
question(
    "For the offences recorded under code 73, how many of the suspects were teachers, in each year?"
)
para(
    "Northamptonshire Police holds this information. However, it is exempt from disclosure under "
    "Section 40(2) of the Act (Personal Information)."
)
para(
    "Section 40(2) is an absolute, class-based exemption where disclosure would contravene the data "
    "protection principles. The number of offences under code 73 is small in each year, as shown in "
    "question 1. Disclosing how many suspects held a teaching post, alongside information already in "
    "the public domain such as court reporting and school communications, would be likely to allow the "
    "individuals concerned, and potentially their victims, to be identified. This would be unfair and "
    "unlawful processing of their personal data, and the information is therefore withheld."
)

heading("Complaint rights")
para(
    "If you are dissatisfied with the handling of your request you may ask for an internal review. "
    "Requests should be made in writing within 40 working days of the date of this letter, quoting the "
    "reference above. If you remain dissatisfied after the internal review you have the right to complain "
    "to the Information Commissioner under Section 50 of the Freedom of Information Act 2000.",
    size=9.5,
)
para("Yours sincerely,", gap=8)
para("Rachel Okonjo\nInformation Rights Officer\nNorthamptonshire Police", gap=2)

pdf.output(OUT)
print("wrote", OUT)
