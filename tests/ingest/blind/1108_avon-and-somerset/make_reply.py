"""Build reply.pdf: Avon and Somerset Constabulary's letter answering FOI 1583-24.

fpdf2 with core fonts only; fixed creation date so the output is deterministic.
Run with /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

REF = "1583-24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 9, "Avon and Somerset Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 10)
            self.set_text_color(60, 60, 60)
            self.cell(0, 5, "Freedom of Information Team", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Police Headquarters, Valley Road, Portishead, Bristol", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
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
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, f"Freedom of Information Request {REF}", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 7, 11, 10, 30, 0, tzinfo=datetime.timezone.utc))
pdf.set_title(f"FOI {REF} - Sexual grooming offences")
pdf.set_author("Avon and Somerset Constabulary")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.alias_nb_pages()
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10.5, h=5.2, after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(1)
    para(text, "B", 11, after=1.5)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 5.2, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.2, "Date: 11 July 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
para(f"Re: Freedom of Information Request {REF}", "B", 11)
para("Thank you for your request for information received on 14 June 2024, which has been "
     "considered under the Freedom of Information Act 2000 (the Act).")

heading("Your request")
para("1. How many offences of sexual grooming (Home Office code 88A) were recorded by Avon and "
     "Somerset Constabulary in each of the calendar years 2021, 2022 and 2023? Please break the "
     "figures down by the gender of the victim and by age (under 13 and 13 to 15).", after=1.5)
para("2. How many of these offences were flagged as online offences?", after=1.5)
para("3. Which apps or online platforms were used in these offences, and how many offences "
     "involved each one?")

heading("Our response")
para("Avon and Somerset Constabulary holds some of the information you have asked for. Please "
     "see our answers to each question below.")

heading("Question 1")
para("The force recorded 63 offences of sexual grooming (Home Office code 88A) in 2021, 74 in "
     "2022 and 59 in 2023. The table below breaks these down by the gender and the age of the "
     "victim at the time of the offence.")

# two-level header table: year over gender
first = 46
cw = (W - first) / 6
rh = 7
x0 = pdf.l_margin
pdf.set_font("Helvetica", "B", 10)
pdf.set_fill_color(220, 228, 240)
y0 = pdf.get_y()
pdf.set_xy(x0, y0)
pdf.cell(first, rh * 2, "Victim age", border=1, align="C", fill=True)
for i, yr in enumerate(["2021", "2022", "2023"]):
    pdf.set_xy(x0 + first + i * 2 * cw, y0)
    pdf.cell(2 * cw, rh, yr, border=1, align="C", fill=True)
    pdf.set_xy(x0 + first + i * 2 * cw, y0 + rh)
    pdf.cell(cw, rh, "Female", border=1, align="C", fill=True)
    pdf.cell(cw, rh, "Male", border=1, align="C", fill=True)
pdf.set_xy(x0, y0 + 2 * rh)
rows = [
    ("Under 13", ["14", "<5", "17", "<5", "12", "<5"]),
    ("13 - 15", ["38", "6", "43", "8", "35", "5"]),
    ("Age not recorded", ["<5", "0", "<5", "<5", "5", "0"]),
    ("Total", ["54", "9", "61", "13", "52", "7"]),
]
for label, vals in rows:
    bold = "B" if label == "Total" else ""
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    pdf.cell(first, rh, label, border=1, align="L")
    for v in vals:
        pdf.cell(cw, rh, v, border=1, align="C")
    pdf.ln(rh)
pdf.ln(2)
para("Figures lower than five are shown as <5 to reduce the risk of identifying victims. The "
     "totals include these figures.", size=9, h=4.5)

heading("Question 2")
para("An offence is flagged as online where it was committed, wholly or partly, using the internet "
     "or another form of online communication. Of the offences in question 1, 48 in 2021, 61 in "
     "2022 and 50 in 2023 carried the online flag.")

heading("Question 3")
para("A dedicated 'online platform' field was added to our crime recording system on 1 January "
     "2023. Before this date the platform was not recorded in a structured way, and no list of "
     "platforms for offences recorded in 2021 and 2022 exists. This information is therefore not "
     "held for 2021 and 2022. The Act does not oblige a public authority to create new information "
     "in order to answer a request.")
para("For offences of sexual grooming recorded in 2023, the platforms recorded are:")

pw1, pw2 = 70, 40
pdf.set_font("Helvetica", "B", 10)
pdf.cell(pw1, rh, "Platform", border=1, fill=True)
pdf.cell(pw2, rh, "Offences (2023)", border=1, align="C", fill=True)
pdf.ln(rh)
pdf.set_font("Helvetica", "", 10)
for p, v in [("Snapchat", "18"), ("Instagram", "8"), ("WhatsApp", "6"), ("Facebook", "<5"),
             ("TikTok", "<5"), ("Other", "5"), ("Not recorded", "14")]:
    pdf.cell(pw1, rh, p, border=1)
    pdf.cell(pw2, rh, v, border=1, align="C")
    pdf.ln(rh)
pdf.ln(2)
para("More than one platform can be recorded against a single offence, so these figures cannot be "
     "added together to give the number of offences.", size=9, h=4.5)

heading("Section 17 - refusal notice")
para("Section 1(1)(a) of the Act places a duty on a public authority to confirm whether or not "
     "it holds the information requested. This letter confirms that, for question 3, information "
     "for 2021 and 2022 is not held.")

heading("Complaint rights")
para("If you are not satisfied with this response you may ask for an internal review. Please "
     "write to the Freedom of Information Team within 40 working days of the date of this letter, "
     "quoting the reference number above. If you remain dissatisfied after the review, you can "
     "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire.")
para("Yours sincerely,", after=8)
para("Freedom of Information Officer\nAvon and Somerset Constabulary", after=0)

here = os.path.dirname(os.path.abspath(__file__))
pdf.output(os.path.join(here, "reply.pdf"))
