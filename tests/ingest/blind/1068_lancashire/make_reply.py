"""Build reply.pdf for Lancashire Constabulary FOI 2024/FOI/0378 (deterministic).

fpdf2 with core fonts only. Run with /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CREATED = datetime.datetime(2024, 3, 7, 10, 42, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(2)
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 40, 100)
            self.cell(0, 9, "LANCASHIRE CONSTABULARY", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Information Access Team  |  Police Headquarters, Hutton, Preston, Lancashire",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "www.lancashire.police.uk", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 40, 100)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.ln(7)
        else:
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, "Our ref: 2024/FOI/0378", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(CREATED)
pdf.set_title("FOI 2024/FOI/0378 - Child sexual exploitation flagged crimes")
pdf.set_author("Lancashire Constabulary - Information Access Team")
pdf.set_creator("Microsoft Word")
pdf.set_producer("Microsoft Word")
pdf.alias_nb_pages()
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(W, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def table(head, rows, widths, bold_rows=()):
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(215, 225, 240)
    for h, w in zip(head, widths):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln(7)
    for i, r in enumerate(rows):
        pdf.set_font("Helvetica", "B" if i in bold_rows else "", 9.5)
        for j, (c, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 6.5, c, border=1, align="L" if j == 0 else "C")
        pdf.ln(6.5)
    pdf.ln(3)


pdf.set_font("Helvetica", "", 10.5)
pdf.cell(W, 5.2, "Our ref: 2024/FOI/0378", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5.2, "Date: 7 March 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
heading("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION")
para("I write in connection with your request for information, received by Lancashire Constabulary on "
     "9 February 2024. You asked:")
pdf.set_x(pdf.l_margin + 8)
pdf.set_font("Helvetica", "I", 10.5)
pdf.multi_cell(W - 8, 5.2,
    '"Please provide the following for the financial years 2021/22 and 2022/23, and for 2023/24 up to the '
    'most recent date available:\n'
    '1. The number of crimes recorded with a child sexual exploitation (CSE) flag, broken down by the age of the victim.\n'
    '2. How many of those crimes also carried the online crime flag.\n'
    '3. The same crimes broken down by the sex of the victim.\n'
    '4. How many of the suspects in those crimes were, at the time, registered as covert human intelligence '
    'sources (informants) for Lancashire Constabulary."',
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Your request has now been considered and I can confirm that Lancashire Constabulary holds information "
     "relevant to questions 1 to 3. The figures below were extracted from the force crime recording system on "
     "14 February 2024 and relate to crimes recorded with a CSE flag during each period. Figures for 2023/24 run "
     "from 1 April 2023 to 31 January 2024, the last complete month before your request.")
para("Where a figure is between one and four it has been shown as '1-4'. This is to reduce the risk that an "
     "individual could be identified from the figures, and is in line with our approach under Section 40(2) of "
     "the Act. Totals are not affected and show the actual number of crimes.")

heading("Question 1")
table(["Victim age", "2021/22", "2022/23", "2023/24 *"],
      [["Total", "603", "571", "429"],
       ["0-9", "1-4", "7", "1-4"],
       ["10-12", "58", "49", "41"],
       ["13-15", "361", "338", "262"],
       ["16-17", "178", "164", "121"],
       ["Age not recorded", "1-4", "13", "1-4"]],
      [52, 38, 38, 38], bold_rows=(0,))
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.5, "* 2023/24 is a part year: 1 April 2023 to 31 January 2024.\n"
                       "Age is the age of the victim at the time of the offence, where recorded.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 2")
para("Of the CSE-flagged crimes shown above, 214 in 2021/22, 236 in 2022/23 and 187 in 2023/24 (to 31 January "
     "2024) also carried the online crime flag. The online flag is applied where a computer, phone or other "
     "internet-enabled device was used to commit the crime, in whole or in part.")

heading("Question 3")
table(["Victim sex", "2021/22", "2022/23", "2023/24 *"],
      [["Female", "498", "462", "351"],
       ["Male", "97", "101", "72"],
       ["Unknown", "8", "8", "6"]],
      [52, 38, 38, 38])
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.5, "* 1 April 2023 to 31 January 2024. 'Unknown' includes crimes where the victim's sex was "
                       "not recorded.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Question 4")
para("Lancashire Constabulary can neither confirm nor deny that it holds the information you have requested at "
     "question 4, by virtue of the following exemptions:")
pdf.set_x(pdf.l_margin + 8)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(W - 8, 5.2,
    "Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
    "Section 30(3) - Investigations and proceedings\n"
    "Section 31(3) - Law enforcement",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
para("Section 23 is an absolute exemption. Sections 30 and 31 are qualified exemptions and the public interest "
     "has been considered. Confirming or denying whether any suspect was, or was not, a covert human intelligence "
     "source would reveal information about the use of covert tactics. Repeated over a number of requests, such "
     "answers would allow a picture to be built up of where and how the police use informants, placing those "
     "individuals at risk and undermining the force's ability to prevent and detect crime. While there is a "
     "public interest in transparency about how child sexual exploitation is investigated, this is outweighed by "
     "the public interest in protecting covert sources and the investigations they support.")
para("This should not be taken as an indication that the information you have requested does or does not exist.")

heading("Complaint rights")
para("If you are dissatisfied with this response you may request an internal review within 40 working days of "
     "the date of this letter, by writing to the Information Access Team at the address above. If you remain "
     "dissatisfied after the review you may apply to the Information Commissioner's Office.")
para("Yours sincerely,")
pdf.ln(4)
para("Disclosure Officer\nInformation Access Team\nLancashire Constabulary", gap=0)

pdf.output(os.path.join(HERE, "reply.pdf"))
