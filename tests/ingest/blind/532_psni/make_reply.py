"""Build reply.pdf: a PSNI FOI response letter with a drawn table (fpdf2)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "F-2024-01876"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"PSNI Freedom of Information Request {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Police Service of Northern Ireland - Corporate Information Branch", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()


def h(text, size=11):
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def p(text, style=""):
    pdf.set_font("Helvetica", style, 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


pdf.set_font("Helvetica", "B", 14)
pdf.cell(0, 8, "Police Service of Northern Ireland", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Keeping People Safe", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
h("Freedom of Information Request", 13)

pdf.set_font("Helvetica", "", 10)
for k, v in [("Request Number:", REF), ("Keyword:", "Crime"),
             ("Subtitle:", "Sexual Offences Recorded Where The Victim Was Under 18 - Age, Gender, Online Flag"),
             ("Date of response:", "9 July 2024")]:
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(38, 5, k)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

h("Request and Answer:")
p("Your request for information below has been handled under the Freedom of Information Act 2000 (FOIA). "
  "The Police Service of Northern Ireland (PSNI) has a duty under section 1(1)(a) of the Act to confirm "
  "whether it holds the information you asked for and, under section 1(1)(b), to provide it to you unless "
  "an exemption applies. We have answered Requests 1 and 2 in full. For Request 3, PSNI is relying on "
  "section 12(1) of the Act, and this letter is the notice required by section 17(5).")

h("Request 1", 10)
p("Please provide the number of sexual offences recorded by the PSNI where the victim was under 18, for "
  "each of the financial years 2021/22, 2022/23 and 2023/24, broken down by the age of the victim "
  "(under 13, 13-15, 16-17) and the gender of the victim.")
h("Answer", 10)
p("Please see Table 1 below. Age is the age of the victim at the time the offence was committed.")

pdf.set_font("Helvetica", "B", 10)
pdf.multi_cell(0, 5, "Table 1: Sexual offences recorded by PSNI with a victim aged under 18, "
               "by financial year, victim gender and victim age", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)

rows = [
    ("2021/22", "Female", ["298", "512", "214", "*", "1,026"]),
    (None, "Male", ["121", "97", "24", "*", "243"]),
    ("2022/23", "Female", ["315", "547", "231", "5", "1,098"]),
    (None, "Male", ["133", "104", "29", "*", "269"]),
    ("2023/24", "Female", ["327", "569", "240", "*", "1,138"]),
    (None, "Male", ["128", "112", "31", "0", "271"]),
]
pdf.set_font("Helvetica", "", 9)
head = FontFace(emphasis="BOLD", fill_color=(210, 222, 236))
with pdf.table(col_widths=(24, 22, 20, 20, 20, 28, 20), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=head, line_height=6, first_row_as_headings=True) as t:
    r = t.row()
    for c in ["Financial Year", "Victim Gender", "Under 13", "13-15", "16-17", "Age Not Recorded", "Total"]:
        r.cell(c)
    for year, gender, vals in rows:
        r = t.row()
        if year is not None:
            r.cell(year, rowspan=2, v_align="M")
        r.cell(gender)
        for v in vals:
            r.cell(v)
pdf.ln(2)
pdf.set_font("Helvetica", "I", 9)
pdf.multi_cell(0, 4.5, "* To reduce the risk of identifying individuals, figures between 1 and 3 have been "
               "replaced with *. Totals include these figures.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

h("Request 2", 10)
p("How many of these offences were flagged as online or cyber-enabled?")
h("Answer", 10)
p("Of the offences in Table 1, the number recorded with an online crime flag was 287 in 2021/22, 301 in "
  "2022/23 and 344 in 2023/24, giving 932 over the three financial years. The online flag is applied when "
  "the offence was committed, in whole or in part, through a computer, a mobile device or the internet.")

h("Request 3", 10)
p("How many of the suspects in these offences were themselves aged under 18? Please give this for each year.")
h("Answer", 10)
p("Section 12(1) of the FOIA states that a public authority is not obliged to comply with a request where "
  "it estimates that the cost of complying would exceed the appropriate limit, which for police is set at "
  "GBP 450, equivalent to 18 hours of work. Suspect details are held on the PSNI crime recording system, but "
  "the age of a suspect at the date of the offence is not held in a field that can be reported on. Each "
  "crime record included in Table 1 would have to be opened and read to establish whether a suspect was "
  "named and, if so, their date of birth at the time of the offence. A sampling exercise found that this "
  "takes an average of five minutes per record, which would take this request far beyond 18 hours. PSNI is "
  "therefore not obliged to answer Request 3.")
p("In line with section 16 of the Act we have considered whether the request could be refined to come "
  "within the limit. You may wish to ask for a single offence type over a shorter period; please note that "
  "a refined request would be treated as a new request.")

h("Notes", 10)
p("Figures are from PSNI's crime recording system and are correct as at 2 July 2024. They are management "
  "information, are provisional and may change as crimes are reclassified or further investigated. They "
  "may therefore differ slightly from figures published in official statistics, which are produced by the "
  "PSNI Statistics Branch.")

p("If you have any queries about your request or the decision, please contact Corporate Information "
  "Branch, quoting the request number above. If you are dissatisfied with this response you may ask for "
  "an internal review within two calendar months of the date of this letter. If you remain dissatisfied "
  "after the review, you have the right to apply to the Information Commissioner's Office for a decision.")

pdf.output("reply.pdf")
