"""Which translation units one shard of a distributed map step analyses.

A run of N shards (`--shard I/N`, 0 <= I < N) splits the list of
translation units sorted by path round-robin: shard I takes those whose
index in the sorted list is I modulo N. Every unit lands in exactly one
shard, whatever machine computes the list, so the link step over the union
of the shards' summaries sees what one unsharded run would. Used by
scripts/generate-kernel-database (and meant for scripts/kernel-tidy-project).
"""


class ShardError(ValueError):
    """A shard specification that is not I/N with 0 <= I < N."""


def parse_shard(spec):
    """(I, N) from "I/N"."""
    index, slash, count = spec.partition("/")
    try:
        index, count = int(index), int(count)
    except ValueError:
        raise ShardError("shard '%s' is not I/N (two integers)" % spec) from None
    if not slash or count < 1 or not 0 <= index < count:
        raise ShardError("shard '%s' needs 0 <= I < N" % spec)
    return index, count


def select(units, index, count):
    """The units of shard INDEX of COUNT, in sorted order."""
    return [u for i, u in enumerate(sorted(units)) if i % count == index]
