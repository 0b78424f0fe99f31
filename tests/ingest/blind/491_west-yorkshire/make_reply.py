"""Build reply.pdf: West Yorkshire Police FOI response letter.

Sexual communication with a child (Home Office code 71/17), calendar years 2022 to date.
Table 1 (drawn with pdf.table()): years down (2022, 2023, 2024, and a part-year row for
1 January to 30 June 2025), victim age bands across, a Total row over the whole span and no
Total column. '-' is keyed as nil in a footnote. Table 2: victim gender by year with a Total
column. Question 4 (platforms/apps) is refused under s.12; the cost estimate states the
number of crimes over the whole span (1,645), which appears nowhere else.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
REF = "FOI-1432/25"
FONT = "/usr/share/fonts/truetype/dejavu/"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, f"West Yorkshire Police – Freedom of Information – {REF}", align="L",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 3.5, "Information Management Unit, West Yorkshire Police, PO Box 9, Laburnum Road, "
                          "Wakefield, WF1 3QP", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 16, 22)
pdf.set_auto_page_break(True, margin=20)
pdf.add_page()
W = pdf.epw

pdf.set_font("DejaVu", "B", 15)
pdf.cell(0, 7, "West Yorkshire Police", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
pdf.cell(0, 4.5, "Information Management Unit – Freedom of Information", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVu", "", 9)
pdf.multi_cell(0, 4.5, f"Our reference: {REF}\nDate: 5 August 2025", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text, style="", size=9.3):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, 4.7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def note(text):
    pdf.set_font("DejaVu", "", 7.8)
    pdf.multi_cell(W, 3.9, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


grey = (222, 226, 232)
heads = FontFace(emphasis="BOLD", fill_color=grey)
bold = FontFace(emphasis="BOLD")


def table(header, rows, widths):
    pdf.set_font("DejaVu", "", 8.6)
    with pdf.table(col_widths=widths, text_align=["LEFT"] + ["CENTER"] * (len(header) - 1),
                   headings_style=heads, line_height=5.4, width=W) as t:
        r = t.row()
        for h in header:
            r.cell(h)
        for row in rows:
            r = t.row()
            style = bold if row[0].startswith("Total") else None
            for v in row:
                r.cell(v, style=style)
    pdf.ln(1.5)


para("Dear Sir/Madam")
head("Freedom of Information Request – Sexual communication with a child")
para("Thank you for your request for information, received on 8 July 2025, which has been dealt "
     "with under the Freedom of Information Act 2000 (the Act). You asked:")
para("1. Please provide the number of sexual communication with a child offences (Home Office "
     "code 71/17) recorded by West Yorkshire Police in each calendar year from 2022 to date.\n"
     "2. For each year, please break these down by the age of the victim at the time of the "
     "offence (under 13, 13-15, 16-17).\n"
     "3. For each year, please break these down by the gender of the victim.\n"
     "4. For each year, please state which social media platforms or apps were used to contact "
     "the child.", style="I")
para("West Yorkshire Police holds some of the information you have requested. Questions 1 to 3 "
     "are answered below. Question 4 is refused under section 12 of the Act, and our reasons are "
     "set out further on in this letter.")

head("Questions 1 and 2")
para("Data has been taken from the force crime recording system and covers offences recorded "
     "between 1 January 2022 and 30 June 2025, the end of the last complete month before your "
     "request. The 2025 figures are therefore for part of the year only.")
para("Table 1 – Sexual communication with a child (71/17): victims by age at time of offence",
     style="B", size=8.8)
table(["Year recorded", "Under 13", "13 to 15", "16 to 17", "Age not recorded"],
      [("2022", "96", "287", "3", "19"),
       ("2023", "121", "334", "-", "27"),
       ("2024", "134", "352", "2", "22"),
       ("2025 (1 Jan – 30 Jun)", "61", "178", "-", "9"),
       ("Total 2022 – 30/06/2025", "412", "1,151", "5", "77")],
      (52, 28, 28, 28, 34))
note("'-' denotes nil: no offences were recorded in that category.\n"
     "The offence under section 15A of the Sexual Offences Act 2003 concerns children under 16. "
     "The few records showing a victim aged 16 or 17 reflect the age recorded on the crime report "
     "or a suspect's belief about the child's age.")

head("Question 3")
para("Table 2 – Sexual communication with a child (71/17): victims by gender", style="B", size=8.8)
table(["Year recorded", "Female", "Male", "Not recorded", "Total"],
      [("2022", "331", "58", "16", "405"),
       ("2023", "389", "71", "22", "482"),
       ("2024", "402", "89", "19", "510"),
       ("2025 (1 Jan – 30 Jun)", "193", "47", "8", "248")],
      (52, 29, 29, 29, 29))
note("In both tables each crime is counted once, against the first victim recorded on it.")

head("Question 4 – Section 12(1): cost of compliance exceeds the appropriate limit")
para("The platform or application used to contact a child is not captured in a searchable field "
     "on our crime recording system. It may be mentioned in the free-text investigation log, but "
     "the only way to find it would be to read each crime report by hand. Between 1 January 2022 "
     "and 30 June 2025 there were 1,645 crimes of sexual communication with a child recorded. "
     "Even at a conservative estimate of five minutes to open and read each one, retrieving the "
     "information would take over 137 hours, well beyond the 18 hours (£450) set by the Freedom "
     "of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
para("This letter therefore acts as a refusal notice under section 17(5) of the Act for "
     "question 4. Under section 16 we have considered whether the request could be narrowed; "
     "because the platform is only held in free text, even a single year would exceed the limit. "
     "You may wish to note that Ofcom and the NSPCC publish national information about the "
     "platforms most often involved in online grooming.")

head("Your right to complain")
para("If you are unhappy with the way your request has been handled you may ask for an internal "
     "review by writing to the Information Management Unit at the address below within 40 "
     "working days of the date of this letter. If you remain dissatisfied you may then apply to "
     "the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours faithfully")
para("Joanne Pickersgill\nDisclosure Officer\nInformation Management Unit")

pdf.output(str(HERE / "reply.pdf"))
