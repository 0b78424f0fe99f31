"""What the benchmarks share: the 46 areas of a synthetic UK release (the 45 territorial
forces and British Transport Police), and writing a release's figures into a workspace."""

from __future__ import annotations


def areas() -> list[str]:
    from foistats.areas import forces_in

    return [a.id for a in forces_in("uk")] + ["btp"]


def write_release(ws, observations: list, *, release: str, published: str) -> int:
    """Write ``observations`` (all of ``release``) as one published source; their count."""
    ws.store.write_source(source_id=release, file_name=release, kind="published", reader="bench",
                          observations=observations, revision_keys=[f"published:{release}"] * len(observations),
                          releases={release: published})
    return len(observations)
