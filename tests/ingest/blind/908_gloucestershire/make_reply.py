"""Build reply.pdf: Gloucestershire Constabulary's letter answering FOI request 0871/24.

Run with the project's Python (fpdf2). The creation date is fixed so that the file
rebuilds byte for byte.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
OUT = Path(__file__).with_name("reply.pdf")
REF = "0871/24"


class Letter(FPDF):
    def header(self):
        self.set_font("LS", "B", 9)
        self.set_text_color(0)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.ln(4)
            self.set_font("LS", "B", 16)
            self.set_text_color(0, 45, 98)
            self.cell(0, 8, "Gloucestershire Constabulary", new_x="LMARGIN", new_y="NEXT")
            self.set_font("LS", "", 9)
            self.set_text_color(60)
            for line in (
                "Information Rights Unit",
                "No. 1 Waterwells, Waterwells Drive, Quedgeley, Gloucester GL2 2AN",
                "Telephone: 101   Email: foi@gloucestershire.police.uk",
            ):
                self.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 45, 98)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
            self.set_line_width(0.2)
            self.set_draw_color(0)
            self.set_text_color(0)
            self.ln(6)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("LS", "", 8)
        self.set_text_color(80)
        self.cell(0, 4, f"FOI {REF}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0)


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2024, 2, 5, 14, 12, 0, tzinfo=timezone.utc))
pdf.set_title(f"FOI {REF} Response")
pdf.set_author("Information Rights Unit")
pdf.set_creator("Microsoft Word")
pdf.add_font("LS", "", str(FONT_DIR / "LiberationSans-Regular.ttf"))
pdf.add_font("LS", "B", str(FONT_DIR / "LiberationSans-Bold.ttf"))
pdf.add_font("LS", "I", str(FONT_DIR / "LiberationSans-Italic.ttf"))
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10.5, after=2.5):
    pdf.set_font("LS", style, size)
    pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def question(n, text):
    pdf.set_font("LS", "B", 10.5)
    pdf.multi_cell(W, 5, f"Question {n}: {text}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


pdf.set_font("LS", "", 10.5)
pdf.cell(W / 2, 5, "Our reference: " + REF)
pdf.cell(W / 2, 5, "5 February 2024", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester")
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, f"Freedom of Information Act 2000 \u2013 Request No. {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para(
    "Thank you for your request for information received by Gloucestershire Constabulary on "
    "8 January 2024, concerning crimes recorded with a child sexual exploitation (CSE) flag. "
    "Your request has been handled under the Freedom of Information Act 2000 (the Act). "
    "We have located information relevant to questions 1 to 3, which is given below. "
    "Questions 4 and 5 are dealt with under the relevant exemptions, with our reasons."
)
para(
    "Figures are for crimes recorded between 1 January 2021 and 31 December 2023 that carried "
    "the CSE flag at the date of extraction (22/01/2024). Flags may be added or removed after a "
    "crime is recorded, so these figures may differ from any produced on another date."
)

# Question 1
question(1, "How many crimes were recorded with a child sexual exploitation (CSE) flag in each "
            "calendar year 2021, 2022 and 2023?")
col = [50, 30, 30, 30]
pdf.set_font("LS", "B", 10)
pdf.set_fill_color(220, 228, 240)
for w, t in zip(col, ["Calendar year", "2021", "2022", "2023"]):
    pdf.cell(w, 7, t, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("LS", "", 10)
for w, t in zip(col, ["CSE flagged crimes", "146", "171", "158"]):
    pdf.cell(w, 7, t, border=1, align="C" if t.isdigit() else "L")
pdf.ln(11)

# Question 2
question(2, "For those crimes, please break down the victims by gender and by age group "
            "(under 13, 13\u201315, 16\u201317).")
para(
    "The table below counts victims, not crimes. A crime can have more than one victim, so the "
    "figures will not add up to those given at question 1. Age is the victim's age at the time "
    "of the offence."
)
first, sub = 40, 21.66
pdf.set_font("LS", "B", 9.5)
x0, y0 = pdf.get_x(), pdf.get_y()
pdf.multi_cell(first, 14, "Age group", border=1, align="C", fill=True, new_x="RIGHT", new_y="TOP")
for yr in ("2021", "2022", "2023"):
    pdf.cell(sub * 2, 7, yr, border=1, align="C", fill=True)
pdf.set_xy(x0 + first, y0 + 7)
for _ in range(3):
    pdf.cell(sub, 7, "Female", border=1, align="C", fill=True)
    pdf.cell(sub, 7, "Male", border=1, align="C", fill=True)
pdf.set_xy(x0, y0 + 14)
pdf.set_font("LS", "", 9.5)
q2 = [
    ("Under 13", ["18", "1-4", "21", "6", "17", "1-4"]),
    ("13 to 15", ["74", "11", "86", "9", "79", "12"]),
    ("16 and 17", ["41", "1-4", "44", "1-4", "39", "5"]),
    ("Not recorded", ["1-4", "0", "1-4", "0", "0", "1-4"]),
]
for label, cells in q2:
    pdf.cell(first, 7, label, border=1)
    for c in cells:
        pdf.cell(sub, 7, c, border=1, align="C")
    pdf.ln()
pdf.ln(1.5)
pdf.set_font("LS", "I", 8.5)
pdf.multi_cell(
    W, 4.2,
    "To reduce the risk of identifying individual victims, any figure between 1 and 4 has been "
    "shown as 1-4. A 0 in the table is a true zero. No totals are given, as they would allow the "
    "small numbers to be worked out.",
    new_x="LMARGIN", new_y="NEXT",
)
pdf.ln(5)

# Question 3
question(3, "How many of the CSE flagged crimes also had the online/cyber flag?")
para(
    "Of the crimes given at question 1, 52 also carried the online (cyber) flag in 2021. "
    "The figure for 2022 was 67, and for 2023 it was 61."
)
para(
    "The cyber flag is applied where a crime was committed, wholly or partly, using a computer, "
    "computer network or other internet-enabled device. It depends on the recording officer "
    "applying it and may under-count online offending."
)

# Question 4
question(4, "How many of the CSE investigations in each year began with information from the "
            "National Crime Agency, GCHQ or any other security body?")
para(
    "Gloucestershire Constabulary can neither confirm nor deny that it holds any information "
    "relevant to this question, by virtue of the following exemptions:"
)
para("Section 23(5) \u2013 Information supplied by, or concerning, certain security bodies\n"
     "Section 24(2) \u2013 National security", style="B")
para(
    "Section 23 is an absolute, class-based exemption and no public interest test is required. "
    "Section 24 is a qualified exemption and the public interest has been considered."
)
para(
    "Factors favouring confirmation or denial: confirming whether information is held would show "
    "openness about how child sexual exploitation is investigated and the partnerships involved, "
    "and would inform public debate on a matter of real concern."
)
para(
    "Factors favouring neither confirming nor denying: to confirm or deny whether any "
    "investigation arose from information supplied by a body named in Section 23(3), or whether "
    "such bodies work with this force on particular cases, would reveal the extent of that "
    "involvement. Taken together with answers from other forces, it would allow offenders to "
    "build a picture of where such capability is and is not used, and to change their behaviour "
    "to avoid detection."
)
para(
    "Balance test: the security of the country and the safeguarding of children are of "
    "paramount importance. While there is a public interest in transparency, it does not "
    "outweigh the need to protect national security and the methods used to protect children. "
    "The balance therefore favours neither confirming nor denying that the information is held."
)
para(
    "This should not be taken as an indication that information is or is not held."
)

# Question 5
question(5, "Please break down the CSE flagged crimes in each year by local policing area "
            "(Cheltenham, Cotswold, Forest of Dean, Gloucester, Stroud and Tewkesbury).")
para(
    "This information is held but is exempt from disclosure under Section 31(1)(a)(b) "
    "(Law enforcement) and Section 40(2) (Personal information) of the Act. This letter acts as "
    "a refusal notice under Section 17(1) of the Act for question 5."
)
para(
    "Section 40(2): in the smaller policing areas the annual numbers are low. Combined with "
    "local knowledge, press reporting or social media, a breakdown at this level could lead to "
    "victims, who are all children, being identified. Disclosure would breach the first data "
    "protection principle. Section 40(2) is absolute and no public interest test applies."
)
para(
    "Section 31(1)(a)(b): Section 31 is a qualified, prejudice-based exemption. Releasing "
    "figures for each area would show where CSE activity has been identified and, by "
    "implication, where it has not. Offenders could use this to target areas they believe to "
    "be less well policed, harming the prevention and detection of crime and the apprehension "
    "and prosecution of offenders."
)
para(
    "Public interest: disclosure would help the public understand the level of CSE in their "
    "own community and how police resources are used. Against this, the force has a duty to "
    "protect vulnerable children and not to undermine investigations or partnership work. "
    "Having weighed these factors, the public interest favours withholding the breakdown. "
    "The force-wide figures at questions 1 to 3 are provided instead."
)

pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 6, "Your right to complain", new_x="LMARGIN", new_y="NEXT")
para(
    "If you are unhappy with how your request has been handled you may ask for an internal "
    "review within 40 working days of the date of this letter. Please write to the Information "
    "Rights Unit at the address above, quoting the reference number."
)
para(
    "If you remain dissatisfied after the review you may complain to the Information "
    "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. "
    "Telephone 0303 123 1113, www.ico.org.uk."
)
para("Yours sincerely")
pdf.ln(4)
para("Information Rights Officer\nInformation Rights Unit\nGloucestershire Constabulary", after=0)

pdf.output(str(OUT))
