package org.voarchive.server.uws;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voarchive.server.access.Caller;
import org.voarchive.server.config.ArchiveConfig;
import org.voarchive.server.dali.DaliException;
import org.voarchive.server.dali.DaliParameters;
import org.voarchive.server.web.PublicUrl;

/**
 * The UWS 1.1 REST binding for one service's job list; a service extends it with its own {@code @Path}
 * and runner. Parameters are DALI's: names case-insensitive, from the query string or a form body.
 * Bad input is answered with 400 and a message; unknown jobs with 404.
 *
 * <p>A job belongs to the account that created it: the list shows a caller's own jobs only, and another
 * account's job is answered 404 exactly like a job that does not exist, so neither its content nor its
 * existence shows. Jobs created anonymously belong to nobody: they run with public data only, are listed
 * to anonymous callers, and whoever holds a job's unguessable URL may use it.
 */
public abstract class UwsResource {

    /** How long a blocking GET (WAIT) holds the request at most, in seconds. */
    static final int MAX_WAIT = 60;

    @Inject
    protected JobStore store;

    @Inject
    protected PublicUrl publicUrl;

    @Inject
    protected ArchiveConfig config;

    @Context
    protected UriInfo uri;

    @Context
    protected SecurityContext security;

    /** The runner of this service's jobs. */
    protected abstract JobRunner runner();

    /** This job list's path below the base URL, with a trailing slash, for example {@code tap/async/}. */
    protected abstract String listPath();

    /** Writes the error document of a job in ERROR (a DALI error VOTable for TAP). */
    protected abstract void writeError(Job job, OutputStream out) throws IOException;

    /** The content type of {@link #writeError}. */
    protected abstract String errorType();

    private URI listUrl() {
        return publicUrl.base(uri).resolve(listPath());
    }

    private URI jobUrl(String jobId) {
        return listUrl().resolve(jobId + "/");
    }

    /** The job, when there is one the caller may see. */
    private Job find(String jobId) {
        String caller = Caller.of(security).name();
        return store.find(jobId).filter(job -> job.ownerId() == null || job.ownerId().equals(caller))
                .orElseThrow(() -> new NotFoundException("no job " + jobId));
    }

    @GET
    @Produces(MediaType.APPLICATION_XML)
    public StreamingOutput list() {
        DaliParameters p = request(null);
        Set<ExecutionPhase> phases = EnumSet.noneOf(ExecutionPhase.class);
        for (String phase : p.list("PHASE")) {
            phases.add(parsePhase(phase));
        }
        Instant after = p.single("AFTER").map(UwsResource::instant).orElse(null);
        Integer last = p.single("LAST").map(UwsResource::last).orElse(null);
        List<Job> jobs = store.list(new JobFilter(phases, after, last, Caller.of(security).name()));
        URI list = listUrl();
        return out -> JobDocument.writeJobList(jobs, list, out);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        DaliParameters p = request(form);
        return created(newJob(p), p);
    }

    /** Stores a new PENDING job with the request's parameters (PHASE and RUNID aside). */
    protected Job newJob(DaliParameters p) {
        List<JobParameter> given = new ArrayList<>();
        p.all().forEach((name, values) -> {
            if (!name.equals("PHASE") && !name.equals(DaliParameters.RUNID)) {
                values.forEach(v -> given.add(new JobParameter(name, v)));
            }
        });
        Instant destruction = Instant.now().plus(config.asyncRetention());
        return store.create(new NewJob(p.single(DaliParameters.RUNID).orElse(null), Caller.of(security).name(),
                config.asyncDurationDefault(), destruction, given));
    }

    /** The answer to a job's creation: it runs at once with PHASE=RUN, and the client is sent to it. */
    protected Response created(Job job, DaliParameters p) {
        if (p.single("PHASE").map(s -> s.equalsIgnoreCase("RUN")).orElse(false)) {
            runner().run(job.jobId());
        }
        return Response.seeOther(listUrl().resolve(job.jobId())).build();
    }

