"""Build reply.pdf: North Wales Police FOI response letter (sexual offences against children under 13).

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-for-byte reproducible.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.enums import TableCellFillMode
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FONT_DIR = "/usr/share/fonts/truetype/liberation"


class Letter(FPDF):
    def header(self):
        self.set_font("Lib", "", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Lib", "B", 14)
            self.cell(0, 7, "Heddlu Gogledd Cymru  |  North Wales Police", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Lib", "", 9)
            self.cell(0, 5, "Uned Rhyddid Gwybodaeth / Freedom of Information Unit", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Pencadlys yr Heddlu, Glan y Don, Bae Colwyn LL29 8AW / "
                            "Police Headquarters, Glan y Don, Colwyn Bay LL29 8AW", align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Ffôn / Tel: 01492 805486   E-bost / Email: freedomofinformation@nthwales.pnn.police.uk",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Lib", "", 8)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2023, 7, 3, 11, 24, 0, tzinfo=datetime.timezone.utc))
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.set_title("FOI 2023/0912 Response")
pdf.set_author("North Wales Police")
pdf.add_font("Lib", "", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"))
pdf.add_font("Lib", "B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"))
pdf.add_font("Lib", "I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, gap=2.5, h=5):
    pdf.set_font("Lib", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.ln(1)
    para(text, "B", 10.5, gap=1.5)


pdf.set_font("Lib", "", 10)
pdf.cell(W / 2, 5, "Mr D Pritchard")
pdf.cell(W / 2, 5, "Ein cyf / Our ref: FOI 2023/0912", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 5, "By email")
pdf.cell(W / 2, 5, "Dyddiad / Date: 03/07/2023", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

para("Dear Mr Pritchard,")
para("Freedom of Information Act 2000 – Request Reference FOI 2023/0912", "B")
para("I write in response to your request for information which North Wales Police received on 05/06/2023. "
     "Your request has now been considered and I am able to provide the response below.")

heading("Your request")
para("For each of the financial years 2020/21, 2021/22 and 2022/23, please tell me:", gap=1)
para("1. The number of offences recorded by North Wales Police under Home Office offence codes 17B, 19E, 19H, "
     "20B and 21 (sexual offences against children under 13).", gap=1)
para("2. Of the offences in question 1, how many involved a suspect who was under 18 years of age.", gap=1)
para("3. How many of the offences in question 1 were identified as a result of information or referrals received "
     "from the National Crime Agency, including CEOP.")

heading("Our response")
para("North Wales Police holds information relevant to questions 1 and 2, which is provided below. In respect "
     "of question 3, North Wales Police can neither confirm nor deny that it holds any information, by virtue "
     "of the following exemptions:")
para("Section 23(5) – Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) – National security", gap=3)

heading("Question 1")
para("Figures are for crimes recorded between 01/04/2020 and 31/03/2023 and were extracted from the force "
     "crime recording system on 14/06/2023.", gap=2)

rows = [
    ("HO Code", "Offence description", "2020/21", "2021/22", "2022/23", "Total"),
    ("017B", "Sexual assault on a male child under 13", "18", "22", "19", "59"),
    ("019E", "Rape of a female child under 13", "41", "37", "46", "124"),
    ("019H", "Rape of a male child under 13", "6", "-", "8", "14"),
    ("020B", "Sexual assault on a female child under 13", "63", "71", "68", "202"),
    ("021", "Sexual activity involving a child under 13", "27", "31", "35", "93"),
    ("Total", "", "155", "161", "176", "492"),
]
pdf.set_font("Lib", "", 9)
pdf.set_draw_color(0, 0, 0)
with pdf.table(
    col_widths=(18, 66, 20, 20, 20, 20),
    text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
    line_height=6,
    headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    cell_fill_color=(225, 225, 225),
    cell_fill_mode=TableCellFillMode.NONE,
    first_row_as_headings=True,
) as table:
    for i, r in enumerate(rows):
        row = table.row()
        for v in r:
            row.cell(v, style=FontFace(emphasis="BOLD") if r[0] == "Total" else None)
pdf.set_font("Lib", "I", 8.5)
pdf.ln(1.5)
pdf.multi_cell(W, 4.5, "'-' denotes nil.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 2")
para("Of the offences shown in the table above, the number in which at least one suspect was aged under 18 at "
     "the time of the offence was 38 in 2020/21, 45 in 2021/22 and 52 in 2022/23. Suspect age is calculated from "
     "the date of birth recorded for the suspect; offences where no suspect has been identified are not included.")

heading("Question 3")
para("Section 23 is an absolute, class-based exemption. Where section 23(5) is engaged there is no requirement "
     "to consider the public interest or to show that harm would arise. To confirm or deny whether information "
     "is held from, or about, a body listed in section 23(3) would itself reveal information relating to that "
     "body. The National Crime Agency is one of the bodies listed in section 23(3).")
para("Section 24(2) is a qualified exemption and the public interest test is set out below.")
para("Factors favouring confirmation or denial", "B", gap=1)
para("Confirming or denying that information is held would show how offences against children come to the "
     "attention of the force and would increase public confidence that such reports are acted on.")
para("Factors against confirmation or denial", "B", gap=1)
para("Confirming or denying whether offences were identified through information from national agencies, "
     "across several years and when combined with other disclosures, would allow offenders to assess how they "
     "may have come to notice and to adapt their behaviour, undermining the work of national security and law "
     "enforcement bodies.")
para("Balance test", "B", gap=1)
para("North Wales Police will never disclose information that would compromise national security or the "
     "ability of partner agencies to protect children. Having weighed the factors above, the public interest in "
     "neither confirming nor denying that information is held outweighs the public interest in confirmation or "
     "denial. This letter therefore serves as a refusal notice for question 3 under section 17(4) of the Act.")

heading("Complaint rights")
para("If you are dissatisfied with this response you may ask for an internal review. Please write to the "
     "Freedom of Information Unit at the address above within 40 working days of the date of this letter.")
para("If you remain dissatisfied after the internal review you have the right to complain to the Information "
     "Commissioner: Information Commissioner's Office – Wales, 2nd Floor, Churchill House, Churchill Way, "
     "Cardiff CF10 2HH. Telephone: 0330 414 6421. Email: wales@ico.org.uk")
para("Rydym yn croesawu gohebiaeth yn y Gymraeg. We welcome correspondence in Welsh.", "I", 9)
pdf.ln(3)
para("Yours sincerely,", gap=8)
para("Gwenllian Roberts\nFreedom of Information Officer\nNorth Wales Police", gap=0)

pdf.output(OUT)
print("wrote", OUT)
