"""Build reply.pdf: Metropolitan Police Service FOI letter (fpdf2), ref 01/FOI/24/041187.

Rape of a female child under 13 (19E) and of a male child under 13 (19H), financial years
2021-22, 2022-23, 2023-24.
Q1 and Q2: two drawn tables (pdf.table), years DOWN, codes ACROSS, Total column.
Q3: outcomes of the 2023-24 offences, one drawn table, two cells shown as '*' (rule stated in a
key: a figure from 1 to 4). No Total row; the 773 is stated in the lead-in sentence.
Q4: (a) 'YYYY-YY: N' list of offences with a suspect under 18; (b) individual ages withheld
under s.40(2).
Running header, 'Page N of M' footer. The Q3 table breaks across pages 1 and 2 with its
heading row repeated; page 3 holds the complaint rights, the signature and a legal annex.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "01/FOI/24/041187"
YEARS = ["2021-22", "2022-23", "2023-24"]
Q1 = {"2021-22": (612, 148), "2022-23": (587, 161), "2023-24": (634, 139)}
Q2 = {"2021-22": (41, 9), "2022-23": (37, 12), "2023-24": (52, 8)}
assert [sum(v) for v in Q1.values()] == [760, 748, 773]
assert [sum(v) for v in Q2.values()] == [50, 49, 60]
# Q3 outcomes, 2023-24; true values of the '*' cells are 2 (youth caution) and 1 (outcome 22)
Q3 = [
    ("Charge / summons", 58),
    ("Youth caution", 2),
    ("Outcome 14 - Evidential difficulties: suspect not identified; victim does not support further action", 37),
    ("Outcome 15 - Evidential difficulties: named suspect identified; victim supports action", 186),
    ("Outcome 16 - Evidential difficulties: named suspect identified; victim does not support further action", 172),
    ("Outcome 18 - Investigation complete; no suspect identified", 24),
    ("Outcome 20 - Other body or agency has investigation primacy", 6),
    ("Outcome 21 - Further investigation not in the public interest (police decision)", 29),
    ("Outcome 22 - Diversionary, educational or intervention activity", 1),
    ("Under investigation - no outcome assigned", 258),
]
assert sum(v for _, v in Q3) == 773
Q4 = {"2021-22": 211, "2022-23": 236, "2023-24": 248}


def shown(v):
    return "*" if 1 <= v <= 4 else str(v)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 11)
        self.set_text_color(0, 45, 98)
        self.cell(0, 6, "Metropolitan Police Service", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Information Rights Unit  -  Freedom of Information", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.cell(0, 4, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 45, 98)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Information Rights Unit, PO Box 313, Sidcup DA15 0HH", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def p(text, size=10, style="", gap=2.5, h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def head(text):
    pdf.ln(1)
    p(text, size=10.5, style="B", gap=1)


p(f"Freedom of Information Request Reference No: {REF}", style="B", gap=1)
p("Date: 04/06/2024", gap=4)
p("Dear Requester", gap=3)
p("I write in connection with your request for information which was received by the "
  "Metropolitan Police Service (MPS) on 07/05/2024. I note you seek access to the following "
  "information:")
pdf.set_x(pdf.l_margin + 8)
pdf.set_font("Helvetica", "I", 10)
pdf.multi_cell(W - 8, 5,
               "1. How many offences of rape of a female child under 13 and rape of a male child under 13 "
               "were recorded by the MPS in each of the last three financial years?\n"
               "2. How many of these offences were flagged as online?\n"
               "3. For the offences recorded in 2023-24, what outcome has been recorded for each?\n"
               "4. In how many of these offences was the suspect aged under 18? Please give the age of "
               "each of those suspects.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

head("DECISION")
p("The MPS has located information relevant to your request. I have today decided to disclose most "
  "of the located information to you. The ages of individual suspects requested in the second part "
  "of question 4 are exempt from disclosure under section 40(2) (Personal information) of the Freedom "
  "of Information Act 2000 (the Act), and the reasons are given below.")
p("The last three complete financial years are 2021-22, 2022-23 and 2023-24, covering 1 April 2021 "
  "to 31 March 2024. Offences are counted by the date they were recorded.")

head("Question 1")
p("Offences recorded by the MPS under Home Office classifications 19E and 19H:", gap=1.5)
HEAD = ("Financial year", "19E Rape of a female child under 13", "19H Rape of a male child under 13", "Total")
grey = FontFace(emphasis="BOLD", fill_color=(220, 226, 236))


def year_table(data):
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=(24, 63, 63, 20), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   headings_style=grey, line_height=5.5, width=W) as t:
        r = t.row()
        for h in HEAD:
            r.cell(h)
        for y in YEARS:
            a, b = data[y]
            r = t.row()
            for v in (y, str(a), str(b), str(a + b)):
                r.cell(v)
    pdf.ln(3)


year_table(Q1)

head("Question 2")
p("Of the offences in the table above, the following carried the MPS online flag:", gap=1.5)
year_table(Q2)
p("The online flag is applied where, on the balance of probability, the offence was committed in "
  "whole or in part through the use of the internet or other electronic communication.", size=9)

head("Question 3")
p("The 773 offences recorded in 2023-24 had the following outcomes at the date the data was "
  "extracted (20/05/2024):", gap=1.5)
pdf.set_font("Helvetica", "", 9.5)
with pdf.table(col_widths=(135, 30), text_align=("LEFT", "CENTER"), headings_style=grey,
               line_height=5.5, width=W) as t:
    r = t.row()
    r.cell("Outcome")
    r.cell("Offences 2023-24")
    for label, v in Q3:
        r = t.row()
        r.cell(label)
        r.cell(shown(v))
pdf.ln(1.5)
p("Key: * = a figure from 1 to 4. Numbers from 1 to 4 have been replaced with * to reduce the risk of "
  "identifying the children or suspects involved.", size=8.5, style="I")
p("An outcome shows the position of an investigation at the time of extraction and may change. "
  "An offence may be given an outcome in a later financial year from the one in which it was recorded.",
  size=9)

head("Question 4")
p("(a) The number of offences in question 1 where the suspect was aged under 18 at the time of the "
  "offence:", gap=1.5)
for y in YEARS:
    pdf.set_x(pdf.l_margin + 8)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5.5, f"{y}: {Q4[y]}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
p("Where more than one suspect is linked to an offence, the offence is counted once if any suspect was "
  "aged under 18.", size=9)
p("(b) The age of each suspect is exempt from disclosure under section 40(2) of the Act. Please see the "
  "reasons below.")

head("REASONS FOR DECISION")
p("Section 40(2) provides an exemption for information which is the personal data of a third party "
  "where disclosure would breach any of the data protection principles. The ages of individual suspects, "
  "set against the year and the type of offence, relate to a small number of young people. Taken "
  "together with information already in the public domain, such as local reporting or court listings, "
  "there is a real risk that individual suspects, and through them the children who were harmed, could "
  "be identified. Disclosure would not be fair or lawful and would breach the first data protection "
  "principle. Section 40(2) is an absolute exemption and no public interest test is required.")
p("Please note that a disclosure under the Act is a disclosure to the world at large, not only to the "
  "person who asked.")

pdf.add_page()
head("COMPLAINT RIGHTS")
p("If you are dissatisfied with this decision you may ask for an internal review. Your request should "
  "be made in writing within 40 working days of the date of this letter to the Information Rights Unit "
  "at the address below, quoting the reference number above. If you remain dissatisfied after the review "
  "you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely", gap=5)
p("Information Rights Unit\nMetropolitan Police Service", style="B", gap=6)

head("LEGAL ANNEX")
p("Section 1(1) of the Act - General right of access to information held by public authorities: any "
  "person making a request for information to a public authority is entitled (a) to be informed in "
  "writing by the public authority whether it holds information of the description specified in the "
  "request, and (b) if that is the case, to have that information communicated to them.", size=9)
p("Section 40(2) of the Act - Personal information: any information to which a request for information "
  "relates is also exempt information if it constitutes personal data which does not fall within "
  "subsection (1), and the first, second or third condition set out in the section is satisfied.", size=9)

pdf.set_title(f"FOI response {REF}")
pdf.set_author("Metropolitan Police Service")
pdf.output(HERE / "reply.pdf")
print("wrote", HERE / "reply.pdf", pdf.pages_count, "pages")
