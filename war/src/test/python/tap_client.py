"""What a pyvo user does with the archive's TAP service: run by TapIT with Debian's python3-pyvo.

Usage: tap_client.py TAP_URL
Prints one line "OK sync=<rows> overflow=<rows> async=<count> upload=<rows>" and exits 0, or fails.
"""
import sys
import warnings

import pyvo
from astropy.table import Table

tap = pyvo.dal.TAPService(sys.argv[1])

sync = tap.search("SELECT TOP 10 obs_publisher_did, s_ra, s_dec FROM ivoa.obscore ORDER BY obs_publisher_did")
assert len(sync) == 10, len(sync)
assert sync.to_table()["s_ra"].unit == "deg", sync.to_table()["s_ra"].unit

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    overflow = tap.search("SELECT obs_id FROM ivoa.obscore", maxrec=5)
assert len(overflow) == 5, len(overflow)
assert overflow.query_status == "OVERFLOW", overflow.query_status

job = tap.submit_job("SELECT COUNT(*) AS n FROM ivoa.obscore WHERE dataproduct_type = 'spectrum'")
job.run()
job.wait(phases=["COMPLETED", "ERROR", "ABORTED"], timeout=120)
assert job.phase == "COMPLETED", job.phase
count = int(job.fetch_result().to_table()["n"][0])
job.delete()

targets = Table({"name": ["NGC 253", "M 83"], "ra": [11.888, 204.2538], "dec": [-25.2882, -29.8658]})
joined = tap.search(
    "SELECT u.name, o.obs_publisher_did FROM TAP_UPLOAD.targets AS u JOIN ivoa.obscore AS o "
    "ON CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(u.ra, u.dec, 0.05)) = 1",
    uploads={"targets": targets})
assert len(joined) > 0

print("OK sync=%d overflow=%d async=%d upload=%d" % (len(sync), len(overflow), count, len(joined)))
