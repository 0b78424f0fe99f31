"""Build reply.pdf: Bedfordshire Police FOI letter (fpdf2).

Medium reply (24 figures). Sexual communication with a child (HO 71/17) for April 2023 to March
2024 and April 2024 to March 2025: Table 1 by platform with a Total row (the answer to Q1),
Table 2 by victim gender (no total row), Q4 suspects aged 10-17 in a sentence for the later year,
not held for the earlier one. '<5' rule stated; totals include the hidden values. Every page has
an 'OFFICIAL' header and a footer 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI/2025/01136"
Y1, Y2 = "April 2023 to March 2024", "April 2024 to March 2025"

# true values; 1-4 shown as '<5'
PLATFORMS = [
    ("Snapchat", 58, 64),
    ("Instagram", 21, 17),
    ("WhatsApp", 12, 15),
    ("Facebook / Messenger", 9, 3),
    ("TikTok", 2, 7),
    ("Other (including online gaming platforms)", 11, 13),
    ("Not recorded", 37, 41),
]
GENDER = [
    ("Female", 121, 131),
    ("Male", 27, 26),
    ("Not recorded", 2, 3),
]
T1 = sum(r[1] for r in PLATFORMS), sum(r[2] for r in PLATFORMS)
assert T1 == (150, 160), T1
assert (sum(r[1] for r in GENDER), sum(r[2] for r in GENDER)) == T1


def shown(v):
    return "<5" if 1 <= v <= 4 else str(v)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Bedfordshire Police - Information Access Team          Our ref: {REF}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Bedfordshire Police, Police Headquarters, Woburn Road, Kempston, Bedford MK43 9AX", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, bold=False, size=10, gap=2.5):
    pdf.set_font("Helvetica", "B" if bold else "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 8, "Bedfordshire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.5, "Information Access Team\nPolice Headquarters\nWoburn Road\nKempston\nBedford MK43 9AX\n"
               "foi@bedfordshire.police.uk", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Date: 7 July 2025", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, f"Our reference: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request for Information", bold=True)
para("Thank you for your request for information received by Bedfordshire Police on 9 June 2025. Your request "
     "has been handled under the Freedom of Information Act 2000 (the Act).")
para("Your request", bold=True, gap=1)
para("1. How many offences of sexual communication with a child were recorded by Bedfordshire Police in each of "
     "the last two financial years?\n"
     "2. For those offences, which social media platforms, apps or websites were used to communicate with the "
     "child, and how many offences involved each one?\n"
     "3. For those offences, please give the gender of the victim.\n"
     "4. For those offences, how many had a suspect who was under 18?")
para("Our response", bold=True, gap=1)
para("Bedfordshire Police holds most of the information you have requested. Offences of sexual communication with "
     "a child (section 15A Sexual Offences Act 2003) are recorded under Home Office classification 71/17. We have "
     "taken the last two financial years to be April 2023 to March 2024 and April 2024 to March 2025.")
para("To protect the identity of victims, numbers fewer than five are shown as <5. The totals include these "
     "numbers.")

para("Questions 1 and 2", bold=True, gap=1)
para("Table 1 shows the offences by the platform, app or website recorded on the crime report. Where more than one "
     "platform was used, the offence is counted once, against the platform first used to contact the child. The "
     "Total row gives the number of offences recorded in each year, which answers question 1.", gap=3)

head_style = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))


def draw(title, first, rows, total=None):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(80, 45, 45), text_align=("LEFT", "RIGHT", "RIGHT"),
                   headings_style=head_style, line_height=6) as t:
        hr = t.row()
        for h in (first, Y1, Y2):
            hr.cell(h)
        for label, a, b in rows:
            r = t.row()
            r.cell(label)
            r.cell(shown(a))
            r.cell(shown(b))
        if total:
            r = t.row(style=FontFace(emphasis="BOLD"))
            r.cell("Total")
            r.cell(str(total[0]))
            r.cell(str(total[1]))
    pdf.ln(4)


draw("Table 1: Sexual communication with a child (71/17) - platform used", "Platform / app / website",
     PLATFORMS, T1)

para("Question 3", bold=True, gap=1)
para("Table 2 shows the same offences by the gender of the victim.", gap=3)
draw("Table 2: Sexual communication with a child (71/17) - gender of victim", "Victim gender", GENDER)

para("Question 4", bold=True, gap=1)
para("Bedfordshire Police moved to a new crime recording system on 1 April 2024. Before that date the age of a "
     "suspect was not held in a form that can be reported on, and we are therefore unable to provide this "
     "information for April 2023 to March 2024: it is not held for the purposes of the Act (section 1(1)(a)).")
para("For April 2024 to March 2025, 23 of the offences had at least one suspect aged between 10 and 17 at the time "
     "of the offence.")

para("Please note that crime data is subject to change as investigations progress. The figures were extracted on "
     "30 June 2025 and count offences by the date they were recorded.")

para("Right of appeal", bold=True, gap=1)
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests for "
     "review should be made in writing within 40 working days of the date of this letter to the Information Access "
     "Team at the address above. If you remain dissatisfied after the review you have the right to complain to the "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
     "(www.ico.org.uk).")
para("Yours sincerely,", gap=6)
para("R. Okafor\nInformation Access Officer\nBedfordshire Police", gap=0)

pdf.output(str(HERE / "reply.pdf"))
print("written", HERE / "reply.pdf", pdf.page_no(), "pages")
