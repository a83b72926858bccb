package org.voarchive.tap.upload;

import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * A multipart/form-data request split into its parameters (parts without a file name) and its files,
 * which inline uploads name.
 *
 * @param fields the parameters, by name
 * @param files the file parts, by name
 */
public record MultipartForm(Map<String, List<String>> fields, Map<String, FormDataBodyPart> files) {

    public static MultipartForm of(FormDataMultiPart form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, FormDataBodyPart> files = new LinkedHashMap<>();
        for (List<FormDataBodyPart> parts : form.getFields().values()) {
            for (FormDataBodyPart part : parts) {
                // clients send parameters as text/plain, often with a charset (STILTS does)
                MediaType type = part.getMediaType();
                boolean text = type == null || MediaType.TEXT_PLAIN_TYPE.isCompatible(type);
                if (part.getContentDisposition().getFileName() != null || !text) {
                    files.put(part.getName(), part);
                } else {
                    fields.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(part.getEntityAs(String.class));
                }
            }
        }
        return new MultipartForm(fields, files);
    }

    /** The file parts as upload sources. */
    public UploadParts parts() {
        return name -> Optional.ofNullable(files.get(name)).map(p -> p.getValueAs(InputStream.class));
    }
}
