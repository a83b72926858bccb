"""What a pyvo user does with the archive's DataLink: run by DataLinkIT with Debian's python3-pyvo.

Usage: datalink_client.py TAP_URL
Follows the DataLink service descriptor of a TAP result to each product's links, downloads #this and
#preview. Prints "OK datalinks=<n> this=<bytes> preview=<bytes>" and exits 0, or fails.
"""
import sys

import pyvo

tap = pyvo.dal.TAPService(sys.argv[1])
results = tap.search("SELECT TOP 2 obs_publisher_did, dataproduct_type FROM ivoa.obscore ORDER BY obs_publisher_did")
assert len(results) == 2, len(results)


def by_semantics(links, term):
    # exact terms: pyvo's bysemantics would fetch the IVOA vocabulary from the network for narrower terms
    return [row for row in links if row.semantics == term]


count = 0
this_bytes = 0
preview_bytes = 0
for links in results.iter_datalinks():
    count += 1
    this = by_semantics(links, "#this")
    assert len(this) == 1, [str(r) for r in links]
    data = this[0].getdataset().read()
    assert data.startswith(b"SIMPLE"), data[:80]
    this_bytes += len(data)
    preview = by_semantics(links, "#preview")
    assert len(preview) == 1
    png = preview[0].getdataset().read()
    assert png.startswith(b"\x89PNG\r\n\x1a\n"), png[:8]
    preview_bytes += len(png)
    assert len(by_semantics(links, "#progenitor")) >= 1
    assert len(by_semantics(links, "#calibration")) >= 1

assert count == 2, count
print("OK datalinks=%d this=%d preview=%d" % (count, this_bytes, preview_bytes))
