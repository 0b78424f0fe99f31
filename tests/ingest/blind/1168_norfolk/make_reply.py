"""Build reply.pdf: Norfolk Constabulary's letter answering FOI 001954/24.

Deterministic: fixed creation date, core fonts only (Helvetica), drawn tables.
Run with: /work/main/.venv/bin/python make_reply.py
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI 001954/24"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 20)
            self.set_text_color(0, 45, 98)
            self.cell(110, 10, "Norfolk Constabulary")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            y = self.get_y()
            for line in ["Information Management Department", "Freedom of Information Team",
                         "Norfolk Constabulary", "Falconers Chase", "Wymondham, Norfolk",
                         "Non-emergency: 101"]:
                self.set_xy(135, y)
                self.cell(60, 4, line, align="R")
                y += 4
            self.set_xy(self.l_margin, self.get_y() - 10)
            self.set_font("Helvetica", "I", 9)
            self.cell(110, 6, "Our Priority is You")
            self.set_y(y + 2)
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(4)
        else:
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Norfolk Constabulary - Freedom of Information - {REF}", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C")


pdf = Letter(format="A4", unit="mm")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.alias_nb_pages()
pdf.set_creation_date(datetime(2024, 3, 8, 10, 12, 0, tzinfo=timezone.utc))
pdf.set_title(f"{REF} - Sexual offences against children under 13")
pdf.set_author("Norfolk Constabulary")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, size=10, style="", gap=2.5, h=5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def numbered(items, indent=8):
    pdf.set_font("Helvetica", "", 10)
    for n, t in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(indent - 2, 5, n)
        pdf.multi_cell(W - indent, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1.5)


# address / reference block
pdf.set_font("Helvetica", "", 10)
y0 = pdf.get_y()
for line in ["Requester (name and address removed for publication)"]:
    pdf.cell(100, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(125, y0)
pdf.cell(45, 5, "Our reference:", align="L")
pdf.cell(0, 5, REF, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(125)
pdf.cell(45, 5, "Date:", align="L")
pdf.cell(0, 5, "08/03/2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

para("Dear Requester,")
para(f"Freedom of Information Request Reference No: {REF}", style="B")
para("I write in connection with your request for information, received by Norfolk Constabulary on "
     "12 February 2024. You asked for the following information for each of the calendar years "
     "2021, 2022 and 2023:")
numbered([
    ("1.", "The number of offences recorded by Norfolk Constabulary under each of the following Home Office "
           "offence codes: 19E rape of a female child under 13; 19H rape of a male child under 13; 20B sexual "
           "assault on a female child under 13; 17B sexual assault on a male child under 13; and 21 sexual "
           "activity involving a child under 13."),
    ("2.", "How many of the offences in question 1 carried the online / cyber-enabled flag."),
    ("3.", "How many of the offences in question 1 resulted in a suspect being charged or summonsed."),
    ("4.", "How many of the offences in question 1 involved a suspect who was, at the time, a serving police "
           "officer or a member of police staff."),
])

heading("Response to your request")
para("Norfolk Constabulary has located information relevant to questions 1 to 3 of your request, which is "
     "provided below. In respect of question 4, the Constabulary can neither confirm nor deny that it holds "
     "the information requested; the reasons are explained later in this letter.")

heading("Question 1")
para("Table 1 shows the number of offences recorded under each code in each calendar year. Offences are "
     "counted by the date on which the crime was recorded, not the date on which it was committed.")

# Table 1 (drawn)
cols = [16, 80, 19, 19, 19, 17]
hdr = ["HO Code", "Offence", "2021", "2022", "2023", "Total"]
rows = [
    ["19E", "Rape of a female child under 13", "78", "71", "84", "233"],
    ["19H", "Rape of a male child under 13", "29", "33", "26", "88"],
    ["20B", "Sexual assault on a female child under 13", "112", "104", "121", "337"],
    ["17B", "Sexual assault on a male child under 13", "47", "52", "44", "143"],
    ["21", "Sexual activity involving a child under 13", "139", "138", "152", "429"],
]
tot = ["Total", "", "405", "398", "427", "1230"]

pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 6, "Table 1: Offences recorded, calendar years 2021 to 2023", new_x="LMARGIN", new_y="NEXT")
pdf.set_fill_color(0, 45, 98)
pdf.set_text_color(255, 255, 255)
for w, t in zip(cols, hdr):
    pdf.cell(w, 7, t, border=1, align="C" if t != "Offence" else "L", fill=True)
pdf.ln()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 9)
for r in rows:
    for i, (w, t) in enumerate(zip(cols, r)):
        pdf.cell(w, 6.5, t, border=1, align="L" if i == 1 else "C")
    pdf.ln()
pdf.set_font("Helvetica", "B", 9)
pdf.set_fill_color(225, 230, 240)
for i, (w, t) in enumerate(zip(cols, tot)):
    pdf.cell(w, 6.5, t, border=1, align="L" if i < 2 else "C", fill=True)
pdf.ln(9)

para("Please note: the total for 2022 given in Table 1 differs from the figure supplied by Norfolk "
     "Constabulary in response to an earlier request (FOI 000911/23), in which the 2022 total for these "
     "five offences was given as 412. That figure was extracted before a number of crimes were cancelled or "
     "reclassified under the Home Office Counting Rules. The figure of 398 shown above is correct and "
     "supersedes the earlier figure.", size=9.5, style="I")

heading("Question 2")
para("The number of the offences in Table 1 which carried the online (cyber-enabled) flag is shown below.")
pdf.set_font("Helvetica", "B", 9)
c2 = [50, 25, 25, 25]
for w, t in zip(c2, ["Calendar year", "2021", "2022", "2023"]):
    pdf.cell(w, 6.5, t, border=1, align="C")
pdf.ln()
pdf.set_font("Helvetica", "", 9)
for w, t in zip(c2, ["Online flag applied", "6", "1-4", "11"]):
    pdf.cell(w, 6.5, t, border=1, align="C")
pdf.ln(9)
para("Where a figure is between 1 and 4 it has been shown as '1-4'. This is to reduce the risk that the "
     "victims of these offences could be identified, either from this response alone or when it is "
     "combined with other information already in the public domain.")

heading("Question 3")
para("The number of the offences in Table 1 which have resulted in a suspect being charged or summonsed "
     "(Home Office outcome type 1) is as follows:")
pdf.set_font("Helvetica", "", 10)
for y, v in [("2021", "41"), ("2022", "37"), ("2023", "22")]:
    pdf.set_x(pdf.l_margin + 6)
    pdf.cell(6, 5, chr(149))
    pdf.cell(60, 5, f"{y} - {v}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Outcomes are shown as they stood on 26 February 2024, when the data was extracted. Many of the "
     "offences recorded in 2023 remain under investigation, and the number resulting in a charge is "
     "therefore likely to increase.")

heading("Question 4")
para("Norfolk Constabulary can neither confirm nor deny that it holds any information relevant to "
     "question 4 of your request, by virtue of the following exemptions:")
numbered([
    ("-", "Section 40(5B)(a)(i) - Personal information"),
    ("-", "Section 31(3) - Law enforcement"),
], indent=6)
para("Section 40(5B)(a)(i) is an absolute, class-based exemption. Confirming or denying whether any "
     "officer or member of staff has been a suspect in offences of this nature within a defined period "
     "would, in itself, disclose information about identifiable individuals which would be unfair and "
     "would breach the first data protection principle. There is no requirement to consider the public "
     "interest.")
para("Section 31 is a prejudice-based, qualified exemption, so we must evidence the harm in confirming or "
     "denying that information is held and consider the public interest. Confirming or denying the "
     "existence of such information, when combined with other requests made to this and other forces, "
     "would allow individuals to build a picture of where and how investigations of this kind are "
     "conducted, which could undermine the Constabulary's ability to prevent and detect crime.")
para("Factors favouring confirmation or denial: the public has a clear interest in knowing that allegations "
     "against police officers and staff are properly investigated, and confirmation would improve "
     "transparency and accountability.")
para("Factors against confirmation or denial: any disclosure under the Act is a disclosure to the world, "
     "and confirmation or denial could compromise ongoing or future investigations, deter victims and "
     "witnesses from coming forward, and lead to the identification of individuals.")
para("Balance test: having weighed these factors, the Constabulary considers that the public interest in "
     "neither confirming nor denying that the information is held outweighs that in confirmation or "
     "denial. This should not be taken as an indication that the information you have requested does or "
     "does not exist.")

heading("Complaint rights")
para("If you are unhappy with the way your request has been handled, you may ask for an internal review "
     "within 40 working days of the date of this letter by writing to the Freedom of Information Team at "
     "the address above, quoting the reference number. If you remain dissatisfied after the internal "
     "review, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
     "Wilmslow, Cheshire, SK9 5AF.")
para("Yours sincerely,", gap=6)
para("Freedom of Information Decision Maker\nInformation Management Department\nNorfolk Constabulary",
     gap=2)

pdf.output(os.path.join(HERE, "reply.pdf"))
