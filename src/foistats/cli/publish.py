"""`foistats publish`: a thin shell over :meth:`foistats.workspace.Workspace.publish`."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import workspace as workspace_api
from ..cells import counted
from .options import App, RuleOption, WorkspaceOption
from .render import out

app = App()


@app.command()
def publish(
    workspace: WorkspaceOption = None,
    release: Annotated[Optional[list[str]], typer.Option(help="A release name (repeatable; default: every release).")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="The folder to write into (default: <workspace>/out/publish).")] = None,
    rule: RuleOption = None,
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="Draw each nation of each table with its forces (PNG and SVG).")] = True,
    audit: Annotated[bool, typer.Option("--audit/--no-audit", help="Print the interval the audit proves for each hidden figure.")] = False,
) -> None:
    """Write each release as CSV tables, an accessible XLSX and a Frictionless data package,
    with small numbers hidden so that none can be worked out from the totals.

    Every hidden figure is audited by linear programming; a release whose audit fails is not written."""
    ws = workspace_api.open_workspace(workspace)
    result = ws.publish(release, out=out_dir, rule=rule, charts=charts)
    out.print(f"Rule {result.rule.name}; {len(result.releases)} releases in {result.seconds:.2f} s")
    for published in result.releases:
        for linked, p in zip(published.linked, published.protections):
            hidden = p.source + p.primary + p.secondary
            share = f" ({hidden / p.cells:.1%})" if p.cells else ""
            out.print(f"{published.release} {linked.name}: {counted(p.cells, 'figure')}; hidden {hidden:,}{share}: "
                      f"{p.source:,} by the force, {p.primary:,} small, {p.secondary:,} to protect them; audit: "
                      + (f"{len(p.intervals):,} intervals, none recoverable" if p.intervals else "nothing hidden"),
                      markup=False)
            for chart in (c for c in published.charts if c.files[0].name.startswith(linked.name + "_")):
                out.print(f"  chart {chart.files[0].stem}: {chart.alt_text}", markup=False)
            for why in (w for w in published.undrawn if w.startswith(linked.name + ": ")):
                out.print(f"  {why.removeprefix(linked.name + ': ')}", markup=False)
            if audit:
                for i in p.intervals:
                    top = "any number" if math.isinf(i.upper) else f"{i.upper:g}"
                    out.print(f"  {i.cell.area} {i.cell.period.label} {i.cell.breakdown or 'all'}: "
                              f"{i.lower:g} to {top}", markup=False)
    out.print(f"Written to {result.out}")
