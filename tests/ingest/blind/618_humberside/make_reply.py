"""Build reply.pdf: Humberside Police FOI letter (fpdf2), reference FOI HP/2025/0812.

Sexual communication with a child (s.15A, Home Office code 71/17), financial years 2022-23 and
2023-24, written in the table heads as 'Apr 22 - Mar 23' and 'Apr 23 - Mar 24'.
Q1+Q2: one drawn table (pdf.table): platform DOWN, years ACROSS, a Total row that is the answer
to Q1. 'x' marks a figure between 1 and 4 (rule stated in a key under the table). A footnote
names platforms inside 'Other' without counts.
Q3: 'YYYY-YY - N' dash list of charges/summonses, then a sentence with ongoing investigations.
'OFFICIAL' header, running header on page 2, footer with 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI HP/2025/0812"
COLS = ["Apr 22 - Mar 23", "Apr 23 - Mar 24"]
ROWS = [("Snapchat", (52, 61)), ("Instagram", (21, 18)), ("WhatsApp", (14, 19)),
        ("Facebook", (9, 2)), ("TikTok", (3, 7)), ("Other", (11, 13)),
        ("Not recorded", (33, 38))]
TOT = [sum(r[1][i] for r in ROWS) for i in range(2)]
assert TOT == [143, 158], TOT


def shown(v):
    return "x" if 1 <= v <= 4 else str(v)


CHARGED = {"2022-23": 17, "2023-24": 9}
ONGOING = {"2022-23": 6, "2023-24": 41}


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Humberside Police  |  Freedom of Information  |  {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Humberside Police, Information Compliance Unit, Priory Police Station, Priory Road, "
                  "Hull HU5 5SF", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, gap=2.5, h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "B", 17)
pdf.set_text_color(0, 40, 85)
pdf.cell(0, 9, "HUMBERSIDE POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.5, "Information Compliance Unit\nPriory Police Station\nPriory Road\nHull\nHU5 5SF\n"
               "foi@humberside.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para(f"Your request: {REF}\nDate of response: 9 May 2025")
para("Dear Requester")
para("Request for information - Freedom of Information Act 2000", "B", 11)
para("I am writing in response to your request for information, received by Humberside Police on "
     "14 April 2025. You asked:")
para("Q1. How many offences of sexual communication with a child (section 15A, Sexual Offences Act 2003) "
     "did Humberside Police record in the financial years 2022-23 and 2023-24?\n"
     "Q2. For each year, which social media platforms or apps were used, and how many offences "
     "involved each?\n"
     "Q3. For each year, how many of these offences resulted in a charge?", "I")
para("Response", "B", 11)
para("Humberside Police holds the information you have requested, and it is provided below.")
para("Q1 and Q2", "B")
para("The table below shows offences recorded under Home Office code 71/17 (sexual communication with "
     "a child), by the platform or app recorded on the crime report. Where more than one platform was "
     "used, the crime is counted once against the platform through which contact was first made, so "
     "each column adds up to the total number of offences recorded in that year. The Total row "
     "answers Q1.")

heading = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 40, 85))
pdf.set_font("Helvetica", "", 10)
with pdf.table(width=120, col_widths=(50, 35, 35), text_align=("LEFT", "CENTER", "CENTER"),
               headings_style=heading, line_height=6, align="LEFT") as table:
    table.row(["Platform / app"] + COLS)
    for lab, vals in ROWS:
        table.row([lab] + [shown(v) for v in vals])
    r = table.row()
    bold = FontFace(emphasis="BOLD")
    r.cell("Total", style=bold)
    for v in TOT:
        r.cell(str(v), style=bold)
pdf.ln(3)
para("Key: x = a figure between 1 and 4, which has been suppressed to reduce the risk of a victim "
     "being identified.", "I", 8.5, gap=1, h=4.2)
para("'Other' includes platforms such as Discord, Roblox, Telegram, X (formerly Twitter) and "
     "chat functions within online games. 'Not recorded' means that no platform was entered on the "
     "crime report, or that the communication took place by text message or telephone call.",
     "I", 8.5, gap=1, h=4.2)
para("Source: Niche RMS, extracted 29 April 2025.", "I", 8.5, gap=4, h=4.2)

para("Q3", "B")
para("Offences recorded under code 71/17 where a suspect has been charged or summonsed:", gap=1)
for y, v in CHARGED.items():
    para(f"{y} - {v}", gap=0.5)
pdf.ln(2)
para(f"Please note that at the time the data was extracted, {ONGOING['2022-23']} of the offences recorded "
     f"in 2022-23 and {ONGOING['2023-24']} of those recorded in 2023-24 had no outcome as the "
     "investigation was ongoing. The number charged may therefore increase.")

para("Right of review", "B", 11)
para("If you are dissatisfied with this response you may request an internal review within 40 working "
     "days of the date of this letter, by writing to the Information Compliance Unit at the address "
     "above. If you remain dissatisfied after the review you have the right to complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
     "telephone 0303 123 1113.")
para("Yours sincerely")
para("Information Compliance Officer\nHumberside Police")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf")
