"""Build reply.pdf (Merseyside Police FOI letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 6, 11, 10, 42, 0, tzinfo=datetime.timezone.utc)

REF = "FOI 24-1187"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "MERSEYSIDE POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Access Unit  |  Corporate Development Department",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Merseyside Police Headquarters, Liverpool  |  Telephone 0151 496 0472",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(7)
            self.set_text_color(0, 0, 0)
        else:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Merseyside Police - Our ref: {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, style="", size=10.5, h=5.2, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(pdf, text):
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(pdf, rows, widths, bold_rows=(), bold_first_col=False):
    line_h = 6.5
    for r, row in enumerate(rows):
        is_head = r == 0
        for c, (val, w) in enumerate(zip(row, widths)):
            if is_head:
                pdf.set_fill_color(217, 226, 243)
                pdf.set_font("Helvetica", "B", 9.5)
                fill = True
            elif r in bold_rows:
                pdf.set_fill_color(242, 242, 242)
                pdf.set_font("Helvetica", "B", 9.5)
                fill = True
            else:
                pdf.set_font("Helvetica", "B" if (bold_first_col and c == 0) else "", 9.5)
                fill = False
            align = "L" if c == 0 else "C"
            pdf.cell(w, line_h, val, border=1, align=align, fill=fill)
        pdf.ln(line_h)
    pdf.ln(2)


def build():
    pdf = Letter(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"FOI response {REF}")
    pdf.set_author("Merseyside Police Information Access Unit")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Merseyside Police")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.2, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.2, "Date: 11 June 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Requester,")
    para(pdf, f"Freedom of Information Request - Reference {REF}", style="B")
    para(pdf, "I write in connection with your request for information, which was received by "
              "Merseyside Police on 14 May 2024. Your request has been dealt with under the "
              "Freedom of Information Act 2000 (the Act). You asked:")
    para(pdf, "1. How many offences of sexual communication with a child (Home Office code "
              "71/17) and sexual grooming (Home Office code 88A) were recorded by your force in "
              "each of the financial years 2020/21, 2021/22, 2022/23 and 2023/24?\n"
              "2. For each offence and each year in question 1, how many of the crimes had the "
              "online (cyber) flag applied?\n"
              "3. For the offences of sexual communication with a child recorded in 2023/24, "
              "please give the gender of the victims.\n"
              "4. For each year in question 1, which social media platforms, apps or websites "
              "were used in the offences of sexual communication with a child?", style="I")
    para(pdf, "Merseyside Police has completed its searches and I can confirm that information "
              "is held in relation to all parts of your request. Information is provided below "
              "for questions 1 to 3. Question 4 is refused under section 12(1) of the Act, and "
              "the reasons are explained under that question.")

    heading(pdf, "Question 1")
    para(pdf, "Table 1 - Crimes recorded, by Home Office code and financial year (1 April to 31 March)")
    rows = [
        ["Offence", "2020/21", "2021/22", "2022/23", "2023/24", "Total"],
        ["Sexual communication with a child (71/17)", "212", "248", "231", "263", "954"],
        ["Sexual grooming (88A)", "41", "37", "52", "46", "176"],
        ["Total", "253", "285", "283", "309", "1,130"],
    ]
    table(pdf, rows, [70, 19, 19, 19, 19, 24], bold_rows=(3,))

    heading(pdf, "Question 2")
    para(pdf, "Table 2 - Crimes in Table 1 with the online (cyber) flag applied")
    rows = [
        ["Offence", "2020/21", "2021/22", "2022/23", "2023/24"],
        ["Sexual communication with a child (71/17)", "187", "219", "203", "236"],
        ["Sexual grooming (88A)", "12", "*", "14", "9"],
    ]
    table(pdf, rows, [70, 19, 19, 19, 19])
    para(pdf, "* Where a figure is between one and four it has been replaced with an asterisk. "
              "Small numbers, taken together with other information that may already be in the "
              "public domain, could lead to the identification of a victim.", size=9, h=4.5)
    para(pdf, "The online flag is applied by the crime recorder where the offence was committed, "
              "wholly or partly, through a computer, mobile phone or other internet-enabled "
              "device. The flag depends on the recording officer, so the figures above may not "
              "capture every offence with an online element.", size=9, h=4.5)

    heading(pdf, "Question 3")
    para(pdf, "Of the 263 offences of sexual communication with a child recorded in 2023/24, "
              "211 were recorded against a female victim and 48 against a male victim. The "
              "gender of the victim was not recorded on * crimes (please see the note on "
              "small numbers under Table 2).")

    heading(pdf, "Question 4")
    para(pdf, "Section 12(1) of the Act does not oblige a public authority to comply with a "
              "request for information if it estimates that the cost of doing so would exceed "
              "the appropriate limit. For police forces the appropriate limit is set at \xa3450, "
              "which equates to 18 hours of work at \xa325 per hour.")
    para(pdf, "The platform, app or website used is not held in a searchable field on our crime "
              "recording system. It is recorded, if at all, in the free-text narrative of each "
              "crime report. To answer question 4 every one of the 954 crimes recorded under "
              "code 71/17 in the four years would have to be located and read. A sampling "
              "exercise showed that this takes on average three minutes per crime, giving an "
              "estimate of 2,862 minutes, or 47 hours and 42 minutes, which is well in excess "
              "of the 18 hour limit.")
    para(pdf, "This letter therefore acts as a refusal notice under section 17(5) of the Act "
              "for question 4.")
    para(pdf, "Advice and assistance (section 16): even a single year would be likely to exceed "
              "the limit. If you were to narrow this part of your request to one quarter of "
              "one financial year, we may be able to consider it further, but please be aware "
              "that some crime reports do not name a platform at all.")

    heading(pdf, "Your right to complain")
    para(pdf, "If you are unhappy with the way your request has been handled you may ask for an "
              "internal review. Please write to the Information Access Unit at the address "
              "above within 40 working days of the date of this letter, quoting the reference "
              "number. If you remain dissatisfied after the internal review, you may apply to "
              "the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
              "Cheshire SK9 5AF (www.ico.org.uk).")
    para(pdf, "Yours sincerely,")
    pdf.ln(4)
    para(pdf, "Disclosure Officer\nInformation Access Unit\nMerseyside Police", after=0)

    pdf.output(OUT)


if __name__ == "__main__":
    build()