    /** The parameters of this request: the query string, and the form body when there is one. */
    protected DaliParameters request(Map<String, List<String>> form) {
        return DaliParameters.of(uri.getQueryParameters(), form == null ? Map.of() : form);
    }

    @GET
    @Path("{job}")
    @Produces(MediaType.APPLICATION_XML)
    public StreamingOutput job(@PathParam("job") String jobId) throws InterruptedException {
        DaliParameters p = request(null);
        Job job = find(jobId);
        int wait = p.single("WAIT").map(UwsResource::waitSeconds).orElse(0);
        if (wait != 0) {
            ExecutionPhase from = p.single("PHASE").map(UwsResource::parsePhase).orElse(job.phase());
            job = awaitChange(job, from, wait < 0 ? MAX_WAIT : Math.min(wait, MAX_WAIT));
        }
        Job shown = job;
        URI url = jobUrl(jobId);
        return out -> JobDocument.writeJob(shown, url, out);
    }

    /** UWS 1.1 blocking: returns when the job leaves the phase (only active phases wait) or time is up. */
    private Job awaitChange(Job job, ExecutionPhase from, int seconds) throws InterruptedException {
        Set<ExecutionPhase> active = EnumSet.of(ExecutionPhase.PENDING, ExecutionPhase.QUEUED, ExecutionPhase.EXECUTING);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Job current = job;
        while (current.phase() == from && active.contains(from) && System.nanoTime() < end) {
            Thread.sleep(200);
            current = find(job.jobId());
        }
        return current;
    }

    @DELETE
    @Path("{job}")
    public Response delete(@PathParam("job") String jobId) {
        find(jobId);
        runner().delete(jobId);
        return Response.seeOther(listUrl()).build();
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("job") String jobId, MultivaluedMap<String, String> form) {
        DaliParameters p = request(form);
        String action = p.required("ACTION");
        if (!action.equalsIgnoreCase("DELETE")) {
            throw new DaliException("ACTION must be DELETE, not '" + action + "'");
        }
        return delete(jobId);
    }

    @GET
    @Path("{job}/phase")
    @Produces(MediaType.TEXT_PLAIN)
    public String phase(@PathParam("job") String jobId) {
        return find(jobId).phase().name();
    }

    @POST
    @Path("{job}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePhase(@PathParam("job") String jobId, MultivaluedMap<String, String> form) {
        find(jobId);
        String phase = request(form).required("PHASE").toUpperCase(Locale.ROOT);
        switch (phase) {
            case "RUN" -> {
                if (!runner().run(jobId)) {
                    throw new DaliException("only a PENDING job can be run; job " + jobId + " is "
                            + find(jobId).phase());
                }
            }
            case "ABORT" -> runner().abort(jobId);
            default -> throw new DaliException("PHASE must be RUN or ABORT, not '" + phase + "'");
        }
        return Response.seeOther(listUrl().resolve(jobId)).build();
    }

    @GET
    @Path("{job}/executionduration")
    @Produces(MediaType.TEXT_PLAIN)
    public String executionDuration(@PathParam("job") String jobId) {
        return Integer.toString(find(jobId).executionDuration());
    }

    @POST
    @Path("{job}/executionduration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setExecutionDuration(@PathParam("job") String jobId, MultivaluedMap<String, String> form) {
        find(jobId);
        String given = request(form).required("EXECUTIONDURATION");
        int seconds;
        try {
            seconds = Integer.parseInt(given.trim());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new DaliException("EXECUTIONDURATION must be a whole number of seconds, not '" + given + "'");
        }
        int allowed = seconds == 0 ? config.asyncDurationHard() : Math.min(seconds, config.asyncDurationHard());
        store.setExecutionDuration(jobId, allowed);
        return Response.seeOther(listUrl().resolve(jobId)).build();
    }

    @GET
    @Path("{job}/destruction")
    @Produces(MediaType.TEXT_PLAIN)
    public String destruction(@PathParam("job") String jobId) {
        return JobDocument.time(find(jobId).destruction());
    }

