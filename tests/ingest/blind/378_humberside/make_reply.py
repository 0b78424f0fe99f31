"""Build reply.pdf: Humberside Police FOI letter (71/17 by victim gender, platform and outcome; answers in sentences and lists)."""
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
REF = "FOI/2024/03164"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Sans", "B", 16)
            self.set_text_color(0, 45, 98)
            self.cell(0, 8, "HUMBERSIDE POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Sans", "", 8.5)
            self.set_text_color(60, 60, 60)
            for line in ("Information Compliance Unit", "Police Headquarters, Priory Road",
                         "Hull HU5 5SF", "foi@humberside.police.uk"):
                self.cell(0, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.set_font("Sans", "", 8)
            self.cell(0, 4, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Humberside Police - Working together to make our communities safer", align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()

LH = 5.3


def para(text, style="", size=10.5, after=3, indent=0):
    pdf.set_font("Sans", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text,
                       new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def bullets(items, after=3):
    pdf.set_font("Sans", "", 10.5)
    for it in items:
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(5, LH, "\u2022")
        pdf.multi_cell(0, LH, it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Sans", "", 10.5)
pdf.cell(0, LH, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, LH, "Date: 8 November 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
para("Dear Sir/Madam")
para("Freedom of Information Request - Sexual communication with a child", style="B")
para("I write in response to your request for information, which Humberside Police received on "
     "14 October 2024. You asked:")
para("1. How many offences of sexual communication with a child were recorded by Humberside "
     "Police in the last full financial year and in the current financial year to date?\n"
     "2. What was the gender of the victims?\n"
     "3. Which social media platform or app was used in each offence?\n"
     "4. How many of these offences have resulted in a charge or a caution, and how many are "
     "still being investigated?", style="I", indent=8, after=4)
para("Humberside Police holds the information you have asked for. We have taken the last full "
     "financial year to be 01/04/2023 - 31/03/2024, and the current year to date to be "
     "01/04/2024 - 30/09/2024, the last complete month before your request was received.")
para("To protect the identity of victims, any figure between one and four has been shown as "
     "'1-4'. Totals are given in full.")

para("Question 1", style="B", after=1)
para("Humberside Police recorded 101 offences of sexual communication with a child (Home Office "
     "code 71/17) between 01/04/2023 and 31/03/2024, and 47 such offences between 01/04/2024 "
     "and 30/09/2024.")

para("Question 2", style="B", after=1)
para("The gender of the victim in these offences was as follows.", after=1)
para("01/04/2023 - 31/03/2024", style="B", after=1)
bullets(["Female \u2013 83", "Male \u2013 16", "Not recorded \u2013 1-4"])
para("01/04/2024 - 30/09/2024", style="B", after=1)
bullets(["Female \u2013 39", "Male \u2013 6", "Not recorded \u2013 1-4"])

para("Question 3", style="B", after=1)
para("The platform is taken from the crime report. Where a suspect used more than one platform, "
     "the platform first used to contact the victim has been counted, so each offence appears "
     "once below.", after=1)
para("01/04/2023 - 31/03/2024", style="B", after=1)
bullets(["Snapchat \u2013 38", "Instagram \u2013 17", "WhatsApp \u2013 11", "Facebook \u2013 6",
         "TikTok \u2013 1-4", "Other \u2013 9", "Not recorded \u2013 17"])
para("01/04/2024 - 30/09/2024", style="B", after=1)
bullets(["Snapchat \u2013 19", "Instagram \u2013 9", "WhatsApp \u2013 1-4", "Facebook \u2013 1-4",
         "Other \u2013 6", "Not recorded \u2013 7"])

para("Question 4", style="B", after=1)
para("Outcomes are shown as at 31 October 2024. Of the 101 offences recorded in 2023/24, 22 have "
     "resulted in a charge or summons and 1-4 in a caution. A further 31 remain under "
     "investigation.")
para("Of the 47 offences recorded between April and September 2024, 5 have so far resulted in a "
     "charge, no cautions have been given, and 36 are still under investigation. The remaining "
     "offences in each year have been finalised with other outcomes.")

para("Your right to complain", style="B", after=1)
para("If you are not satisfied with this response you may ask for an internal review by writing "
     "to the Information Compliance Unit at the address above within 40 working days. If you "
     "remain dissatisfied you may then contact the Information Commissioner's Office.")
para("Yours faithfully")
pdf.ln(4)
para("Information Compliance Officer", after=0)
para("Humberside Police")

pdf.output(str(HERE / "reply.pdf"))
