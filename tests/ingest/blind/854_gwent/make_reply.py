"""Build reply.pdf: Gwent Police FOI 2024/1318 response letter.

Run with /work/main/.venv/bin/python make_reply.py ; the output is byte-identical
on every run (fixed creation date, embedded fonts from the system).
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("reply.pdf")
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")


class Letter(FPDF):
    def header(self):
        self.set_font("Sans", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL / SWYDDOGOL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL / SWYDDOGOL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2024, 11, 27, 14, 3, 0, tzinfo=timezone.utc))
pdf.set_creator("Microsoft Word")
pdf.set_title("FOI 2024/1318 Response")
pdf.add_font("Sans", "", str(FONT_DIR / "LiberationSans-Regular.ttf"))
pdf.add_font("Sans", "B", str(FONT_DIR / "LiberationSans-Bold.ttf"))
pdf.add_font("Sans", "I", str(FONT_DIR / "LiberationSans-Italic.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.epw


def para(text, style="", size=10.5, gap=2.5, indent=0):
    pdf.set_font("Sans", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.ln(1)
    para(text, "B", 11, gap=1.5)


# Letterhead
pdf.set_font("Sans", "B", 16)
pdf.cell(W, 8, "HEDDLU GWENT POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Sans", "", 9)
for line in (
    "Freedom of Information Unit / Uned Rhyddid Gwybodaeth",
    "Gwent Police Headquarters / Pencadlys Heddlu Gwent",
    "Llantarnam Industrial Park",
    "Cwmbrân",
    "NP44 3FW",
):
    pdf.cell(W, 4.4, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Sans", "", 10.5)
pdf.cell(W, 5.2, "Our Ref / Ein Cyf: FOI 2024/1318", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5.2, "Date / Dyddiad: 27 November 2024", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

para("Dear Requester")
para("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST FOR INFORMATION", "B")
para("I write in response to your request for information received by Gwent Police on "
     "30 October 2024, in which you asked:")
para("For the financial years 2022/23, 2023/24 and 2024/25 to date, please provide:", "I", indent=8, gap=1)
for q in (
    "1. The number of offences recorded under Home Office code 86/2 (taking, making or "
    "distributing indecent photographs of children).",
    "2. The number of suspects for these offences, broken down by age group (under 18 / 18 and over).",
    "3. The outcomes of these offences, including charges, youth and adult cautions, community "
    "resolutions and Outcome 21.",
    "4. How many of these offences came from a referral by the National Crime Agency (NCA), "
    "including referrals passed on from the National Center for Missing and Exploited Children (NCMEC).",
):
    para(q, "I", indent=8, gap=1)
pdf.ln(2)
para("Gwent Police has now completed its searches. Information is held for questions 1 to 3 and "
     "is provided below. Gwent Police can neither confirm nor deny that it holds information "
     "relevant to question 4, and this letter acts as a Refusal Notice under Section 17 of the "
     "Act for that question.")
para("The figures were extracted from the force crime and intelligence system, Niche, on "
     "8 November 2024. Figures for 2024/25 cover the part year from 1 April 2024 to "
     "31 October 2024. To reduce the risk that an individual could be identified, figures "
     "between 1 and 4 have been shown as \u20181-4\u2019.")

heading("Question 1")
para("In 2022/23 Gwent Police recorded 214 offences under Home Office code 086/02. In 2023/24 "
     "the number was 238, and between 1 April 2024 and 31 October 2024, 141 offences have been "
     "recorded.")

heading("Question 2")
para("Suspects linked to the offences above, by their age at the time of the offence. A person "
     "linked to more than one offence in a year is counted once in that year.", gap=2)
cols = (52, 36, 36, 46)
head = ("Financial year", "Under 18", "18 and over", "Age not recorded")
body = (
    ("2022/23", "46", "131", "12"),
    ("2023/24", "52", "144", "1-4"),
    ("2024/25 (to 31/10/24)", "29", "83", "1-4"),
)
pdf.set_font("Sans", "B", 10)
pdf.set_fill_color(220, 220, 220)
for w, h in zip(cols, head):
    pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("Sans", "", 10)
for row in body:
    for i, (w, v) in enumerate(zip(cols, row)):
        pdf.cell(w, 7, v, border=1, align="L" if i == 0 else "C")
    pdf.ln()
pdf.ln(4)

heading("Question 3")
para("The outcomes you asked about, recorded against the offences in question 1, are as "
     "follows. Other outcome types have not been included.", gap=2)
outcomes = (
    ("2022/23", (("Charged/Summonsed", "38"), ("Youth Caution", "1-4"), ("Adult Caution", "9"),
                 ("Community Resolution", "7"), ("Outcome 21", "14"))),
    ("2023/24", (("Charged/Summonsed", "44"), ("Youth Caution", "5"), ("Adult Caution", "11"),
                 ("Community Resolution", "1-4"), ("Outcome 21", "17"))),
    ("2024/25 (1 April 2024 \u2013 31 October 2024)",
     (("Charged/Summonsed", "12"), ("Youth Caution", "0"), ("Adult Caution", "1-4"),
      ("Community Resolution", "1-4"), ("Outcome 21", "8"))),
)
for year, items in outcomes:
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(W, 5.6, year, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    for label, v in items:
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(W - 6, 5.2, f"{label}: {v}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
para("Outcome 21 is recorded where further investigation that could lead to formal action is "
     "not in the public interest. It is often used where the suspect is a child who has shared "
     "an image of themselves or of another young person.")
para("In addition, 63 of the offences recorded in 2024/25 remain under investigation and do not "
     "yet have an outcome.")

heading("Question 4")
para("Gwent Police can neither confirm nor deny that it holds any information relevant to this "
     "question, by virtue of the following exemptions:")
para("Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies", "B", gap=1)
para("Section 24(2) \u2013 National security", "B")
para("Section 23 is an absolute, class-based exemption and no public interest test is required. "
     "Section 24 is a qualified exemption, and the public interest test for it is set out below.")
para("Factors favouring confirmation or denial", "B", gap=1)
para("Confirming or denying whether information is held would show how referrals from national "
     "agencies reach local forces and would add to public understanding of how offences of this "
     "kind are investigated.")
para("Factors against confirmation or denial", "B", gap=1)
para("To confirm or deny whether referrals from particular bodies are recorded, and in what "
     "numbers, would allow offenders to build a picture of where and how their activity is "
     "detected. Taken together with replies from other forces, this would undermine the work "
     "of national agencies and the security of the United Kingdom.")
para("Balance test", "B", gap=1)
para("While there is a public interest in openness, it is outweighed by the need to protect the "
     "methods used to identify offenders who abuse children. The balance therefore lies in "
     "neither confirming nor denying that the information is held. This should not be taken "
     "as an indication of whether or not information is held.")

heading("Your right to complain")
para("If you are dissatisfied with this response you may ask for an internal review, in writing, "
     "within 40 working days of the date of this letter, to the Freedom of Information Unit at "
     "the address above.")
para("If you remain dissatisfied after the internal review you may complain to the Information "
     "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. "
     "Telephone: 0303 123 1113. Website: www.ico.org.uk")
para("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", "I", 9.5)
pdf.ln(2)
para("Yours sincerely", gap=6)
para("Freedom of Information Officer\nGwent Police", gap=0)

pdf.output(str(OUT))
print("wrote", OUT)
