"""When the nightly refresh runs, and what it promises: the marts (and the serving copy BI reads) are
rebuilt every night."""
from datetime import timedelta

from dagster import FreshnessPolicy

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Asia/Shanghai"
# The 02:00 scrapes, then one warehouse build: done by 08:00 Shanghai time, by a build started after 02:00.
NIGHTLY_FRESHNESS = FreshnessPolicy.cron(deadline_cron="0 8 * * *", lower_bound_delta=timedelta(hours=6),
                                         timezone=TIMEZONE)
