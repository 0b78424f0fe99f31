"""Build reply.pdf: PSNI FOI reply F-2023-01542 as a letter with drawn tables.

Run with /work/main/.venv/bin/python make_reply.py ; the output is reproducible
(fixed creation date, embedded DejaVu font subset).
"""
import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).with_name("reply.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2023, 6, 20, 14, 5, 0, tzinfo=dt.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("DejaVu", "B", 14)
            self.set_text_color(0, 51, 102)
            self.cell(0, 8, "Police Service of Northern Ireland", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 5, "Corporate Information Branch, PSNI Headquarters, 65 Knock Road, Belfast BT5 6LE",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Keeping People Safe", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        else:
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "F-2023-01542", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_x(self.l_margin)
        self.cell(0, 4, "OFFICIAL", align="R")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_producer("PSNI CIB")
pdf.set_creator("Microsoft Word")
pdf.set_title("F-2023-01542 Child Sexual Exploitation")
pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()


def h(text):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)


def p(text):
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(rows, widths, align_first="LEFT"):
    pdf.set_font("DejaVu", "", 9.5)
    heading = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                   text_align=[align_first] + ["RIGHT"] * (len(widths) - 1),
                   headings_style=heading, line_height=6) as t:
        for r in rows:
            row = t.row()
            for v in r:
                row.cell(v)
    pdf.ln(2)


