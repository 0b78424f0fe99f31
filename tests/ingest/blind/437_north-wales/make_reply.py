"""Build reply.pdf: North Wales Police FOI letter (fpdf2) on sexual grooming (Home Office
code 088A), 2021/22 to 2023/24. Answers under each question: Q1 in one sentence, Q2 with
'respectively', Q3 a table of outcomes by year ('-' = nil, keyed) that breaks across a page,
Q4 not held."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/2024/0947"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "SWYDDOGOL - OFFICIAL", align="L")
        self.cell(0, 4, f"Cyf / Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Heddlu Gogledd Cymru / North Wales Police \u2013 Pencadlys yr Heddlu / "
                  "Police Headquarters, Glan y Don, Bae Colwyn / Colwyn Bay, LL29 8AW",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Tudalen / Page {self.page_no()} o / of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=9.5, style="", gap=2.5, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("DejaVu", "B", 15)
pdf.set_text_color(0, 45, 98)
pdf.cell(W, 7, "Heddlu Gogledd Cymru", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 7, "North Wales Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
pdf.cell(W, 5, "Uned Rhyddid Gwybodaeth / Freedom of Information Unit",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)

pdf.set_font("DejaVu", "", 9.5)
for line in ["Mr T. Hughes", "Drwy e-bost / By email"]:
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for line in ["Dyddiad / Date: 01/07/2024", f"Ein cyf / Our ref: {REF}"]:
    pdf.cell(W, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Mr Hughes,")
para("Freedom of Information Act 2000 \u2013 Request for Information", style="B")
para("Thank you for your request for information, received by North Wales Police on "
     "03/06/2024. I have now completed the searches for the information you asked for. "
     "Each of your questions is repeated below, followed by our answer.")
para("The figures are taken from our crime recording system (RMS) and relate to offences "
     "recorded in each financial year, 1 April to 31 March. They were extracted on "
     "12/06/2024.")
para("Please note that the figures count offences, not victims or suspects. One victim may be "
     "the subject of more than one offence, and one suspect may be linked to offences against "
     "several victims. Offences are counted in line with the Home Office Counting Rules for "
     "Recorded Crime, and an offence that was later reclassified or cancelled (for example "
     "because no crime was found to have taken place) is not included.")
para("Where a grooming offence was recorded alongside a more serious offence against the same "
     "child, only the more serious offence is counted under the Counting Rules; such offences "
     "therefore do not appear under code 88A.")

# Q1
para("Q1. How many offences of meeting a child following sexual grooming (Home Office "
     "code 88A) were recorded by North Wales Police in each of the last three financial "
     "years?", style="B", gap=1.5)
para("North Wales Police recorded 26 offences under Home Office code 088A in the financial "
     "year April 2021 to March 2022, 34 in April 2022 to March 2023 and 29 in April 2023 to "
     "March 2024.")

# Q2
para("Q2. How many of these offences had the online (cyber) flag?", style="B", gap=1.5)
para("Of these, 19, 27 and 24 respectively carried the online (cyber-enabled) flag. The flag "
     "is applied where the offence was committed, in whole or in part, through a computer, "
     "computer network or other internet-enabled device.")

# Q3
para("Q3. What were the outcomes of these offences, broken down by year?", style="B", gap=1.5)
para("The table below shows the outcome recorded against each offence as at 12/06/2024. An "
     "offence recorded in one year may have been finalised in a later year. Outcome numbers "
     "are those of the Home Office outcomes framework.")
pdf.ln(1)

rows = [
    ("Outcome", "2021-22", "2022-23", "2023-24"),
    ("Outcome 1 \u2013 Charged / summonsed", "9", "11", "6"),
    ("Outcome 2 \u2013 Caution \u2013 youths", "-", "1", "-"),
    ("Outcome 3 \u2013 Caution \u2013 adults", "1", "-", "-"),
    ("Outcome 15 \u2013 Evidential difficulties: suspect identified, victim supports action",
     "8", "9", "5"),
    ("Outcome 16 \u2013 Evidential difficulties: victim does not support action",
     "4", "6", "3"),
    ("Outcome 18 \u2013 Investigation complete: no suspect identified", "4", "3", "1"),
    ("Investigation ongoing \u2013 no outcome assigned", "-", "4", "14"),
    ("Total", "26", "34", "29"),
]
# push the table towards the foot of page 1 so that it breaks across the page
pdf.set_font("DejaVu", "", 9)
head = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
with pdf.table(col_widths=(100, 22, 22, 22), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=5.5, repeat_headings=1) as table:
    for i, r in enumerate(rows):
        row = table.row()
        for c in r:
            if i == len(rows) - 1:
                row.cell(c, style=FontFace(emphasis="BOLD"))
            else:
                row.cell(c)
pdf.ln(1.5)
para("- denotes nil (no offences with this outcome).", size=8, style="I")

# Q4
para("Q4. For 2023/24, which apps or websites were used to contact the victim?", style="B",
     gap=1.5)
para("This information is not held. Our crime recording system does not capture the app or "
     "website used as a recorded field, and North Wales Police does not hold a list of the "
     "platforms involved in these offences. Under section 1(1)(a) of the Act this letter "
     "serves as notice that the information is not held.")

para("Right of review", style="B", gap=1.5)
para("If you are dissatisfied with this response you may ask for an internal review within "
     "40 working days of the date of this letter by writing to the Freedom of Information "
     "Unit at the address below, or by email to foi@northwales.police.uk. If you remain "
     "dissatisfied you may then apply to the Information Commissioner's Office, Wycliffe "
     "House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
para("Yours sincerely,")
para("Freedom of Information Unit\nNorth Wales Police", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf")
