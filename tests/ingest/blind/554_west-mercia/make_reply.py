"""Build reply.pdf: West Mercia Police FOI response letter (reference FOI 3361/25), fpdf2.

Medium reply. CSE-flagged crimes with a victim under 18 over the last three financial years,
by victim gender, in a real table (pdf.table) with the years DOWN written 'April 2022 - March
2023' and a Total row over the span; '*' for very low numbers with a reason but no threshold;
the online-flag figures in one sentence using '2022/23' style; question 3 (NCA / security bodies)
answered neither-confirm-nor-deny under s.23(5) and s.24(2). OFFICIAL marking, running header on
later pages and 'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI 3361/25"
FONT = "/usr/share/fonts/truetype/dejavu/"

# true values; Unknown 2 and 3 are shown as '*'
ROWS = [
    ("April 2022 \u2013 March 2023", 212, 47, 2),
    ("April 2023 \u2013 March 2024", 236, 52, 3),
    ("April 2024 \u2013 March 2025", 198, 61, 0),
]
ONLINE = {"2022/23": 58, "2023/24": 71, "2024/25": 64}


def shown(v, col):
    if col == "unknown" and 1 <= v <= 4:
        return "*"
    return str(v)


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"West Mercia Police \u2013 Freedom of Information \u2013 {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(0, 61, 121)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "West Mercia Police, Hindlip Hall, Hindlip, PO Box 55, Worcester WR3 8SP", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
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


pdf.set_font("DejaVu", "B", 18)
pdf.set_text_color(0, 61, 121)
pdf.cell(0, 9, "West Mercia Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "", 8.8)
pdf.multi_cell(0, 4.2, "Information Compliance Unit\nHindlip Hall\nHindlip\nPO Box 55\nWorcester\nWR3 8SP\n"
               "foi@westmercia.police.uk", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Our reference: {REF}\nDate: 20 May 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Brennan,")
head("Freedom of Information Act 2000 \u2013 Request for Information: Child sexual exploitation")
para("Thank you for your request for information, which was received by West Mercia Police on 22 April "
     "2025. I have set out your request below, followed by our response.")
para("1. How many crimes recorded by West Mercia Police in each of the last three financial years carried a "
     "child sexual exploitation (CSE) flag where the victim was under 18? Please break this down by the "
     "gender of the victim.", indent=6)
para("2. How many of the crimes in question 1 also carried the online (cyber-enabled) flag?", indent=6)
para("3. How many of the crimes in question 1 were investigated with the involvement of the National Crime "
     "Agency or any of the security bodies?", indent=6)
head("Response")
para("West Mercia Police holds information relevant to questions 1 and 2, which is provided below. In respect "
     "of question 3, West Mercia Police can neither confirm nor deny whether it holds the information; the "
     "reasons are given further on in this letter.")
para("The figures are taken from the force crime recording system and count crimes by the date on which they "
     "were recorded. A crime is counted once, however many victims it has; where a crime has more than one "
     "child victim it is counted against the gender of the first victim linked to it.")
head("Question 1")
pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(0, 6, "Table 1: Crimes with a CSE flag, victim aged under 18, by gender of victim",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9.5)
hdr_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 61, 121))
tot = [0, 0, 0]
with pdf.table(col_widths=(58, 24, 24, 24, 26), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=hdr_style, line_height=6.5, width=156, align="LEFT") as table:
    r = table.row()
    for h in ("Financial year", "Female", "Male", "Unknown", "Total"):
        r.cell(h)
    for label, f, m, u in ROWS:
        r = table.row()
        r.cell(label)
        r.cell(str(f))
        r.cell(str(m))
        r.cell(shown(u, "unknown"))
        r.cell(str(f + m + u))
        tot[0] += f
        tot[1] += m
        tot[2] += u
    r = table.row(style=FontFace(emphasis="BOLD", fill_color=(225, 232, 242)))
    r.cell("Total")
    for v in tot:
        r.cell(str(v))
    r.cell(str(sum(tot)))
pdf.ln(2)
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(W, 4.3, "* Where the number of crimes is very low it has been replaced with an asterisk, to "
               "protect the identity of the children concerned. Totals include all crimes.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
head("Question 2")
para(f"Of the crimes shown in Table 1, {ONLINE['2022/23']} recorded in 2022/23, {ONLINE['2023/24']} in "
     f"2023/24 and {ONLINE['2024/25']} in 2024/25 also carried the online flag. The flag is applied where "
     "the crime was committed, in full or in part, through the internet or another computer-enabled device, "
     "and relies on the recording officer; it may therefore not capture every crime with an online element.")
head("Question 3")
para("West Mercia Police can neither confirm nor deny that it holds any information relevant to question 3 "
     "by virtue of the following exemptions:")
para("Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) \u2013 National security", indent=6)
para("Section 23 is an absolute exemption and no public interest test is required. Section 24 is a qualified "
     "exemption and the public interest has been considered. Confirming or denying whether the National Crime "
     "Agency or any security body was involved in any particular category of investigation, across a defined "
     "period and area, would allow a picture to be built up of where such bodies are, or are not, active. "
     "Although there is a public interest in openness about the policing of child sexual exploitation, the "
     "public interest in safeguarding national security is very strong, and the balance favours neither "
     "confirming nor denying that the information is held. This should not be taken as an indication that "
     "the information you have asked for does or does not exist.")
head("Complaint rights")
para("If you are dissatisfied with this response you may ask for an internal review by writing to the "
     "Information Compliance Unit at the address above within 40 working days of the date of this letter. "
     "If you remain dissatisfied after the review you may complain to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (0303 123 1113).")
para("Yours sincerely,")
pdf.ln(4)
para("Information Compliance Officer\nInformation Compliance Unit\nWest Mercia Police")

assert tot == [646, 160, 5] and sum(tot) == 811
pdf.output(str(HERE / "reply.pdf"))
print("written", HERE / "reply.pdf", "pages", pdf.page_no())
