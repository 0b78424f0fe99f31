"""Builds reply.pdf (Norfolk Constabulary FOI 001287/24) deterministically with fpdf2 core fonts.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 6, 10, 11, 5, 0, tzinfo=datetime.timezone.utc)
REF = "FOI 001287/24"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Norfolk Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Management Department", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Norfolk Constabulary Headquarters, Wymondham, Norfolk", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Non-emergency: 101    www.norfolk.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(7)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Norfolk Constabulary - " + REF, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title("FOI " + REF[4:] + " Online sexual offences against children")
pdf.set_author("Norfolk Constabulary")
pdf.set_creator("Information Management Department")
pdf.set_producer("Information Management Department")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.ln(1)
    para(text, "B", 10.5, 1.5)


def table(head, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(220, 228, 240)
    for h, w in zip(head, widths):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln()
    for i, r in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9.5)
        for j, (v, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 6.5, str(v), border=1, align="L" if j == 0 else "C")
        pdf.ln()
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W / 2, 5, "Ms R Penrose")
pdf.cell(W / 2, 5, "Our Ref: " + REF, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 5, "By email")
pdf.cell(W / 2, 5, "Date: 10 June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

para("Dear Ms Penrose,")
para("Freedom of Information Request Reference No: " + REF, "B")
para("I write in connection with your request for information received by Norfolk Constabulary on "
     "13 May 2024 concerning online sexual offences against children.")
heading("Your request")
para("In respect of each of the calendar years 2020, 2021, 2022 and 2023:", gap=1)
para("1. How many sexual offences against children (victims aged under 18) were recorded which had "
     "the online flag applied?\n"
     "2. Please break these figures down by the age of the victim (0-12, 13-15 and 16-17).\n"
     "3. Please break these figures down by the gender of the victim.\n"
     "4. What was the age of the youngest victim in each year?")
heading("Our response")
para("Norfolk Constabulary holds some of the information you have requested. In accordance with "
     "section 1(1)(a) of the Freedom of Information Act 2000 (the Act), this letter confirms what is "
     "held, and in accordance with section 17 it gives notice of the exemption relied on.")
para("Crime records created before 1 January 2021 were transferred to our current records management "
     "system without the online flag, and the flag cannot be retrieved for them. The information "
     "requested for 2020 is therefore not held. This is shown as N/H in the tables below.")
para("The figures are counts of recorded crimes where the victim was under 18 at the time of the "
     "offence and the online flag had been applied on the date the data was extracted (29 May 2024). "
     "Where a figure is between one and four it has been replaced with an asterisk (*); please see "
     "the section 40(2) explanation below. The totals include the suppressed figures.")

heading("Questions 1 and 2")
table(["Victim age", "2020", "2021", "2022", "2023"],
      [["0 - 12", "N/H", 61, 88, 95],
       ["13 - 15", "N/H", 148, 189, 204],
       ["16 - 17", "N/H", 37, 47, 51],
       ["Age not recorded", "N/H", "*", 7, "*"],
       ["Total", "N/H", 249, 331, 352]],
      [50, 30, 30, 30, 30], bold_last=True)

para("Please note: in our response to your earlier request, " + "FOI 000412/24" + ", we gave the number of "
     "online-flagged sexual offences against children recorded in 2022 as 318. A later data quality "
     "review found that the online flag had been added to further crimes after that data was "
     "extracted. The corrected figure for 2022 is the total shown in the table above. We apologise for any "
     "inconvenience this may have caused.", "I")

heading("Question 3")
table(["Victim gender", "2020", "2021", "2022", "2023"],
      [["Female", "N/H", 197, 262, 281],
       ["Male", "N/H", 49, 63, 69],
       ["Not recorded", "N/H", "*", 6, "*"]],
      [50, 30, 30, 30, 30])
para("The totals for each year are as shown for Questions 1 and 2.")

heading("Question 4")
para("The age of the youngest victim in each of 2021, 2022 and 2023 is exempt from disclosure under "
     "section 40(2) of the Act. For 2020 the information is not held, for the reason given above.")

heading("Reasons for decision")
para("Section 40(2) - Personal information", "B", gap=1)
para("Section 40(2) of the Act exempts personal data about a third party where disclosure would "
     "breach any of the data protection principles. The age of the youngest victim in a year, and "
     "figures of one to four, relate to very small numbers of children. Released together with "
     "local knowledge, media reporting or information already in the public domain, they could allow "
     "a child to be identified. Disclosure would not be fair or lawful and would breach the first "
     "data protection principle. Section 40(2) is an absolute exemption where this is the case, and "
     "no public interest test is required.")
para("No inference should be drawn from the use of this exemption as to whether any individual "
     "child is or is not known to Norfolk Constabulary.")

heading("Your right to complain")
para("If you are dissatisfied with this response you may ask for an internal review. Please write to "
     "the Information Management Department within 40 working days of the date of this letter, "
     "quoting the reference above. If you remain dissatisfied after the review, you may complain to "
     "the Information Commissioner, whose details are on the ICO website.")
para("Yours sincerely,", gap=8)
para("Daniel Threlfall", "B", gap=0)
para("Information Management Officer", gap=0)
para("Norfolk and Suffolk Constabularies", gap=0)

pdf.output(OUT)
print("wrote", OUT)
