"""`foistats requests …` as a user meets it, on the demo campaign and a fresh one."""

import csv
import email
import io
import json
from email import policy

from .conftest import CAMPAIGN


def test_the_demo_shows_the_status_table(tmp_path, run_cli):
    code, out, _ = run_cli("demo", tmp_path / "demo")
    assert code == 0
    assert "4 requests, 1 overdue" in out
    table = out[out.index("4 requests"):].splitlines()
    rule = next(i for i, line in enumerate(table) if line.startswith("─"))
    assert table[rule - 1].split()[:2] == ["authority", "state"]
    assert [line.split()[:2] for line in table[rule + 1:rule + 5]] == [
        ["dyfed-powys", "long_overdue"],
        ["gwent", "successful"],
        ["north-wales", "successful"],
        ["south-wales", "successful"],
    ]


def test_status_as_of_a_day_in_the_2019_campaign(tmp_path, run_cli):
    run_cli("demo", tmp_path / "demo")
    code, out, _ = run_cli("requests", "status", "-w", tmp_path / "demo", "--as-of", "2019-08-01", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # due Tue 30 July 2019 (Fri 12 July is a Northern Ireland holiday, so it does not count);
    # North Wales clarified on 9 July, so its clock restarted: due Thu 8 August (Mon 5 August
    # is the Scottish summer holiday)
    assert [(r["authority"], r["state"], r["due"], r["working_days_overdue"], r["replied"]) for r in rows] == [
        ("dyfed-powys", "overdue", "2019-07-30", "2", ""),
        ("south-wales", "overdue", "2019-07-30", "2", ""),
        ("gwent", "successful", "2019-07-30", "", "2019-07-26"),
        ("north-wales", "waiting_response", "2019-08-08", "0", ""),
    ]


def test_status_as_json_has_every_field(tmp_path, run_cli):
    run_cli("demo", tmp_path / "demo")
    code, out, _ = run_cli("requests", "status", "-w", tmp_path / "demo", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert rows[0]["authority"] == "dyfed-powys" and rows[0]["state"] == "long_overdue"
    assert set(rows[0]) == {"authority", "name", "regime", "state", "sent", "due", "working_days_overdue",
                            "replied", "working_days_late", "sections", "documents"}
    # due Tue 30 July 2019: Gwent answered on 26 July; South Wales on Fri 2 August, the 3rd
    # working day after (Wed 31, Thu 1, Fri 2)
    late = {r["authority"]: (r["replied"], r["working_days_late"]) for r in rows}
    assert late["gwent"] == ("2019-07-26", 0) and late["south-wales"] == ("2019-08-02", 3)
    assert late["dyfed-powys"] == (None, None)


def test_deadline_shows_the_working_out(tmp_path, run_cli, monkeypatch):
    run_cli("init", tmp_path / "ws")
    (tmp_path / "ws" / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    monkeypatch.setenv("FOISTATS_WORKSPACE", str(tmp_path / "ws"))
    code, out, _ = run_cli("requests", "deadline", "Police Scotland", "--received", "2024-12-20", "--format", "json")
    assert code == 0
    row = json.loads(out)
    assert (row["authority"], row["regime"], row["received"], row["due"]) == (
        "police-scotland", "FOISA", "2024-12-20", "2025-01-23")
    code, out, _ = run_cli("requests", "deadline", "gwent", "--received", "2024-12-20")
    assert code == 0
    assert "Fri 20 Dec 2024  day 0: received" in out
    assert "Wed 25 Dec 2024  not counted: Christmas Day" in out
    assert "Thu 2 Jan 2025  not counted: New Year Holiday, a bank holiday in Scotland" in out
    assert out.rstrip().endswith("Due: Thu 23 Jan 2025")


def test_log_then_status_then_chase_then_gaps(tmp_path, run_cli, monkeypatch):
    run_cli("init", tmp_path / "ws")
    (tmp_path / "ws" / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    monkeypatch.setenv("FOISTATS_WORKSPACE", str(tmp_path / "ws"))
    code, out, _ = run_cli("requests", "log", "Gwent", "sent", "--date", "2025-06-02")
    assert (code, out.strip()) == (0, "gwent: sent on 2025-06-02; now waiting_response, due 2025-06-30")
    code, out, _ = run_cli("requests", "log", "gwent", "fee-notice", "--date", "2025-06-09")
    assert out.strip() == "gwent: fee-notice on 2025-06-09; now awaiting_fee"
    code, out, _ = run_cli("requests", "log", "gwent", "fee-paid", "--date", "2025-06-13")
    assert out.strip() == "gwent: fee-paid on 2025-06-13; now waiting_response, due 2025-07-07"
    code, out, _ = run_cli("requests", "chase", "--format", "eml", "--as-of", "2025-07-08")
    assert code == 0 and out.strip().endswith("gwent.eml")
    message = email.message_from_bytes((tmp_path / "ws" / "out" / "requests" / "chase" / "gwent.eml").read_bytes(),
                                       policy=policy.default)
    assert message["To"] == "foi@gwent.example.org"
    assert "no later than 7 July 2025" in message.get_body(("plain",)).get_content()
    code, out, _ = run_cli("requests", "gaps", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and {(r["area"], r["status"]) for r in rows} == {("gwent", "no_response")}


def test_letters_in_every_format(tmp_path, run_cli, monkeypatch):
    run_cli("init", tmp_path / "ws")
    (tmp_path / "ws" / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    monkeypatch.setenv("FOISTATS_WORKSPACE", str(tmp_path / "ws"))
    for fmt in ("md", "docx", "eml"):
        code, out, _ = run_cli("requests", "letters", "--format", fmt, "--date", "2025-06-02")
        assert code == 0
        assert len(out.strip().splitlines()) == 5
        assert (tmp_path / "ws" / "out" / "requests" / "letters" / f"gwent.{fmt}").exists()


def test_mistakes_are_one_line_errors(tmp_path, run_cli, monkeypatch):
    run_cli("init", tmp_path / "ws")
    monkeypatch.setenv("FOISTATS_WORKSPACE", str(tmp_path / "ws"))
    code, _, err = run_cli("requests", "status")
    assert code == 1 and err.startswith("error: ") and "no [request] table" in err
    assert len(err.strip().splitlines()) == 1
    (tmp_path / "ws" / "campaign.toml").write_text(CAMPAIGN, encoding="utf-8")
    code, _, err = run_cli("requests", "log", "gwent", "answered", "--date", "2025-06-02")
    assert code == 1 and "does not fit: the request is not sent yet" in err
    code, _, err = run_cli("requests", "deadline", "gwent")
    assert code == 1 and "has not been sent" in err
    code, _, err = run_cli("requests", "letters", "--format", "pdf")
    assert code == 2 and "pdf" in err


def test_deadline_from_the_log_follows_a_clarification(tmp_path, run_cli):
    run_cli("demo", tmp_path / "demo")
    code, out, _ = run_cli("requests", "deadline", "North Wales", "-w", tmp_path / "demo", "--format", "json")
    row = json.loads(out)
    # asked what "online" meant on 8 July 2019, answered on Tue 9 July: day 0 is 9 July;
    # 10-11 July = 2, 12 July (NI) skipped, 15 July-2 Aug = 17, 5 Aug (Scotland) skipped,
    # 6-8 Aug = 20
    assert code == 0
    assert (row["authority"], row["received"], row["due"]) == ("north-wales", "2019-07-09", "2019-08-08")
    holidays = [s["date"] for s in row["skipped"] if s["why"] not in ("Saturday", "Sunday")]
    assert holidays == ["2019-07-12", "2019-08-05"]
