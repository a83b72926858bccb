"""What a pyvo user does with the archive's SSA service: run by SsaIT with Debian's python3-pyvo.

Usage: ssa_client.py SSA_URL RA DEC
Prints "OK cone=<rows> halpha=<rows> download=<SIMPLE|404>" and exits 0, or fails.
"""
import sys
import urllib.error
import urllib.request

import pyvo

ssa = pyvo.dal.SSAService(sys.argv[1])
ra, dec = float(sys.argv[2]), float(sys.argv[3])

cone = ssa.search(pos=(ra, dec), diameter=0.05)
assert cone.status[0] == "OK", cone.status
titles = [r.title for r in cone]
assert all(titles), titles
for record in cone:
    assert record.format == "application/fits", record.format
    assert abs(record.ra - ra) < 0.05 and abs(record.dec - dec) < 0.05, (record.ra, record.dec)

halpha = ssa.search(pos=(ra, dec), diameter=0.05, band=(656.0e-9, 656.5e-9))

download = "none"
if len(cone):
    try:
        with urllib.request.urlopen(cone[0].acref, timeout=60) as f:
            head = f.read(80)
        assert head.startswith(b"SIMPLE"), head[:20]
        download = "SIMPLE"
    except urllib.error.HTTPError as e:
        # file delivery may not be deployed yet; anything but "not there" is a failure
        assert e.code == 404, e.code
        download = "404"

print("OK cone=%d halpha=%d download=%s" % (len(cone), len(halpha), download))
