/**
 * The OCA-style rules engine: per-instrument rule files that classify raw frames into tags, group them
 * into the sets a recipe combines, name the recipe and its product, and associate a frame with the
 * calibrations it needs, the way ESO's OCA rules and CalSelector do.
 *
 * <p>Rule files are resources {@code <INSTRUMENT>.rules.xml} next to these classes, read once by
 * {@link org.voarchive.ingest.rules.InstrumentRules#load(String)}; the format is documented in
 * {@link org.voarchive.ingest.rules.RuleFileParser}. The engine holds no database code: calibrations
 * are read through {@link org.voarchive.ingest.rules.CalibrationCatalog}, which the database layer
 * implements. {@link org.voarchive.ingest.rules.Associator} resolves one frame's needs and the cascade
 * through the chosen masters into an {@link org.voarchive.ingest.rules.AssociationTree};
 * {@link org.voarchive.ingest.rules.AssociationTreeXml} writes it in the spirit of CalSelector's XML, and
 * {@link org.voarchive.ingest.rules.CompletenessReport} says per night and setup what calChecker would.
 */
package org.voarchive.ingest.rules;
