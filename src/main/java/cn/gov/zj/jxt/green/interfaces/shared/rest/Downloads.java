package cn.gov.zj.jxt.green.interfaces.shared.rest;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Files go out as attachments with their declared type and nosniff, so that nothing uploaded is ever rendered in
 * the portal's origin. The name is given in RFC 6266/5987 form (Chinese names survive) and with an ASCII fallback.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(FileDownload file) {
        Response.ResponseBuilder response = Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", disposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
        if (file.sha256() != null) {
            // Issued files never change: the hash is a strong validator.
            response.tag(new EntityTag(file.sha256())).header("Cache-Control", "private, max-age=86400, immutable");
        } else {
            response.header("Cache-Control", "no-store");
        }
        return response.build();
    }

    /** A PDF the portal itself just rendered (a preview), shown in the browser's viewer and never cached. */
    public static Response inlinePdf(String fileName, byte[] pdf) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", disposition(fileName).replaceFirst("^attachment", "inline"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A table of open data written as it is read, as an attachment in UTF-8 CSV. */
    public static Response csv(StreamingOutput body, String fileName) {
        return Response.ok(body, Negotiation.CSV + ";charset=UTF-8")
                .header("Content-Disposition", disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
