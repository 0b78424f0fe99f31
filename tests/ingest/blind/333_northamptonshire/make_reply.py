"""Build reply.pdf: an amended FOI response letter from Northamptonshire Police."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 14)
            self.cell(0, 8, "Northamptonshire Police", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.multi_cell(0, 4.5, "Information Rights Unit\nForce Headquarters, Wootton Hall Park\n"
                            "Northampton NN4 0JQ\ninformation.rights@northants.police.uk")
        else:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 5, "Request No: NP/FOI/24/0977 (amended)", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


pdf = Letter(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


para("Request No: NP/FOI/24/0977\nDate: 3 September 2024")
para("Dear Applicant,")
para("FREEDOM OF INFORMATION ACT 2000 - AMENDED RESPONSE", "B")
para("This letter replaces our response to you dated 14 June 2024. While preparing figures for "
     "another request we found that five crime records had been duplicated in the data we sent "
     "you. The figure we gave for crimes carrying a CSE flag in FY22/23 was 166; the correct "
     "figure is 161. The number of female victims in that year was given as 133 and should have "
     "been 128. The table below shows the corrected figures. We apologise for the error.")
para("Your request, received on 20 May 2024, was as follows:")
para("Q1. How many crimes recorded by Northamptonshire Police carried a child sexual exploitation "
     "(CSE) flag in each of the financial years 2021/22, 2022/23 and 2023/24?\n"
     "Q2. For the crimes in Q1, please give the gender of the victim.\n"
     "Q3. How many sexual offences against children (victims under 18) recorded in the same years "
     "carried the online (cyber) flag?")
para("Response", "B")
para("Northamptonshire Police holds some of the information you have requested. Q1 and Q2 are "
     "answered by the first four rows of the table, and Q3 by the last row.")

pdf.set_font("Helvetica", "", 9.5)
rows = [
    ("", "FY21/22", "FY22/23", "FY23/24"),
    ("Crimes with a CSE flag", "143", "161", "158"),
    ("   of which: victim female", "117", "128", "131"),
    ("   of which: victim male", "24", "30", "25"),
    ("   of which: victim gender not recorded", "2", "3", "2"),
    ("Sexual offences (victim under 18) with online flag", "N/H", "212", "247"),
]
with pdf.table(col_widths=(88, 27, 27, 27), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 240)),
               line_height=6.5) as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(2)
para("N/H = not held", size=9, gap=4)

para("The force moved to a new crime recording system (Niche RMS) in October 2021. Online flag "
     "data for crimes recorded in FY21/22 was not migrated in a form that can be reported on, and "
     "this information is therefore not held for that year. A CSE flag may be added at any point "
     "during an investigation, so the figures reflect the flags present when the data was "
     "extracted on 28 August 2024.")
para("Financial years run from 1 April to 31 March.")
para("Your right to complain", "B")
para("If you are unhappy with the way your request has been handled you may ask for an internal "
     "review by writing to the Information Rights Unit within 40 working days of the date of this "
     "letter. If you are still dissatisfied after the review you have the right to complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,\n\nR. Okafor\nInformation Rights Officer\nNorthamptonshire Police")

pdf.output(str(HERE / "reply.pdf"))
