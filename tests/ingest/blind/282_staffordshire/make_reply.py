"""Build reply.pdf: Staffordshire Police FOI letter (CSE-flagged crimes by victim age and gender)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/dejavu/"
REF = "FOI/24/1106"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Sans", "B", 17)
            self.set_text_color(0, 38, 84)
            self.cell(0, 8, "Staffordshire Police", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Sans", "", 8)
            self.set_text_color(60, 60, 60)
            for line in ("Freedom of Information Unit", "Police Headquarters, Weston Road",
                         "Stafford ST18 0YY", "foi@staffordshire.police.uk"):
                self.cell(0, 4, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(6)
        else:
            self.set_font("Sans", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 4, f"Staffordshire Police  \u2013  Freedom of Information response {REF}",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "OFFICIAL \u2013 PUBLIC", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("Sans", "", FONTS + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FONTS + "DejaVuSans-Bold.ttf")
pdf.add_font("Sans", "I", FONTS + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, style="", size=10, after=3):
    pdf.set_font("Sans", style, size)
    pdf.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def heading(text):
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


pdf.set_font("Sans", "", 10)
pdf.cell(0, 5.3, f"Our reference: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5.3, "Date of response: 12 June 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("REQUEST FOR INFORMATION \u2013 CHILD SEXUAL EXPLOITATION", "B")
para("Your request for information has now been considered. In accordance with the Freedom of "
     "Information Act 2000 (the Act), this letter represents a Refusal Notice for part of your "
     "request. The information you asked for, received by us on 15 May 2024, was:")
pdf.set_x(30)
pdf.set_font("Sans", "I", 10)
pdf.multi_cell(150, 5.3,
    "Q1. How many crimes were recorded with a child sexual exploitation (CSE) flag in the "
    "financial years 2022/23 and 2023/24?\n"
    "Q2. For each year, please break these down by the age group and the gender of the victim.\n"
    "Q3. For each year, how many of these crimes are connected to the ongoing investigation into "
    "the grooming of girls in Stoke-on-Trent which was reported in the media in March 2024?",
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

heading("Q1 and Q2")
para("A CSE flag is added to a crime record where there is an indication that the child has been "
     "sexually exploited. The flag is applied to the crime rather than to the victim, and the "
     "figures below count crimes where the victim was under 18 at the time of the offence.")
para("In FY22/23 there were 217 CSE-flagged crimes, and in FY23/24 there were 241. The tables below "
     "show these by the age and gender of the victim.")
para("In order to reduce the risk of identifying victims, numbers fewer than five have been shown "
     "as <5. The totals have been calculated from the true figures and are therefore exact.")

head = FontFace(emphasis="BOLD", fill_color=(214, 224, 238))
bold = FontFace(emphasis="BOLD")


def draw(title, rows):
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(45, 30, 30, 30), width=135, align="LEFT",
                   text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   headings_style=head, line_height=5.8) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c, style=bold if r[0] == "Total" else None)
    pdf.ln(5)


draw("Table 1: CSE-flagged crimes, FY22/23 (01/04/2022 - 31/03/2023)", [
    ("Victim age", "Female", "Male", "Total"),
    ("0-10", "14", "6", "20"),
    ("11-12", "23", "<5", "27"),
    ("13-15", "96", "19", "115"),
    ("16-17", "41", "7", "48"),
    ("Not recorded", "5", "<5", "7"),
    ("Total", "179", "38", "217"),
])
draw("Table 2: CSE-flagged crimes, FY23/24 (01/04/2023 - 31/03/2024)", [
    ("Victim age", "Female", "Male", "Total"),
    ("0-10", "17", "<5", "20"),
    ("11-12", "29", "8", "37"),
    ("13-15", "104", "24", "128"),
    ("16-17", "38", "11", "49"),
    ("Not recorded", "<5", "5", "7"),
    ("Total", "190", "51", "241"),
])
para("Of these crimes, 52 in FY22/23 and 63 in FY23/24 were also flagged as having an online "
     "element.")

heading("Q3")
para("Staffordshire Police can neither confirm nor deny that it holds any information relevant to "
     "this question by virtue of the following exemptions:")
para("Section 30(3) \u2013 Investigations and Proceedings\n"
     "Section 31(3) \u2013 Law Enforcement")
para("Sections 30 and 31 are prejudice-based, qualified exemptions, which means that the force must "
     "show the harm that would be caused by confirming or denying that information is held, and "
     "must then weigh the public interest in doing so.")
para("Harm", "B", after=1)
para("To confirm or deny whether any of the crimes recorded in these years are connected to a "
     "particular investigation would indicate whether the police have linked particular crimes "
     "to one another and how far an enquiry has progressed. Anyone involved in offending of this "
     "kind could use such a disclosure to gauge the extent of police knowledge, to move their "
     "activity elsewhere or to destroy evidence. It could also lead to the identification of "
     "victims and witnesses, which may discourage them from supporting a prosecution.")
para("Public interest test", "B", after=1)
para("Factors favouring confirmation or denial: there is a strong public interest in knowing that "
     "allegations of child sexual exploitation are thoroughly investigated, and confirming or "
     "denying would add to public understanding of how the force responds to this kind of offending.")
para("Factors against confirmation or denial: the police service will not disclose information "
     "which could undermine an investigation or a prosecution, or which could compromise the "
     "safety of children. Confirming or denying that information is held about a specific "
     "investigation would, in this case, risk both.")
para("Balance: while there is a public interest in the transparency of policing, the force has a "
     "duty to protect children and to bring offenders to justice. The balance therefore favours "
     "neither confirming nor denying that any information is held in relation to Q3. This "
     "should not be taken as an indication that the information you requested does or does not "
     "exist.")

heading("Your right to request a review")
para("If you are dissatisfied with this response you may ask for an internal review. Requests "
     "should be made in writing within 40 working days of the date of this letter to the Freedom "
     "of Information Unit at the address above. If you remain dissatisfied after the review, you "
     "may apply to the Information Commissioner's Office for a decision.")
para("Yours sincerely,", after=6)
para("Freedom of Information Unit\nStaffordshire Police", after=0)

pdf.output(str(HERE / "reply.pdf"))
