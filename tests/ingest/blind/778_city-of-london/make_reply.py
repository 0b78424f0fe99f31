"""Build reply.pdf: City of London Police FOI letter FOI/24/0412.

Core PDF fonts only (Latin-1 text), fixed creation date, so the file rebuilds byte-for-byte.
Run:  /work/main/.venv/bin/python make_reply.py
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reply.pdf")
FIXED = datetime.datetime(2024, 6, 4, 9, 30, 0, tzinfo=datetime.timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build():
    pdf = Letter(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("FOI/24/0412 Response")
    pdf.set_author("City of London Police - Information Access Office")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    W = pdf.w - 40

    def p(text, size=10, style="", h=5, after=2.5, align="J"):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(W, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def head(text):
        pdf.ln(1)
        p(text, size=10, style="B", after=1.5, align="L")

    # letterhead
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(158, 0, 29)
    pdf.cell(W, 7, "CITY OF LONDON POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9)
    for line in ["Information Access Office", "PO Box 36451", "182 Bishopsgate",
                 "London EC2M 4WN"]:
        pdf.cell(W, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Helvetica", "", 10)
    pdf.cell(W / 2, 5, "Our ref: FOI/24/0412")
    pdf.cell(W / 2, 5, "Date: 4 June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    p("Dear Requester,", after=3)
    p("FREEDOM OF INFORMATION REQUEST REFERENCE NO: FOI/24/0412", style="B", after=3, align="L")
    p("I write in connection with your request for information received by the City of London "
      "Police on 07/05/2024, in which you sought access to the following information:")

    pdf.set_x(28)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(W - 8, 5,
                   "\"Please provide, for each of the calendar years 2021, 2022 and 2023:\n"
                   "1. The number of offences recorded by the City of London Police relating to "
                   "indecent images of children, broken down by offence.\n"
                   "2. The number of people arrested for these offences.\n"
                   "3. The outcomes of these offences.\n"
                   "4. How many of the suspects were aged under 18.\n"
                   "5. Which apps, websites or platforms were used to share or obtain the "
                   "images.\"", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    head("RESPONSE")
    p("Following receipt of your request, searches were conducted within the City of London "
      "Police. I can confirm that the information you have requested is held in part. "
      "Questions 1 to 3 are answered below. Questions 4 and 5 are exempt from disclosure and "
      "this letter acts as a refusal notice for those parts under section 17 of the Freedom "
      "of Information Act 2000.")

    # ---- Q1 table
    head("Question 1")
    p("Indecent images of children offences recorded, by calendar year:", after=1.5)
    c0, cy = 106, 21.3
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 220, 220)
    for txt, w in [("Offence", c0), ("2021", cy), ("2022", cy), ("2023", cy)]:
        pdf.cell(w, 7, txt, border=1, align="C" if w == cy else "L", fill=True)
    pdf.ln()
    rows = [
        ("Take, make or distribute indecent photograph of a child", "(s.1 Protection of Children Act 1978)", "14", "9", "17"),
        ("Possession of indecent photograph of a child", "(s.160 Criminal Justice Act 1988)", "11", "16", "12"),
    ]
    pdf.set_font("Helvetica", "", 9)
    for a, b, x, y, z in rows:
        y0 = pdf.get_y()
        pdf.multi_cell(c0, 5, a + "\n" + b, border=1, new_x="RIGHT", new_y="TOP")
        for v in (x, y, z):
            pdf.cell(cy, 10, v, border=1, align="C")
        pdf.set_xy(pdf.l_margin, y0 + 10)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(c0, 7, "Total", border=1)
    for v in ("25", "25", "29"):
        pdf.cell(cy, 7, v, border=1, align="C")
    pdf.ln(10)

    # ---- Q2 prose
    head("Question 2")
    p("The number of persons arrested on suspicion of the offences above was 8 in 2021, 11 in "
      "2022 and 13 in 2023. A person arrested for more than one offence in the same year has "
      "been counted once for that year.")

    # ---- Q3 outcomes table
    head("Question 3")
    p("Outcomes of the offences shown at question 1, by year the offence was recorded. "
      "Outcomes are shown as at 28/05/2024.", after=1.5)
    pdf.set_font("Helvetica", "B", 9)
    for txt, w in [("Home Office outcome", c0), ("2021", cy), ("2022", cy), ("2023", cy)]:
        pdf.cell(w, 7, txt, border=1, align="C" if w == cy else "L", fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    orows = [
        ("1 - Charged/Summonsed", "12", "10", "9"),
        ("3 - Caution (adult)", "*", "-", "*"),
        ("15 - Named suspect, evidential difficulties, victim supports action", "6", "8", "*"),
        ("21 - Further investigation not in the public interest (police decision)", "*", "*", "6"),
        ("Under investigation", "-", "5", "10"),
    ]
    for a, x, y, z in orows:
        pdf.cell(c0, 7, a, border=1)
        for v in (x, y, z):
            pdf.cell(cy, 7, v, border=1, align="C")
        pdf.ln()
    pdf.ln(1.5)
    p("* denotes a figure between 1 and 4. These figures have been suppressed to reduce the "
      "risk of identifying individuals.\n- denotes nil.", size=8, h=4)

    # ---- Q4 s.40(2)
    head("Question 4")
    p("The ages of suspects are exempt from disclosure under section 40(2) of the Freedom of "
      "Information Act 2000 (personal information). The number of offences recorded by the "
      "City of London Police in this category is small, and the number of suspects aged under "
      "18 in any year is smaller still. Releasing that figure, alongside information already in "
      "the public domain such as court reporting, would be likely to allow individuals to be "
      "identified. Disclosure would therefore be unfair and unlawful, contravening the first "
      "data protection principle at Article 5(1)(a) UK GDPR. Section 40(2) is an absolute "
      "exemption where this is the case and no public interest test is required.")

    # ---- Q5 s.12
    head("Question 5")
    p("Section 12(1) of the Act allows a public authority to refuse a request where the cost "
      "of complying would exceed the appropriate limit. For police forces the limit is set at "
      "\xa3450, which is the equivalent of 18 hours' work at \xa325 per hour.")
    p("The City of London Police does not record the app, website or platform involved in a "
      "searchable field. Where this is known, it appears in the investigation log and in the "
      "digital forensic examination reports. To answer question 5, each of the crimes "
      "identified at question 1 would have to be retrieved and these documents read. A sample "
      "exercise showed that this takes an average of 20 minutes per crime, which would take "
      "the work well beyond 18 hours. Section 12(1) is therefore engaged for this part of the "
      "request. Under section 16, we would advise that a request limited to a single year may "
      "fall within the limit, although small numbers may still be withheld under section "
      "40(2).")

    # ---- complaint rights
    head("COMPLAINT RIGHTS")
    p("If you are dissatisfied with this response you may ask for an internal review. Requests "
      "should be made in writing within 40 working days of the date of this letter to the "
      "Information Access Office at the address above. If you remain dissatisfied after the "
      "review, you may complain to the Information Commissioner's Office, Wycliffe House, "
      "Water Lane, Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")

    pdf.ln(2)
    p("Yours sincerely,", after=6, align="L")
    p("Information Access Officer", style="B", after=0, align="L")
    p("City of London Police", after=0, align="L")

    pdf.output(OUT)


if __name__ == "__main__":
    build()
