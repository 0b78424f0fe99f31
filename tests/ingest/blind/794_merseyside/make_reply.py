"""Build reply.pdf: Merseyside Police's letter answering FOI 0921/24.

Run with /work/main/.venv/bin/python make_reply.py. Core fonts only and a fixed creation
date, so the file is rebuilt byte for byte.
"""
import datetime

from fpdf import FPDF
from fpdf.fonts import FontFace

CREATED = datetime.datetime(2024, 7, 17, 11, 5, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_fill_color(0, 38, 84)
            self.rect(self.l_margin, self.get_y(), 60, 14, style="F")
            self.set_xy(self.l_margin + 2, self.get_y() + 2)
            self.set_text_color(255, 255, 255)
            self.set_font("Helvetica", "B", 13)
            self.cell(56, 5, "MERSEYSIDE POLICE", new_x="LEFT", new_y="NEXT")
            self.set_font("Helvetica", "", 7)
            self.cell(56, 4, "Working together for a safer Merseyside")
            self.set_text_color(0, 0, 0)
            self.set_xy(120, 14)
            self.set_font("Helvetica", "", 8)
            for line in ("Information Access Unit", "Merseyside Police Headquarters", "Canning Place",
                         "Liverpool", "L1 8JX", "Tel: 0151 709 6010", "Email: foi@merseyside.police.uk"):
                self.set_x(120)
                self.cell(75, 3.6, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "FOI 0921/24", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_x(self.l_margin)
        self.cell(0, 4, "OFFICIAL", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(CREATED)
pdf.set_creator("Microsoft Word for Microsoft 365")
pdf.set_producer("Microsoft Word for Microsoft 365")
pdf.set_author("Information Access Unit")
pdf.set_title("FOI 0921/24 Response")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def table(rows, widths, bold_last=False, align_first="L"):
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=6,
                   text_align=tuple([align_first] + ["CENTER"] * (len(widths) - 1)),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(221, 228, 238))) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for cell in r:
                if isinstance(cell, tuple):
                    row.cell(cell[0], colspan=cell[1])
                else:
                    row.cell(cell)
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10)
for line in ("Mr D Okafor", "By email only"):
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
for line in ("Our ref: FOI 0921/24", "Date: 17 July 2024"):
    pdf.cell(W, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Mr Okafor,")
para("FREEDOM OF INFORMATION REQUEST - CHILD SEXUAL EXPLOITATION", style="B")
para("I write in response to your request for information, received by Merseyside Police on 19 June 2024, "
     "in which you asked for the following:")
for q in (
    "1. The number of crimes recorded by Merseyside Police with a child sexual exploitation (CSE) flag in each "
    "of the financial years 2020/21, 2021/22, 2022/23 and 2023/24.",
    "2. Of these, the number where at least one suspect was aged under 18.",
    "3. For 2023/24, the number of victims of CSE-flagged crimes, broken down by gender and by age group "
    "(under 13, 13-15, 16-17).",
    "4. For each year, how many of the CSE-flagged crimes were investigated using covert tactics, or involved "
    "intelligence shared with Merseyside Police by other agencies.",
):
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(W - 6, 5, q, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(1.5)
para("Your request has been considered under the Freedom of Information Act 2000 (the Act). Merseyside Police "
     "holds some of the information you have asked for, and I am able to provide it below. Information for "
     "question 2 is not held for the first two years requested, and I am unable to confirm or deny whether "
     "information is held for question 4, for the reasons explained.")

heading("Questions 1 and 2")
para("Table 1 shows crimes recorded with a CSE flag, by financial year (1 April to 31 March), and the number "
     "of those crimes in which at least one suspect was aged under 18 at the time of the offence.", gap=1.5)
table([
    ("Financial year", "CSE flagged crimes", "Crimes with a suspect aged under 18"),
    ("2020/21", "287", "N/H"),
    ("2021/22", "264", "N/H"),
    ("2022/23", "241", "19"),
    ("2023/24", "152", "24"),
], widths=(40, 45, 65))
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.2,
    "N/H - Not held. Merseyside Police replaced its crime recording system in March 2022. Crimes recorded "
    "before the change were migrated without the suspect's date of birth being linked to the crime, so the "
    "age of suspects for crimes recorded in 2020/21 and 2021/22 is not held on the current system. The "
    "previous system has been decommissioned.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 3")
para("Table 2 shows the victims linked to CSE-flagged crimes recorded in 2023/24 (1 April 2023 to "
     "31 March 2024), by gender and by age at the time of the offence. A crime can have more than one "
     "victim, so the total number of victims below is higher than the number of crimes in Table 1.", gap=1.5)
table([
    ("Gender", "Under 13", "13-15", "16-17", "Total"),
    ("Female", "21", "67", "38", "126"),
    ("Male", "7", "15", "6", "28"),
    ("Not recorded", "0", "2", "2", "4"),
    ("Total", "28", "84", "46", "158"),
], widths=(40, 27, 27, 27, 29))
pdf.ln(2)

heading("Question 4")
para("Merseyside Police can neither confirm nor deny that it holds the information you have requested at "
     "question 4, by virtue of the following exemptions:")
for ex in ("Section 23(5) - Information supplied by, or concerning, certain security bodies",
           "Section 24(2) - National security",
           "Section 31(3) - Law enforcement"):
    pdf.set_x(pdf.l_margin + 6)
    para("- " + ex, gap=0.5)
pdf.ln(2)
para("Section 23 is an absolute class-based exemption and there is no requirement to consider the public "
     "interest. Sections 24 and 31 are qualified, prejudice-based exemptions, so the harm in confirming or "
     "denying that the information is held must be described and the public interest tested.")
para("Harm: to confirm or deny whether covert tactics, or intelligence from partner agencies, have been used "
     "in any number of CSE investigations, year by year, would allow offenders to build a picture of where "
     "and how the force deploys its covert capability. Offenders who groom and exploit children are known "
     "to change their methods in response to what they believe the police know about them. Any disclosure "
     "under the Act is a disclosure to the world, and the same answer would have to be given to anyone.")
para("Factors favouring confirmation or denial: there is a public interest in transparency and in the public "
     "being reassured that CSE investigations are thorough and make full use of the tactics available.")
para("Factors against confirmation or denial: confirming or denying would undermine the law enforcement "
     "capability of Merseyside Police and of other forces and agencies, place children at greater risk, and "
     "could compromise national security where other bodies are involved.")
para("Balance test: the police service will never disclose information that would undermine an "
     "investigation or place a child at risk. While there is a public interest in accountability, it is "
     "outweighed by the need to protect the tactics used to safeguard children. The balance therefore "
     "lies in neither confirming nor denying that the information is held. This should not be taken as "
     "an indication that the information you have requested does or does not exist.")

heading("Complaint rights")
para("If you are dissatisfied with this response you may request an internal review within 40 working days "
     "of the date of this letter, by writing to the Information Access Unit at the address above or by "
     "emailing foi@merseyside.police.uk.")
para("If you remain dissatisfied after the internal review, you may apply to the Information Commissioner: "
     "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. "
     "Telephone: 0303 123 1113. Website: www.ico.org.uk")
para("Yours sincerely,", gap=8)
para("Rachel Dunmore\nDisclosure Officer\nInformation Access Unit", gap=2)

pdf.output("reply.pdf")
print("wrote reply.pdf, pages:", pdf.pages_count)
