"""Build reply.pdf: Cleveland Police FOI 2025/0861 response letter (fpdf2)."""
from fpdf import FPDF
from fpdf.fonts import FontFace

REF = "2025/0861"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 5, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 14)
        self.set_text_color(0, 48, 135)
        self.cell(0, 8, "Cleveland Police", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, f"Freedom of Information - Ref {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-20)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Freedom of Information Unit, Cleveland Police, Ash House, III Acres, Princeton Drive, "
                        "Thornaby, Stockton-on-Tees TS17 6AJ", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 0, 0)
        self.cell(0, 4, "OFFICIAL", align="C")


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, margin=26)
pdf.add_page()


def para(text, style="", size=10.5, gap=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5, "Our ref: FOI " + REF + "\nDate: 4 August 2025", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request Reference " + REF, style="B")
para("Thank you for your request for information received by Cleveland Police on 8 July 2025. "
     "Your request has been considered under the Freedom of Information Act 2000 and you asked:")
para('(a) How many offences of abuse of a position of trust of a sexual nature (Home Office code 73) were '
     'recorded by Cleveland Police in each of the calendar years 2022, 2023 and 2024, and in 2025 to date?', style="I")
para("(b) How many of those offences resulted in a suspect being charged?", style="I")
para("(c) For each year, what position did the suspect hold (for example teacher, sports coach or care worker)?",
     style="I", gap=4)

para("Response", style="B", size=11.5)
para("Cleveland Police holds information relevant to your request. The figures below are for crimes recorded "
     "under Home Office code 73 (Abuse of position of trust of a sexual nature), counted by the date the crime "
     "was recorded. The most recent complete month available when the data was extracted was June 2025, so the "
     "2025 figures cover 1 January 2025 to 30 June 2025 only.")

para("(a) Offences recorded", style="B")
pdf.set_font("Helvetica", "", 10)
with pdf.table(col_widths=(90, 50), width=140, text_align=("LEFT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 240)),
               line_height=6.5) as table:
    for row in (("Period", "Offences recorded"),
                ("2022", "14"),
                ("2023", "19"),
                ("2024", "16"),
                ("1 January to 30 June 2025", "9")):
        table.row(row)
    r = table.row(style=FontFace(emphasis="BOLD"))
    r.cell("Total")
    r.cell("58")
pdf.ln(4)
para("Please note that the figure for 2023 has been amended. Our response to your earlier request "
     "(FOI 2024/0712) stated that 17 offences were recorded in 2023. Since then two crimes from 2023 have been "
     "reclassified to code 73 following review by the Force Crime Registrar, and the correct figure for 2023 is "
     "now 19. We apologise for any inconvenience.")

para("(b) Suspects charged", style="B")
para("The number of the offences above which resulted in a suspect being charged or summonsed is:", gap=1.5)
pdf.set_font("Helvetica", "", 10.5)
for line in ("2022 - 6", "2023 - 7", "2024 - 4", "2025 (to 30 June) - 0"):
    pdf.cell(8)
    pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
para("Five of the offences recorded between 1 January and 30 June 2025 remain under investigation and have no "
     "outcome yet, so this figure may rise.")

para("(c) Position held by the suspect", style="B")
para("The position of trust held by the suspect is recorded within the crime record. To reduce the risk of "
     "individuals being identified, we have combined the years and provide the figures for the whole period "
     "1 January 2022 to 30 June 2025:", gap=1.5)
pdf.set_font("Helvetica", "", 10)
with pdf.table(col_widths=(100, 40), width=140, text_align=("LEFT", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 240)),
               line_height=6.5) as table:
    for row in (("Position held by suspect", "Offences"),
                ("Teacher or teaching assistant", "21"),
                ("Sports coach or instructor", "9"),
                ("Residential or foster care worker", "12"),
                ("Youth worker or faith leader", "7"),
                ("Other / not recorded", "9")):
        table.row(row)
pdf.ln(4)
para("A breakdown of the position held by the suspect for each individual year is exempt from disclosure under "
     "section 40(2) of the Act (personal information). In some years the number of offences linked to a "
     "particular role is very small, and when combined with information already in the public domain, such as "
     "court reporting and school or club communications, there is a real risk that a victim or a suspect could be "
     "identified. Disclosure would breach the first data protection principle, as it would not be fair or lawful "
     "processing of personal data. Section 40(2) is an absolute exemption and no public interest test is required. "
     "This letter serves as a refusal notice under section 17 of the Act for that part of your request.")

para("Complaint rights", style="B", size=11.5)
para("If you are dissatisfied with this response you may request an internal review within 40 working days of "
     "the date of this letter by writing to the Freedom of Information Unit at the address below or by email to "
     "foi@cleveland.police.uk. If you remain dissatisfied after the review you may apply to the Information "
     "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Yours sincerely,", gap=8)
para("Dawn Featherstone\nDisclosure Officer\nFreedom of Information Unit", gap=0)

pdf.output("reply.pdf")
print("pages:", pdf.page_no())
