"""Builds reply.pdf (Hertfordshire Constabulary FOI 04127/24 response letter).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed creation date, core fonts only.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 5, 22, 14, 5, 0, tzinfo=datetime.timezone.utc)
REF = "FOI 04127/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(110, 9, "HERTFORDSHIRE", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(60, 60, 60)
            x = self.get_x()
            y = self.get_y()
            for line in ["Information Rights Unit", "Police Headquarters", "Welwyn Garden City",
                         "Hertfordshire", "Non-emergency: 101"]:
                self.set_xy(x, y)
                self.cell(0, 4, line, align="R")
                y += 4
            self.set_xy(self.l_margin, self.get_y() - 16 + 9)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(110, 9, "CONSTABULARY", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 8, self.w - self.r_margin, self.get_y() + 8)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(12)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Hertfordshire Constabulary - Freedom of Information - {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(FIXED)
pdf.set_title(f"{REF} Response")
pdf.set_author("Information Rights Unit")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, h=5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


pdf.set_font("Helvetica", "", 10)
pdf.cell(W, 5, "Our ref: " + REF, new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "Date: 22 May 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("Freedom of Information Request Reference No: " + REF, style="B")
para("I write in connection with your request for information received by Hertfordshire Constabulary on "
     "24 April 2024. I note you seek access to the following information:")
para("\"Please provide the following for each of the financial years 2021/22, 2022/23 and 2023/24:\n"
     "1. The number of crimes recorded with a child sexual exploitation (CSE) flag.\n"
     "2. The outcomes of those crimes, using the Home Office outcome categories.\n"
     "3. The ages of the suspects linked to those crimes (under 18 / 18 and over).\n"
     "4. The age of the youngest victim of a CSE-flagged crime in each year.\"",
     style="I")
para("Searches were carried out for information relevant to your request and I am able to disclose the "
     "located information to you as follows.")

heading("Question 1")
para("Please see the Total row of the table provided in answer to Question 2.")

heading("Question 2")
para("CSE-flagged crimes by financial year recorded and Home Office outcome:", gap=1.5)

cols = [17, 83, 23, 23, 24]
hdr = ["Outcome", "Description", "2021/22", "2022/23", "2023/24"]
rows = [
    ("1", "Charged / Summonsed", "23", "27", "14"),
    ("2", "Caution - youth", "1-4", "1-4", "1-4"),
    ("3", "Caution - adult", "1-4", "5", "1-4"),
    ("8", "Community Resolution", "6", "1-4", "7"),
    ("15", "Named suspect, evidential difficulties", "41", "49", "36"),
    ("16", "Victim does not support further action", "58", "63", "52"),
    ("Other", "All other outcomes", "44", "38", "31"),
    ("-", "Under investigation (no outcome yet)", "35", "47", "108"),
]
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(0, 45, 98)
pdf.set_text_color(255, 255, 255)
for wdt, t in zip(cols, hdr):
    pdf.cell(wdt, 7, t, border=1, align="C", fill=True)
pdf.ln(7)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
for r in rows:
    for i, (wdt, t) in enumerate(zip(cols, r)):
        pdf.cell(wdt, 6.5, t, border=1, align="L" if i == 1 else "C")
    pdf.ln(6.5)
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(220, 228, 240)
pdf.cell(cols[0] + cols[1], 6.5, "Total", border=1, align="L", fill=True)
for wdt, t in zip(cols[2:], ["212", "236", "251"]):
    pdf.cell(wdt, 6.5, t, border=1, align="C", fill=True)
pdf.ln(9)
para("Outcomes are shown as at 30 April 2024, the date the data was extracted. Crimes recorded more recently are "
     "more likely still to be under investigation.", size=9, h=4.5, gap=1.5)
para("To reduce the risk of identifying individuals, figures between 1 and 4 have been shown as '1-4'. "
     "The totals shown are the actual totals.", size=9, h=4.5, gap=4)

heading("Question 3")
para("Number of suspects linked to CSE-flagged crimes, by age of suspect at the time of the offence:", gap=1.5)
cols3 = [70, 32, 32, 32]
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(0, 45, 98)
pdf.set_text_color(255, 255, 255)
for wdt, t in zip(cols3, ["Suspect age", "2021/22", "2022/23", "2023/24"]):
    pdf.cell(wdt, 7, t, border=1, align="C", fill=True)
pdf.ln(7)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
for r in [("Under 18", "N/H", "71", "84"), ("18 and over", "N/H", "118", "127"),
          ("Age not recorded", "N/H", "29", "33")]:
    for i, (wdt, t) in enumerate(zip(cols3, r)):
        pdf.cell(wdt, 6.5, t, border=1, align="L" if i == 0 else "C")
    pdf.ln(6.5)
pdf.ln(2.5)
para("N/H - Not held. Hertfordshire Constabulary moved to a new crime recording system during 2022. Suspect "
     "details for crimes recorded before 1 April 2022 were not migrated in a form that can be searched, and this "
     "information is therefore not held for 2021/22.", size=9, h=4.5, gap=1.5)
para("A crime may have more than one suspect and a suspect may be linked to more than one crime, so these figures "
     "will not match the totals given at Question 2.", size=9, h=4.5, gap=4)

heading("Question 4")
para("Section 17 of the Freedom of Information Act 2000 requires a public authority which is relying on an "
     "exemption to provide the applicant with a notice which: (a) states that fact, (b) specifies the exemption "
     "in question and (c) states (if that would not otherwise be apparent) why the exemption applies.")
para("The information you have requested at Question 4 is exempt by virtue of Section 40(2) - Personal "
     "Information. The age of the youngest victim in each year relates to a single identifiable child. When "
     "combined with other information in the public domain, such as local media reports or court listings, "
     "disclosure could lead to the identification of that child. Disclosure would breach the first data protection "
     "principle, as it would not be fair or lawful, and Section 40(2) is an absolute exemption in these "
     "circumstances.")

heading("Complaint rights")
para("If you are dissatisfied with the response you have been provided with, you may request an internal review "
     "within 40 working days of the date of this letter by writing to the Information Rights Unit at the address "
     "above. If you remain dissatisfied after the internal review you may apply to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire.")
para("Yours sincerely,", gap=8)
para("M. Okonjo\nDisclosure Officer\nInformation Rights Unit\nHertfordshire Constabulary", gap=0)

pdf.output(OUT)
print("wrote", OUT)
