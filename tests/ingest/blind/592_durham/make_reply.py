"""Build reply.pdf: Durham Constabulary amended FOI response letter (Request No 1284/24), fpdf2.

Rape of a female / male child under 13 (HO codes 019E, 019H) and sexual activity involving a
child under 13 (021), financial years 2021/22 to 2023/24 written as date ranges down the rows,
with a Total column and a Total row; charges/summonses per year as a dash list; an amended
figure for 2022/23 explained under the table. Two pages with a running header and 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/"
REF = "1284/24"

TABLE1 = [
    ("01/04/2021 - 31/03/2022", ["34", "9", "18", "61"]),
    ("01/04/2022 - 31/03/2023", ["39", "11", "12", "62"]),
    ("01/04/2023 - 31/03/2024", ["44", "7", "15", "66"]),
]
TOTAL1 = ["117", "27", "45", "189"]


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, f"Durham Constabulary  |  Freedom of Information Request {REF}  |  AMENDED RESPONSE",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, "Durham Constabulary, Disclosure Unit, Police Headquarters, Aykley Heads, Durham DH1 5TT",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()
W = pdf.epw


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("DejaVu", "B", 16)
pdf.cell(W, 8, "Durham Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
for line in ("Disclosure Unit", "Police Headquarters, Aykley Heads", "Durham DH1 5TT",
             "Email: freedomofinformation@durham.police.uk"):
    pdf.cell(W, 4.4, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 10)
pdf.cell(W, 5, f"Request No: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date: 22 April 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Sir/Madam", gap=2)
para("FREEDOM OF INFORMATION ACT 2000 - AMENDED RESPONSE", style="B", size=10.5, gap=2)
para("This letter replaces the response we sent you on 12 March 2024 to your request received on "
     "19 February 2024. A figure in Table 1 of that response was incorrect; the reason for the "
     "change is explained beneath the table. Nothing else in our response has changed.")

para("Your request", style="B", size=10.5, gap=1)
para("\"Please tell me, for the financial years 2021/22, 2022/23 and 2023/24:\n"
     "1) How many offences of rape of a female child under 13, rape of a male child under 13 and "
     "sexual activity involving a child under 13 were recorded by Durham Constabulary in each year.\n"
     "2) How many of these offences resulted in someone being charged or summonsed.\"", style="I")

para("Our response", style="B", size=10.5, gap=1)
para("Durham Constabulary holds the information you have asked for and it is provided below. Offences "
     "are counted by the date on which the crime was recorded and by the Home Office offence code "
     "under which it was finally classified.")

para("Question 1", style="B", gap=1)
pdf.set_font("DejaVu", "B", 9)
pdf.multi_cell(W, 5, "Table 1: Recorded offences against children under 13, by Home Office offence code",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 8.5)
grey = (220, 220, 220)
bold = FontFace(emphasis="BOLD")
with pdf.table(col_widths=(40, 34, 34, 38, 20), width=W, align="LEFT",
               text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD", fill_color=grey), line_height=4.6) as t:
    r = t.row()
    for h in ("Financial year", "Rape of a female child under 13 (019E)",
              "Rape of a male child under 13 (019H)",
              "Sexual activity involving a child under 13 (021)", "Total"):
        r.cell(h)
    for label, vals in TABLE1:
        r = t.row()
        r.cell(label)
        for v in vals:
            r.cell(v)
    r = t.row()
    r.cell("Total", style=bold)
    for v in TOTAL1:
        r.cell(v, style=bold)
pdf.ln(2)
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(W, 4.4,
               "Amendment: our response of 12 March 2024 gave the number of offences of rape of a female "
               "child under 13 recorded in 2022/23 as 41, and the total for that year as 64. Two of those "
               "crimes have since been cancelled following review under the Home Office Counting Rules, as "
               "additional verifiable information showed that they had been recorded in error. The "
               "corrected figures (39 and 62) are shown in Table 1 above.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Question 2", style="B", gap=1)
para("Of the offences shown in Table 1, the number for which the recorded outcome is charge or "
     "summons is as follows:", gap=1)
para("2021/22 - 9\n2022/23 - 7\n2023/24 - 5", gap=1.5)
para("A further 14 of the offences recorded in 2023/24 are still under investigation and do not yet "
     "have an outcome. Outcomes can be recorded some time after the offence was recorded, so the figure "
     "for the most recent year in particular is likely to rise.")

para("Please note that the data in this response has been taken from a live crime recording system "
     "and reflects the position on the date it was extracted (10 April 2024). Figures published by the "
     "Home Office or the Office for National Statistics may differ because of later reclassification.")

para("Complaint rights", style="B", size=10.5, gap=1)
para("If you are dissatisfied with the handling of your request you have the right to ask for an "
     "internal review. Requests for review should be made in writing within 40 working days of the "
     "date of this letter to the Disclosure Unit at the address above. If you remain dissatisfied "
     "following the review you may apply to the Information Commissioner, Wycliffe House, Water Lane, "
     "Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113) for a decision.")
para("Yours faithfully", gap=6)
para("Disclosure Officer\nDurham Constabulary", gap=0)

pdf.output(str(HERE / "reply.pdf"))
