"""Build reply.pdf: Hertfordshire Constabulary FOI response letter (fpdf2, core fonts)."""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).with_name("reply.pdf")
REF = "FOI 00214/25"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.cell(0, 6, "HERTFORDSHIRE CONSTABULARY", new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Information Rights Unit", new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 4, "Police Headquarters, Stanborough Road, Welwyn Garden City, Hertfordshire, AL8 6XF",
                  new_x="LMARGIN", new_y="NEXT", align="R")
        self.cell(0, 4, "Telephone: 101   Website: www.herts.police.uk", new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(5)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "OFFICIAL", new_x="LMARGIN", new_y="NEXT", align="C")
        self.cell(0, 4, f"{REF}          Page {self.page_no()} of {{nb}}", align="C")


pdf = Letter(format="A4")
pdf.set_creation_date(datetime(2025, 2, 14, 10, 12, 0, tzinfo=timezone.utc))
pdf.set_title(f"Freedom of Information Request {REF}")
pdf.set_author("Hertfordshire Constabulary")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_page()


def para(text, h=5, style="", size=10, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    para(text, style="B", size=10.5, gap=1.5)


def table(widths, rows, header_rows=1, aligns=None):
    pdf.set_font("Helvetica", "", 9)
    for i, row in enumerate(rows):
        bold = i < header_rows or row[0].startswith("Total")
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for j, (w, txt) in enumerate(zip(widths, row)):
            a = "L" if (aligns is None or aligns[j] == "L") else "C"
            pdf.cell(w, 6.5, txt, border=1, align=a)
        pdf.ln(6.5)
    pdf.ln(2.5)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, f"Our Ref: {REF}", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Date: 14 February 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
heading(f"Freedom of Information Request Reference No: {REF}")
para("I write in connection with your request for information received by Hertfordshire Constabulary "
     "on 20 January 2025. I note you seek access to the following information:")
para('"1. Please provide the number of each of the following offences recorded in the calendar years '
     "2022, 2023 and 2024: rape of a female child under 13 (19E), rape of a male child under 13 (19H), "
     "sexual assault on a male child under 13 (17B), sexual assault on a female child under 13 (20B) "
     "and sexual activity involving a child under 13 (21).\n"
     "2. For each year, in how many of these offences was the suspect aged under 18?\n"
     "3. For each year, how many of these offences resulted in a charge?\n"
     '4. For each year, how many of these offences were identified through covert online operations, '
     'for example where officers posed online as children?"', style="I")

heading("Response")
para("Hertfordshire Constabulary has a duty under Section 1(1)(a) of the Freedom of Information Act 2000 "
     "to confirm whether it holds the information you have requested and, where it does, to communicate "
     "that information to you under Section 1(1)(b), unless an exemption applies. The information for "
     "questions 1 to 3 is held and is provided below. In relation to question 4, Hertfordshire Constabulary "
     "can neither confirm nor deny that it holds information; the reasons are set out further on in this letter.")
para("The data was extracted from the Athena crime recording system on 03/02/2025. Figures are for crimes "
     "recorded in each calendar year. Figures between 1 and 4 have been shown as '1-4' to reduce the risk "
     "that a victim could be identified.")

heading("Question 1")
para("Table 1: Offences recorded, by Home Office offence code and calendar year", style="B", size=9, gap=1)
table([18, 84, 22, 22, 22], [
    ["HO code", "Offence", "2022", "2023", "2024"],
    ["019E", "Rape of a female child under 13", "38", "44", "41"],
    ["019H", "Rape of a male child under 13", "1-4", "6", "1-4"],
    ["017B", "Sexual assault on a male child under 13", "29", "33", "27"],
    ["020B", "Sexual assault on a female child under 13", "96", "108", "101"],
    ["021", "Sexual activity involving a child under 13", "47", "52", "58"],
    ["Total", "", "213", "243", "229"],
], aligns=["L", "L", "C", "C", "C"])

heading("Question 2")
para("Of the offences in Table 1, the suspect was recorded as being aged under 18 at the time of the offence "
     "in 58 offences recorded in 2022, 71 offences recorded in 2023 and 64 offences recorded in 2024.")
para("Please note that for 19 offences in 2022, 23 in 2023 and 31 in 2024 the age of the suspect was not "
     "recorded or no suspect had been identified at the time the data was extracted.")

heading("Question 3")
para("Table 2: Outcomes of the offences in Table 1", style="B", size=9, gap=1)
table([70, 25, 25, 25], [
    ["Outcome", "2022", "2023", "2024"],
    ["Charged / summonsed", "27", "22", "9"],
    ["Investigation ongoing", "14", "38", "112"],
], aligns=["L", "C", "C", "C"])
para("Outcomes are shown as they stood on the date of extraction. Offences recorded in 2024 are more likely "
     "to be still under investigation, so the number charged for that year is expected to rise. Other "
     "outcomes have not been included as they were not requested.")

heading("Question 4")
para("Hertfordshire Constabulary can neither confirm nor deny that it holds any information relevant to "
     "question 4 by virtue of the following exemptions:")
para("Section 23(5) - Information supplied by, or concerning, certain Security Bodies\n"
     "Section 24(2) - National Security\n"
     "Section 30(3) - Investigations and proceedings conducted by public authorities\n"
     "Section 31(3) - Law Enforcement")
para("Section 23 is an absolute class-based exemption and there is no requirement to consider the public "
     "interest. Sections 24 and 30 are qualified class-based exemptions and Section 31 is a qualified "
     "prejudice-based exemption, so the harm in confirming or denying, and the public interest, must be considered.")
heading("Harm in confirming or denying that information is held")
para("Confirming or denying whether covert online tactics have been used in the investigation of offences "
     "against children, and in what number, would indicate to those who seek to harm children where and to "
     "what extent such tactics are deployed. Offenders could use this to change their behaviour and avoid "
     "detection, which would undermine the prevention and detection of crime and could place children at "
     "greater risk.")
heading("Public interest test")
para("Factors favouring confirmation or denial: confirming whether information is held would show how public "
     "money is spent on protecting children and would add to public debate about policing of online offending.")
para("Factors against confirmation or denial: confirming or denying would reveal policing tactics, hinder the "
     "force's ability to investigate offences, and assist offenders in identifying the capability of the "
     "police and other agencies. The security of the country and the safety of children are of paramount "
     "importance.")
para("Balance test: having considered the above, the balance lies in favour of neither confirming nor denying "
     "that information is held in relation to question 4. No inference should be taken from this response "
     "that information does or does not exist.")

heading("Complaint Rights")
para("Your attention is drawn to the attached sheet which details your right of complaint. If you are "
     "dissatisfied with this response you may request an internal review within 40 working days of the date "
     "of this letter by writing to the Information Rights Unit at the address above.")
para("If you remain dissatisfied after the internal review you may apply to the Information Commissioner's "
     "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113. "
     "Website: www.ico.org.uk")
para("The information provided in this response is subject to copyright and may not be reused for commercial "
     "purposes without the permission of the copyright holder.")
para("Yours sincerely,", gap=8)
para("J. Whitfield\nInformation Rights Officer\nHertfordshire Constabulary")

pdf.output(str(OUT))
print(f"wrote {OUT}")
