package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;

/**
 * What a workspace call of the nomination cycle must carry before it reaches a service: a body, the version it
 * read, an id, a file. A missing one is refused as invalid input on its field, like a service's own check.
 */
final class RequiredInput {

    private RequiredInput() {
    }

    static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("body", "request.bodyRequired")));
        }
        return request;
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "request.versionRequired")));
        }
        return version;
    }

    static long id(Long id, String field) {
        if (id == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(field, "request.idRequired")));
        }
        return id;
    }

    static EntityPart file(EntityPart file) {
        if (file == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("file", "upload.fileRequired")));
        }
        return file;
    }
}
