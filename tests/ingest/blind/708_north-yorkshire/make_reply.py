"""Build reply.pdf: North Yorkshire Police FOI response letter (fpdf2), ref 1187/2024.

Rape of a child under 13 (19E female, 19H male), 'the last three financial years' defined and
written 'April 2021 to March 2022' etc.
Q1: figures in sentences ('the figures were 39 and 8 respectively') plus a span total.
Q2: suspects under 18, in a sentence, the last figure in words ('nineteen').
Q3: neither confirm nor deny (s.30(3) and s.40(5B)) for offences at a named (redacted)
    children's home.
Running header 'OFFICIAL' / reference, footer 'Page N of M'.
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "1187/2024"
YEARS = ["April 2021 to March 2022", "April 2022 to March 2023", "April 2023 to March 2024"]
E19 = (34, 39, 31)
H19 = (11, 8, 14)
TOTAL = sum(E19) + sum(H19)
assert TOTAL == 137
U18 = (16, 21, 19)
for i in range(3):
    assert U18[i] <= E19[i] + H19[i]
GREEN = (0, 70, 60)


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 15)
            self.set_text_color(*GREEN)
            self.cell(110, 8, "North Yorkshire Police")
            self.set_font("Helvetica", "", 8)
            self.set_text_color(80, 80, 80)
            self.multi_cell(0, 3.6, "Information Management Unit\nAlverton Court, Crosby Road\n"
                            "Northallerton DL6 1BF", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.6)
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.set_line_width(0.2)
            self.ln(6)
        else:
            self.set_font("Helvetica", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, f"North Yorkshire Police - Freedom of Information request {REF}",
                      align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "northyorkshire.police.uk  |  Follow us @NYorksPolice", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(85, 4, "OFFICIAL")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Letter(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, margin=24)
pdf.add_page()


def para(text, size=10, style="", gap=2.5, indent=0):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(20 + indent)
    pdf.multi_cell(170 - indent, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(text):
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "By e-mail", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
for line in (f"Our reference: {REF}", "Date: 8 November 2024"):
    pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
para("Dear Requester,")
para("Freedom of Information Act 2000 - Request Reference " + REF, style="B")
para("Thank you for your request for information, which was received by North Yorkshire Police "
     "on 14 October 2024. You asked:")
para("\"For each of the last three financial years:\n"
     "(a) How many offences of rape of a female child under 13 (Home Office code 19E) and of rape "
     "of a male child under 13 (Home Office code 19H) were recorded by North Yorkshire Police?\n"
     "(b) In how many of these offences was the suspect aged under 18 at the time of the offence?\n"
     "(c) How many of these offences took place at [location redacted], Scarborough?\"",
     style="I", indent=8, gap=3)
para("North Yorkshire Police has considered your request under the Freedom of Information Act "
     "2000 (the Act). For this response, the last three financial years are April 2021 to March "
     "2022, April 2022 to March 2023 and April 2023 to March 2024. The figures are based on the date "
     "the crime was recorded on our Niche records management system and were retrieved on 29 "
     "October 2024. Offences of this kind are often reported some time after they took place, so "
     "the date of recording may be many years after the date of the offence.")

heading("Part (a)")
para(f"In {YEARS[0]}, {E19[0]} offences of rape of a female child under 13 (19E) and {H19[0]} "
     f"offences of rape of a male child under 13 (19H) were recorded. In {YEARS[1]} the figures "
     f"were {E19[1]} and {H19[1]} respectively, and in {YEARS[2]} they were {E19[2]} and {H19[2]}. "
     f"In total, {TOTAL} offences were recorded across the three years.")

heading("Part (b)")
para(f"Of the offences in part (a), a suspect aged under 18 at the time of the offence was recorded "
     f"for {U18[0]} offences in {YEARS[0]} and {U18[1]} in {YEARS[1]}. In {YEARS[2]} the figure was "
     "nineteen. Where more than one suspect was linked to an offence, the offence has been counted "
     "once. These figures cover both offence codes together.")

heading("Part (c)")
para("North Yorkshire Police can neither confirm nor deny whether it holds information relevant to "
     "part (c) of your request. This is by virtue of the following exemptions:")
para("Section 30(3) - Investigations and proceedings conducted by public authorities\n"
     "Section 40(5B) - Personal information", indent=8)
para("Section 30(3) is a class-based, qualified exemption and section 40(5B) is a class-based, "
     "absolute exemption. This means that the public interest test is required for section 30(3) "
     "only.")
para("To confirm or deny whether any offence was recorded at a specific location would in itself "
     "disclose information. Where a location is small and can be easily identified, confirming that "
     "offences were, or were not, recorded there could allow individuals, including children and "
     "anyone suspected of an offence, to be identified by people in the local community. Such "
     "disclosure would be personal data of those individuals and would breach the first data "
     "protection principle, as it would be neither fair nor lawful.")
para("Public interest considerations favouring confirmation or denial: confirming or denying "
     "whether information is held would demonstrate openness about how North Yorkshire Police "
     "investigates serious offences against children and would reassure the public about the "
     "safeguarding of children in care.")
para("Public interest considerations favouring neither confirming nor denying: the police service "
     "will not disclose information which could identify victims or suspects or compromise any "
     "investigation, whether past, present or future. Doing so could deter victims and witnesses "
     "from coming forward and could prejudice the proper conduct of any investigation.")
para("Balance test: having weighed the arguments, North Yorkshire Police considers that the public "
     "interest in protecting the identity of vulnerable children and the integrity of any "
     "investigation outweighs the public interest in confirming or denying whether information is "
     "held. This should not be taken as an indication that the information you have requested does "
     "or does not exist.")

heading("Your right to request a review")
para("If you are dissatisfied with this response you may request an internal review within 40 "
     "working days of the date of this letter, by e-mail to foi@northyorkshire.police.uk or by "
     "post to the Information Management Unit at the address above. If you remain dissatisfied "
     "following the review you may apply to the Information Commissioner's Office, Wycliffe House, "
     "Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.")
para("Yours sincerely,", gap=6)
para("Disclosure Officer\nInformation Management Unit\nNorth Yorkshire Police", gap=1)

pdf.output(str(HERE / "reply.pdf"))
print("pages:", pdf.page_no())
