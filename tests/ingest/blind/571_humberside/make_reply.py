"""Build reply.pdf: Humberside Police FOI response letter (reference FOI/25/1183), fpdf2.

Large reply. Sexual offences against children by Home Office code over the last four
financial years, in a real drawn table (pdf.table) with the years ACROSS written 'FY21/22' ...
'FY24/25', a Total column and a Total row. Question 2 (online flag) in a second one-row table.
Question 3 (offences committed by a family member) refused under s.12(1), with the hours
estimate restating the grand total. 'NOT PROTECTIVELY MARKED' header and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/25/1183"
FONT = "/usr/share/fonts/truetype/dejavu/"
YEARS = ("FY21/22", "FY22/23", "FY23/24", "FY24/25")

ROWS = [
    ("Rape of a female child under 13 (019E)", (58, 64, 71, 66)),
    ("Rape of a male child under 13 (019H)", (17, 22, 19, 24)),
    ("Sexual activity involving a child under 16 (022B)", (142, 155, 168, 149)),
    ("Sexual communication with a child (071/17)", (131, 149, 176, 161)),
    ("Taking, making or distributing indecent photographs of children (086/02)", (214, 238, 262, 251)),
]
ONLINE = (298, 327, 361, 342)

COLTOT = [sum(r[1][i] for r in ROWS) for i in range(4)]
GRAND = sum(COLTOT)


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "NOT PROTECTIVELY MARKED", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.cell(0, 4, f"Humberside Police  |  Freedom of Information  |  {REF}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Humberside Police, Police Headquarters, Priory Road, Hull HU5 5SF  \u2022  "
                  "www.humberside.police.uk", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "NOT PROTECTIVELY MARKED", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
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


pdf.set_font("DejaVu", "B", 17)
pdf.set_text_color(0, 45, 98)
pdf.cell(W / 2, 9, "Humberside Police")
pdf.set_font("DejaVu", "", 8.6)
pdf.set_text_color(0, 0, 0)
pdf.multi_cell(W / 2, 4.1, "Information Access Team\nLegal Services\nPolice Headquarters\nPriory Road\nHull\n"
               "HU5 5SF\nfoi@humberside.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Our ref: {REF}\nDate: 11 June 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Ms Okafor,")
head("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION")
para("I refer to your request for information dated 13 May 2025, which was received by Humberside Police on "
     "the same day. You asked:")
para("\u201c1. For each of the last four financial years, please provide the number of the following offences "
     "recorded by Humberside Police: rape of a female child under 13; rape of a male child under 13; sexual "
     "activity involving a child under 16; sexual communication with a child; and taking, making or "
     "distributing indecent images of children.", "I", indent=6)
para("2. For each year, how many of the offences in question 1 had the online (cyber) flag applied?", "I", indent=6)
para("3. For each year, how many of the offences in question 1 were committed by a family member of the "
     "victim?\u201d", "I", indent=6)
head("Decision")
para("Humberside Police has located information relevant to your request. Questions 1 and 2 are answered in "
     "full below. Humberside Police is unable to answer question 3, as to do so would exceed the cost limit "
     "set out in section 12 of the Act; a notice to that effect is given later in this letter.")
para("For the purposes of this request the last four financial years have been taken as 1 April 2021 to "
     "31 March 2025. The figures are the number of crimes recorded under each Home Office offence code in the "
     "year, extracted from the force crime recording system on 2 June 2025. Crimes are counted by the date on "
     "which they were recorded, not the date on which the offence took place.")
head("Question 1")
pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(0, 6, "Table 1: Recorded crimes by Home Office offence code and financial year", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9)
hdr = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 45, 98))
with pdf.table(col_widths=(62, 19, 19, 19, 19, 20), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER",
                                                                "CENTER"),
               headings_style=hdr, line_height=5.2, width=W, align="LEFT") as table:
    r = table.row()
    for h in ("Offence (Home Office code)",) + YEARS + ("Total",):
        r.cell(h)
    for label, vals in ROWS:
        r = table.row()
        r.cell(label)
        for v in vals:
            r.cell(str(v))
        r.cell(f"{sum(vals):,}")
    r = table.row(style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)))
    r.cell("Total")
    for v in COLTOT:
        r.cell(str(v))
    r.cell(f"{GRAND:,}")
pdf.ln(3)
para("Please note that a crime of taking, making or distributing indecent photographs of children is recorded "
     "once for each investigation, regardless of the number of images or of children depicted in them.",
     size=9)
head("Question 2")
para("The online flag is applied by the recording officer where a crime was committed, wholly or partly, by "
     "means of a computer, the internet or another network-connected device. The number of crimes in Table 1 "
     "that carried the flag in each year is shown in Table 2.")
pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(0, 6, "Table 2: Crimes in Table 1 with the online flag applied", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9)
with pdf.table(col_widths=(62, 19, 19, 19, 19), text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
               headings_style=hdr, line_height=5.2, width=138, align="LEFT") as table:
    r = table.row()
    for h in ("",) + YEARS:
        r.cell(h)
    r = table.row()
    r.cell("Online flag applied")
    for v in ONLINE:
        r.cell(str(v))
pdf.ln(3)
para("The flag depends on the recording officer applying it and a small number of crimes with an online "
     "element may not have been flagged.", size=9)
head("Question 3 \u2013 Section 12(1) notice")
para("Section 12(1) of the Act does not oblige a public authority to comply with a request where it estimates "
     "that the cost of complying would exceed the appropriate limit. For the police service the limit is "
     "\u00a3450, which equates to 18 hours of work at the rate of \u00a325 per hour prescribed by the Freedom "
     "of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
para(f"The relationship between a victim and a suspect is not held in a field that can be searched or "
     f"reported on. To establish whether each offence was committed by a family member, the free-text "
     f"investigation log of every one of the {GRAND:,} crime records in Table 1 would have to be located and "
     f"read. A sample exercise showed that this takes around five minutes per record, so complying with "
     f"question 3 would take in excess of 200 hours. Humberside Police is therefore not obliged to answer "
     f"this part of your request.")
para("In accordance with section 16 of the Act, you may wish to consider refining question 3, for example by "
     "limiting it to a single offence code and a single year. Please be aware that even a refined request may "
     "still exceed the limit, or that other exemptions may then apply.")
head("Right of review")
para("If you are dissatisfied with this response you may request an internal review within 40 working days "
     "of the date of this letter by writing to the Information Access Team at the address above. If you "
     "remain dissatisfied you may then apply to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,")
pdf.ln(3)
para("J. Whitfield\nInformation Access Officer\nHumberside Police")

assert COLTOT == [562, 628, 696, 651] and GRAND == 2537, (COLTOT, GRAND)
pdf.output(str(HERE / "reply.pdf"))
print("written", HERE / "reply.pdf", "pages", pdf.page_no())
