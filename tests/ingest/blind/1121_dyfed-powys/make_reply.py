"""Build reply.pdf: an invented Dyfed-Powys Police FOI reply letter (fpdf2, core fonts).

Run with /work/main/.venv/bin/python make_reply.py ; output is deterministic
(fixed creation date, no current-time metadata).
"""
import datetime
import hashlib
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 6, 11, 14, 7, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("helvetica", "B", 17)
            self.set_text_color(0, 45, 98)
            self.set_xy(20, 14)
            self.cell(95, 8, "Heddlu Dyfed-Powys Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(70, 70, 70)
            self.set_x(20)
            self.multi_cell(95, 3.6,
                            "Yn gwasanaethu Ceredigion, Sir Gaerfyrddin, Sir Benfro a Phowys\n"
                            "Serving Ceredigion, Carmarthenshire, Pembrokeshire and Powys")
            self.set_xy(122, 14)
            self.set_font("helvetica", "B", 8.5)
            self.set_text_color(0, 45, 98)
            self.multi_cell(68, 4, "Uned Rhyddid Gwybodaeth\nFreedom of Information Unit", align="R")
            self.set_x(122)
            self.set_font("helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            self.multi_cell(68, 3.8,
                            "Pencadlys yr Heddlu / Police Headquarters\n"
                            "Llangynnwr / Llangunnor\n"
                            "Caerfyrddin / Carmarthen\n"
                            "Ffôn / Tel: 101\n"
                            "E-bost / Email: foi@dyfed-powys.police.uk",
                            align="R")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(20, 45, 190, 45)
            self.set_text_color(0, 0, 0)
            self.set_y(50)
        else:
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(170, 4, "Heddlu Dyfed-Powys Police  |  Cyf / Ref: 612/24", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-20)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.2)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("helvetica", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. "
                        "We welcome correspondence in Welsh and English.",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Tudalen {self.page_no()} o {{nb}}  /  Page {self.page_no()} of {{nb}}",
                  align="C")
        self.set_text_color(0, 0, 0)


