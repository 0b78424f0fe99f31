"""Build reply.pdf: Hertfordshire Constabulary FOI response HC/FOI/24/5311 as a PDF letter.

fpdf2 core fonts only (Latin-1 text). Deterministic: fixed creation date, no random ids.
Run: /work/main/.venv/bin/python make_reply.py
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
REF = "HC/FOI/24/5311"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 17)
            self.set_text_color(0, 51, 102)
            self.cell(110, 9, "HERTFORDSHIRE CONSTABULARY", new_x="RIGHT", new_y="TOP")
            self.set_font("Helvetica", "", 8.5)
            self.set_text_color(60, 60, 60)
            self.multi_cell(0, 4.2, "Information Rights Unit\nPolice Headquarters\nWelwyn Garden City\nHertfordshire\n"
                                    "Non-emergency: 101", align="R")
            self.set_draw_color(0, 51, 102)
            self.set_line_width(0.6)
            self.line(15, 38, 195, 38)
            self.set_text_color(0, 0, 0)
            self.set_y(42)
        else:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Hertfordshire Constabulary - Freedom of Information response " + REF, align="L")
            self.ln(9)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 7.5)
        self.cell(90, 4, "Ref: " + REF)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


pdf = Letter(format="A4", unit="mm")
pdf.set_margins(15, 15, 15)
pdf.set_auto_page_break(True, margin=24)
pdf.set_creation_date(datetime(2024, 6, 14, 11, 42, 0, tzinfo=timezone.utc))
pdf.set_title("FOI response " + REF)
pdf.set_author("Hertfordshire Constabulary")
pdf.set_creator("Microsoft Word")
pdf.alias_nb_pages()
pdf.add_page()


def para(text, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(0, 51, 102)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def table(rows, widths, align_first="LEFT"):
    pdf.set_font("Helvetica", "", 9.5)
    head = FontFace(emphasis="BOLD", fill_color=(222, 230, 240))
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align=(align_first,) + ("CENTER",) * (len(widths) - 1),
                   headings_style=head, line_height=6, first_row_as_headings=True) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Our reference: " + REF, new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date: 14 June 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request for Information", style="B")
para("I write in connection with your request for information, which was received by Hertfordshire Constabulary on "
     "20 May 2024. I note that you seek access to the following information:")
para("Please provide the following for the financial years 2021/22, 2022/23 and 2023/24:\n"
     "1. The number of offences recorded under Home Office code 86/2 (taking, making or distributing indecent "
     "photographs of children) and, of these, how many carried the online (cyber) flag.\n"
     "2. The ages of the suspects linked to these offences, in age bands.\n"
     "3. How many of these offences were identified as a result of information passed to your force by GCHQ "
     "or any other security or intelligence body.\n"
     "4. For 2023/24 only, the outcome of each offence recorded under code 86/2.", style="I", size=9.5)
para("Following receipt of your request, searches were conducted within Hertfordshire Constabulary to locate "
     "information relevant to your request. I am required by the Freedom of Information Act 2000 to handle all "
     "requests in a manner that is blind to the identity of the requester. Any information released is regarded as "
     "being published, and therefore in the public domain without restriction.")
para("I am able to disclose the located information to you as follows.")

heading("Question 1")
para("The table below shows offences recorded under Home Office code 86/2 in each financial year, and the number "
     "of those offences to which the online flag was applied.")
table([["Financial year", "86/2 offences recorded", "Of which online flag"],
       ["2021/22", "412", "367"],
       ["2022/23", "389", "351"],
       ["2023/24", "436", "398"]], [40, 55, 50])

heading("Question 2")
para("The following table shows the age of the suspects linked to these offences at the time the offence was "
     "committed. A suspect linked to more than one offence in the same year has been counted once in that year. "
     "To reduce the risk of individuals being identified, where a figure is between 1 and 4 it has been replaced "
     "with an asterisk (*).")
table([["Age of suspect", "2021/22", "2022/23", "2023/24"],
       ["10 - 13", "*", "6", "*"],
       ["14 - 17", "49", "55", "63"],
       ["18 - 24", "47", "52", "49"],
       ["25 - 39", "88", "81", "94"],
       ["40 - 59", "61", "57", "66"],
       ["60 and over", "19", "23", "17"],
       ["Not recorded", "8", "*", "11"]], [45, 35, 35, 35])

heading("Question 3")
para("Hertfordshire Constabulary can neither confirm nor deny that it holds the information you have requested "
     "for this question, by virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) - National security", style="B")
para("Section 23 is an absolute, class-based exemption, so the force does not have to consider the public interest "
     "or show that harm would result from confirming or denying. Section 24 is a qualified exemption. Confirming or "
     "denying whether any information is held on the involvement of the security bodies in individual areas of "
     "policing would allow a picture to be built up, across forces, of where those bodies do or do not work with "
     "the police. That would be of use to offenders seeking to avoid detection and would undermine national "
     "security. Having weighed the public interest in openness against the need to safeguard national security, I "
     "have concluded that the balance falls in favour of neither confirming nor denying that the information is "
     "held. This should not be taken as an indication that the information you have requested is or is not held.")

heading("Question 4")
para("The outcomes below are those held on our crime recording system on 3 June 2024 for the 436 offences "
     "recorded under code 86/2 in 2023/24. Home Office outcome numbers are given in brackets. The same rule for "
     "figures between 1 and 4 applies.")
table([["Outcome", "Number of offences"],
       ["Charged / summonsed (1)", "97"],
       ["Youth caution (2)", "*"],
       ["Adult caution (3)", "9"],
       ["Community resolution (8)", "14"],
       ["Evidential difficulties - suspect identified, victim supports action (15)", "38"],
       ["Investigation by another body or agency has primacy (20)", "23"],
       ["Further investigation not in the public interest (21)", "27"],
       ["Investigation complete - no suspect identified (18)", "22"],
       ["Other outcomes", "31"],
       ["Not yet finalised - investigation ongoing", "172"]], [125, 40])
para("Many offences of this kind involve the forensic examination of seized devices, which can take several months; "
     "this accounts for the number of offences that do not yet have an outcome.", size=9.5)

heading("Complaint rights")
para("If you are dissatisfied with this response, you may ask for an internal review. Requests for review should be "
     "made in writing to the Information Rights Unit within 40 working days of the date of this letter. If you remain "
     "dissatisfied after the review, you may apply to the Information Commissioner's Office, Wycliffe House, Water "
     "Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", gap=6)
para("Disclosure Officer\nInformation Rights Unit\nHertfordshire Constabulary", style="B")

pdf.output(os.path.join(HERE, "reply.pdf"))
