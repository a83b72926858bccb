package org.voarchive.server.auth.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.voarchive.server.auth.AccessRequestException;
import org.voarchive.server.auth.AccountSummary;
import org.voarchive.server.auth.GroupSummary;
import org.voarchive.server.auth.JsonApi;
import org.voarchive.server.auth.ProgramAccess;
import org.voarchive.server.auth.ProgramMember;
import org.voarchive.server.auth.Redating;

/** The administration API's documents; absent values are JSON nulls, never left out. */
final class AdminJson {

    /** Programme ids as the ingest takes them from headers (ESO style: 60.A-9700(A)). */
    private static final String PROG_ID = "[A-Za-z0-9][A-Za-z0-9.()_+-]{0,63}";

    private AdminJson() {
    }

    static String checkedProgId(String progId) {
        if (progId == null || !progId.matches(PROG_ID)) {
            throw new AccessRequestException("invalid programme id " + progId
                    + ": 1 to 64 letters, digits and .()_+- starting with a letter or digit");
        }
        return progId;
    }

    static JsonObject account(AccountSummary a) {
        return Json.createObjectBuilder()
                .add("name", a.name())
                .add("email", text(a.email()))
                .add("operator", a.operator())
                .add("disabled", a.disabled())
                .add("password", a.hasPassword())
                .add("created", JsonApi.time(a.created()))
                .build();
    }

    static JsonObject group(GroupSummary g) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        g.members().forEach(members::add);
        return Json.createObjectBuilder()
                .add("name", g.name())
                .add("description", text(g.description()))
                .add("members", members)
                .build();
    }

    static JsonObject program(ProgramAccess p) {
        JsonArrayBuilder grants = Json.createArrayBuilder();
        for (ProgramMember m : p.members()) {
            grants.add(Json.createObjectBuilder()
                    .add("user", text(m.user()))
                    .add("group", text(m.group()))
                    .add("role", m.role().code()));
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("prog_id", p.progId());
        o.add("proprietary_months", p.proprietaryMonths() == null ? JsonValue.NULL
                : Json.createValue(p.proprietaryMonths()));
        return o.add("grants", grants).build();
    }

    /** A programme after a new period, with what it re-dated: {@code "redated": {"files": n, "products": n}}. */
    static JsonObject redated(ProgramAccess p, Redating r) {
        return Json.createObjectBuilder(program(p))
                .add("redated", Json.createObjectBuilder().add("files", r.files()).add("products", r.products().size()))
                .build();
    }

    static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : Json.createValue(s);
    }
}
