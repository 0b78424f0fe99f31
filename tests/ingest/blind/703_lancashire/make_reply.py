"""Build reply.pdf: Lancashire Constabulary letter answering FOI 2025/F1446 (fpdf2).

One drawn table (online-flagged sexual offences against children by victim age, years ACROSS
written '2022-23' etc., Total row, '*' for suppressed cells with a reason but no threshold) and
a partial refusal of question 2 under s.31(1)(a) and (b).
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
REF = "2025/F1446"

YEARS = ["2022-23", "2023-24", "2024-25"]
ROWS = [
    ("Under 13", ["142", "158", "149"]),
    ("13 - 15", ["311", "334", "362"]),
    ("16 - 17", ["96", "88", "101"]),
    ("Age not recorded", ["*", "*", "6"]),
]
TOTAL = ["552", "582", "618"]
HIDDEN = [3, 2, None]  # the true values behind '*' (check only)
for k in range(3):
    s = sum(int(r[1][k]) if r[1][k] != "*" else HIDDEN[k] for r in ROWS)
    assert s == int(TOTAL[k]), k


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Freedom of Information Request {REF}", align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-22)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, "Lancashire Constabulary Headquarters, Saunders Lane, Hutton, Preston PR4 5SB",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "www.lancashire.police.uk", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=28)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("DejaVu", "B", 14)
pdf.cell(0, 7, "Lancashire Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
pdf.cell(0, 5, "Information Access Unit, Professional Standards Department", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 10)
for line in [f"Our ref: {REF}", "Date: 18 July 2025", "Email: foi@lancashire.police.uk"]:
    pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Sir/Madam,")
para("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION", "B")
para("I write in connection with your request for information, which was received by Lancashire "
     "Constabulary on 23 June 2025. Your request has now been considered and I am able to respond "
     "as follows. You asked:")
pdf.set_x(30)
pdf.set_font("DejaVu", "I", 10)
pdf.multi_cell(0, 5,
    "\u201c1. For each of the last three financial years, how many sexual offences against children "
    "(victim aged under 18) were recorded with the online flag? Please break this down by the age of "
    "the victim: under 13, 13-15 and 16-17.\n"
    "2. Of these offences, how many were identified as a result of proactive online operations, for "
    "example police officers or decoys posing as children online?\u201d",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Lancashire Constabulary holds information relevant to your request. Question 1 is answered "
     "below. Information relevant to question 2 is held but is exempt from disclosure, as explained "
     "later in this letter.")

para("Question 1", "B", after=1)
para("The table shows crimes recorded between 1 April 2022 and 31 March 2025 where the victim was aged "
     "under 18 at the time of the offence and the crime carried the Home Office online flag.")

pdf.set_font("DejaVu", "", 9.5)
with pdf.table(
    col_widths=(50, 30, 30, 30),
    width=140,
    align="LEFT",
    text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
    headings_style=FontFace(emphasis="BOLD", fill_color=(222, 230, 240)),
    line_height=6,
) as table:
    row = table.row()
    for h in ["Age of victim"] + YEARS:
        row.cell(h)
    for label, vals in ROWS:
        row = table.row()
        row.cell(label)
        for v in vals:
            row.cell(v)
    row = table.row()
    row.cell("Total", style=FontFace(emphasis="BOLD"))
    for v in TOTAL:
        row.cell(v, style=FontFace(emphasis="BOLD"))
pdf.ln(2)
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(0, 4.5,
    "* Where numbers are low they have been replaced with * because releasing them could lead to the "
    "identification of the victims concerned. The totals include these crimes.\n"
    "Financial years run from 1 April to 31 March. Data was extracted from the force crime recording "
    "system (Connect) on 2 July 2025 and is based on the date the crime was recorded.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Question 2", "B", after=1)
para("Lancashire Constabulary holds information relevant to this question. However, the information "
     "is exempt from disclosure by virtue of section 31(1)(a) and (b) of the Freedom of Information Act "
     "(law enforcement). Section 31 is a prejudice-based, qualified exemption, which means that we must "
     "show the harm that disclosure would cause and consider the public interest.")
para("Harm", "B", after=1)
para("Disclosing the number of offences identified through proactive online operations, year by year, "
     "would reveal the scale of the force\u2019s covert online capability and how it has changed over "
     "time. Those who seek to groom or exploit children online could use this to judge the likelihood "
     "that the person they are talking to is a police officer and to change their behaviour accordingly. "
     "This would undermine the prevention and detection of crime and the apprehension of offenders.")
para("Public interest test", "B", after=1)
para("Factors favouring disclosure: disclosure would inform the public about how the force protects "
     "children online and would support accountability for the use of public funds.")
para("Factors favouring non-disclosure: the force would be less able to detect offenders if its "
     "tactics and their extent became known, and more children could be placed at risk.")
para("Balance: the protection of children and the effectiveness of policing operations outweigh the "
     "public interest in disclosure. This letter therefore serves as a refusal notice for question 2 "
     "under section 17(1) of the Act.")

para("Complaint rights", "B", after=1)
para("If you are unhappy with the way your request has been handled you may ask for an internal review "
     "within 40 working days of the date of this letter, by writing to the Information Access Unit at the "
     "address below or to foi@lancashire.police.uk. If you remain dissatisfied you may apply to the "
     "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours faithfully,", after=6)
para("Disclosure Officer\nInformation Access Unit", after=0)

pdf.set_title(f"FOI {REF} response")
pdf.set_author("Lancashire Constabulary")
pdf.output(str(HERE / "reply.pdf"))
