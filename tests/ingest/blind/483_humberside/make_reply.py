"""Build reply.pdf: a Humberside Police FOI letter on rape of a child under 13 (019E, 019H) and
sexual activity involving a child under 13 (021), financial years 2021-22 to 2023-24, with the
number of those crimes carrying a CSE flag. Two tables drawn with pdf.table(); '<5' with its
rule stated (totals include the hidden figures); 'N/H' cells for 2021-22 in the CSE table,
keyed as not held because the flag was not recorded before April 2022. Each page has a running
header and a 'Page N of M' footer."""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "HP/FOI/1903/24"
YEARS = ["2021-22", "2022-23", "2023-24"]

OFFENCES = [
    ("019E", "Rape of a female child under 13", [47, 52, 61]),
    ("019H", "Rape of a male child under 13", [14, 3, 11]),
    ("021", "Sexual activity involving a child under 13", [23, 31, 26]),
]
CSE = [
    ("019E", "Rape of a female child under 13", [None, 6, 9]),
    ("019H", "Rape of a male child under 13", [None, 1, 2]),
    ("021", "Sexual activity involving a child under 13", [None, 7, 5]),
]


def shown(v):
    if v is None:
        return "N/H"
    return "<5" if 0 < v < 5 else str(v)


def totals(rows):
    out = []
    for j in range(3):
        col = [r[2][j] for r in rows]
        out.append(None if any(v is None for v in col) else sum(col))
    return out


assert totals(OFFENCES) == [84, 86, 98]
assert totals(CSE) == [None, 14, 16]


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(90, 4, "Humberside Police - Information Compliance Unit")
        self.cell(0, 4, f"Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, after=3, h=5):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# letterhead block
pdf.set_font("Sans", "B", 15)
pdf.set_text_color(0, 51, 102)
pdf.cell(0, 8, "Humberside Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 9)
for line in ("Information Compliance Unit", "Police Headquarters, Priory Road", "Hull  HU5 5SF",
             "Email: foi@humberside.police.uk"):
    pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "", 10)
pdf.cell(0, 5, "Date: 12 July 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Dear Requester")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE " + REF, style="B")
para("Thank you for your request for information which was received by Humberside Police on "
     "14 June 2024. Your request has been considered under the Freedom of Information Act 2000 "
     "(the Act). You asked:")

pdf.set_x(30)
pdf.set_font("Sans", "I", 10)
pdf.multi_cell(0, 5,
               "1. For the financial years 2021-22, 2022-23 and 2023-24, please provide the number of "
               "the following offences recorded by Humberside Police: rape of a female child under 13; "
               "rape of a male child under 13; sexual activity involving a child under 13.\n"
               "2. For the same years and offences, how many of these crimes were flagged as child sexual "
               "exploitation (CSE)?",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

para("Response", style="B", after=1)
para("Humberside Police holds information relevant to your request, which is provided in the tables "
     "below. The figures relate to crimes recorded between 1 April and 31 March of each financial year "
     "and count crimes, not victims. Data was extracted from the force crime recording system (Niche) on "
     "2 July 2024 and is subject to change.")

HEAD = FontFace(emphasis="BOLD", fill_color=(0, 51, 102), color=(255, 255, 255))
TOT = FontFace(emphasis="BOLD", fill_color=(225, 230, 240))


def draw(rows, title):
    para(title, style="B", size=9.5, after=2)
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(18, 80, 22, 22, 22), text_align=("LEFT", "LEFT", "CENTER", "CENTER", "CENTER"),
                   headings_style=HEAD, line_height=6) as t:
        t.row(["HO Code", "Offence"] + YEARS)
        for code, name, vals in rows:
            t.row([code, name] + [shown(v) for v in vals])
        tot = totals(rows)
        t.row(["", "Total"] + ["N/H" if v is None else str(v) for v in tot], style=TOT)
    pdf.ln(3)


para("Question 1", style="B", after=1)
draw(OFFENCES, "Table 1: Crimes recorded by Home Office offence code, financial years 2021-22 to 2023-24")

para("Question 2", style="B", after=1)
draw(CSE, "Table 2: Crimes in Table 1 carrying a child sexual exploitation (CSE) flag")

para("Notes", style="B", size=9.5, after=1)
para("<5 - To reduce the risk of identifying individual victims, figures of fewer than five have been "
     "replaced with <5. The totals shown include these figures.", size=9, after=1.5, h=4.5)
para("N/H - Not held. Humberside Police moved to its current crime recording system in April 2022 and the "
     "CSE flag has been applied to crimes on that system from that date. Prior to this, CSE concerns were "
     "recorded on a separate safeguarding database which has since been decommissioned, and its records "
     "were not migrated. Information relating to 2021-22 is therefore not held for question 2, and this "
     "letter serves as notice under section 1(1)(a) of the Act that it is not held.", size=9, after=1.5, h=4.5)
para("A crime may be recorded in a different year from the one in which the offence took place, for "
     "example where a child discloses abuse some time after it happened.", size=9, after=4, h=4.5)

para("Complaint rights", style="B", after=1)
para("If you are dissatisfied with the handling of your request you have the right to ask for an internal "
     "review. Requests for an internal review should be made in writing within 40 working days of the date "
     "of this letter, quoting the reference number above, to the Information Compliance Unit at the address "
     "shown. If you remain dissatisfied after the internal review you may apply to the Information "
     "Commissioner for a decision. The Information Commissioner can be contacted at: Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Humberside Police routinely publishes responses to requests on its disclosure log. Your personal "
     "details will not be published.")
para("Yours sincerely")
pdf.ln(6)
para("Information Compliance Officer\nInformation Compliance Unit\nHumberside Police")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", pdf.pages_count, "pages")
