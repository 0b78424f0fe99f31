"""Build reply.pdf: Bedfordshire Police FOI response letter (FOI 2024/00417).

Run with: /work/main/.venv/bin/python make_reply.py
The creation date and file id are fixed so the file rebuilds byte for byte.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
REF = "FOI 2024/00417"


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 16)
            self.cell(0, 8, "Bedfordshire Police", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            for line in (
                "Information Rights Unit",
                "Police Headquarters",
                "Woburn Road",
                "Kempston",
                "Bedford MK43 9AX",
            ):
                self.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Our ref: {REF}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-18)
        self.set_font("Helvetica", "B", 8)
        self.cell(0, 4, "OFFICIAL", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def para(pdf, text, h=5, style=""):
    pdf.set_font("Helvetica", style, 10)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def heading(pdf, text):
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def build():
    pdf = Letter(format="A4")
    pdf.set_creation_date(datetime(2024, 3, 27, 14, 5, 0, tzinfo=timezone.utc))
    pdf.file_id = lambda: "<5B1E0C7A3D2F4E6A9B8C7D6E5F4A3B2C><5B1E0C7A3D2F4E6A9B8C7D6E5F4A3B2C>"
    pdf.set_title(f"Freedom of Information Request {REF}")
    pdf.set_author("Bedfordshire Police Information Rights Unit")
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "", 10)
    for line in ("Ms J Pemberton", "By email only"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, f"Our ref: {REF}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date: 27 March 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    para(pdf, "Dear Ms Pemberton,")
    para(pdf, f"Freedom of Information Request - Reference {REF}", style="B")
    para(pdf, "I write in connection with your request for information, which was received by "
              "Bedfordshire Police on 4 March 2024. I note you seek access to the following "
              "information:")

    questions = [
        "1. The number of crimes recorded by Bedfordshire Police with a child sexual "
        "exploitation (CSE) flag in each of the calendar years 2021, 2022 and 2023, and in "
        "2024 to date, broken down by the gender of the victim.",
        "2. The outcomes of those crimes.",
        "3. How many of those crimes took place at a hotel, broken down by the town in which "
        "the hotel is located.",
        "4. How many of the victims were looked-after children (in the care of a local "
        "authority) at the time of the offence.",
    ]
    pdf.set_font("Helvetica", "I", 10)
    for q in questions:
        pdf.set_x(30)
        pdf.multi_cell(0, 5, q, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(2)

    heading(pdf, "Response")
    para(pdf, "Bedfordshire Police has located information relevant to your request. The "
              "information for requests 1 and 2 is provided below. The information requested "
              "at point 3 is exempt from disclosure under section 31(1)(a)(b) of the Freedom of "
              "Information Act 2000 (the Act) and this letter acts as a refusal notice under "
              "section 17(1) for that part. The information requested at point 4 is not held.")

    heading(pdf, "Request 1")
    para(pdf, "The table below shows the number of crimes recorded with a CSE flag, by the "
              "gender of the victim and the calendar year in which the crime was recorded. "
              "Figures for 2024 cover 1 January to 29 February 2024.")

    # two-level header table
    x0 = pdf.l_margin
    w_year, w_g, w_tot = 46, 30, 30
    h = 7
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(222, 226, 235)
    y = pdf.get_y()
    pdf.set_xy(x0, y)
    pdf.cell(w_year, 2 * h, "Year recorded", border=1, align="C", fill=True)
    pdf.cell(3 * w_g, h, "Victim gender", border=1, align="C", fill=True)
    pdf.cell(w_tot, 2 * h, "Total", border=1, align="C", fill=True)
    pdf.set_xy(x0 + w_year, y + h)
    for g in ("Female", "Male", "Not known"):
        pdf.cell(w_g, h, g, border=1, align="C", fill=True)
    pdf.set_xy(x0, y + 2 * h)
    pdf.set_font("Helvetica", "", 9.5)
    rows = [
        ("2021", "88", "17", "1-4", "107"),
        ("2022", "95", "21", "1-4", "119"),
        ("2023", "79", "12", "0", "91"),
        ("2024 (Jan - Feb)", "14", "1-4", "1-4", "17"),
    ]
    for r in rows:
        pdf.set_x(x0)
        pdf.cell(w_year, h, r[0], border=1)
        for v in r[1:4]:
            pdf.cell(w_g, h, v, border=1, align="C")
        pdf.cell(w_tot, h, r[4], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2, "Where a figure is between 1 and 4 it has been shown as '1-4'. This is "
                           "to reduce the risk that an individual could be identified from a "
                           "small number.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    heading(pdf, "Request 2")
    para(pdf, "Outcomes are recorded against the crime using the Home Office outcome framework. "
              "It has not been possible to break the outcomes down by year within the time "
              "available, so the table below shows the outcomes, as at 18 March 2024, of all "
              "CSE-flagged crimes recorded between 1 January 2021 and 29 February 2024.")
    w_o, w_n = 120, 36
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_x(x0)
    pdf.cell(w_o, h, "Outcome", border=1, fill=True)
    pdf.cell(w_n, h, "Number of crimes", border=1, align="C", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    outcomes = [
        ("Outcome 1 - Charged/Summonsed", "41"),
        ("Outcome 2 - Caution (youth)", "1-4"),
        ("Outcome 3 - Caution (adult)", "1-4"),
        ("Outcome 8 - Community resolution", "6"),
        ("Outcome 14 - Evidential difficulties: victim declines to support", "19"),
        ("Outcome 15 - Evidential difficulties: suspect identified", "58"),
        ("Outcome 16 - Victim does not support action: suspect identified", "97"),
        ("Outcome 18 - Investigation complete: no suspect identified", "11"),
        ("Outcome 21 - Not in the public interest: police decision", "5"),
        ("All other outcomes", "24"),
        ("Under investigation (no outcome assigned)", "68"),
    ]
    for label, n in outcomes:
        pdf.set_x(x0)
        pdf.cell(w_o, h, label, border=1)
        pdf.cell(w_n, h, n, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_x(x0)
    pdf.cell(w_o, h, "Total", border=1)
    pdf.cell(w_n, h, "334", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2, "Figures between 1 and 4 are shown as '1-4' for the reason given under "
                           "request 1.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    heading(pdf, "Request 3")
    para(pdf, "Section 31(1)(a)(b) - Law enforcement. Information which is not exempt under "
              "section 30 is exempt if its disclosure under the Act would, or would be likely "
              "to, prejudice (a) the prevention or detection of crime and (b) the apprehension "
              "or prosecution of offenders. This is a prejudice-based, qualified exemption, so "
              "the harm in disclosure must be set out and the public interest considered.")
    para(pdf, "Harm: Bedfordshire is a small county with a limited number of hotels in each "
              "town. Releasing the number of CSE-flagged crimes at hotels in each town would "
              "indicate where the police have, and have not, identified exploitation taking "
              "place. Those who exploit children could use this to move their activity to "
              "places they believe are of less interest to the police, and in some towns the "
              "figure could point to a single premises, alerting suspects to an ongoing "
              "investigation.")
    para(pdf, "Public interest considerations favouring disclosure: disclosure would show how "
              "Bedfordshire Police responds to child sexual exploitation and would allow the "
              "public and the hotel trade to understand the risk and take steps to protect "
              "children.")
    para(pdf, "Public interest considerations favouring non-disclosure: the force's ability to "
              "prevent and detect these offences depends on offenders not knowing which "
              "locations are the subject of police attention. Any release that helps offenders "
              "avoid detection places children at greater risk and would undermine partnership "
              "work with the hotel industry, such as Operation Makesafe.")
    para(pdf, "Balance test: while there is a public interest in transparency, the protection of "
              "children and the effective investigation of these offences must carry greater "
              "weight. The public interest therefore favours withholding the information "
              "requested at point 3.")

    heading(pdf, "Request 4")
    para(pdf, "Whether a victim is a looked-after child is not a field captured on the crime "
              "record, and Bedfordshire Police does not otherwise record it in a way that "
              "would allow it to be linked to these crimes. In accordance with section 1(1)(a) "
              "of the Act, I can confirm that this information is not held.")

    heading(pdf, "Complaint rights")
    para(pdf, "If you are dissatisfied with this response you may request an internal review. "
              "Please write to the Information Rights Manager at the address above within 40 "
              "working days of the date of this letter, quoting the reference number. If you "
              "remain dissatisfied following the review you may contact the Information "
              "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF "
              "(telephone 0303 123 1113, website www.ico.org.uk).")
    para(pdf, "Yours sincerely,")
    pdf.ln(4)
    para(pdf, "Freedom of Information Decision Maker\nInformation Rights Unit\nBedfordshire Police")

    pdf.output(str(HERE / "reply.pdf"))


if __name__ == "__main__":
    build()
