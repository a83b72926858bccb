"""What a pyvo user does with the archive's SIA 2.0 service: run by SiaIT with Debian's python3-pyvo.

Usage: sia_client.py SIA_BASE_URL RA DEC INSTRUMENT
Prints "OK circle=<rows> instrument=<rows> j=<rows> download=SIMPLE" and exits 0, or fails.
"""
import sys
import urllib.request

from pyvo.dal import sia2

# pyvo 1.2 (Debian) names the class SIAService; later versions SIA2Service
sia = getattr(sia2, "SIA2Service", None) or sia2.SIAService
sia = sia(sys.argv[1])
ra, dec, instrument = float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]

circle = sia.search(pos=(ra, dec, 0.01))
for record in circle:
    assert record.dataproduct_type in ("image", "cube"), record.dataproduct_type
    assert record.obs_publisher_did, record

by_instrument = sia.search(instrument=instrument)
j = sia.search(instrument=instrument, band=(1.2e-6, 1.25e-6))

assert len(circle), "no image at the image's own position"
with urllib.request.urlopen(circle[0].access_url, timeout=60) as f:
    head = f.read(80)
assert head.startswith(b"SIMPLE"), head[:20]

print("OK circle=%d instrument=%d j=%d download=SIMPLE" % (len(circle), len(by_instrument), len(j)))