    @POST
    @Path("{job}/destruction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setDestruction(@PathParam("job") String jobId, MultivaluedMap<String, String> form) {
        Job job = find(jobId);
        Instant wanted = instant(request(form).required("DESTRUCTION"));
        Instant latest = job.creationTime().plus(config.asyncRetention());
        store.setDestruction(jobId, wanted.isAfter(latest) ? latest : wanted);
        return Response.seeOther(listUrl().resolve(jobId)).build();
    }

    @GET
    @Path("{job}/quote")
    @Produces(MediaType.TEXT_PLAIN)
    public String quote(@PathParam("job") String jobId) {
        Instant quote = find(jobId).quote();
        return quote == null ? "" : JobDocument.time(quote);
    }

    @GET
    @Path("{job}/owner")
    @Produces(MediaType.TEXT_PLAIN)
    public String owner(@PathParam("job") String jobId) {
        String owner = find(jobId).ownerId();
        return owner == null ? "" : owner;
    }

    @GET
    @Path("{job}/parameters")
    @Produces(MediaType.APPLICATION_XML)
    public StreamingOutput parameters(@PathParam("job") String jobId) {
        Job job = find(jobId);
        return out -> JobDocument.writeParameters(job, out);
    }

    @POST
    @Path("{job}/parameters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setParameters(@PathParam("job") String jobId, MultivaluedMap<String, String> form) {
        Job job = find(jobId);
        List<JobParameter> given = new ArrayList<>();
        request(form).all().forEach((name, values) -> values.forEach(v -> given.add(new JobParameter(name, v))));
        if (!given.isEmpty() && !store.setParameters(jobId, given)) {
            throw new DaliException("parameters can be changed only while the job is PENDING; job " + jobId
                    + " is " + find(jobId).phase());
        }
        return Response.seeOther(listUrl().resolve(job.jobId())).build();
    }

    @GET
    @Path("{job}/results")
    @Produces(MediaType.APPLICATION_XML)
    public StreamingOutput results(@PathParam("job") String jobId) {
        Job job = find(jobId);
        URI url = jobUrl(jobId);
        return out -> JobDocument.writeResults(job, url, out);
    }

    @GET
    @Path("{job}/results/{result}")
    public Response result(@PathParam("job") String jobId, @PathParam("result") String resultId) {
        Job job = find(jobId);
        JobResult result = job.results().stream().filter(r -> r.id().equals(resultId)).findFirst()
                .orElseThrow(() -> new NotFoundException("job " + jobId + " has no result " + resultId));
        java.nio.file.Path file = runner().resultDir(jobId).resolve(result.id());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("the result of job " + jobId + " is no longer available");
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, result.mimeType()).header("Content-Length", result.size()).build();
    }

    @GET
    @Path("{job}/error")
    public Response error(@PathParam("job") String jobId) {
        Job job = find(jobId);
        if (job.error() == null) {
            throw new NotFoundException("job " + jobId + " has no error: it is " + job.phase());
        }
        StreamingOutput body = out -> writeError(job, out);
        return Response.ok(body, errorType()).build();
    }

    static ExecutionPhase parsePhase(String name) {
        try {
            return ExecutionPhase.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DaliException("'" + name + "' is not a UWS phase");
        }
    }

    /** An ISO 8601 instant; without a zone it is UTC, as UWS times are. */
    static Instant instant(String text) {
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException zoned) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new DaliException("'" + text + "' is not an ISO 8601 time such as 2026-11-21T12:00:00Z");
            }
        }
    }

    private static int last(String text) {
        try {
            int last = Integer.parseInt(text.trim());
            if (last < 0) {
                throw new NumberFormatException();
            }
            return last;
        } catch (NumberFormatException e) {
            throw new DaliException("LAST must be a whole number 0 or more, not '" + text + "'");
        }
    }

    private static int waitSeconds(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DaliException("WAIT must be a whole number of seconds (-1 to wait as long as allowed), not '"
                    + text + "'");
        }
    }
}
