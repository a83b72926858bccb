/**
 * A deterministic simulator of an ESO transfer stream: raw UVES and HAWK-I frames of several nights,
 * with full calibration sets, realistic headers and pixel data with signal and noise, a few
 * deliberately bad files, and a manifest saying what each file is meant to be.
 *
 * <p>Entry points: {@link org.voarchive.ingest.simulate.TransferStreamSimulator} (library) and
 * {@link org.voarchive.ingest.simulate.SimulateCommand} (command line). The same
 * {@link org.voarchive.ingest.simulate.SimulationPlan} always yields byte-identical files.
 */
package org.voarchive.ingest.simulate;
