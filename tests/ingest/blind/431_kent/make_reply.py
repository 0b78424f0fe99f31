"""Build reply.pdf: Kent Police FOI letter - child sexual offences by Home Office offence code for
2021/22, 2022/23 and 2023/24. The table's year headings wrap over three lines ('2021/22' /
'(1 April 2021 -' / '31 March 2022)'), the table runs over onto page 2 with its heading repeated,
'*' (1 to 4) and '-' (nil) are keyed under it, and the online-flag answer is a 'respectively' sentence."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI/24/2217"

# (code, description, 2021/22, 2022/23, 2023/24); None = '*' (1-4), 0 = '-' (nil)
ROWS = [
    ("17B", "Sexual assault on a male child under 13", 58, 64, 71),
    ("19D", "Rape of a female child under 16", 142, 156, 149),
    ("19E", "Rape of a female child under 13", 97, 110, 104),
    ("19G", "Rape of a male child under 16", "*", 19, "*"),
    ("19H", "Rape of a male child under 13", 31, 27, 36),
    ("20B", "Sexual assault on a female child under 13", 203, 221, 236),
    ("21", "Sexual activity involving a child under 13", 88, 95, 102),
    ("22B", "Sexual activity involving a child under 16", 317, 342, 329),
    ("71/17", "Sexual communication with a child", 176, 194, 212),
    ("88A", "Sexual grooming", "*", 6, "-"),
]
HIDDEN = {("19G", 0): 4, ("19G", 2): 2, ("88A", 0): 3}


def col_total(i):
    t = 0
    for r in ROWS:
        v = r[2 + i]
        if v == "*":
            t += HIDDEN[(r[0], i)]
        elif v == "-":
            pass
        else:
            t += v
    return t


TOTALS = [col_total(i) for i in range(3)]


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Sans", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Kent Police", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Sans", "", 8.5)
            for line in ("Information Rights Unit",
                         "Kent Police Headquarters, Sutton Road, Maidstone, Kent ME15 9BZ",
                         "Email: freedomofinformation@kent.police.uk"):
                self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Sans", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Sans", "", 10)
for line in (f"Our reference: {REF}", "Date: 30 May 2024"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,", after=3)
para("Freedom of Information Act 2000 - Request for Information", style="B", after=3)
para("Thank you for your request for information, which was received by Kent Police on 2 May 2024. "
     "I am writing to let you know that your request has now been considered and the information you "
     "asked for is provided below.")
para("You asked:", style="B", after=1)
pdf.set_x(28)
pdf.set_font("Sans", "I", 10)
pdf.multi_cell(162, 5,
    "\"1) For each of the financial years 2021/22, 2022/23 and 2023/24, please provide the number of "
    "sexual offences recorded by Kent Police where the victim was a child (aged under 18), broken down "
    "by Home Office offence code.\n"
    "2) For each of those years, how many of these offences were flagged as having an online element?\"",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Response", style="B", after=1)
para("Kent Police can confirm that it holds information relevant to your request. Searches were "
     "conducted on the force crime recording system for crimes recorded between 1 April 2021 and "
     "31 March 2024 under the child-specific sexual offence classifications set out below. Crimes "
     "recorded under classifications which apply to victims of any age (for example 19C, 20A and 17A) "
     "have not been included, as the age of the victim cannot be reliably extracted for these without "
     "a manual review of each record.")
para("Please note that the figures represent the number of crimes recorded, not the number of "
     "victims or offenders. A single victim may be recorded against more than one crime, and a crime "
     "may be reclassified during the course of an investigation. The data was extracted on 21 May 2024 "
     "and the figures for 2023/24 should be treated as provisional.")
para("Question 1", style="B", after=1)
para("Table 1: Sexual offences recorded where the victim was under 18, by Home Office offence code",
     style="B", size=9.5, after=2)

HEAD = FontFace(emphasis="BOLD", fill_color=(208, 220, 236))
TOT = FontFace(emphasis="BOLD", fill_color=(238, 238, 238))
pdf.set_font("Sans", "", 9.5)
with pdf.table(col_widths=(26, 60, 28, 28, 28), headings_style=HEAD, line_height=5,
               text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"), width=170,
               padding=1.5, repeat_headings=1) as table:
    row = table.row()
    for h in ("Home Office\noffence\ncode", "Offence description",
              "2021/22\n(1 April 2021 -\n31 March 2022)",
              "2022/23\n(1 April 2022 -\n31 March 2023)",
              "2023/24\n(1 April 2023 -\n31 March 2024)"):
        row.cell(h)
    for code, desc, *vals in ROWS:
        row = table.row()
        row.cell(code)
        row.cell(desc)
        for v in vals:
            row.cell(str(v))
    row = table.row(style=TOT)
    row.cell("Total")
    row.cell("")
    for t in TOTALS:
        row.cell(f"{t:,}")
pdf.ln(2)
pdf.set_font("Sans", "", 8.5)
pdf.multi_cell(0, 4.2,
    "* denotes a figure between 1 and 4. Figures in this range have been suppressed under "
    "Section 40(2) of the Act to reduce the risk of a victim being identified.\n"
    "- denotes nil (no crimes recorded).\n"
    "The Total row is the total of all crimes recorded under the codes listed, including those "
    "shown as *.",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Question 2", style="B", after=1)
para("An online flag is applied to a crime where the offence was committed, in full or in part, "
     "through a computer, computer network or other computer-enabled device. Of the crimes shown in "
     "Table 1, the number which carried the online flag in 2021/22, 2022/23 and 2023/24 was 412, 468 "
     "and 503 respectively. The use of the flag relies on the officer recording the crime, so these "
     "figures may under-represent the true level of online offending.")
para("Section 40(2) - Personal information", style="B", after=1)
para("Section 40(2) is an absolute, class-based exemption, and there is no requirement to consider "
     "the public interest. Releasing the exact number of crimes where that number is very small, "
     "combined with other information in the public domain, could lead to the identification of a "
     "child victim. Disclosure would breach the first data protection principle, and figures between "
     "1 and 4 have therefore been withheld.")
para("Your rights", style="B", after=1)
para("If you are dissatisfied with the handling of your request, you have the right to ask for an "
     "internal review. Requests for review should be made in writing within 40 working days of the "
     "date of this letter to the Information Rights Unit at the address above. If you remain "
     "dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", after=6)
para("Information Rights Officer\nInformation Rights Unit\nKent Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
print("totals", TOTALS)
