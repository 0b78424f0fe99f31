"""Build reply.pdf: Cheshire Constabulary FOI response letter (fpdf2, core fonts only).

Run with /work/main/.venv/bin/python make_reply.py. The output is deterministic
(fixed creation date, no random document id).
"""
import datetime
import os

from fpdf import FPDF

REF = "FOI 2318/24"
DATE = "22 November 2024"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 40, 104)
            self.cell(110, 9, "Cheshire Constabulary")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 4, "Information Compliance Unit\nClemonds Hey, Oakmere Road\nWinsford, Cheshire\nCW7 2UA\nfoi@cheshire.police.uk",
                            align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 40, 104)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Cheshire Constabulary - Freedom of Information - {REF}", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


def para(pdf, text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


W = [16, 98, 22, 22, 22]
HEAD = ["HO code", "Offence", "2021", "2022", "2023"]
ROWS = [
    ["19D", "Rape of a female child under 16", "94", "102", "97"],
    ["19E", "Rape of a female child under 13", "61", "58", "66"],
    ["19G", "Rape of a male child under 16", "*", "6", "*"],
    ["19H", "Rape of a male child under 13", "18", "22", "15"],
    ["20B", "Sexual assault on a female child under 13", "83", "91", "88"],
    ["17B", "Sexual assault on a male child under 13", "29", "24", "31"],
    ["21", "Sexual activity involving a child under 13", "41", "37", "45"],
    ["22B", "Sexual activity involving a child under 16", "152", "164", "139"],
]
TOTAL = ["", "Total", "481", "504", "483"]


def table_head(pdf):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(214, 222, 235)
    for w, h in zip(W, HEAD):
        pdf.cell(w, 7, h, border=1, align="C" if h != "Offence" else "L", fill=True)
    pdf.ln(7)


def table_row(pdf, row, bold=False):
    pdf.set_font("Helvetica", "B" if bold else "", 9.5)
    for i, (w, v) in enumerate(zip(W, row)):
        pdf.cell(w, 7, v, border=1, align="L" if i == 1 else "C")
    pdf.ln(7)


def build(path):
    pdf = Letter(format="A4", unit="mm")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.set_title(f"{REF} Response")
    pdf.set_author("Information Compliance Unit")
    pdf.set_creator("Microsoft Word")
    pdf.set_creation_date(datetime.datetime(2024, 11, 22, 10, 31, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Date: {DATE}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Requester,")
    para(pdf, "FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
    para(pdf, "Thank you for your request for information, which was received by Cheshire Constabulary on 28 October 2024. "
              "Your request has been considered under the Freedom of Information Act 2000 (the Act). You asked:")
    pdf.set_x(28)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5,
        "1. For each of the calendar years 2021, 2022 and 2023, please provide the number of the following offences recorded by "
        "Cheshire Constabulary, broken down by Home Office offence code: rape of a female child under 16 (19D), rape of a female "
        "child under 13 (19E), rape of a male child under 16 (19G), rape of a male child under 13 (19H), sexual assault on a female "
        "child under 13 (20B), sexual assault on a male child under 13 (17B), sexual activity involving a child under 13 (21) and "
        "sexual activity involving a child under 16 (22B).\n"
        "2. How many of these offences were flagged as online in each year?\n"
        "3. How many of these offences in each year were referred to the National Crime Agency or involved intelligence received "
        "from the security services?\n"
        "4. How many of the offences recorded in 2023 are still under investigation?",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Response", style="B", size=11)
    para(pdf, "Cheshire Constabulary holds information relevant to questions 1, 2 and 4 of your request and this is provided below. "
              "In respect of question 3, please see the explanation given under that heading.")
    para(pdf, "Question 1", style="B")
    para(pdf, "Table 1 shows the number of offences recorded in each calendar year, by Home Office offence code. The figures are "
              "based on the date the crime was recorded, not the date the offence took place.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Table 1: Offences recorded by Home Office code, 2021 to 2023", new_x="LMARGIN", new_y="NEXT")
    table_head(pdf)
    for row in ROWS[:5]:
        table_row(pdf, row)

    # the table runs over the page break; the header row is repeated
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Table 1 (continued)", new_x="LMARGIN", new_y="NEXT")
    table_head(pdf)
    for row in ROWS[5:]:
        table_row(pdf, row)
    table_row(pdf, TOTAL, bold=True)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.5,
        "* Figures have been suppressed where, because of the small numbers involved, disclosure could lead to the "
        "identification of a victim. Totals include all offences recorded.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    para(pdf, "Question 2", style="B")
    para(pdf, "Of the offences in Table 1, the number recorded with the online flag was 58 in 2021, 71 in 2022 and 64 in 2023. "
              "The online flag is applied where the offence was committed, in whole or in part, through a computer, computer network "
              "or other computer-enabled device, and relies on the recording officer identifying that this was the case.")
    para(pdf, "Question 3", style="B")
    para(pdf, "Cheshire Constabulary can neither confirm nor deny that it holds any information relevant to this question, by virtue of "
              "the following exemptions:")
    para(pdf, "Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
              "Section 24(2) - National security", gap=2)
    para(pdf, "Section 23(5) is an absolute class-based exemption. Confirming or denying whether information is held in relation to "
              "referrals to, or intelligence from, other agencies would reveal whether bodies listed in section 23(3) of the Act were "
              "involved in particular investigations. Section 24(2) is a qualified exemption and requires a public interest test. "
              "While there is a public interest in openness about how child sexual abuse is investigated, the Constabulary considers "
              "that the public interest in safeguarding national security, and in not revealing the extent of any cooperation with "
              "security bodies, outweighs it. This should not be taken as an indication that the information you have requested "
              "does or does not exist.")
    para(pdf, "Question 4", style="B")
    para(pdf, "As at 18 November 2024, 96 of the offences recorded in 2023 had not been finalised and remained under investigation.")
    para(pdf, "Please note that the figures provided are drawn from a live crime system and may change over time as investigations "
              "progress and crimes are reclassified. They may therefore differ from figures published elsewhere.")

    pdf.add_page()
    para(pdf, "Complaint rights", style="B")
    para(pdf, "If you are unhappy with the way your request has been handled you may request an internal review within 40 working "
              "days of the date of this letter by writing to the Information Compliance Unit at the address above. If you remain "
              "dissatisfied after the review you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, "
              "Wilmslow, Cheshire SK9 5AF.")
    para(pdf, "Yours sincerely,", gap=8)
    para(pdf, "R. Haldane\nInformation Compliance Officer\nCheshire Constabulary")

    out = pdf.output()
    with open(path, "wb") as fh:
        fh.write(bytes(out))


if __name__ == "__main__":
    build(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reply.pdf"))