def para(pdf, text, h=4.8, style="", size=10, space=2.2):
    pdf.set_font("helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def heading(pdf, text):
    pdf.set_font("helvetica", "B", 10.5)
    pdf.set_text_color(0, 45, 98)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def table1(pdf):
    pdf.set_font("helvetica", "B", 9)
    pdf.cell(0, 5, "Table 1: Sexual communication with a child (Home Office code 71/17), "
                   "recorded offences", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    widths = (52, 50, 50)
    pdf.set_fill_color(0, 45, 98)
    pdf.set_text_color(255, 255, 255)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    x0 = 20
    pdf.set_x(x0)
    for w, t in zip(widths, ("Financial year", "Offences recorded", "Of which online flag applied")):
        pdf.cell(w, 7, t, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    rows = [("2020/21", "58", "51"), ("2021/22", "71", "63"),
            ("2022/23", "64", "55"), ("2023/24", "82", "70")]
    pdf.set_font("helvetica", "", 9)
    for r in rows:
        pdf.set_x(x0)
        pdf.cell(widths[0], 6, r[0], border=1, align="L")
        pdf.cell(widths[1], 6, r[1], border=1, align="C")
        pdf.cell(widths[2], 6, r[2], border=1, align="C")
        pdf.ln()
    pdf.set_font("helvetica", "B", 9)
    pdf.set_fill_color(225, 231, 240)
    pdf.set_x(x0)
    pdf.cell(widths[0], 6, "Total", border=1, align="L", fill=True)
    pdf.cell(widths[1], 6, "275", border=1, align="C", fill=True)
    pdf.cell(widths[2], 6, "239", border=1, align="C", fill=True)
    pdf.ln(9)


def table2(pdf):
    pdf.set_font("helvetica", "B", 9)
    pdf.cell(0, 5, "Table 2: Offences under 71/17 by gender and age of victim",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    x0, y0 = 20, pdf.get_y()
    w0, w = 46, 28
    h = 6
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(0, 45, 98)
    pdf.set_text_color(255, 255, 255)
    # two-level header: financial year over victim gender
    pdf.set_font("helvetica", "B", 9)
    pdf.rect(x0, y0, w0, 2 * h, style="DF")
    pdf.set_xy(x0, y0 + h / 2)
    pdf.cell(w0, h, "Age of victim", align="C")
    pdf.set_xy(x0 + w0, y0)
    pdf.cell(2 * w, h, "2022/23", border=1, align="C", fill=True)
    pdf.cell(2 * w, h, "2023/24", border=1, align="C", fill=True)
    pdf.set_xy(x0 + w0, y0 + h)
    for t in ("Female", "Male", "Female", "Male"):
        pdf.cell(w, h, t, border=1, align="C", fill=True)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x0, y0 + 2 * h)
    rows = [("Under 13", "9", "*", "12", "5"),
            ("13 to 15", "36", "12", "44", "17"),
            ("16 and 17", "*", "0", "*", "0"),
            ("Age not recorded", "*", "0", "*", "0")]
    pdf.set_font("helvetica", "", 9)
    for r in rows:
        pdf.set_x(x0)
        pdf.cell(w0, h, r[0], border=1)
        for v in r[1:]:
            pdf.cell(w, h, v, border=1, align="C")
        pdf.ln()
    pdf.set_font("helvetica", "B", 9)
    pdf.set_fill_color(225, 231, 240)
    pdf.set_x(x0)
    pdf.cell(w0, h, "Total", border=1, fill=True)
    for v in ("49", "15", "60", "22"):
        pdf.cell(w, h, v, border=1, align="C", fill=True)
    pdf.ln(h + 1.5)
    pdf.set_font("helvetica", "I", 8)
    pdf.multi_cell(0, 3.8,
                   "* denotes a figure between 1 and 4. Figures of this size have been suppressed "
                   "to reduce the risk of identifying individual victims (see the Section 40(2) "
                   "note below). Totals are shown in full.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def build():
    pdf = Letter(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.set_creation_date(FIXED)
    pdf.set_title("FOI 612/24 - Response")
    pdf.set_author("Dyfed-Powys Police - Freedom of Information Unit")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("FOI Unit")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 5, "Ein Cyf / Our Ref: 612/24", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Dyddiad / Date: 11 June 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Sent by email only", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Applicant,")
    para(pdf, "Freedom of Information Act 2000 - Request Reference 612/24", style="B")
    para(pdf, "I write in connection with your request for information, received by "
              "Dyfed-Powys Police on 14 May 2024. You asked:")
    pdf.set_x(28)
    pdf.set_font("helvetica", "I", 10)
    pdf.multi_cell(
        0, 4.8,
        "1. The number of offences of sexual communication with a child (Home Office code "
        "71/17) recorded by your force in each of the financial years 2020/21, 2021/22, "
        "2022/23 and 2023/24, and how many of these had the online (cyber) flag applied.\n"
        "2. For 2022/23 and 2023/24, the offences in question 1 broken down by the gender "
        "of the victim and by the victim's age: under 13, 13 to 15, 16 and 17.\n"
        "3. For each year in question 1, the apps, websites or social media platforms "
        "used to commit the offences.\n"
        "4. The outcomes of the offences recorded in 2023/24.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    para(pdf, "Section 1 of the Freedom of Information Act 2000 (the Act) places two duties "
              "on public authorities. Unless exemptions apply, the first duty at Section "
              "1(1)(a) is to confirm or deny whether the information specified in a request "
              "is held. The second duty at Section 1(1)(b) is to disclose information that "
              "has been confirmed as being held.")
    para(pdf, "Searches have now been completed and I can confirm that Dyfed-Powys Police "
              "holds information relevant to your request. Questions 1, 2 and 4 are answered "
              "below. Question 3 cannot be answered within the appropriate limit, and a "
              "notice under Section 17 of the Act is given for that part.")
    para(pdf, "The figures have been taken from the force's crime recording system (Niche "
              "RMS) and relate to crimes recorded in each financial year (1 April to 31 "
              "March). They were extracted on 3 June 2024 and may differ slightly from "
              "figures published elsewhere, as crime records can be reclassified or "
              "cancelled after they are first recorded.")

    heading(pdf, "Question 1")
    table1(pdf)

    heading(pdf, "Question 2")
    para(pdf, "The table below shows the offences from Question 1 for the two financial "
              "years requested, by the gender of the victim and the victim's age on the "
              "date the crime was recorded, which can be later than the offence itself. A "
              "small number of crimes do not have a date of birth recorded for the victim; "
              "these are shown separately.")
    table2(pdf)

    heading(pdf, "Question 3")
    para(pdf, "Dyfed-Powys Police does not record the app, website or platform used in an "
              "offence as a searchable field. The only way to establish this would be to "
              "read each crime report, together with its investigation log and any linked "
              "digital forensic submissions, for every crime listed in Table 1.")
    para(pdf, "A sample exercise found that this takes on average 10 minutes per crime. "
              "For the four years requested this would take in excess of 45 hours, which "
              "is well above the appropriate limit of 18 hours (£450) set for police "
              "forces by the Freedom of Information and Data Protection (Appropriate Limit "
              "and Fees) Regulations 2004. Section 12(1) of the Act therefore applies to "
              "this part of your request, and this letter acts as a refusal notice for it.")
    para(pdf, "In line with our duty under Section 16 of the Act to provide advice and "
              "assistance, you may wish to consider narrowing this question, for example to "
              "a single quarter of one financial year. Please note that any new request "
              "would be considered afresh and may still be subject to exemptions.")

    heading(pdf, "Question 4")
    para(pdf, "The outcomes below are those recorded against the 2023/24 offences when the "
              "data was extracted on 3 June 2024.")
    para(pdf, "Of the offences recorded in 2023/24, 9 had resulted in a charge or summons "
              "(outcome 1). Twenty-three were finalised as outcome 16 (evidential "
              "difficulties: suspect identified, victim does not support further action) "
              "and 11 as outcome 18 (investigation complete, no suspect identified). "
              "Fourteen investigations remain open with no outcome yet assigned.")
    para(pdf, "The remaining offences were finalised with a range of other outcomes, none "
              "of which is large enough to be shown separately without risk of identifying "
              "the individuals involved.")

    heading(pdf, "Section 40(2) - Personal information")
    para(pdf, "Where the number of victims in a category is very small, releasing the exact "
              "figure alongside other information in the public domain could allow a child "
              "to be identified. Such figures are personal data, and disclosing them would "
              "breach the first data protection principle. They are therefore withheld "
              "under Section 40(2) of the Act and shown as * in Table 2. Section 40(2) is "
              "an absolute exemption and no public interest test is required.")

    if pdf.get_y() > 297 - 24 - 62:
        pdf.add_page()
    heading(pdf, "Your right to request a review")
    para(pdf, "If you are dissatisfied with this response you may ask for an internal review "
              "by writing to the Freedom of Information Unit at the address above within 40 "
              "working days of the date of this letter. If you remain dissatisfied after the "
              "review, you may complain to the Information Commissioner's Office, Wycliffe "
              "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(pdf, "Yours sincerely,", space=6)
    para(pdf, "Rhian Pritchard\nSwyddog Hawliau Gwybodaeth / Information Rights Officer\n"
              "Dyfed-Powys Police", space=0)

    pdf.output(OUT)


if __name__ == "__main__":
    build()
    with open(OUT, "rb") as fh:
        print(OUT, hashlib.sha256(fh.read()).hexdigest())
