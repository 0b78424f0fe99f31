"""Build reply.pdf: a Wiltshire Police FOI response letter (invented), three drawn tables, years across."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "FOI 0642/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7, "Wiltshire Police", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Freedom of Information Unit  |  foi@wiltshire.police.uk", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 4, "Wiltshire Police, Police Headquarters, London Road, Devizes, Wiltshire SN10 2DN",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"{REF}    {self.page_no()}", align="C")


pdf = Letter(format="A4")
pdf.set_margins(18, 12, 18)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, gap=2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def table(rows, widths):
    pdf.set_font("Helvetica", "", 9)
    head = FontFace(emphasis="BOLD", fill_color=(200, 215, 235))
    with pdf.table(col_widths=widths, text_align=("LEFT",) + ("RIGHT",) * (len(widths) - 1),
                   headings_style=head, line_height=5.5, width=sum(widths), align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


para(f"Our reference: {REF}\nDate of response: 2 September 2024", "", 9, 4)
para("Dear Sir/Madam,")
para("Thank you for your email dated 5 August 2024 in which you requested the following information "
     "under the Freedom of Information Act 2000:")
para("For each of the financial years 2021/22, 2022/23 and 2023/24, please tell me:\n"
     "a) the number of offences recorded of taking, making or distributing indecent images of children "
     "(Home Office code 86/2);\n"
     "b) the number of suspects linked to those offences, broken down by age group;\n"
     "c) the outcomes of those offences, specifically how many were charged, cautioned (youth and adult), "
     "dealt with by community resolution, closed for evidential difficulties, or are still under "
     "investigation.", "I")
para("Wiltshire Police holds the information you have requested and it is provided below.")
para("Amended figure", "B")
para("Please note that the number of 86/2 offences for FY22/23 given in our response to your earlier "
     "request (FOI 1180/23) was 317. That figure was extracted before a data quality review of the "
     "period was completed and has since been amended to 329, which is the figure shown in Table A. "
     "We apologise for any inconvenience.")

para("Table A - Offences recorded (Home Office code 86/2)", "B", 9, 1)
table([("", "FY21/22", "FY22/23", "FY23/24"),
       ("Offences recorded", "284", "329", "301")], (70, 28, 28, 28))

para("Table B - Suspects linked to 86/2 offences, by age of suspect at the time of the offence", "B", 9, 1)
table([("Age of suspect", "FY21/22", "FY22/23", "FY23/24"),
       ("Under 18", "31", "38", "42"),
       ("18-24", "47", "52", "49"),
       ("25-39", "88", "97", "91"),
       ("40-59", "72", "81", "70"),
       ("60 and over", "19", "*", "17"),
       ("Age not recorded", "6", "*", "11"),
       ("Total suspects", "263", "275", "280")], (70, 28, 28, 28))
para("A suspect linked to offences in more than one year is counted in each of those years.", "I", 8, 3)

para("Table C - 86/2 offences by outcome", "B", 9, 1)
table([("Outcome", "FY21/22", "FY22/23", "FY23/24"),
       ("Charged/summonsed", "121", "134", "98"),
       ("Youth caution", "*", "6", "*"),
       ("Adult caution", "14", "11", "9"),
       ("Community resolution", "8", "12", "10"),
       ("Evidential difficulties (Outcome 15)", "63", "71", "58"),
       ("Investigation ongoing", "3", "19", "87")], (70, 28, 28, 28))
para("Only the outcome types listed in your request are shown, so the columns in Table C will not add up "
     "to the offence totals in Table A. Outcomes are as at 28 August 2024; offences from FY23/24 in "
     "particular may still receive a final outcome.", "I", 8, 2)
para("* Figures have been suppressed where the number is low enough that disclosure could lead to the "
     "identification of individuals. This is in line with section 40(2) of the Act.", "I", 8, 4)

para("Financial years run from 1 April to 31 March (FY21/22 = 01/04/2021 - 31/03/2022).", "", 9, 3)
para("If you are dissatisfied with this response you have the right to request an internal review. "
     "Requests for review should be made within 40 working days of the date of this response to the "
     "Freedom of Information Unit at the address below. If you remain dissatisfied you may apply to the "
     "Information Commissioner's Office.")
para("Yours faithfully,\n\nDisclosure Officer\nFreedom of Information Unit")

pdf.output("reply.pdf")
