"""Build reply.pdf (Devon & Cornwall Police FOI letter) deterministically.

Run with: /work/main/.venv/bin/python make_reply.py
Invented test material: reference, figures, names and wording are made up.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
REF = "FOI/2025/04417"
FIXED = datetime.datetime(2025, 6, 9, 10, 42, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 16)
            self.set_text_color(0, 38, 84)
            self.cell(0, 8, "DEVON & CORNWALL POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Rights Unit", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Police Headquarters, Middlemoor, Exeter, Devon EX2 7HQ",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 38, 84)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Devon & Cornwall Police - Freedom of Information - " + REF,
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def para(pdf, text, size=10, style="", gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(pdf, text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table1(pdf):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "Table 1: 71/17 Sexual communication with a child - crimes recorded",
             new_x="LMARGIN", new_y="NEXT")
    widths = (45, 40)
    pdf.set_fill_color(217, 226, 240)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(widths[0], 7, "Financial year", border=1, fill=True)
    pdf.cell(widths[1], 7, "Crimes recorded", border=1, fill=True, align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    rows = [("2021/22", "212"), ("2022/23", "247"), ("2023/24", "263"), ("2024/25", "238")]
    for label, val in rows:
        pdf.cell(widths[0], 6.5, label, border=1)
        pdf.cell(widths[1], 6.5, val, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(widths[0], 6.5, "Total", border=1)
    pdf.cell(widths[1], 6.5, "960", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def table2(pdf):
    if pdf.get_y() + 68 > pdf.h - 22:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "Table 2: Victims linked to 71/17 crimes, by gender and age at the time of the offence",
             new_x="LMARGIN", new_y="NEXT")
    w0, w = 38, 28
    x0 = pdf.get_x()
    pdf.set_fill_color(217, 226, 240)
    # first header row: empty corner spanning two rows, then years over two columns each
    y = pdf.get_y()
    pdf.cell(w0, 13, "Age band", border=1, fill=True, align="C")
    pdf.cell(2 * w, 6.5, "2023/24", border=1, fill=True, align="C")
    pdf.cell(2 * w, 6.5, "2024/25", border=1, fill=True, align="C")
    pdf.set_xy(x0 + w0, y + 6.5)
    for _ in range(2):
        pdf.cell(w, 6.5, "Female", border=1, fill=True, align="C")
        pdf.cell(w, 6.5, "Male", border=1, fill=True, align="C")
    pdf.set_xy(x0, y + 13)
    pdf.set_font("Helvetica", "", 9.5)
    rows = [
        ("0 - 10", "9", "*", "12", "*"),
        ("11 - 12", "58", "11", "49", "14"),
        ("13 - 15", "147", "29", "131", "22"),
        ("Not recorded", "*", "*", "5", "0"),
    ]
    for r in rows:
        pdf.cell(w0, 6.5, r[0], border=1)
        for v in r[1:]:
            pdf.cell(w, 6.5, v, border=1, align="C")
        pdf.ln(6.5)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(w0, 6.5, "Total", border=1)
    for v in ("217", "45", "197", "38"):
        pdf.cell(w, 6.5, v, border=1, align="C")
    pdf.ln(6.5)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, "* denotes a number between 1 and 4. Totals are calculated on the "
                   "unsuppressed figures.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("FOI " + REF + " - Sexual communication with a child")
    pdf.set_author("Information Rights Unit")
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Our ref: " + REF, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date: 9 June 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(pdf, "Dear Requester,")
    para(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST " + REF, style="B")
    para(pdf, "I write in connection with your request for information which was received by "
              "Devon & Cornwall Police on 12 May 2025. I note that you seek access to the "
              "following information:")
    para(pdf, "\"Under the Freedom of Information Act, please could you tell me:\n"
              "1. How many offences of sexual communication with a child (Home Office code 71/17) "
              "were recorded by your force in each of the financial years 2021/22, 2022/23, "
              "2023/24 and 2024/25?\n"
              "2. Of those offences, how many were flagged as online (cyber) crimes?\n"
              "3. For 2023/24 and 2024/25, please break down the victims of these offences by "
              "gender and age (age bands are fine).\n"
              "4. For each year, which social media platforms or apps were used by the offender "
              "to communicate with the child?\"", style="I")
    para(pdf, "Devon & Cornwall Police has now completed its searches and I am able to confirm "
              "that information relevant to your request is held. Our response to each part of "
              "your request is set out below. The figures have been taken from our live crime "
              "recording system on 2 June 2025 and may differ slightly from figures published "
              "elsewhere, as crime records can be reclassified after the offence is first recorded.")

    heading(pdf, "Question 1")
    table1(pdf)

    heading(pdf, "Question 2")
    para(pdf, "Of the crimes shown in Table 1, 171, 198, 207 and 189 respectively had the "
              "online crime flag applied. The flag is applied by the recording officer where "
              "the offender is believed to have used the internet or another online "
              "communication service at any stage of the offence.")

    heading(pdf, "Question 3")
    para(pdf, "Table 2 shows the victims linked to the crimes recorded in 2023/24 and 2024/25. "
              "Please note that a crime may be linked to more than one victim and that a small "
              "number of crimes have no victim linked to them, so the totals below will not "
              "agree with Table 1. In order to reduce the risk of identifying individuals, "
              "numbers from 1 to 4 have been replaced with an asterisk (*).")
    table2(pdf)

    heading(pdf, "Question 4")
    para(pdf, "Devon & Cornwall Police is unable to provide this information. Section 12(1) of "
              "the Freedom of Information Act 2000 (FOIA) does not oblige a public authority to "
              "comply with a request for information if the authority estimates that the cost "
              "of complying would exceed the appropriate limit. For police forces the "
              "appropriate limit is set at £450, which equates to 18 hours of work at the "
              "rate of £25 per hour prescribed in the Fees Regulations.")
    para(pdf, "The online crime flag records that the internet was used, but the platform or "
              "application is not held in a field that can be searched or reported on. It is "
              "only recorded, if at all, in the free-text investigation log. To answer this "
              "question each crime record referred to at Question 1 would have to be opened "
              "and read by hand. A sample exercise found that this takes on average six "
              "minutes per record, so to review all of the records for the four years would "
              "take approximately 96 hours, which is well in excess of the 18 hour limit. This "
              "letter therefore acts as a refusal notice for this part of your request under "
              "section 17(5) of the Act.")
    para(pdf, "Under section 16 of the Act we are required to provide advice and assistance "
              "where we can. Unfortunately, as the platform is not held in a searchable form, "
              "we cannot suggest a way of narrowing this question which would bring it within "
              "the limit, other than restricting it to a very small number of records.")

    heading(pdf, "Complaint rights")
    para(pdf, "If you are dissatisfied with the handling of your request you have the right to "
              "ask for an internal review. Requests for an internal review should be made in "
              "writing within 40 working days of the date of this letter and addressed to the "
              "Information Rights Unit at the address above. If you remain dissatisfied after "
              "the review you may complain to the Information Commissioner's Office, Wycliffe "
              "House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    para(pdf, "Yours sincerely,", gap=6)
    para(pdf, "Tamsin Rowe\nInformation Rights Officer\nDevon & Cornwall Police", gap=0)

    pdf.output(OUT)


if __name__ == "__main__":
    build()
