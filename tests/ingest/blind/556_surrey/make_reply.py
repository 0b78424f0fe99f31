"""Build reply.pdf: Surrey Police FOI response letter (reference SP/FOI/1142/25), two pages.

Rape of a child under 13 (HO codes 19E female, 19H male), financial years 2023/24 and 2024/25
written 'April 2023 to March 2024' / 'April 2024 to March 2025'.
1. 'label – N' lists under a heading for each code.
2. One sentence: the two-year total across both codes (121) and, of those, crimes with a suspect
   aged under 18 (38), both over the two-year span as asked.
3. Age of the youngest victim: withheld under s.40(2).
Header 'OFFICIAL' and the reference; footer 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "SP/FOI/1142/25"
FONT = "/usr/share/fonts/truetype/dejavu/"
F19E = (47, 52)
F19H = (13, 9)
SPAN_TOTAL = sum(F19E) + sum(F19H)
assert SPAN_TOTAL == 121
UNDER18 = 38


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"Surrey Police – Freedom of Information – {REF}", align="L",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-17)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Surrey Police, PO Box 101, Guildford, Surrey GU1 9PE", align="L")
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
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()
W = pdf.epw


def para(text, style="", size=10, gap=2.4, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("DejaVu", "B", 16)
pdf.cell(0, 8, "Surrey Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.multi_cell(0, 4, "Information Access Team\nPO Box 101\nGuildford\nSurrey GU1 9PE",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 9.5)
pdf.multi_cell(0, 4.6, f"Our reference: {REF}\n8 August 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Okonjo,")
para("Freedom of Information Act 2000 – your request", style="B", size=11, gap=1)
para("Thank you for your e-mail of 14 July 2025, in which you asked for information held by Surrey "
     "Police. Your request has been considered under the Freedom of Information Act 2000 (the Act).")
para("You asked:", style="B", gap=1)
para("1. How many crimes of rape of a female child under 13 and rape of a male child under 13 did "
     "Surrey Police record in each of the last two financial years?\n"
     "2. In total across both years, in how many of these crimes was the suspect aged under 18?\n"
     "3. What was the age of the youngest victim across the two years?")
para("Response:", style="B", gap=1)
para("Surrey Police can confirm that it holds information relevant to your request. The last two "
     "financial years are taken to be 1 April 2023 to 31 March 2025.")
para("1.", style="B", gap=0.5)
para("Rape of a female child under 13 (HO code 19E)", style="B", size=9.8, gap=0.5, indent=6)
para(f"April 2023 to March 2024 – {F19E[0]}\nApril 2024 to March 2025 – {F19E[1]}", indent=6, gap=1.5)
para("Rape of a male child under 13 (HO code 19H)", style="B", size=9.8, gap=0.5, indent=6)
para(f"April 2023 to March 2024 – {F19H[0]}\nApril 2024 to March 2025 – {F19H[1]}", indent=6)
para("2.", style="B", gap=0.5)
para(f"Across the two financial years a total of {SPAN_TOTAL} crimes were recorded under the two codes. "
     f"In {UNDER18} of these at least one suspect was recorded as being aged under 18 at the time of "
     "the offence. Each crime has been counted once, however many suspects are linked to it.")
para("3.", style="B", gap=0.5)
para("The information you have asked for in question 3 is exempt from disclosure under section 40(2) of "
     "the Act (personal information).")
para("The age of the youngest victim relates to a single, living child. Taken together with other "
     "information that is already in the public domain, such as court reporting and local media coverage, "
     "it could allow that child to be identified. Disclosure under the Act is disclosure to the world at "
     "large, and releasing this detail would breach the first data protection principle, because it "
     "would be neither fair nor lawful. Section 40(2) is an absolute exemption and no public interest test "
     "is required.")
para("The figures were extracted from Surrey Police's crime recording system on 29 July 2025. They "
     "are taken from a live system and may change slightly if a crime is reclassified.")
para("Right of review", style="B", size=10.5, gap=1)
para("If you are unhappy with the way your request has been handled you may ask for an internal review "
     "by writing to the Information Access Team at the address above, or by e-mail to "
     "foi@surrey.police.uk, within 40 working days of the date of this letter. If you remain "
     "dissatisfied you may then apply to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,")
para("Information Access Officer\nSurrey Police")

pdf.output(str(HERE / "reply.pdf"))
print("wrote", HERE / "reply.pdf", "pages:", pdf.pages_count)
