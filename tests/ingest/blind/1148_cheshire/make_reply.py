"""Builds reply.pdf: Cheshire Constabulary FOI letter 4521/24 (invented).

Run with /work/main/.venv/bin/python (fpdf2, core fonts only). Deterministic: the
creation date is fixed and nothing else depends on the clock.
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 38, 84)
            self.cell(0, 9, "Cheshire Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Compliance Unit", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Constabulary Headquarters, Clemonds Hey, Oakmere Road, Winsford, Cheshire CW7 2UA",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Email: foi@cheshire.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 38, 84)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Cheshire Constabulary - Freedom of Information - Ref FOI 4521/24", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2024, 6, 17, 11, 4, 0, tzinfo=timezone.utc))
pdf.set_title("FOI 4521-24 Response")
pdf.set_author("Information Compliance Unit")
pdf.set_creator("Microsoft Word")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10.5, gap=2.5, h=5.2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(W / 2, 5.2, "Our ref: FOI 4521/24")
pdf.cell(W / 2, 5.2, "17 June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

para("Dear Requester")
para("Freedom of Information Act 2000 - Request for Information", style="B")
para("I write in response to your request for information received by Cheshire Constabulary on "
     "20 May 2024. Your request has been dealt with under the Freedom of Information Act 2000 (the Act). "
     "Your request and our response are set out below.")

para("Your request", style="B", gap=1)
para('"Please provide the following for each of the financial years 2021/22, 2022/23 and 2023/24:', gap=1.5)
para("1. The number of crimes recorded by Cheshire Constabulary under each of the following Home Office "
     "offence codes: 17B, 19E, 19H, 20B, 21, 22B and 71/17.", gap=1.5)
para("2. How many of the crimes in question 1 had the online (cyber) flag applied.", gap=1.5)
para('3. How many of the suspects linked to the crimes in question 1 were themselves aged under 18 at the '
     'time of the offence."')

para("Our response", style="B", gap=1)
para("Cheshire Constabulary can confirm that it holds information relevant to your request. Searches were "
     "made of the force crime recording system and the information is provided below. Figures relate to "
     "crimes recorded in each financial year (1 April to 31 March) and were extracted on 6 June 2024.")
para("Crimes are classified in line with the Home Office Counting Rules for Recorded Crime. Where one "
     "incident involves more than one offence, each crime is counted under its own code, and a crime is "
     "counted once however many suspects are linked to it. Crimes that have since been cancelled or "
     "transferred to another force are not included.")

para("Question 1", style="B", gap=1)
para("The number of crimes recorded under each of the offence codes you listed is shown in Table 1. To "
     "reduce the risk of a victim being identified, where a figure is between 1 and 4 it has been shown as "
     "'1-4'. The totals are the exact number of crimes recorded across all of the codes in each year.")
pdf.ln(1)

pdf.set_font("Helvetica", "B", 10)
pdf.cell(W, 6, "Table 1: Crimes recorded by Home Office offence code", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)

rows = [
    ("17B", "Sexual assault on a male child under 13", "38", "41", "47"),
    ("19E", "Rape of a female child under 13", "52", "47", "58"),
    ("19H", "Rape of a male child under 13", "7", "1-4", "6"),
    ("20B", "Sexual assault on a female child under 13", "121", "114", "136"),
    ("21", "Sexual activity involving a child under 13", "13", "1-4", "11"),
    ("22B", "Sexual activity involving a child under 16", "187", "203", "196"),
    ("71/17", "Sexual communication with a child", "164", "178", "191"),
]

pdf.set_font("Helvetica", "", 10)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.2)
head = FontFace(emphasis="BOLD", fill_color=(214, 222, 235))
with pdf.table(
    col_widths=(18, 82, 22, 22, 22),
    text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER"),
    headings_style=head,
    repeat_headings=1,
    line_height=6.5,
    first_row_as_headings=True,
) as table:
    r = table.row()
    for t in ("HO code", "Offence", "2021/22", "2022/23", "2023/24"):
        r.cell(t)
    for code, desc, a, b, c in rows:
        r = table.row()
        for t in (code, desc, a, b, c):
            r.cell(t)
    r = table.row()
    bold = FontFace(emphasis="BOLD")
    r.cell("Total", colspan=2, style=bold)
    for t in ("582", "588", "645"):
        r.cell(t, style=bold)

pdf.ln(4)
para("Question 2", style="B", gap=1)
para("Of the crimes shown in Table 1, the number recorded with the online flag in each year was as follows:",
     gap=1.5)
for line in ("2021/22 - 201", "2022/23 - 219", "2023/24 - 240"):
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(W - 8, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
para("The online flag is applied by the recording officer where a crime has been committed, in whole or in "
     "part, through a computer, computer network or other computer-enabled device. Its use depends on the "
     "flag being applied correctly at the time the crime is recorded, and the figures should be treated as "
     "an indication only.")

para("Please note that crime figures are drawn from a live system and may differ from figures published at "
     "other times. A crime is counted in the year in which it was recorded, which may not be the year in "
     "which the offence took place.")

para("Complaint rights", style="B", gap=1)
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests "
     "for review should be made in writing within 40 working days of the date of this letter to the "
     "Information Compliance Unit at the address above. If you remain dissatisfied after the review you may "
     "apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")

para("Yours sincerely")
pdf.ln(4)
para("R. Whitworth-Lees", gap=0)
para("Information Compliance Officer", gap=0)
para("Cheshire Constabulary")

pdf.output(os.path.join(HERE, "reply.pdf"))
