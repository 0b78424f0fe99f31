"""Build reply.pdf (Police Scotland FOI IM-FOI-2024-1893). Run: /work/main/.venv/bin/python make_reply.py"""
import datetime as dt
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2024, 9, 2, 14, 37, 0, tzinfo=dt.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title("IM-FOI-2024-1893")
pdf.set_author("Police Scotland")
pdf.set_creator("Information Management")
pdf.set_producer("Information Management")
pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=25)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, gap=2.5, h=5):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def need(height):
    """Start a new page if the next block would not fit."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def table(headers, rows, widths, bold_last=False):
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(221, 227, 238)
    for head, w in zip(headers, widths):
        pdf.cell(w, 7, head, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("DejaVu", "B" if last else "", 9)
        # first column may wrap: measure its height
        lines = pdf.multi_cell(widths[0], 5, row[0], dry_run=True, output="LINES")
        hgt = max(7, 5 * len(lines) + 2)
        need(hgt)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, widths[0], hgt)
        pdf.set_xy(x + 1, y + 1)
        pdf.multi_cell(widths[0] - 2, 5, row[0])
        pdf.set_xy(x + widths[0], y)
        for val, w in zip(row[1:], widths[1:]):
            pdf.cell(w, hgt, val, border=1, align="C")
        pdf.set_xy(x, y + hgt)
    pdf.ln(3)


# ------------------------------------------------------------- letterhead
pdf.set_font("DejaVu", "B", 14)
pdf.cell(0, 7, "POLICE SCOTLAND", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "I", 10)
pdf.cell(0, 5, "Poileas Alba", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "", 9)
for line in ("Information Management - Freedom of Information", "Police Scotland", "Clyde Gateway",
             "2 French Street", "Dalmarnock", "Glasgow", "G40 4EH"):
    pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 10)
for line in ("Our reference:  IM-FOI-2024-1893", "Respond by date:  3 September 2024", "Date:  2 September 2024"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

para("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", "B", 11)
para("I refer to your recent request for information which has been handled in accordance with "
     "the Freedom of Information (Scotland) Act 2002.")
para("For ease of reference, your request is replicated below together with the response.")

# ------------------------------------------------------------- Q1
para("1. For each of the financial years 2021/22, 2022/23 and 2023/24, how many crimes were "
     "recorded of communicating indecently with a child; causing a child to look at a sexual "
     "image; and taking, distributing or possessing indecent photographs of children?", "B")
para("The information requested is provided in Table 1 below.")
need(60)
para("Table 1: Recorded crimes by crime type, financial years 2021/22 - 2023/24", "B", 9, 1)
table(["Crime type", "2021/22", "2022/23", "2023/24"],
      [["Communicating indecently with a child", "612", "684", "731"],
       ["Causing a child to look at a sexual image", "455", "497", "520"],
       ["Taking, distribution, possession etc. of indecent photographs of children", "708", "741", "812"],
       ["Total", "1,775", "1,922", "2,063"]],
      [86, 28, 28, 28], bold_last=True)
para("Communicating indecently includes offences under sections 24 and 34 of the Sexual Offences "
     "(Scotland) Act 2009 (young child and older child). Causing a child to look at a sexual image "
     "includes offences under sections 23 and 33 of that Act. Indecent photographs of children "
     "includes offences under sections 52 and 52A of the Civic Government (Scotland) Act 1982.", "", 9)

# ------------------------------------------------------------- Q2
para("2. How many of these crimes had a cyber marker?", "B")
para("The cyber-enabled marker was introduced on the national crime recording system on "
     "1 April 2022. Prior to that date there was no means of identifying cyber-enabled crime on "
     "our systems and, in terms of section 17 of the Act, I must advise you that the information "
     "is not held for 2021/22. Figures for 2022/23 and 2023/24 are provided in Table 2.")
need(60)
para("Table 2: Recorded crimes with a cyber-enabled marker, financial years 2021/22 - 2023/24", "B", 9, 1)
table(["Crime type", "2021/22", "2022/23", "2023/24"],
      [["Communicating indecently with a child", "N/H", "598", "649"],
       ["Causing a child to look at a sexual image", "N/H", "401", "447"],
       ["Taking, distribution, possession etc. of indecent photographs of children", "N/H", "633", "702"],
       ["Total", "N/H", "1,632", "1,798"]],
      [86, 28, 28, 28], bold_last=True)
para("N/H - not held.", "", 9)

# ------------------------------------------------------------- Q3
para("3. Please provide the ages of the victims of these crimes (under 13, 13 to 15 and 16 to 17).", "B")
para("Table 3 shows the number of victims of the crimes detailed in Table 1 by their age at the "
     "time of the crime. Please note that a crime may have more than one victim, and that a victim "
     "is not recorded for every crime - in particular for crimes involving indecent photographs, "
     "where the child depicted is often not identified. The figures in Table 3 will therefore not "
     "match those in Table 1.")
need(50)
para("Table 3: Victims by age at time of crime, financial years 2021/22 - 2023/24", "B", 9, 1)
table(["Victim age", "2021/22", "2022/23", "2023/24"],
      [["Under 13", "384", "402", "457"],
       ["13-15", "671", "723", "765"],
       ["16-17", "*", "-", "*"]],
      [86, 28, 28, 28])
para("* Figures have been suppressed where the number of victims is low, in order to prevent the "
     "identification of individuals.\n- denotes nil.", "", 9)

# ------------------------------------------------------------- Q4
para("4. Please tell me which social media platforms or apps were used in these crimes.", "B")
para("Unfortunately, I estimate that it would cost well in excess of the current FOI cost "
     "threshold of £600 to process this part of your request. I am therefore refusing to provide "
     "the information sought in terms of section 12(1) of the Act - Excessive Cost of Compliance.")
para("By way of explanation, the platform or application used is not a searchable field on our "
     "crime recording systems. The only way to establish this information would be to individually "
     "examine every crime report for the three years requested - several thousand reports in total "
     "- to see whether the platform has been noted in the free text. Even at a conservative "
     "estimate of five minutes per report, this would take far longer than the 40 hours (at £15 "
     "per hour) represented by the cost threshold.")
para("To be of assistance, you may wish to consider submitting a new request for a much shorter "
     "period, although I cannot guarantee that a refined request would fall within the cost limit.")

# ------------------------------------------------------------- data caveats and rights
para("All statistics are provisional and should be treated as management information. All data "
     "have been extracted from Police Scotland internal systems and are correct as at 22 August "
     "2024. Data are based on the date the crime was recorded.", "", 9)
para("If you require any further assistance please contact us quoting the reference above.")
para("You can request a review of this response within the next 40 working days by email or by "
     "letter (Information Management - FOI, Police Scotland, Clyde Gateway, 2 French Street, "
     "Dalmarnock, G40 4EH). Requests must include the reason for your dissatisfaction.")
para("If you remain dissatisfied following our review response, you can appeal to the Office of "
     "the Scottish Information Commissioner (OSIC) within 6 months - online, by email or by letter "
     "(OSIC, Kinburn Castle, St Andrews, KY16 9DS).")
para("Following an OSIC appeal, you can appeal to the Court of Session on a point of law only.")
para("This response will be added to our Disclosure Log in seven days' time.")
para("Every effort has been taken to ensure our response is as accessible as possible. If you "
     "require this response to be provided in an alternative format, please let us know.")

pdf.output(OUT)
print("wrote", OUT)
