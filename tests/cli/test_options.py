"""The options every command shares behave the same in every command."""

import pytest


@pytest.mark.parametrize("command", [("observations",), ("facts",), ("failures",), ("areas",), ("measures",),
                                     ("requests", "status"), ("requests", "gaps"), ("check", "article.txt"),
                                     ("requests", "deadline", "gwent"), ("requests", "letters")])
def test_a_format_a_command_does_not_write_is_one_usage_error(command, run_cli):
    code, _, err = run_cli(*command, "--format", "xml")
    assert code == 2
    assert "'xml' is not one of" in err


def test_the_list_of_the_review_queue_alone_is_written_as_csv(tmp_path, run_cli):
    code, _, err = run_cli("review", "show", "rev-1", "--format", "csv", "--workspace", tmp_path)
    assert code == 2 and "'csv' is not one of table, json" in err


def test_debug_is_read_only_where_given(tmp_path, run_cli):
    """A second command in the same process without --debug is one line again."""
    with pytest.raises(Exception):
        run_cli("--debug", "observations", "--workspace", tmp_path / "nowhere")
    code, _, err = run_cli("observations", "--workspace", tmp_path / "nowhere")
    assert code != 0 and err.startswith("error: ") and len(err.strip().splitlines()) == 1
