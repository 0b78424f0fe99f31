"""Build reply.pdf: a Durham Constabulary FOI letter (fpdf2, core fonts, drawn tables).

Run with: /work/main/.venv/bin/python make_reply.py
Deterministic: fixed creation date, no clock or random input.
"""
import datetime as dt
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI 0612/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "DURHAM CONSTABULARY", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "I", 9)
            self.cell(0, 5, "Professional, Ethical, Effective", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.8)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Durham Constabulary - Freedom of Information - {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(dt.datetime(2024, 6, 5, 10, 14, 0, tzinfo=dt.timezone.utc))
pdf.set_title("Freedom of Information Request FOI 0612/24")
pdf.set_author("Durham Constabulary Freedom of Information Unit")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Durham Constabulary")
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=24)
pdf.set_margins(20, 12, 20)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, h=5, gap=2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(header, rows, widths, bold_last=False, first_align="L"):
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(214, 222, 235)
    for txt, w in zip(header, widths):
        pdf.cell(w, 7, txt, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        pdf.set_font("Helvetica", "B" if last else "", 9)
        for j, (txt, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 6.5, txt, border=1, align=first_align if j == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(3)


# address block
pdf.set_font("Helvetica", "", 9)
y0 = pdf.get_y()
pdf.multi_cell(90, 4.5, "Freedom of Information Unit\nDurham Constabulary\nPolice Headquarters\nDurham", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_xy(pdf.l_margin + 100, y0)
pdf.multi_cell(70, 4.5, f"Our Ref: {REF}\nDate: 5 June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(y1, pdf.get_y()) + 8)

para("Dear Requester,")
para("FREEDOM OF INFORMATION ACT 2000 - REQUEST REFERENCE: 0612/24", style="B")
para("I write in connection with your request for information which was received by Durham Constabulary on "
     "8 May 2024. I note that you seek access to the following information:")
para('"1. The number of offences of taking, making, distributing or publishing indecent photographs of children '
     '(Home Office code 86/2) recorded by Durham Constabulary in each of the financial years 2021/22, 2022/23 and '
     '2023/24, and how many of these offences had the online (cyber) flag applied.\n'
     '2. The ages of the suspects in these offences, grouped into age bands, for the same years.\n'
     '3. For the offences recorded in 2023/24, the outcome of each offence.\n'
     '4. The apps, websites or platforms on which the images were found, shared or distributed."', style="I")
para("Following receipt of your request, searches were conducted within Durham Constabulary to locate information "
     "relevant to your request. I can confirm that the information you have requested is held by Durham "
     "Constabulary. Questions 1 to 3 are answered below. The information requested at question 4 is exempt from "
     "disclosure under Section 31(1)(a) and (b) (Law Enforcement) of the Act, for the reasons given at question 4.")

heading("Question 1")
table(["Financial year", "86/2 offences recorded", "Of which cyber flagged"],
      [["2021/22", "208", "171"],
       ["2022/23", "236", "198"],
       ["2023/24", "251", "219"]],
      [50, 60, 60])
para("Please note that in our response to FOI 0988/22 the number of offences recorded under code 86/2 in 2021/22 was "
     "given as 212. Following a subsequent audit, a number of crimes were found to have been recorded in error and "
     "have been cancelled in line with the Home Office Counting Rules for Recorded Crime. The correct figure is 208, "
     "as shown above.", size=9)

heading("Question 2")
para("The table below shows the number of suspects linked to offences recorded under code 86/2, by age band of the "
     "suspect at the time of the offence.")
table(["Age of suspect", "2021/22", "2022/23", "2023/24"],
      [["10-17", "*", "14", "11"],
       ["18-24", "29", "33", "37"],
       ["25-39", "51", "48", "56"],
       ["40-59", "38", "41", "44"],
       ["60 and over", "9", "12", "*"],
       ["Not recorded", "6", "5", "8"],
       ["Total", "136", "153", "160"]],
      [50, 40, 40, 40], bold_last=True)
para("* denotes a value between 1 and 4 which has been suppressed to reduce the risk of individuals being "
     "identified. Totals include suppressed values.\n"
     "Suspects are counted once in each financial year. Not every offence has an identified suspect and one suspect "
     "may be linked to more than one offence, so these figures cannot be compared directly with those at question 1.",
     size=9)

heading("Question 3")
para("The outcomes of the offences recorded under code 86/2 in 2023/24 are shown below. Outcomes are correct as at "
     "31 May 2024.")
table(["Home Office outcome", "Offences"],
      [["Outcome 1 - Charged/Summonsed", "58"],
       ["Outcome 3 - Adult caution", "6"],
       ["Outcome 8 - Community resolution", "7"],
       ["Outcome 15 - Evidential difficulties (suspect identified)", "24"],
       ["Outcome 18 - Investigation complete, no suspect identified", "17"],
       ["Outcome 21 - Not in the public interest (police decision)", "9"],
       ["Other outcomes", "11"],
       ["No outcome assigned - under investigation", "119"]],
      [130, 40])

heading("Question 4")
para("Where the app, website or platform on which indecent images were found is recorded, this detail is held "
     "within investigation records and digital forensic reports. This information is exempt from disclosure under "
     "Section 31(1)(a) and (b) of the Freedom of Information Act 2000.")
para("Section 31 is a prejudice-based, qualified exemption. Disclosing the platforms on which offending has been "
     "identified, year on year, would reveal to offenders where the force's detection capability is focused and, by "
     "inference, where it is not. This would be likely to prejudice the prevention and detection of crime and the "
     "apprehension or prosecution of offenders.")
para("Public interest considerations favouring disclosure: disclosure would increase public awareness of the "
     "platforms used to abuse children and would help parents and carers to safeguard children.\n"
     "Public interest considerations favouring non-disclosure: disclosure would assist offenders in avoiding "
     "detection, placing children at greater risk of harm and undermining the work of the force and its partners.")
para("Having weighed these factors, I am satisfied that the public interest favours withholding this information.")

para("Please note that the figures in this response are taken from the force's live crime recording system and may "
     "differ from figures published by the Home Office or the Office for National Statistics.", size=9)
para("If you are dissatisfied with this response, you may ask for an internal review by writing to the Freedom of "
     "Information Unit within 40 working days of the date of this letter. If you remain dissatisfied following the "
     "review, you may complain to the Information Commissioner's Office.")
para("Yours faithfully,", gap=6)
para("Freedom of Information Officer\nDurham Constabulary", gap=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
