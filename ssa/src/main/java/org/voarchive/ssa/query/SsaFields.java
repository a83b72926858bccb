package org.voarchive.ssa.query;

import java.util.List;
import java.util.Optional;
import org.voarchive.server.tables.ColumnDescription;

/**
 * The columns of an SSA response: ObsCore columns, each described with the utype and UCD that SSA 1.1
 * gives the quantity it holds. Types, units and descriptions stay those of TAP_SCHEMA, so a value reads
 * the same through SSA as through TAP.
 */
public final class SsaFields {

    /**
     * One response column.
     *
     * @param column the ObsCore column it is read from
     * @param name its name in the response
     * @param utype its SSA utype
     * @param ucd its UCD in SSA
     */
    public record Field(String column, String name, String utype, String ucd) {

        Field(String column, String utype, String ucd) {
            this(column, column, utype, ucd);
        }

        /** The item of the ADQL select list. */
        String selected() {
            return column.equals(name) ? column : column + " AS " + name;
        }
    }

    /** In the order they appear in the response. */
    public static final List<Field> ALL = List.of(
            new Field("obs_publisher_did", "ssa:Curation.PublisherDID", "meta.ref.uri;meta.curation"),
            new Field("obs_creator_did", "ssa:DataID.CreatorDID", "meta.id"),
            new Field("obs_title", "ssa:DataID.Title", "meta.title;meta.dataset"),
            new Field("obs_collection", "ssa:DataID.Collection", "meta.id"),
            new Field("instrument_name", "ssa:DataID.Instrument", "meta.id;instr"),
            new Field("obs_creation_date", "ssa:DataID.Date", "time;meta.dataset"),
            new Field("dataproduct_type", "ssa:Dataset.Type", "meta.code.class"),
            new Field("em_xel", "ssa:Dataset.Length", "meta.number"),
            new Field("access_url", "ssa:Access.Reference", "meta.ref.url"),
            new Field("access_format", "ssa:Access.Format", "meta.code.mime"),
            new Field("access_estsize", "ssa:Access.Size", "phys.size;meta.file"),
            new Field("target_name", "ssa:Target.Name", "meta.id;src"),
            new Field("s_position", "ssa:Char.SpatialAxis.Coverage.Location.Value", "pos.eq"),
            // the archive observes its targets at their catalogue position, so the pointing is the target's
            new Field("s_position", "target_pos", "ssa:Target.Pos", "pos.eq;src"),
            new Field("s_fov", "ssa:Char.SpatialAxis.Coverage.Bounds.Extent", "instr.fov"),
            new Field("em_min", "ssa:Char.SpectralAxis.Coverage.Bounds.Start", "em.wl;stat.min"),
            new Field("em_max", "ssa:Char.SpectralAxis.Coverage.Bounds.Stop", "em.wl;stat.max"),
            new Field("em_res_power", "ssa:Char.SpectralAxis.ResPower", "spect.resolution"),
            new Field("t_min", "ssa:Char.TimeAxis.Coverage.Bounds.Start", "time.start;obs.exposure"),
            new Field("t_max", "ssa:Char.TimeAxis.Coverage.Bounds.Stop", "time.end;obs.exposure"),
            new Field("t_exptime", "ssa:Char.TimeAxis.Coverage.Bounds.Extent", "time.duration;obs.exposure"),
            new Field("snr", "ssa:Derived.SNR", "stat.snr"));

    private SsaFields() {
    }

    /**
     * A result column as TAP describes it, re-described for SSA: same type and unit, SSA's utype and UCD.
     * Columns SSA does not know are returned as they are.
     */
    public static ColumnDescription describe(ColumnDescription tap) {
        Optional<Field> field = ALL.stream().filter(f -> f.name().equals(tap.name())).findFirst();
        return field.map(f -> new ColumnDescription(tap.name(), tap.datatype(), tap.arraysize(), tap.xtype(),
                tap.unit(), f.ucd(), f.utype(), tap.description(), tap.principal(), tap.indexed(), tap.std()))
                .orElse(tap);
    }
}