pdf.set_font("DejaVu", "B", 12)
pdf.cell(0, 7, "Freedom of Information Request", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.cell(0, 5, "PSNI Freedom of Information Request Reference Number: F-2023-01542",
         new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date of response: 20 June 2023", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

p("Your request for information dated 22 May 2023 has now been considered. In respect of "
  "Section 1 of the Freedom of Information Act 2000 (FOIA), the Police Service of Northern "
  "Ireland (PSNI) has two duties: to confirm or deny whether it holds the information you have "
  "asked for, and, where it does, to communicate that information to you unless an exemption "
  "applies.")
p("The PSNI has now completed its search for the relevant information. The decision has been "
  "taken to disclose the information for Questions 1 to 3. For Question 4 the information is not "
  "held, and for Question 5 the PSNI neither confirms nor denies that it holds information, for "
  "the reasons set out below.")

h("Request 1")
p("For each of the financial years 2020/21, 2021/22 and 2022/23, how many crimes were recorded "
  "with a child sexual exploitation (CSE) flag, and how many of these also had the online "
  "(cyber) flag?")
h("Answer")
p("The table below shows the number of crimes recorded by PSNI with a CSE flag, and of those, "
  "the number which also had the online flag applied, by financial year (1 April to 31 March).")
table([
    ("Financial Year", "CSE flagged crimes", "Of which online flag"),
    ("2020/21", "312", "141"),
    ("2021/22", "347", "168"),
    ("2022/23", "389", "197"),
    ("Total", "1,048", "506"),
], widths=(40, 45, 45))

h("Request 2")
p("For the same crimes, please provide the age of the victim at the time of the offence in the "
  "bands 0–12, 13–15 and 16–17.")
h("Answer")
p("Please see the table below. Where a crime has more than one victim, the crime is counted "
  "once, against the age of the youngest victim.")
table([
    ("Age of victim", "2020/21", "2021/22", "2022/23"),
    ("0–12", "41", "38", "52"),
    ("13–15", "198", "223", "241"),
    ("16–17", "69", "84", "93"),
    ("Age unknown", "<5", "<5", "<5"),
], widths=(40, 30, 30, 30))
p("Note: where the number of crimes is less than five, the figure has been replaced with <5 in "
  "order to reduce the risk of identifying individuals.")

h("Request 3")
p("How many arrests were made in connection with CSE flagged crimes in each of those years?")
h("Answer")
p("The number of arrests linked to CSE flagged crimes, by financial year in which the arrest "
  "was made, is as follows:")
p("2020/21: 87\n2021/22: 102\n2022/23: 119")
p("An arrest is counted once for each person arrested on each occasion; one person may be "
  "arrested more than once.")

h("Request 4")
p("How many of the victims were looked-after children (in the care of a Health and Social Care "
  "Trust) at the time of the offence?")
h("Answer")
p("The PSNI does not record whether a victim is a looked-after child on its crime recording "
  "system, and there is no other business need for the PSNI to hold this information. In "
  "accordance with Section 17(1) of the FOIA, this letter acts as a refusal notice, as the "
  "information you have requested is not held by the PSNI.")

h("Request 5")
p("How many covert online operations (for example officers posing as children online) did the "
  "PSNI carry out to identify CSE offenders in each of those years?")
h("Answer")
p("In accordance with the Act, this letter represents a Refusal Notice for this part of your "
  "request. The PSNI can neither confirm nor deny that it holds the information you have "
  "requested by virtue of the following exemptions:")
p("Section 23(5) – Information supplied by, or concerning, certain security bodies\n"
  "Section 24(2) – National security\n"
  "Section 30(3) – Investigations and proceedings conducted by public authorities\n"
  "Section 31(3) – Law enforcement")
p("Section 23 is an absolute, class-based exemption and no public interest test is required. "
  "Sections 24, 30 and 31 are qualified exemptions and the public interest test has been "
  "carried out below.")
p("Harm in confirming or denying: to confirm or deny whether the PSNI uses particular covert "
  "tactics online, and to what extent, would reveal the policing capability available to "
  "detect offenders in Northern Ireland. Offenders could use this knowledge, particularly if "
  "similar requests were made to every force, to build a picture of where and how such tactics "
  "are used and to alter their behaviour to avoid detection.")
p("Public interest considerations favouring confirmation or denial: confirming whether the "
  "information is held would inform public debate about the resources the PSNI commits to "
  "protecting children online and would promote accountability for the use of public money.")
p("Public interest considerations favouring neither confirming nor denying: the PSNI will not "
  "disclose information that could undermine the prevention or detection of crime or the "
  "safety of children. Confirming or denying would give offenders an advantage and would place "
  "investigations and the wider law enforcement effort at risk.")
p("Balancing test: the PSNI recognises the public interest in transparency. However, the "
  "protection of children and the effective operation of law enforcement must take precedence. "
  "The balance therefore favours neither confirming nor denying that information is held. This "
  "should not be taken as an indication that the information you have requested is or is not "
  "held.")

h("Notes on the data")
p("The data was extracted from the PSNI crime recording system (NICHE) on 9 June 2023. Figures "
  "are provisional and may differ from those published in PSNI Official Statistics, which are "
  "subject to a quality assurance process.")

p("If you have any queries regarding your request or the decision, please contact Corporate "
  "Information Branch on 028 9070 0164, quoting the reference number at the beginning of this "
  "letter.")
p("If you are dissatisfied in any way with the handling of your request, you have the right to "
  "request a review. You should do this as soon as possible, or in any case within two months "
  "of the date of this letter, by writing to the Head of Corporate Information Branch, PSNI "
  "Headquarters, 65 Knock Road, Belfast, BT5 6LE, or by e-mailing foi@psni.police.uk.")
p("If, following an internal review carried out by an independent decision maker, you remain "
  "dissatisfied, you may make a complaint under Section 50 of the Freedom of Information Act to "
  "the Information Commissioner's Office, 10th Floor, Causeway Exchange, 1-7 Bedford Street, "
  "Belfast, BT2 7EG (telephone 0303 123 1114), and ask them to investigate whether the PSNI has "
  "complied with the Act. The Commissioner will not usually investigate until an internal review "
  "has been completed.")
p("Please be advised that PSNI replies under Freedom of Information may be released into the "
  "public domain via our website. Personal details in respect of your request have, where "
  "applicable, been removed to protect confidentiality.")

pdf.output(str(OUT))
print("wrote", OUT)
