"""Build reply.pdf: Avon and Somerset Police FOI response letter (reference FOI 02117/25), fpdf2.

Medium reply. Crimes recorded under Home Office code 86/2 (take, make or distribute indecent
photographs of children) by age of the suspect, in a real drawn table (pdf.table) with the
financial years DOWN the rows written as short month ranges ('Apr 22 \u2013 Mar 23'), the last
row a part year ('Apr 25 \u2013 Aug 25', i.e. 1 April to 31 August 2025), and a Total column.
Question 3 (crimes that began with an NCA referral) is not held. 'OFFICIAL' marking,
running header on page 2 and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 02117/25"
FONT = "/usr/share/fonts/truetype/dejavu/"

ROWS = [
    ("Apr 22 \u2013 Mar 23", (64, 281, 37)),
    ("Apr 23 \u2013 Mar 24", (71, 296, 29)),
    ("Apr 24 \u2013 Mar 25", (83, 274, 41)),
    ("Apr 25 \u2013 Aug 25*", (35, 118, 22)),
]


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"Freedom of Information response  \u2013  {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Avon and Somerset Police  \u2022  Police Headquarters, Valley Road, Portishead, Bristol "
                  "BS20 8QJ", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 5, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw


def head(text, size=10.5):
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def para(text, style="", size=10, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5.0, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


# Letterhead
pdf.set_font("DejaVu", "B", 16)
pdf.set_text_color(0, 38, 84)
pdf.cell(W * 0.55, 8, "Avon and Somerset Police")
pdf.set_font("DejaVu", "", 8.5)
pdf.set_text_color(0, 0, 0)
pdf.multi_cell(W * 0.45, 4.1, "Freedom of Information Unit\nCorporate Information Management\nPolice Headquarters\n"
               "Valley Road, Portishead\nBristol BS20 8QJ\nfoi@avonandsomerset.police.uk", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Your reference: email of 2 September 2025\nOur reference: {REF}\n"
               "Date: 29 September 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Halloran,")
head("Request for information \u2013 indecent images of children: age of suspects")
para("Thank you for your request for information, which was received by Avon and Somerset Police on "
     "2 September 2025 and has been dealt with under the Freedom of Information Act 2000 (the Act). "
     "You asked:")
para("\u201c1. How many crimes of taking, making or distributing indecent images of children (Home Office "
     "code 86/2) did Avon and Somerset Police record in each of the financial years 2022/23, 2023/24 and "
     "2024/25, and in the current financial year to date?", "I", indent=6)
para("2. For each of those periods, please break the figures down by the age of the suspect: under 18, "
     "18 and over.", "I", indent=6)
para("3. How many of those crimes came to the force through a referral from the National Crime Agency "
     "(for example a CyberTip report passed on from NCMEC)?\u201d", "I", indent=6)

head("Our response")
para("Questions 1 and 2 are answered together in the table below. Information is not held in respect of "
     "question 3; the reasons are explained under that heading.")
para("The figures were taken from the force\u2019s crime recording system (Niche) on 4 September 2025 and "
     "count crimes recorded under Home Office code 86/2 according to the date on which the crime was "
     "recorded. The current financial year has been taken as 1 April 2025 to 31 August 2025, the last "
     "complete month before your request was received.")
para("Where more than one suspect is linked to a crime, the crime has been counted once, against the age of "
     "the youngest suspect. No person under the age of 10 can be held criminally responsible, so the "
     "youngest suspect band begins at 10. The column \u2018Age not recorded\u2019 includes crimes for which "
     "no suspect has yet been identified.")

pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(0, 6, "Questions 1 and 2: crimes recorded under Home Office code 86/2, by age of suspect",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9)
hdr = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 38, 84))
with pdf.table(col_widths=(34, 30, 30, 30, 22), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=hdr, line_height=5.2, width=W, align="LEFT") as table:
    r = table.row()
    for h in ("Financial year", "Suspect aged 10 to 17", "Suspect aged 18 and over", "Age not recorded",
              "Total"):
        r.cell(h)
    for label, vals in ROWS:
        r = table.row()
        r.cell(label)
        for v in vals:
            r.cell(str(v))
        r.cell(str(sum(vals)), style=FontFace(emphasis="BOLD"))
pdf.ln(1.5)
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(W, 4.4, "* Part year: 1 April 2025 to 31 August 2025 only. Figures for the current year are "
               "provisional and may change as investigations progress and crimes are reclassified.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

head("Question 3")
para("Avon and Somerset Police does not hold this information in a retrievable form. The crime recording "
     "system does not have a field which records how an indecent images investigation began, and the "
     "force does not keep a separate record of referrals received from the National Crime Agency that can "
     "be matched to crime reports. Section 1(1)(a) of the Act requires us to tell you that the information "
     "is not held, and this letter serves as notice of that.")
para("Although not required to do so, I can tell you that referrals received from the National Crime Agency "
     "are assessed by the force\u2019s Internet Child Abuse Team before any crime is recorded.")

head("Your right to complain")
para("If you are dissatisfied with the handling of your request, you may ask for an internal review by "
     "writing to the Freedom of Information Unit at the address above within 40 working days of the date "
     "of this letter. If you remain dissatisfied after the review you may complain to the Information "
     "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(telephone 0303 123 1113).")
para("Yours sincerely,")
pdf.ln(2)
para("R. Trevelyan\nFreedom of Information Officer\nAvon and Somerset Police")

pdf.output(str(HERE / "reply.pdf"))
