"""Which share of the load or extraction a run does: the run tag govwatch/shard = "i/n" (from the Launchpad, or
`govwatch scale-demo`). Without it a run does all of it; on the lake, runs with different shards write at once."""
from __future__ import annotations

from collections.abc import Mapping

SHARD_TAG = "govwatch/shard"


class ShardTagError(ValueError):
    """A govwatch/shard tag that is not "i/n" with 0 <= i < n."""


def shard_tags(index: int, count: int) -> dict[str, str]:
    return {SHARD_TAG: f"{index}/{count}"}


def run_shard(tags: Mapping[str, str]) -> tuple[int, int] | None:
    """(i, n) from the run's tags, or None (the whole of the work)."""
    value = tags.get(SHARD_TAG)
    if value is None:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise ShardTagError(f'run tag {SHARD_TAG}={value!r}: expected "i/n", e.g. "0/2"') from None
    if not (count >= 1 and 0 <= index < count):
        raise ShardTagError(f"run tag {SHARD_TAG}={value!r}: needs 0 <= i < n")
    return index, count
