"""Build reply.pdf for Thames Valley Police FOI 2024-00781 (deterministic).

Letter with letterhead, drawn tables and page footers, fpdf2 core fonts only.
Run with /work/main/.venv/bin/python.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI 2024-00781"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "THAMES VALLEY POLICE", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Access Team", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Thames Valley Police Headquarters, Oxford Road, Kidlington, Oxfordshire OX5 2NX",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Email: foi@thamesvalley.police.uk    Non-emergency: 101", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Our Ref: {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 8, 23, 10, 14, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Freedom of Information Request FOI 2024-00781")
pdf.set_author("Thames Valley Police - Information Access Team")
pdf.set_creator("Microsoft Word")
pdf.set_producer("TVP Document Services")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, h=5.0, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    pdf.ln(1)
    para(text, "B", 10.5, after=1.5)


def table(head, rows, widths, bold_last=False):
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(220, 228, 240)
    for t, w in zip(head, widths):
        pdf.cell(w, 7, t, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, r in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9.5)
        for j, (t, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 6.5, t, border=1, align="L" if j == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, f"Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date: 23 August 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Applicant,")
para("Freedom of Information Act 2000 - Request for information: sexual offences against children", "B")
para("Thank you for your request for information, received by Thames Valley Police on 29 July 2024. "
     "Your request has been handled under the Freedom of Information Act 2000 (the Act).")

heading("Your request")
para("1. For each of the financial years 2021/22, 2022/23 and 2023/24, the number of sexual offences recorded "
     "by Thames Valley Police where the victim was aged under 18, broken down by the age of the victim "
     "(0-4, 5-10, 11-12, 13-15 and 16-17).", after=1.5)
para("2. Of the offences in question 1, how many had the online (cyber) flag applied, broken down by the gender "
     "of the victim.", after=1.5)
para("3. The number of crimes recorded with a child sexual exploitation (CSE) flag in each of those years.", after=1.5)
para("4. How many of the offences in question 1 were identified as a result of undercover online policing, or "
     "of intelligence provided by other agencies such as the National Crime Agency or the security services.")

heading("Our response")
para("Thames Valley Police has completed its searches. Information is held for questions 1 and 2, and for part of "
     "question 3. Our response to each question is set out below.")

heading("Question 1")
para("The table shows crimes in the Home Office 'sexual offences' group where at least one victim was aged under "
     "18 at the time of the offence. Crimes where the age of the victim was not recorded are not included.")
table(["Victim age", "2021/22", "2022/23", "2023/24"],
      [["0-4", "176", "189", "171"],
       ["5-10", "512", "547", "569"],
       ["11-12", "398", "431", "446"],
       ["13-15", "1,342", "1,406", "1,378"],
       ["16-17", "611", "648", "702"],
       ["Total", "3,039", "3,221", "3,266"]],
      [50, 35, 35, 35], bold_last=True)

heading("Question 2")
para("Of the offences in question 1, the following had the online (cyber) flag applied. The flag is applied where "
     "the offence was committed, in whole or in part, using a computer, computer network or other "
     "internet-enabled device.")
table(["Victim gender", "2021/22", "2022/23", "2023/24"],
      [["Female", "402", "436", "471"],
       ["Male", "118", "127", "139"],
       ["Not recorded", "1-4", "6", "1-4"],
       ["Total", "523", "569", "612"]],
      [50, 35, 35, 35], bold_last=True)
para("To reduce the risk of identifying victims, any figure between one and four has been shown as 1-4. "
     "Totals have been calculated from the actual figures.", "I", 9)

heading("Question 3")
table(["Financial year", "CSE flagged crimes"],
      [["2021/22", "N/H"], ["2022/23", "143"], ["2023/24", "158"]],
      [50, 50])
para("N/H - not held. On 1 April 2022 Thames Valley Police introduced a mandatory Child Sexual Exploitation flag on "
     "its crime recording system, replacing a free-text keyword that was not carried across when records were "
     "migrated. Comparable information for 2021/22 is therefore not held, and section 1(1)(a) of the Act applies "
     "to that year.", "I", 9)

heading("Question 4")
para("Thames Valley Police can neither confirm nor deny that it holds any information relevant to this question, "
     "by virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) - National security\n"
     "Section 31(3) - Law enforcement", after=2.5)
para("Section 23 is an absolute exemption and no public interest test is required. Sections 24 and 31 are qualified "
     "exemptions and we have considered the public interest. Confirming or denying whether the force holds "
     "information about the use of undercover online tactics, or about intelligence received from other agencies, "
     "in relation to particular types of offence would show offenders where those tactics are, or are not, "
     "used. Offenders could then change their behaviour to avoid detection, which would harm the prevention and "
     "detection of crime and the protection of children. Although there is a public interest in openness about "
     "how the police tackle offending against children, we have concluded that the balance lies in favour of "
     "neither confirming nor denying that the information is held.")
para("No inference should be drawn from this response as to whether or not any information is held.")

heading("Complaint rights")
para("If you are dissatisfied with this response you may ask for an internal review by writing to the Information "
     "Access Team at the address above within 40 working days of the date of this letter. If you remain "
     "dissatisfied after the review, you may complain to the Information Commissioner's Office, Wycliffe House, "
     "Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
para("Yours sincerely,", after=6)
para("Information Access Officer\nInformation Access Team\nThames Valley Police", after=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
