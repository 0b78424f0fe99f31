"""Build reply.csv: a Niche RMS export as attached to a Leicestershire Police FOI reply."""
ROWS = [
    ("FY20/21", "Female", "Under 13", "9"),
    ("FY20/21", "Female", "13 to 15", "41"),
    ("FY20/21", "Female", "16 to 17", "6"),
    ("FY20/21", "Female", "Not Recorded", "<5"),
    ("FY20/21", "Male", "Under 13", "<5"),
    ("FY20/21", "Male", "13 to 15", "8"),
    ("FY20/21", "Unknown", "Not Recorded", "<5"),
    ("FY20/21 Total", None, None, "69"),
    ("FY21/22", "Female", "Under 13", "12"),
    ("FY21/22", "Female", "13 to 15", "53"),
    ("FY21/22", "Female", "16 to 17", "7"),
    ("FY21/22", "Female", "Not Recorded", "5"),
    ("FY21/22", "Male", "Under 13", "<5"),
    ("FY21/22", "Male", "13 to 15", "11"),
    ("FY21/22", "Male", "16 to 17", "<5"),
    ("FY21/22 Total", None, None, "93"),
    ("FY22/23", "Female", "Under 13", "15"),
    ("FY22/23", "Female", "13 to 15", "47"),
    ("FY22/23", "Female", "16 to 17", "10"),
    ("FY22/23", "Female", "Not Recorded", "<5"),
    ("FY22/23", "Male", "Under 13", "6"),
    ("FY22/23", "Male", "13 to 15", "9"),
    ("FY22/23", "Male", "16 to 17", "<5"),
    ("FY22/23", "Unknown", "Not Recorded", "<5"),
    ("FY22/23 Total", None, None, "94"),
    ("Grand Total", None, None, "256"),
]


def q(s):
    return '"%s"' % s


def main():
    lines = [
        q("Leicestershire Police - Freedom of Information Request 004187/23") + ",,,,,",
        q("Recorded crime: Sexual Communication with a Child (s.15A Sexual Offences Act 2003)") + ",,,,,",
        q("Date range: 01/04/2020 - 31/03/2023") + "," + q("Run date: 27/06/2023 09:14") + ",,,,",
        ",,,,,",
        ",".join(q(h) for h in ["Financial Year", "HO Code", "Offence Description",
                                "Victim Gender", "Victim Age Group", "Crime Count"]),
    ]
    for fy, g, a, n in ROWS:
        if g is None:
            lines.append(",".join([q(fy), '""', '""', '""', '""', q(n)]))
        else:
            lines.append(",".join([q(fy), q("071/17"), q("Sexual communication with a child"),
                                   q(g), q(a), q(n)]))
    lines += [
        ",,,,,",
        q("Counts of fewer than 5 are shown as <5 to reduce the risk of identifying victims.") + ",,,,,",
        q("Victim age is the age at the time of the offence as recorded on Niche RMS. "
          "Data is management information and subject to change.") + ",,,,,",
    ]
    with open("reply.csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
