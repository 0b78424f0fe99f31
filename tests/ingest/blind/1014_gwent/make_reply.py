"""Build reply.pdf for 1014_gwent deterministically (fpdf2, core fonts).

Run with: /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
CREATED = datetime.datetime(2024, 8, 9, 10, 41, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_fill_color(0, 45, 98)
            self.rect(15, 17, 180, 18, style="F")
            self.set_xy(18, 19)
            self.set_text_color(255, 255, 255)
            self.set_font("Helvetica", "B", 16)
            self.cell(120, 7, "HEDDLU GWENT POLICE")
            self.set_font("Helvetica", "", 8)
            self.set_xy(120, 19)
            self.multi_cell(72, 3.6, "Uned Rhyddid Gwybodaeth\nFreedom of Information Unit\nPencadlys yr Heddlu / Police Headquarters\nCwmbrân", align="R")
            self.set_xy(18, 27)
            self.set_font("Helvetica", "I", 8)
            self.cell(100, 5, "Diogelu a Thawelu Meddwl / Protect and Reassure")
            self.set_text_color(0, 0, 0)
            self.set_xy(15, 39)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-20)
        self.set_draw_color(0, 45, 98)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("Helvetica", "", 7)
        self.set_text_color(70, 70, 70)
        self.cell(0, 3.5, "Mae Heddlu Gwent yn croesawu gohebiaeth yn Gymraeg. Gwent Police welcomes correspondence in Welsh.",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 3.5, "Tudalen / Page %d o / of {nb}" % self.page_no(), align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 7)
        self.cell(0, 3.5, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, margin=24)
pdf.set_creation_date(CREATED)
pdf.set_title("FOI 2024/1187 Response")
pdf.set_author("Gwent Police Freedom of Information Unit")
pdf.set_creator("Microsoft Word")
pdf.alias_nb_pages()
pdf.add_page()

W = 180


def para(text, style="", size=10, h=5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# address block and reference block
pdf.set_font("Helvetica", "", 10)
y0 = pdf.get_y()
pdf.multi_cell(90, 5, "Mr D Pritchard\nBy email only", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(115, y0)
pdf.multi_cell(80, 5, "Ein Cyf / Our Ref: FOI 2024/1187\nDyddiad / Date: 9 August 2024\nFfon / Tel: 101", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

para("Dear Mr Pritchard")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
para("Thank you for your request for information received on 15/07/2024. Your request has now been considered "
     "and I am able to provide the following response. For ease of reference your questions are repeated below, "
     "followed by our answer.")
para("In the questions below 2024 means the period 1 January 2024 to 30 June 2024, as you requested.")

heading("Question 1")
para("How many crimes with a Child Sexual Exploitation (CSE) flag were recorded by Gwent Police in each of the "
     "calendar years 2021, 2022 and 2023, and in 2024 to 30 June?", style="I")
heading("Answer")
para("Please see the table below.")


def table(headers, rows, widths, hdr_rows=None):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 228, 240)
    if hdr_rows:
        hdr_rows()
    else:
        for h, w in zip(headers, widths):
            pdf.cell(w, 7, h, border=1, align="C", fill=True)
        pdf.ln(7)
    pdf.set_font("Helvetica", "", 9)
    for r in rows:
        for i, (v, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 6.5, v, border=1, align="L" if i == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(3)


table(["Year", "Crimes with CSE flag"],
      [["2021", "N/H"], ["2022", "143"], ["2023", "121"], ["2024 (1 Jan - 30 Jun)", "58"]],
      [60, 50])
para("N/H - Not held. Gwent Police moved to a new records management system in November 2021. The CSE flag was "
     "not carried over from the previous system when crimes were migrated, and crimes recorded in 2021 are "
     "therefore not held with a reliable CSE flag. We are unable to provide figures for 2021.", size=9, h=4.5)

heading("Question 2")
para("For those crimes, please break down the victims by gender and by age (under 13, 13-15 and 16-17).", style="I")
heading("Answer")
para("The table below shows the victims linked to the crimes in question 1. Please note that a crime may have "
     "more than one victim, and a victim may be linked to more than one crime, so these figures will not add up "
     "to the totals given in question 1. Where the number of victims is fewer than five the figure is shown as "
     "<5 in order to protect the identity of the children concerned. This information is exempt under Section "
     "40(2) of the Act, as explained below.")

w2 = [40, 23, 23, 23, 23, 23, 23]


def q2_header():
    x = pdf.get_x()
    y = pdf.get_y()
    pdf.cell(w2[0], 14, "Year", border=1, align="C", fill=True)
    pdf.cell(sum(w2[1:4]), 7, "Female", border=1, align="C", fill=True)
    pdf.cell(sum(w2[4:7]), 7, "Male", border=1, align="C", fill=True)
    pdf.set_xy(x + w2[0], y + 7)
    for lab, w in zip(["Under 13", "13-15", "16-17", "Under 13", "13-15", "16-17"], w2[1:]):
        pdf.cell(w, 7, lab, border=1, align="C", fill=True)
    pdf.ln(7)


table(None,
      [["2021", "N/H", "N/H", "N/H", "N/H", "N/H", "N/H"],
       ["2022", "14", "61", "23", "<5", "9", "<5"],
       ["2023", "11", "52", "19", "<5", "7", "<5"],
       ["2024 (1 Jan - 30 Jun)", "5", "27", "9", "0", "<5", "<5"]],
      w2, hdr_rows=q2_header)

heading("Question 3")
para("How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were recorded "
     "in the same periods?", style="I")
heading("Answer")
para("Home Office offence codes were carried over when crimes moved to the new system, so this information is "
     "held for all of the years requested. The number of offences recorded under Home Office code 73 was nine in "
     "2021, 12 in 2022 and seven in 2023. For 2024 (1 January to 30 June) the figure is fewer than five and has "
     "been shown as <5 for the reasons given in our answer to question 2.")

heading("Question 4")
para("How many CSE investigations are currently being carried out by Gwent Police jointly with the National "
     "Crime Agency or any other law enforcement agency?", style="I")
heading("Answer")
para("Gwent Police can neither confirm nor deny that it holds any information relevant to this question by "
     "virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain Security Bodies\n"
     "Section 24(2) - National Security\n"
     "Section 31(3) - Law Enforcement", h=5)
para("Section 23 is an absolute class-based exemption and there is no requirement to consider the public "
     "interest. Sections 24 and 31 are qualified prejudice-based exemptions and require a harm test and a public "
     "interest test. To confirm or deny whether information is held about joint work with other agencies, in any "
     "particular number, would allow offenders to build a picture of where and how law enforcement resources are "
     "being used. This would undermine the work of the police service and its partners to protect children. "
     "Balancing the arguments, the public interest in neither confirming nor denying that information is held "
     "outweighs the public interest in confirmation or denial. This should not be taken as an indication that "
     "the information you have requested is or is not held.")

heading("Section 40(2) - Personal Information")
para("Section 40(2) is an absolute exemption. Releasing small numbers of victims, broken down by age and "
     "gender, would increase the likelihood that a child could be identified, particularly when combined with "
     "other information already in the public domain. This would breach the first data protection principle, "
     "as it would be neither fair nor lawful. For this reason figures below five have not been disclosed.")

para("Please note that the figures in this response are taken from a live system and were correct at the time "
     "of extraction. They may differ from figures published by the Home Office or the Office for National "
     "Statistics.")

heading("Complaint Rights")
para("If you are dissatisfied with the response you have received you can request an internal review within "
     "40 working days of the date of this letter by writing to the Freedom of Information Unit at the address "
     "above or by email to foi@gwent.police.uk. If you remain dissatisfied after the internal review you may "
     "apply to the Information Commissioner.")
para("Yours sincerely")
pdf.ln(4)
para("Rhian Whitcombe\nSwyddog Datgelu / Disclosure Officer\nUned Rhyddid Gwybodaeth / Freedom of Information Unit",
     gap=0)

pdf.output(OUT)
print("wrote", OUT)
