"""Build reply.pdf: Derbyshire Constabulary FOI letter (fpdf2), reference FOI 24-1462.

Large reply (37 figures). Indecent images of children (IIOC) offences, last three financial
years (defined in the letter as April 2021 to March 2024).
Q1: drawn table (pdf.table) of offences by offence type, years ACROSS written
    'April 2021 - March 2022' style, with a Total column and a Total row. Only the 86/2 row
    carries a Home Office code; the two possession rows are named by statute.
Q2: drawn table of suspects by age band (10-17 ... 60 and over, Not recorded), years across,
    with a Total row; one nil cell printed '-' and keyed in a footnote.
'OFFICIAL' header, a running header on later pages and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 24-1462"
YEARS = ["April 2021 - March 2022", "April 2022 - March 2023", "April 2023 - March 2024"]

OFFENCES = [
    ("Take, make or distribute indecent photographs of a child (Home Office code 86/2)", [212, 246, 231]),
    ("Possession of an indecent photograph of a child (s.160 Criminal Justice Act 1988)", [98, 117, 126]),
    ("Possession of a prohibited image of a child (s.62 Coroners and Justice Act 2009)", [14, 9, 17]),
]
SUSPECTS = [
    ("10 - 17", [41, 57, 63]),
    ("18 - 24", [52, 61, 48]),
    ("25 - 39", [88, 94, 101]),
    ("40 - 59", [71, 66, 74]),
    ("60 and over", [23, 19, 27]),
    ("Not recorded", [9, 0, 4]),
]
off_tot = [sum(r[1][i] for r in OFFENCES) for i in range(3)]
sus_tot = [sum(r[1][i] for r in SUSPECTS) for i in range(3)]
assert off_tot == [324, 372, 374] and sum(off_tot) == 1070
assert sus_tot == [284, 297, 317]


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Derbyshire Constabulary  |  Freedom of Information  |  Our ref: {REF}",
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Derbyshire Constabulary, Butterley Hall, Ripley, Derbyshire DE5 3RS  -  "
                  "www.derbyshire.police.uk", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "B", 15)
pdf.set_text_color(0, 40, 95)
pdf.cell(0, 8, "Derbyshire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.5, "Information Management - Freedom of Information Team\nButterley Hall\nRipley\n"
               "Derbyshire\nDE5 3RS\nfoi@derbyshire.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para(f"Our reference: {REF}\nDate: 14 August 2024")
para("Dear Sir/Madam")
para("FREEDOM OF INFORMATION REQUEST - INDECENT IMAGES OF CHILDREN", "B", 11)
para("Thank you for your request for information received by Derbyshire Constabulary on 17 July 2024. "
     "Your request has been handled under the Freedom of Information Act 2000. You asked:")
para("1. For each of the last three financial years, how many offences relating to indecent images of "
     "children were recorded by Derbyshire Constabulary, broken down by the type of offence.\n\n"
     "2. For the same years, the ages of the suspects linked to these offences.")
para("We have taken 'the last three financial years' to mean the three complete financial years before "
     "your request, i.e. 1 April 2021 to 31 March 2024.")
para("RESPONSE", "B", 11)
para("Derbyshire Constabulary can confirm that it holds the information you have requested. It is "
     "provided in the tables below.")
para("Question 1", "B")
para("Table 1: Recorded IIOC offences by offence type and financial year")

HEAD = FontFace(emphasis="BOLD", fill_color=(215, 225, 240))
TOTAL = FontFace(emphasis="BOLD")


def fmt(v):
    return "-" if v == 0 else str(v)


pdf.set_font("Helvetica", "", 8.5)
with pdf.table(col_widths=(62, 27, 27, 27, 22), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=HEAD, line_height=4.6, padding=1.2) as t:
    r = t.row()
    r.cell("Offence type")
    for y in YEARS:
        r.cell(y)
    r.cell("Total")
    for label, vals in OFFENCES:
        r = t.row()
        r.cell(label)
        for v in vals:
            r.cell(fmt(v))
        r.cell(str(sum(vals)))
    r = t.row(style=TOTAL)
    r.cell("Total")
    for v in off_tot:
        r.cell(str(v))
    r.cell(str(sum(off_tot)))
pdf.ln(3)
para("Offences are counted in the financial year in which they were recorded. Where an investigation "
     "involves a large collection of images, a single offence is usually recorded for each type of "
     "offence rather than one offence per image.", size=9)

para("Question 2", "B")
para("Table 2 shows the number of suspects linked to the offences in Table 1, by their age at the time of "
     "the offence. A suspect may be linked to more than one offence, and an offence may have more than "
     "one suspect, so the totals will not match those in Table 1.")
para("Table 2: Suspects linked to recorded IIOC offences by age and financial year")
pdf.set_font("Helvetica", "", 8.5)
with pdf.table(col_widths=(40, 30, 30, 30), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=HEAD, line_height=4.6, padding=1.2, width=130, align="LEFT") as t:
    r = t.row()
    r.cell("Suspect age")
    for y in YEARS:
        r.cell(y)
    for label, vals in SUSPECTS:
        r = t.row()
        r.cell(label)
        for v in vals:
            r.cell(fmt(v))
    r = t.row(style=TOTAL)
    r.cell("Total")
    for v in sus_tot:
        r.cell(str(v))
pdf.ln(2)
para("- denotes a nil return (no suspects recorded in that category).", size=8.5)
para("Please note that the data is extracted from a live system and was correct as at 2 August 2024. "
     "Figures may change as investigations progress and records are updated.", size=9)

para("Complaint Rights", "B", 11)
para("If you are dissatisfied with the handling of your request you may ask for an internal review. "
     "Requests for review should be made in writing within 40 working days of the date of this letter "
     "to the Freedom of Information Team at the address above. If you remain dissatisfied after the "
     "review, you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF (telephone 0303 123 1113).")
para("Yours faithfully")
para("Freedom of Information Officer\nDerbyshire Constabulary")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", "pages:", pdf.page_no())
