"""Build reply.pdf: Wiltshire Police FOI response letter (test-corpus reconstruction).

Run:  python make_reply.py   -> writes reply.pdf beside this script.
Byte-for-byte reproducible: fixed creation date and document id.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "reply.pdf"
STAMP = datetime(2024, 2, 14, 11, 5, 0, tzinfo=timezone.utc)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 18)
            self.set_text_color(0, 45, 98)
            self.cell(0, 10, "WILTSHIRE POLICE", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_font("Helvetica", "", 8)
            for line in ("Information Management Unit", "Police Headquarters",
                         "London Road, Devizes", "Wiltshire SN10 2DN",
                         "Telephone 101"):
                self.cell(0, 4, line, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C")


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(STAMP)
    pdf.set_title("FOI2024/00087 - Child sexual exploitation")
    pdf.set_author("Wiltshire Police")
    pdf.set_producer("Wiltshire Police")
    pdf.set_creator("Wiltshire Police")
    pdf.file_id = lambda: "<0F0E0D0C0B0A09080706050403020100><0F0E0D0C0B0A09080706050403020100>"
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.epw

    def p(text, style="", size=10.5, h=5.2, after=2.5, indent=0):
        pdf.set_font("Helvetica", style, size)
        if indent:
            pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(w - indent, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def heading(text):
        p(text, "B", 10.5, after=1)

    p("Ms S Pereira\nvia email", after=4)
    p("Our reference: FOI2024/00087\nDate: 14 February 2024", after=4)
    p("Dear Ms Pereira", after=3)
    p("Freedom of Information Act 2000 - Request for information", "B")
    p("I write in connection with your request for information, received by Wiltshire Police "
      "on 19 January 2024, in which you asked:")
    p("\"Please provide, for each of the calendar years 2021, 2022 and 2023:\n"
      "1. The number of crimes recorded with a child sexual exploitation (CSE) flag.\n"
      "2. The number of victims of these crimes, by gender.\n"
      "3. How many of the CSE-flagged crimes were also flagged as online.\n"
      "4. How many people were (a) arrested and (b) charged in connection with CSE-flagged "
      "crimes.\n"
      "5. How many of the victims were looked-after children (in local authority care).\n"
      "6. How many CSE investigations currently involve undercover online officers or "
      "decoy profiles.\"", "I", indent=8)
    p("Searches have been carried out and I can confirm that Wiltshire Police holds some of "
      "the information you have requested. Questions 1, 2, 3 and 4(b) are answered below. "
      "Question 4(a) is not held. Question 5 is withheld under section 40(2) of the Act. In "
      "respect of question 6, Wiltshire Police can neither confirm nor deny that it holds "
      "information. The reasons are set out under each question.")

    heading("Question 1")
    p("Wiltshire Police recorded 94 crimes with a CSE flag in 2021, 112 in 2022 and 87 in "
      "2023.")

    heading("Question 2")
    p("The number of victims linked to the CSE-flagged crimes is shown below. One victim can be "
      "linked to more than one crime, so the number of victims is lower than the number of "
      "crimes.")
    cols = [("Year", 30), ("Female", 30), ("Male", 30), ("Gender not recorded", 42),
            ("Total", 30)]
    x0 = pdf.l_margin + 1
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(220, 228, 240)
    pdf.set_x(x0)
    for name, cw in cols:
        pdf.cell(cw, 7, name, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9.5)
    for row in (("2021", "58", "11", "<5", "72"),
                ("2022", "69", "14", "<5", "85"),
                ("2023", "51", "9", "0", "60")):
        pdf.set_x(x0)
        for (name, cw), v in zip(cols, row):
            pdf.cell(cw, 6.5, v, border=1, align="C")
        pdf.ln()
    pdf.ln(2)
    p("Where a number is between one and four it is shown as <5, to prevent the "
      "identification of individuals.", "I", 9)

    heading("Question 3")
    p("Of the CSE-flagged crimes, 31 in 2021, 44 in 2022 and 39 in 2023 were also flagged as "
      "online (cyber-enabled).")

    heading("Question 4")
    p("(a) Arrests are recorded on the custody system, which is not linked to the CSE flag on "
      "the crime record. Wiltshire Police therefore does not hold the number of arrests made "
      "in connection with CSE-flagged crimes, and section 1(1)(a) of the Act applies.")
    p("(b) Wiltshire Police cannot report on the number of people charged, but the number of "
      "CSE-flagged crimes with an outcome of charge or summons is:")
    p("2021 - 17\n2022 - 21\n2023 - 8", indent=8)
    p("These are crimes, not people; one person may be charged with several crimes. Some "
      "crimes recorded in 2023 are still under investigation and may yet result in a charge.")

    heading("Question 5")
    p("Wiltshire Police records whether a victim is a looked-after child. However, the numbers "
      "of CSE victims who were looked-after children are small, and in a county the size of "
      "Wiltshire there is a real risk that, taken with information already known locally, "
      "disclosure would allow individual children to be identified. This information is "
      "personal data, and releasing it would breach the first data protection principle, as "
      "it would not be fair or lawful. It is therefore exempt under section 40(2) of the Act, "
      "by virtue of section 40(3A)(a). Section 40(2) is an absolute exemption and no public "
      "interest test is required.")

    heading("Question 6")
    p("Wiltshire Police neither confirms nor denies that it holds any information relevant "
      "to question 6, by virtue of the following exemptions:")
    p("Section 23(5) - Information supplied by, or concerning, certain security bodies\n"
      "Section 24(2) - National security\n"
      "Section 30(3) - Investigations and proceedings\n"
      "Section 31(3) - Law enforcement", indent=8)
    p("Section 23 is an absolute exemption. Sections 24, 30 and 31 are qualified exemptions, "
      "and the harm in confirming or denying and the public interest have been considered.")
    p("Harm: to confirm or deny whether covert online tactics are being used in current "
      "investigations would tell offenders where and how the police are, or are not, "
      "deployed. Offenders could change their behaviour to avoid detection, putting children "
      "at greater risk.")
    p("Public interest considerations favouring confirmation or denial: there is a public "
      "interest in knowing that the police use all lawful means to protect children, and in "
      "transparency about how public money is spent.")
    p("Public interest considerations favouring neither confirming nor denying: confirming "
      "or denying would undermine current and future investigations and the safeguarding of "
      "children; any disclosure under the Act is a disclosure to the world, and the "
      "information could be used by offenders.")
    p("Balance test: the protection of children and the effectiveness of policing outweigh "
      "the benefit of confirming or denying. This should not be taken as an indication that "
      "information is, or is not, held.")

    heading("Complaint rights")
    p("If you are dissatisfied with this response, you may ask for an internal review by "
      "writing to the Information Management Unit at the address above within 40 working days "
      "of the date of this letter. If you remain dissatisfied after the review, you may apply "
      "to the Information Commissioner: Information Commissioner's Office, Wycliffe House, "
      "Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113.")
    p("Yours sincerely", after=10)
    p("J. Whitcombe\nDisclosure Officer\nInformation Management Unit", after=0)
    return pdf


if __name__ == "__main__":
    build().output(str(OUT))
    print(f"wrote {OUT}")
