"""What a pyvo user does with the archive's SSA service: run by SsaIT with Debian's python3-pyvo.

Usage: ssa_client.py SSA_URL RA DEC
pyvo asks for FORMAT=all, so each FITS spectrum comes with a row for its VOTable form; the counts are of
the FITS rows. Prints "OK cone=<rows> halpha=<rows> download=SIMPLE" and exits 0, or fails.
"""
import sys
import urllib.parse
import urllib.request

import pyvo

ssa = pyvo.dal.SSAService(sys.argv[1])
ra, dec = float(sys.argv[2]), float(sys.argv[3])

cone = ssa.search(pos=(ra, dec), diameter=0.05)
assert cone.status[0] == "OK", cone.status
titles = [r.title for r in cone]
assert all(titles), titles
VOTABLE = "application/x-votable+xml"
for record in cone:
    assert record.format in ("application/fits", VOTABLE), record.format
    assert abs(record.ra - ra) < 0.05 and abs(record.dec - dec) < 0.05, (record.ra, record.dec)

fits = [r for r in cone if r.format == "application/fits"]
assert len([r for r in cone if r.format == VOTABLE]) == len(fits), [r.format for r in cone]
halpha = [r for r in ssa.search(pos=(ra, dec), diameter=0.05, band=(656.0e-9, 656.5e-9))
          if r.format == "application/fits"]
for record in cone:
    if record.format == VOTABLE:
        # the server names itself by its host name, which the test machine may not resolve: use the service's
        acref = urllib.parse.urlsplit(record.acref)._replace(netloc=urllib.parse.urlsplit(sys.argv[1]).netloc)
        with urllib.request.urlopen(acref.geturl(), timeout=60) as f:
            spectrum = f.read()
        assert b"spec:Data.SpectralAxis.Value" in spectrum, spectrum[:400]
        break

assert len(fits), "no FITS spectrum near the target"
with urllib.request.urlopen(fits[0].acref, timeout=60) as f:
    head = f.read(80)
assert head.startswith(b"SIMPLE"), head[:20]

print("OK cone=%d halpha=%d download=SIMPLE" % (len(fits), len(halpha)))
