"""Build reply.pdf: Cumbria Constabulary FOI/2024/0519 response letter.

Run with the project's venv python:  python make_reply.py
The output is byte-for-byte reproducible (fixed creation date and file id).
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FONT_DIR = "/usr/share/fonts/truetype/liberation"
STAMP = datetime.datetime(2024, 6, 28, 11, 5, 0, tzinfo=datetime.timezone.utc)
REF = "FOI/2024/0519"


class Letter(FPDF):
    def header(self):
        self.set_font("Arial", "B", 9)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.set_font("Arial", "B", 18)
            self.set_text_color(0, 51, 102)
            self.cell(0, 9, "Cumbria Constabulary", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Arial", "", 9)
            for line in ("Freedom of Information Team", "Police Headquarters, Carleton Hall",
                         "Penrith, Cumbria CA10 2AU", "Telephone: 101"):
                self.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        else:
            self.set_font("Arial", "", 8)
            self.cell(0, 5, "Our Ref: " + REF, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-16)
        self.set_font("Arial", "", 8)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Arial", "B", 9)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(STAMP)
pdf.file_id = lambda: "<5C0F1A2B3C4D5E6F708192A3B4C5D6E7><5C0F1A2B3C4D5E6F708192A3B4C5D6E7>"
pdf.set_title("FOI 2024/0519 Response")
pdf.set_author("Cumbria Constabulary")
pdf.set_creator("Microsoft Word")
pdf.add_font("Arial", "", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"))
pdf.add_font("Arial", "B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"))
pdf.add_font("Arial", "I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf"))
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Arial", style, size)
    pdf.multi_cell(W, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Arial", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(widths, header, rows, header_h=5.2, row_h=6.5):
    """Drawn table; header cells may wrap onto several lines."""
    pdf.set_font("Arial", "B", 9.5)
    # measure the tallest header cell
    lines = max(len(pdf.multi_cell(w, header_h, h, dry_run=True, output="LINES"))
                for w, h in zip(widths, header))
    hh = lines * header_h + 2
    if pdf.get_y() + hh + row_h * len(rows) > pdf.h - 24:
        pdf.add_page()
    x0, y0 = pdf.get_x(), pdf.get_y()
    x = x0
    pdf.set_fill_color(217, 226, 243)
    for w, h in zip(widths, header):
        pdf.rect(x, y0, w, hh, style="DF")
        n = len(pdf.multi_cell(w, header_h, h, dry_run=True, output="LINES"))
        pdf.set_xy(x, y0 + (hh - n * header_h) / 2)
        pdf.multi_cell(w, header_h, h, align="C")
        x += w
    pdf.set_xy(x0, y0 + hh)
    pdf.set_font("Arial", "", 10)
    for row in rows:
        for i, (w, v) in enumerate(zip(widths, row)):
            pdf.cell(w, row_h, v, border=1, align="L" if i == 0 else "C")
        pdf.ln(row_h)
    pdf.ln(2)


pdf.set_font("Arial", "", 10.5)
pdf.cell(W, 5.5, "Our Ref: " + REF, new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5.5, "Date: 28 June 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester")
para("Freedom of Information Act 2000 \u2013 Request for Information: Indecent images of children",
     style="B")
para("Thank you for your request for information received by Cumbria Constabulary on 31 May 2024, "
     "which has been considered under the Freedom of Information Act 2000 (the Act).")
para("You asked:", style="B", gap=1)
para("1. For each financial year from 2019/20 to 2023/24, how many offences of (a) possession of "
     "indecent photographs of children and (b) taking, making or distributing indecent "
     "photographs of children were recorded by Cumbria Constabulary?", gap=1)
para("2. For the last three financial years, how many suspects for those offences were aged under "
     "18, and how many were 18 or over?", gap=1)
para("3. For the offences recorded in 2023/24, what was the outcome (for example charge, caution, "
     "community resolution or no further action)?", gap=1)
para("4. For each year in question 1, how many of these investigations began with a referral from "
     "the National Crime Agency (NCA), including its CEOP command?")
para("Cumbria Constabulary holds some of the information you have requested. Questions 1 to 3 are "
     "answered below. In respect of question 4, the Constabulary can neither confirm nor deny "
     "whether it holds the information, and this letter is a refusal notice under section 17 of "
     "the Act for that part of your request.")

heading("Question 1")
para("Indecent images of children offences recorded, by financial year:", gap=1.5)
table([30, 52, 52, 36],
      ["Financial year", "Possession of indecent photographs of a child (s.160 CJA 1988)",
       "Take, make or distribute indecent photographs of a child (HO 086/02)", "Total"],
      [["2019/20", "N/H", "N/H", "N/H"],
       ["2020/21", "97", "164", "261"],
       ["2021/22", "112", "181", "293"],
       ["2022/23", "104", "203", "307"],
       ["2023/24", "121", "196", "317"]])
para("N/H \u2013 Not held. Cumbria Constabulary moved to its current crime recording system on "
     "1 April 2020. Crime records created before that date were not migrated and the previous "
     "system has since been decommissioned, so figures for 2019/20 are not held.", size=9, gap=4)

heading("Question 2")
para("Suspects linked to the offences in question 1, by age at the time of the offence:", gap=1.5)
table([50, 40, 40, 40],
      ["Suspect age", "2021/22", "2022/23", "2023/24"],
      [["Under 18", "14", "21", "17"],
       ["18 and over", "166", "183", "190"],
       ["Age not recorded", "1-4", "6", "1-4"]])
para("To reduce the risk of individuals being identified, any number between 1 and 4 is shown as "
     "'1-4'. A person who was a suspect for more than one offence in the same year is counted once "
     "in that year.", size=9, gap=4)

heading("Question 3")
para("Outcomes of the indecent images of children offences recorded in 2023/24. The outcome shown "
     "is the one recorded on 20 June 2024, when the data was extracted:", gap=1.5)
pdf.set_font("Arial", "", 10.5)
outcomes = [
    ("Charged/summonsed", "74"),
    ("Adult caution", "9"),
    ("Youth caution", "1-4"),
    ("Community resolution", "1-4"),
    ("Outcome 15 \u2013 evidential difficulties (named suspect identified)", "28"),
    ("Outcome 21 \u2013 further investigation not in the public interest", "11"),
    ("Outcome 22 \u2013 diversionary, educational or intervention activity", "5"),
    ("Investigation ongoing (no outcome yet)", "161"),
]
for label, v in outcomes:
    pdf.set_x(pdf.l_margin + 6)
    pdf.cell(W - 6, 5.8, "%s: %s" % (label, v), new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Only the outcome types asked about are listed, so these figures do not add up to the "
     "2023/24 total given in question 1. The same '1-4' rule has been applied.", size=9, gap=4)

heading("Question 4")
para("Cumbria Constabulary can neither confirm nor deny that it holds any information relevant to "
     "this question by virtue of the following exemptions:")
para("Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) \u2013 National security", gap=3)
para("Section 23(5) is an absolute, class-based exemption. The National Crime Agency is one of the "
     "bodies listed in section 23(3) of the Act, and to confirm or deny whether any investigation "
     "began with information it supplied would in itself disclose whether information from that "
     "body is held. No public interest test is required for section 23(5).")
para("Section 24(2) is a qualified, prejudice-based exemption, and the public interest has been "
     "considered.")
para("Harm: to say whether or not investigations began with referrals from a national agency, year "
     "by year, would allow the level and focus of national intelligence work in Cumbria to be "
     "compared with that in other force areas. Offenders could use this to judge where their "
     "activity is more or less likely to come to notice.", gap=2)
para("Factors favouring confirmation or denial: the public has a legitimate interest in knowing how "
     "offences against children are detected, and disclosure would add to public understanding of "
     "joint working between the Constabulary and national agencies.", gap=2)
para("Factors favouring neither confirming nor denying: the safeguarding of national security is of "
     "paramount importance, and the Police Service will not reveal anything that could undermine "
     "the work of law enforcement or security bodies, or place children at greater risk.", gap=2)
para("Balance test: having weighed these factors, the Constabulary considers that the balance lies "
     "in favour of neither confirming nor denying whether the information is held. This should not "
     "be taken as an indication that the information you have asked for is or is not held.")
para("Please note that Cumbria Constabulary also neither confirms nor denies whether it holds any "
     "other information relating to the involvement of security bodies in the investigations "
     "described in your request.")

heading("Your right to complain")
para("If you are not satisfied with this response you may ask for an internal review. Please write "
     "to the Freedom of Information Team at the address above within 40 working days of the date of "
     "this letter.")
para("If you remain dissatisfied after the internal review you may complain to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone "
     "0303 123 1113, website www.ico.org.uk.")
para("Yours sincerely", gap=8)
para("Freedom of Information Officer\nCumbria Constabulary", gap=2)

pdf.output(OUT)
print("wrote", OUT)
