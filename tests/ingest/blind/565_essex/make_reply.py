"""Build reply.pdf: Essex Police FOI response letter (reference 4719/FOI/24).

Medium reply. Rape of a female child under 13 (HO code 019E) and of a male child under 13
(019H) for "the last three financial years", which the force defines as 2021/22 to 2023/24.
Q1 is a real table (years DOWN, written 'April 2021 – March 2022', codes ACROSS with their
leading zeros, and a Total column). Q2 (online flag) in one running sentence; Q3 (charged) as
'2021/22 – 12' lines. Q4 (relationship of suspect to victim) refused under s.12(1); the cost
estimate restates the three-year total (512). 'OFFICIAL' marking, running header from page 2,
'Page N of M' footer.
"""
from pathlib import Path

from fpdf import FPDF, FontFace

HERE = Path(__file__).resolve().parent
REF = "4719/FOI/24"
FONT = "/usr/share/fonts/truetype/dejavu/"
ROWS = [("April 2021 – March 2022", 118, 41),
        ("April 2022 – March 2023", 131, 37),
        ("April 2023 – March 2024", 142, 43)]
ONLINE = {"2021/22": 14, "2022/23": 19, "2023/24": 22}
CHARGED = {"2021/22": 12, "2022/23": 9, "2023/24": 6}
SPAN = sum(f + m for _, f, m in ROWS)
assert SPAN == 512
MINUTES = 10
HOURS = SPAN * MINUTES / 60  # 85.3


class Letter(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, f"Essex Police – Freedom of Information Request {REF}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-17)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Essex Police Headquarters, PO Box 2, Springfield, Chelmsford, Essex CM2 6DA",
                  align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()
W = pdf.epw


def head(text):
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.multi_cell(W, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def para(text, style="", size=10, indent=0):
    pdf.set_font("DejaVu", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5.0, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


# Letterhead
pdf.set_font("DejaVu", "B", 18)
pdf.set_text_color(0, 40, 100)
pdf.cell(0, 8, "ESSEX POLICE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "I", 9)
pdf.cell(0, 5, "Protecting and serving Essex", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
pdf.set_font("DejaVu", "", 8.8)
pdf.multi_cell(0, 4.2, "Information Rights Team\nEssex Police Headquarters\nPO Box 2\nSpringfield\n"
               "Chelmsford CM2 6DA\nTel: 01245 452929\nfoi@essex.police.uk", align="R",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(0, 5, f"Our reference: {REF}\nDate: 1 July 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("Dear Requester,")
head("Freedom of Information Act 2000 – Request for information")
para("Thank you for your request for information received by Essex Police on 3 June 2024. "
     "Your request has been considered under the Freedom of Information Act 2000 (the Act) and "
     "our response is set out below.")
head("Your request")
para("“Please provide the following for each of the last three financial years:\n"
     "1. The number of offences of rape of a female child under 13 and of rape of a male child "
     "under 13 recorded by Essex Police.\n"
     "2. How many of these offences were flagged as online or cyber-enabled.\n"
     "3. How many of these offences resulted in a suspect being charged.\n"
     "4. For each offence, the relationship of the suspect to the victim (for example family "
     "member, known to the victim, stranger, online contact only).”", style="I", indent=6)
head("Our response")
para("Essex Police holds some of the information you have requested. Questions 1 to 3 are "
     "answered below. Question 4 is refused under section 12(1) of the Act, for the reasons "
     "explained under that question.")
para("We have taken the last three financial years to be the last three complete years at "
     "the date of your request, that is 1 April 2021 to 31 March 2024. Figures were extracted "
     "from the force crime and intelligence system (Athena) on 24 June 2024 and are based on "
     "the date the crime was recorded.")

head("Question 1")
para("The table below shows the number of offences recorded under each Home Office offence "
     "classification.")
pdf.set_font("DejaVu", "", 9.5)
pdf.set_draw_color(120, 120, 120)
with pdf.table(col_widths=(46, 46, 46, 24), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
               line_height=5.5, headings_style=FontFace(emphasis="BOLD", fill_color=(220, 226, 238))) as table:
    hdr = table.row()
    for text in ("Financial year", "019E Rape of a female child under 13",
                 "019H Rape of a male child under 13", "Total"):
        hdr.cell(text)
    for label, f, m in ROWS:
        r = table.row()
        r.cell(label)
        r.cell(str(f))
        r.cell(str(m))
        r.cell(str(f + m))
pdf.ln(4)

head("Question 2")
years = list(ONLINE)
para(f"Of the offences shown in the table above, {ONLINE[years[0]]} recorded in {years[0]}, "
     f"{ONLINE[years[1]]} in {years[1]} and {ONLINE[years[2]]} in {years[2]} carried the "
     "Home Office online flag. The flag is applied where, on the balance of probability, the "
     "offence was committed in full or in part through a computer, computer network or other "
     "computer-enabled device. It is applied by officers and staff and its use may not be "
     "consistent across every crime report.")

head("Question 3")
para("The number of the offences above in which a suspect has been charged or summonsed is as "
     "follows:")
for y, v in CHARGED.items():
    para(f"{y} – {v}", indent=8)
para("Outcomes are shown as at 24 June 2024. Many of these investigations are complex and "
     "lengthy, and a number of offences recorded in 2023/24 in particular remain under "
     "investigation, so the charge figures for the most recent years are likely to rise.")

head("Question 4")
para("The relationship between a suspect and a victim is not held in a searchable field on "
     "Athena. It is recorded, if at all, within free-text investigation logs and statements. "
     f"To answer this question we would need to read each of the {SPAN} crime reports recorded "
     f"over the three years. Even at a conservative estimate of {MINUTES} minutes per report, "
     f"this would take more than {int(HOURS)} hours, well beyond the appropriate limit of 18 "
     "hours (£450) set for police forces by the Freedom of Information and Data Protection "
     "(Appropriate Limit and Fees) Regulations 2004.")
para("This letter therefore serves as a refusal notice for question 4 under section 17(5) of "
     "the Act, on the basis that section 12(1) applies. In line with our duty under section 16 "
     "to provide advice and assistance, we are unable to suggest a refinement that would bring "
     "this question within the cost limit, as any period would still require a manual review "
     "of every record.")

head("Complaint rights")
para("If you are dissatisfied with this response you may request an internal review by writing "
     "to the Information Rights Team at the address above, or by e-mail, within 40 working days "
     "of the date of this letter. If you remain dissatisfied following the internal review, you "
     "may apply to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, "
     "Cheshire SK9 5AF (0303 123 1113).")
para("If you are worried about a child, you can contact Essex Police on 101, or 999 in an "
     "emergency. Children and young people can speak to Childline on 0800 1111, and adults can "
     "call the NSPCC helpline on 0808 800 5000.")
para("Yours sincerely,")
para("Information Rights Officer\nInformation Rights Team\nEssex Police")

pdf.output(str(HERE / "reply.pdf"))
