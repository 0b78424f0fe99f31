"""Builds reply.pdf: South Wales Police FOI letter (fpdf2, core fonts, fixed dates)."""
import os
from datetime import datetime, timezone
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "FOI 142/25"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 15)
            self.set_text_color(0, 40, 100)
            self.cell(95, 7, "Heddlu De Cymru", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 4.2,
                "Uned Rhyddid Gwybodaeth\n"
                "Freedom of Information Unit\n"
                "Pencadlys yr Heddlu, Heol y Bont-faen\n"
                "Police Headquarters, Cowbridge Road\n"
                "Pen-y-bont ar Ogwr / Bridgend CF31 3SU",
                align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_xy(self.l_margin, 23)
            self.set_font("Helvetica", "B", 15)
            self.set_text_color(0, 40, 100)
            self.cell(95, 7, "South Wales Police", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 40, 100)
            self.set_line_width(0.6)
            self.line(self.l_margin, 38, self.w - self.r_margin, 38)
            self.set_text_color(0, 0, 0)
            self.set_y(42)
        else:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Ein Cyf / Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_draw_color(0, 40, 100)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"www.south-wales.police.uk          Tudalen {self.page_no()} o {{nb}} / Page {self.page_no()} of {{nb}}",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2025, 2, 7, 10, 12, 0, tzinfo=timezone.utc))
pdf.set_title("Freedom of Information Request FOI 142/25")
pdf.set_author("South Wales Police - Freedom of Information Unit")
pdf.set_creator("Microsoft Word")
pdf.set_producer("South Wales Police")
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
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(widths, rows, bold_rows=(0,), left_cols=1):
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    for i, r in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i in bold_rows else "", 9.5)
        pdf.set_fill_color(215, 225, 240)
        for j, (w, c) in enumerate(zip(widths, r)):
            pdf.cell(w, 6.5, c, border=1, align="L" if j < left_cols else "C", fill=(i == 0))
        pdf.ln(6.5)
    pdf.ln(2)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(W, 5.2, f"Ein Cyf / Our Ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5.2, "Dyddiad / Date: 7 February 2025", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
heading("Freedom of Information Act 2000 - Request FOI 142/25")
para("Thank you for your request for information, which was received by South Wales Police on "
     "14 January 2025. Your request has been considered under the Freedom of Information Act 2000 "
     "(the Act) and our response is set out below.")
heading("Your request")
para("For each of the calendar years 2022, 2023 and 2024, please provide:", after=1)
para("1. The number of recorded offences of sexual activity involving a child under 13 (Home Office "
     "code 21), sexual activity involving a child under 16 (22B) and sexual grooming (88A).\n"
     "2. How many of these offences were flagged as online-enabled.\n"
     "3. The gender of the victims of these offences.\n"
     "4. How many of these offences originated from a referral made by the National Crime Agency, "
     "including CEOP.", after=3)
heading("Our response")
para("Searches have been carried out on the force crime recording system. The figures below are "
     "for crimes recorded between 1 January 2022 and 31 December 2024 under the Home Office "
     "Counting Rules.")
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "Question 1", new_x="LMARGIN", new_y="NEXT")
para("Table 1: Recorded offences by Home Office code and calendar year", style="I", size=9.5, after=1)
t1 = [["HO code", "Offence", "2022", "2023", "2024"],
      ["21", "Sexual activity involving a child under 13", "118", "131", "124"],
      ["22B", "Sexual activity involving a child under 16", "247", "262", "239"],
      ["88A", "Sexual grooming", "19", "27", "22"],
      ["Total", "", "384", "420", "385"]]
table([20, 86, 20, 22, 22], t1, bold_rows=(0, 4), left_cols=2)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "Question 2", new_x="LMARGIN", new_y="NEXT")
para("An offence is flagged as online-enabled where it was committed, in whole or in part, using "
     "the internet or another computer network. Of the offences shown in Table 1, the figure for "
     "2022 was 92; for 2023 it was 108 and for 2024 the figure was 97.")

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "Question 3", new_x="LMARGIN", new_y="NEXT")
para("Table 2: Gender of victim, offences shown in Table 1 (one victim is recorded for each offence)",
     style="I", size=9.5, after=1)
t2 = [["Victim gender", "2022", "2023", "2024"],
      ["Female", "301", "329", "296"],
      ["Male", "80", "86", "86"],
      ["Not recorded", "<5", "5", "<5"]]
table([50, 30, 30, 30], t2, bold_rows=(0,), left_cols=1)
para("In line with the force's approach to the release of small numbers, figures of fewer than five "
     "are shown as <5. This reduces the risk that a victim could be identified when the figures are "
     "combined with other information in the public domain.", size=9.5, h=4.8)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(W, 6, "Question 4", new_x="LMARGIN", new_y="NEXT")
para("South Wales Police can neither confirm nor deny that it holds any information relevant to "
     "question 4 of your request, by virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) - National security", style="B", size=10)
para("Section 23(5) is an absolute, class-based exemption. The National Crime Agency is listed as "
     "a security body in section 23(3) of the Act, and confirming or denying whether information "
     "is held about referrals from that body would in itself reveal information supplied by, or "
     "relating to, it. There is no requirement to consider the public interest for this exemption.")
para("Section 24(2) is a qualified, prejudice-based exemption. Confirming or denying whether "
     "information of this kind is held, for this force and these years, would allow comparisons "
     "to be drawn across forces over time and would give an insight into the capability and "
     "focus of national agencies working to protect children online. While there is a public "
     "interest in openness about how offences against children are detected, we consider that "
     "the public interest in safeguarding national security, and in not undermining the work of "
     "partner agencies, outweighs it. The balance therefore favours neither confirming nor denying "
     "that the information is held.")
para("Nothing in this response should be taken as an indication that the information you have "
     "requested at question 4 does or does not exist.")

heading("Your right to complain")
para("If you are dissatisfied with the handling of your request you may ask for an internal review "
     "by writing to the Freedom of Information Unit at the address above, or by e-mail, within 40 "
     "working days of the date of this letter. If you remain dissatisfied after the review, you may "
     "apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF.")
para("Yours sincerely,", after=8)
para("Freedom of Information Officer\nUned Rhyddid Gwybodaeth / Freedom of Information Unit\n"
     "Heddlu De Cymru / South Wales Police", after=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
