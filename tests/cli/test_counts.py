"""A count is printed with its noun agreeing: "1 figure", never "1 figures"."""

from __future__ import annotations

from ..six_forces import six_forces


def test_one_figure_is_one_figure(tmp_path, run_cli):
    ws = six_forces(tmp_path / "grooming")
    code, stdout, err = run_cli("observations", "--workspace", ws.folder, "--area", "dorset", "--period", "2021/22")
    assert code == 0, err
    assert "1 figure" in stdout and "1 figures" not in stdout
