"""Build reply.pdf for Dorset Police FOI 2024-0914 (invented test reply).

Run with /work/main/.venv/bin/python make_reply.py ; fixed creation date, core fonts only,
so the output is reproducible.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 8, 9, 11, 20, 0, tzinfo=datetime.timezone.utc)
REF = "2024-0914"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            y0 = self.get_y()
            self.set_fill_color(0, 45, 98)
            self.rect(self.l_margin, y0, 14, 16, style="F")
            self.set_xy(self.l_margin + 17, y0)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(80, 9, "DORSET POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_x(self.l_margin + 17)
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(80, 5, "Information Disclosure Unit", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 8)
            lines = ["Force Headquarters", "Winfrith", "Dorchester", "Dorset DT2 8DZ",
                     "Telephone: 101", "www.dorset.police.uk"]
            self.set_xy(150, y0)
            for ln in lines:
                self.set_x(150)
                self.cell(0, 4, ln, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Dorset Police - FOI {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title(f"FOI {REF} Response")
pdf.set_author("Dorset Police Information Disclosure Unit")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Dorset Police")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.add_page()

W = 170


def para(text, style="", size=10, h=5, after=3):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(header, rows, widths, bold_last=False, aligns=None):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(217, 226, 243)
    for txt, w in zip(header, widths):
        pdf.cell(w, 7, txt, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9)
        for j, (txt, w) in enumerate(zip(row, widths)):
            al = (aligns[j] if aligns else ("L" if j == 0 else "C"))
            pdf.cell(w, 6.5, txt, border=1, align=al)
        pdf.ln(6.5)
    pdf.ln(3)


para("Date: 9 August 2024\nOur Ref: FOI " + REF, size=10, after=4)
para("Ms L Harland\nBy email", after=5)
para("Dear Ms Harland,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE NO: " + REF, style="B")
para("Thank you for your request for information, received on 15 July 2024, about sexual offences "
     "against children. Your questions are repeated below, each followed by our answer.")
para("Dorset Police has considered your request under the Freedom of Information Act 2000 (the Act) "
     "and can confirm that it holds information relevant to it.")

heading("Question 1")
para("For each of the financial years 2021/22, 2022/23 and 2023/24, how many offences of rape of a "
     "child under 16 and rape of a child under 13 (Home Office codes 19D, 19E, 19G and 19H) were "
     "recorded by Dorset Police?", style="I")
heading("Answer")
table(["HO Code", "Offence", "2021/22", "2022/23", "2023/24"],
      [["19D", "Rape of a female child under 16", "38", "44", "41"],
       ["19E", "Rape of a female child under 13", "29", "26", "33"],
       ["19G", "Rape of a male child under 16", "7", "5", "9"],
       ["19H", "Rape of a male child under 13", "12", "15", "10"],
       ["Total", "", "86", "90", "93"]],
      [20, 75, 25, 25, 25], bold_last=True,
      aligns=["L", "L", "C", "C", "C"])
para("Please note: in our response to an earlier request (FOI 2023-0788) the number of 19E offences "
     "recorded in 2022/23 was given as 24. That figure was incorrect because of an error in the search "
     "criteria used at the time. The correct figure is 26, as shown in the table above.")

heading("Question 2")
para("How many of the offences in question 1 had the online (cyber) flag applied?", style="I")
heading("Answer")
para("Of the offences shown in the table above, eleven of those recorded in 2021/22 had the online "
     "flag applied. The figure for 2022/23 was 8, and for 2023/24 it was 13.")

heading("Question 3")
para("For the same years, how many offences of abuse of a position of trust of a sexual nature "
     "(Home Office code 73) were recorded, broken down by the gender of the victim?", style="I")
heading("Answer")
table(["Victim gender", "2021/22", "2022/23", "2023/24"],
      [["Female", "N/H", "14", "11"],
       ["Male", "N/H", "6", "*"],
       ["Total", "17", "20", "13"]],
      [50, 30, 30, 30], bold_last=True)
para("N/H - Not held. Dorset Police moved to a new records management system during 2022. Crimes "
     "recorded before 1 April 2022 were migrated without the personal details of victims, so victim "
     "gender cannot be reported for 2021/22. The total for that year is taken from the force's "
     "Home Office crime return.", size=9, h=4.5)
para("* - Figure withheld. Where the number of victims is very small, releasing it could, together "
     "with other information already in the public domain, lead to the identification of those "
     "victims. This figure is therefore exempt under Section 40(2) of the Act (personal "
     "information).", size=9, h=4.5)

heading("Question 4")
para("How many of the offences in question 1 resulted in a suspect being charged?", style="I")
heading("Answer")
para("The number of offences in question 1 with an outcome of charge or summons was 9 for 2021/22, "
     "7 for 2022/23 and 6 for 2023/24. Please be aware that investigations into offences of this "
     "kind can take a long time, and some of the offences recorded in 2023/24 are still under "
     "investigation, so the figure for that year is likely to increase.")

para("All figures are for crimes recorded in each financial year (1 April to 31 March) under the Home "
     "Office Counting Rules, and were extracted from force systems on 24 July 2024. A crime may be "
     "reclassified after it is first recorded, so figures may differ slightly from those published "
     "elsewhere or given in earlier responses.", size=9, h=4.5)

heading("Your rights")
para("If you are dissatisfied with this response, you may ask for an internal review. Please write to "
     "the Information Disclosure Unit at the address above within 40 working days of the date of this "
     "letter, quoting the reference number. If you remain dissatisfied after the internal review, you "
     "may apply to the Information Commissioner's Office (ICO), Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF, or through the ICO website.")
para("Yours sincerely,", after=8)
para("Information Disclosure Officer\nInformation Disclosure Unit\nDorset Police", after=0)

pdf.output(OUT)
print("wrote", OUT)
