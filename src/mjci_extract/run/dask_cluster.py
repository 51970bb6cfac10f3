"""Running batches on a Dask cluster: an executor for `batch.run_batch` (`--dask-scheduler`).

`distributed` is the optional `dask` extra, imported when a scheduler is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor


def dask_executor(address: str) -> tuple[Executor, int, Callable[[bool], None]]:
    """A concurrent.futures executor on the cluster at `address`, its thread count, and a closer."""
    from distributed import Client

    # The connect timeout is Dask's `distributed.comm.timeouts.connect` (30 s unless configured).
    client = Client(address)
    slots = sum(client.nthreads().values()) or 1

    def close(cancel: bool) -> None:
        client.close()

    return client.get_executor(pure=False), slots, close
